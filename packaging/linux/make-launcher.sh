#!/bin/sh
# Replaces jpackage's native Linux launcher (<image>/bin/Vocero) with a shell script that starts the image's own Java
# with the same class path, main class and options — those of <image>/lib/app/Vocero.cfg, read here, at build time.
#
# Why: before it starts Java, jpackage's Linux launcher asks the package manager which package owns it, to find its
# own library (`rpm -qf`, then `dpkg -S` and `dpkg -L`, twice: JDK 25's LinuxPackage.c). On a Debian desktop
# `dpkg -S` reads every installed package's file list: 0.58 s of every start here, the window's and every command's,
# a third of the window's start and more than half of `vocero --version`. This script starts Java at once.
# It is bash for `exec -a`: Java then runs under the launcher's name (what `ps` and GTK see), as it did.
# Run by the installer build (pom.xml) after the training run and before the .deb is made from the image.
# Usage: make-launcher.sh IMAGE [NAME]     (default NAME: Vocero)
set -eu
image="$1"
name="${2:-Vocero}"
cfg="$image/lib/app/$name.cfg"
launcher="$image/bin/$name"
[ -f "$cfg" ] || { echo "make-launcher: no $cfg" >&2; exit 1; }
# a cfg value as a double-quoted shell word: $APPDIR stays a variable of the script, nothing else expands
quote() { printf '%s' "$1" | sed -e 's/[\\"`]/\\&/g' -e 's/\$/\\$/g' -e 's/\\\$APPDIR/${APPDIR}/g' -e 's/^/"/' -e 's/$/"/'; }
main_class=$(sed -n 's/^app.mainclass=//p' "$cfg" | head -1)
[ -n "$main_class" ] || { echo "make-launcher: no app.mainclass in $cfg" >&2; exit 1; }
class_path=$(sed -n 's/^app.classpath=//p' "$cfg" | paste -sd: -)
{
  echo '#!/bin/bash'
  echo "# $name's launcher, made from lib/app/$name.cfg by packaging/linux/make-launcher.sh (see there why it is a script)."
  echo 'self=$(readlink -f "$0")'
  echo 'root=${self%/bin/*}'
  echo 'APPDIR="$root/lib/app"'
  cat <<'JIT'
# The compilers by what this run is. A command is one short process: the client compiler alone (C1) starts and
# finishes it sooner — `contacts lists` 0.71 of the time, and even the 500,000-row one-shot import 0.91 (5 runs
# each). The window lives for a session: the optimizing compiler (C2) stays, for a 500,000-row import in the wizard
# takes twice as long without it (warm: 1.7 s against 0.84 s), but it compiles 10 times later than Java's
# default, so that it does not compete with the window's start for the two cores (launch → window 0.97 s against
# 1.15 s, medians of 7; C1 alone would be 0.84 s). `bench` keeps Java's defaults: it measures the app as it runs.
jit=(-XX:TieredStopAtLevel=1)
window=1
# The class-data archive by what this run is, too (vocero-archive.sh makes both at install): the window's classes
# or the commands'. One archive for both made every command map and link the window's 15,800 classes before its
# first line (JVM start -> main 0.12-0.15 s against 0.07); `contacts lists` 0.90 of its time, the one-shot 500,000-row
# Parquet import 0.88 (8 and 10 alternated runs), the window as before. `bench` takes the window's.
archive=vocero-commands.jsa
value=0
for arg in "$@"; do
  if [ "$value" = 1 ]; then value=0; continue; fi
  case "$arg" in
    --data-dir|--lang|--db-url) value=1 ;;
    -h|--help|-V|--version) window=0 ;;
    -*) ;;
    *.json|*.JSON) break ;;
    bench) jit=(); window=0; archive=vocero.jsa; break ;;
    *) window=0; break ;;
  esac
done
# The collector by what this run is, too. Commands keep the parallel collector of the .cfg (the fastest one-shot
# import). The window takes G1: with half a million rejected rows alive, the parallel collector's young pauses
# froze the wizard's contacts step 60-82 ms at a time, G1 43-63 ms (`bench wizard-contacts`, 2 runs each), and
# the window starts as fast with it (launch -> window 1.09 s against 1.10 s, medians of 7 alternated runs) on the
# same class-data archive. ZGC froze it least (36-51 ms) but cost the start 0.28 s and an archive of its own.
gc=(-XX:+UseParallelGC)
if [ "$window" = 1 ]; then
  jit=(-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000
       -XX:Tier4BackEdgeThreshold=400000)
  gc=(-XX:+UseG1GC)
  archive=vocero.jsa
fi
[ -f "$APPDIR/$archive" ] || archive=vocero.jsa
JIT
  printf 'exec -a "$0" "$root/lib/runtime/bin/java" "-Djpackage.app-path=$self" "${jit[@]}"'
  # the .cfg's parallel collector and class-data archive become the run's own (above)
  sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r option; do
    if [ "$option" = "-XX:+UseParallelGC" ]; then
      printf ' \\\n  "${gc[@]}"'
    elif [ "$option" = '-XX:SharedArchiveFile=$APPDIR/vocero.jsa' ]; then
      printf ' \\\n  "-XX:SharedArchiveFile=${APPDIR}/${archive}"'
    else
      printf ' \\\n  %s' "$(quote "$option")"
    fi
  done
  printf ' \\\n  -cp %s \\\n  %s "$@"\n' "$(quote "$class_path")" "$main_class"
} > "$launcher.new"
chmod 755 "$launcher.new"
mv "$launcher.new" "$launcher"
echo "make-launcher: $launcher is a script now ($(wc -l < "$launcher") lines)"
