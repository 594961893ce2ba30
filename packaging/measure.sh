#!/usr/bin/env bash
# Cold-start figures of the packaged app, medians of 5 whole-process runs each (README "Installers"):
#   window      launch -> main window shown (the app prints the moment with -Dvocero.windowShown=exit, then closes)
#   contacts lists / history / campaign validate (a small example draft)
#   one-shot `contacts import` of a generated 500,000-row Parquet and CSV (--no-save), under -Xmx512m
#   DuckDB reading + normalizing + validating + de-duplicating the same files, whole process too, and the ratio
#   (of the two medians, and the median ratio of Vocero and DuckDB alternated run by run):
#     with the `duckdb` command where it is on the PATH, else through DuckDB's JDBC driver (org.duckdb:duckdb_jdbc,
#     never a dependency of Vocero: the jar in ~/.m2, or DUCKDB_JDBC=/path/to.jar; fetch it once with
#     `mvn dependency:get -Dartifact=org.duckdb:duckdb_jdbc:2.0.0.1 -Dtransitive=false`) in a small Java program
#     (packaging/duckdb/DuckDbQuery.java, compiled here; its native library unpacked once, not at every run)
#   the sizes of the app-image and the .deb beside it (MB here are MiB, as du counts)
# Usage: packaging/measure.sh [LAUNCHER]   (default: target/dist/Vocero/bin/Vocero; `mvn -B package -Pinstaller` first)
#        RUNS=5 ROWS=500000 packaging/measure.sh
# Needs a display for the window figure (it starts Xvfb on a free number when DISPLAY is unset).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher="${1:-target/dist/Vocero/bin/Vocero}"
runs="${RUNS:-5}"
rows="${ROWS:-500000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/vocero-measure.XXXXXX")"
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -x "$launcher" ] || { echo "measure: no launcher at $launcher (build with: mvn -B package -Pinstaller)" >&2; exit 2; }
data="$work/data"
draft="assets/examples/saem.vocero.json"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) {print "n/a"} else {print a[int((NR + 1) / 2)]}}'; }
# whole-process wall time of a command, milliseconds, median of $runs after one warm-up
time_command() {
  local i start end
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    start=$(now_ms); "$@" >/dev/null 2>&1 || true; end=$(now_ms)
    echo $((end - start))
  done | median
}
report() { printf '%-44s %8s ms\n' "$1" "$2"; }

if [ -z "${DISPLAY:-}" ]; then
  display=":$((90 + RANDOM % 9))"
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY="$display"
  sleep 1
fi

echo "measure: $launcher, $runs runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
image="$(cd "$(dirname "$launcher")/.." && pwd)"
echo "measure: app-image $(du -sm "$image" | cut -f1) MB ($(du -sm --exclude='*.jsa' --exclude=vocero.aot "$image" | cut -f1) MB without its start-up cache)$(for deb in "$image"/../*.deb; do [ -f "$deb" ] && printf ', %s %s MB' "$(basename "$deb")" "$(stat -c %s "$deb" | awk '{printf "%.1f", $1 / 1048576}')"; done)"
"$launcher" --data-dir "$data" contacts lists >/dev/null 2>&1 || true   # the data directory exists from here on

# window: launch -> shown, as the app reports it
window_once() {
  local start shown
  start=$(now_ms)
  shown=$(JAVA_TOOL_OPTIONS="-Dvocero.windowShown=exit" "$launcher" --data-dir "$data" 2>&1 \
          | sed -n 's/.*window shown at \([0-9]*\).*/\1/p' | head -1)
  [ -n "$shown" ] && echo $((shown - start))
}
window_once >/dev/null || true
report "window (launch -> first window shown)" "$(for ((i = 0; i < runs; i++)); do window_once; done | median)"
report "contacts lists" "$(time_command "$launcher" --data-dir "$data" contacts lists)"
report "history" "$(time_command "$launcher" --data-dir "$data" history)"
report "campaign validate (example draft)" "$(time_command "$launcher" --data-dir "$data" campaign validate "$draft")"

"$launcher" --data-dir "$data" bench samples "$work/samples" --rows "$rows" >/dev/null
declare -A vocero_ms
for kind in parquet csv; do
  vocero_ms[$kind]="$(JAVA_TOOL_OPTIONS=-Xmx512m time_command "$launcher" \
      --data-dir "$data" contacts import "$work/samples/contacts.$kind" --country CO --no-save)"
  report "contacts import ${rows} rows ${kind} (-Xmx512m)" "${vocero_ms[$kind]}"
done

