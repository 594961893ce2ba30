#!/usr/bin/env bash
# Cold-start figures of the packaged app, medians of 5 whole-process runs each (README "Installers"):
#   window      launch -> main window shown (the app prints the moment with -Dvocero.windowShown=exit, then closes)
#   contacts lists / history / campaign validate (a small example draft)
#   one-shot `contacts import` of a generated 500,000-row Parquet and CSV (--no-save), under -Xmx512m
#   DuckDB reading + normalizing + validating + de-duplicating the same files, where `duckdb` is on the PATH
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
for kind in parquet csv; do
  report "contacts import ${rows} rows ${kind} (-Xmx512m)" "$(JAVA_TOOL_OPTIONS=-Xmx512m time_command "$launcher" \
      --data-dir "$data" contacts import "$work/samples/contacts.$kind" --country CO --no-save)"
done

if command -v duckdb >/dev/null; then
  for kind in parquet csv; do
    reader="read_parquet('$work/samples/contacts.parquet')"
    [ "$kind" = csv ] && reader="read_csv('$work/samples/contacts.csv', header=true, all_varchar=true)"
    sql="SELECT count(DISTINCT n) FROM (SELECT regexp_replace(\"Celular\"::VARCHAR, '[^0-9]', '', 'g') AS n FROM $reader) WHERE length(n) = 10 AND n LIKE '3%';"
    report "duckdb, same ${kind} (read, normalize, validate, distinct)" "$(time_command duckdb -c "$sql")"
  done
else
  echo "measure: duckdb is not installed here: no DuckDB figures"
fi
