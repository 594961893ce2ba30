#!/usr/bin/env bash
# Smoke test of the packaged app (Linux): builds the app-image and the .deb (mvn -B package -Pinstaller), starts the
# app-image's launcher on a virtual display for a few seconds, runs `contacts lists` and `--version` through the
# same launcher, checks that the start-up caches map (the window's; on Linux the commands' too), and fails on any exception or error in what they print.
#   packaging/smoke.sh            build, then check
#   packaging/smoke.sh --no-build check the image already in target/dist/
# Needs: a JDK 25 (see pom.xml), fakeroot, dpkg-deb, Xvfb (or a DISPLAY already set).
set -euo pipefail
cd "$(dirname "$0")/.."
image=target/dist/Vocero
launcher="$image/bin/Vocero"
work="$(mktemp -d "${TMPDIR:-/tmp}/vocero-smoke.XXXXXX")"
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q package -Pinstaller -DskipTests
fi
[ -x "$launcher" ] || { echo "smoke: no app-image at $image" >&2; exit 1; }
echo "smoke: app-image $(du -sh "$image" | cut -f1), packages: $(ls target/dist/*.deb 2>/dev/null | xargs -r du -h | cut -f1 | tr '\n' ' ')"

if [ -z "${DISPLAY:-}" ]; then
  display=":$((90 + RANDOM % 9))"
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY="$display"
  sleep 1
fi

failed=0
check() { # name, output file
  if grep -E -n 'Exception|Error:|ERROR|unexpected error' "$2" >/dev/null; then
    echo "smoke: FAIL $1:" >&2
    grep -E -n 'Exception|Error:|ERROR|unexpected error' "$2" | head -20 >&2
    failed=1
  else
    echo "smoke: ok   $1"
  fi
}

# the window, a few seconds, with an example draft opened in the wizard
"$launcher" --data-dir "$work/data" assets/examples/saem.vocero.json >"$work/window.txt" 2>&1 &
app=$!
sleep "${SMOKE_SECONDS:-8}"
if kill -0 "$app" 2>/dev/null; then
  kill "$app"; wait "$app" 2>/dev/null || true
else
  wait "$app" || true
  echo "smoke: FAIL the window ended by itself:" >&2; cat "$work/window.txt" >&2; failed=1
fi
cat "$work/data/logs/vocero.log" >>"$work/window.txt" 2>/dev/null || true
check "window (8 s, a draft open)" "$work/window.txt"

# the command line through the same launcher
"$launcher" --data-dir "$work/data" contacts lists >"$work/lists.txt" 2>&1 || { echo "smoke: exit $? from contacts lists" >&2; failed=1; }
cat "$work/lists.txt"
check "contacts lists" "$work/lists.txt"
# through a symbolic link in a folder with a space, as /usr/bin/vocero reaches the installed launcher
mkdir -p "$work/a bin" && ln -s "$(readlink -f "$launcher")" "$work/a bin/vocero"
"$work/a bin/vocero" --version >"$work/version.txt" 2>&1 || failed=1
head -1 "$work/version.txt"
check "--version" "$work/version.txt"
"$launcher" --data-dir "$work/data" campaign validate assets/examples/saem.vocero.json >"$work/validate.txt" 2>&1 || true
check "campaign validate" "$work/validate.txt"

# the start-up cache the launcher names for the window maps (-Xshare:on, -XX:AOTMode=on: a cache that does not map is
# an error; the window opens and the app exits once it shows)
cache=""
for file in "$image"/lib/app/vocero.jsa "$image"/lib/app/vocero.aot; do [ -f "$file" ] && cache="$file" && break; done
if [ -z "$cache" ]; then
  echo "smoke: FAIL no start-up cache in the image (vocero.jsa made from vocero.classlist, or vocero.aot)" >&2; failed=1
elif JAVA_TOOL_OPTIONS="$(case "$cache" in *.aot) echo -XX:AOTMode=on;; *) echo -Xshare:on;; esac) -Dvocero.windowShown=exit" \
       "$launcher" --data-dir "$work/data" >"$work/cache.txt" 2>&1; then
  echo "smoke: ok   start-up cache maps ($(basename "$cache"), $(du -h "$cache" | cut -f1))"
else
  echo "smoke: FAIL the start-up cache $cache does not map:" >&2; cat "$work/cache.txt" >&2; failed=1
fi
# Linux: the commands' own archive, which the launcher gives every command
if [ -f "$image/lib/app/vocero-commands.classlist" ]; then
  commands_cache="$image/lib/app/vocero-commands.jsa"
  if [ ! -f "$commands_cache" ]; then
    echo "smoke: FAIL no commands' archive (vocero-commands.jsa from vocero-commands.classlist)" >&2; failed=1
  elif JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --data-dir "$work/data" contacts lists \
         >"$work/commands-cache.txt" 2>&1; then
    echo "smoke: ok   the commands' archive maps ($(du -h "$commands_cache" | cut -f1))"
  else
    echo "smoke: FAIL the commands' archive does not map for a command:" >&2; cat "$work/commands-cache.txt" >&2
    failed=1
  fi
fi

if [ "$failed" -ne 0 ]; then echo "smoke: FAILED" >&2; exit 1; fi
echo "smoke: passed"