duckdb_sql() { # kind -> the query: read, normalize (digits only), validate (a Colombian mobile), distinct
  local reader="read_parquet('$work/samples/contacts.parquet')"
  [ "$1" = csv ] && reader="read_csv('$work/samples/contacts.csv', header=true, all_varchar=true, encoding='latin-1')"
  echo "SELECT count(DISTINCT n) FROM (SELECT regexp_replace(\"Celular\"::VARCHAR, '[^0-9]', '', 'g') AS n FROM $reader) WHERE length(n) = 10 AND n LIKE '3%';"
}
ready_to_call() { # kind -> Vocero's "Ready to call" count for that sample, digits only
  "$launcher" --data-dir "$data" contacts import "$work/samples/contacts.$1" --country CO --no-save 2>/dev/null \
    | sed -n 's/^Ready to call: //p' | tr -cd '0-9'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
# kind, then DuckDB's command: Vocero's one-shot import and DuckDB alternated, pair by pair, and the median of the
# pairs' ratios -- on a shared machine the speed drifts by a third within minutes, which the two medians above,
# taken a minute apart, do not cancel
paired_ratio() {
  local kind=$1 i start middle end
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(now_ms)
    JAVA_TOOL_OPTIONS=-Xmx512m "$launcher" --data-dir "$data" contacts import "$work/samples/contacts.$kind" \
        --country CO --no-save >/dev/null 2>&1 || true
    middle=$(now_ms); "$@" >/dev/null 2>&1 || true; end=$(now_ms)
    awk -v a=$((middle - start)) -v b=$((end - middle)) 'BEGIN { if (b > 0) printf "%.2f\n", a / b }'
  done | median
}
duckdb_jar="${DUCKDB_JDBC:-$(ls "$HOME"/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar 2>/dev/null | sort -V | tail -1)}"
if command -v duckdb >/dev/null; then
  for kind in parquet csv; do
    duck="$(time_command duckdb -c "$(duckdb_sql "$kind")")"
    report "duckdb, same ${kind} (read, normalize, validate, distinct)" "$duck"
    echo "  Vocero / DuckDB, ${kind}: $(ratio "${vocero_ms[$kind]}" "$duck")x"
    echo "  Vocero / DuckDB alternated pair by pair, ${kind}: $(paired_ratio "$kind" duckdb -c "$(duckdb_sql "$kind")")x (median of $runs pairs)"
    echo "  the same work: Vocero's ready to call $(ready_to_call "$kind"), DuckDB's count $(duckdb -noheader -list -c "$(duckdb_sql "$kind")")"
  done
elif [ -n "$duckdb_jar" ] && [ -f "$duckdb_jar" ] && command -v javac >/dev/null; then
  # the driver without its bundled natives, and this machine's native library beside it, unpacked once: otherwise
  # every run would write 70 MB to the temporary directory before its query
  duck_dir="$work/duckdb"
  mkdir -p "$duck_dir/classes"
  native="libduckdb_java.so_linux_$( [ "$(uname -m)" = aarch64 ] && echo arm64 || echo amd64)"
  unzip -q -o "$duckdb_jar" "$native" -d "$duck_dir" && mv "$duck_dir/$native" "$duck_dir/libduckdb_java.so"
  cp "$duckdb_jar" "$duck_dir/duckdb_jdbc.jar" && zip -q -d "$duck_dir/duckdb_jdbc.jar" 'libduckdb_java.so_*' >/dev/null
  javac -d "$duck_dir/classes" packaging/duckdb/DuckDbQuery.java
  duck_java=(java -Djava.library.path="$duck_dir" -cp "$duck_dir/classes:$duck_dir/duckdb_jdbc.jar" DuckDbQuery)
  echo "measure: DuckDB $(basename "$duckdb_jar" .jar) through JDBC on $(java -version 2>&1 | head -1)"
  for kind in parquet csv; do
    sql="$(duckdb_sql "$kind")"
    duck="$(time_command "${duck_java[@]}" "$sql")"
    query="$(for ((i = 0; i < runs; i++)); do "${duck_java[@]}" "$sql" 2>/dev/null | sed -n 's/^query-ms //p'; done | median)"
    report "duckdb (JDBC), same ${kind}: whole process" "$duck"
    report "duckdb (JDBC), same ${kind}: the query alone" "$query"
    echo "  Vocero / DuckDB (whole processes), ${kind}: $(ratio "${vocero_ms[$kind]}" "$duck")x"
    echo "  Vocero / DuckDB alternated pair by pair, ${kind}: $(paired_ratio "$kind" "${duck_java[@]}" "$sql")x (median of $runs pairs)"
    echo "  the same work: Vocero's ready to call $(ready_to_call "$kind"), DuckDB's count $("${duck_java[@]}" "$sql" 2>/dev/null | head -1)"
  done
else
  echo "measure: neither duckdb nor org.duckdb:duckdb_jdbc (and javac) here: no DuckDB figures"
fi
