#!/bin/sh
# Makes Vocero's class-data archives (the classes a start loads, parsed, verified and linked ahead of time; what the
# launcher maps at every start) on the machine it runs on, from the class lists the packaging's training runs
# recorded: vocero.jsa from vocero.classlist (the window's), vocero-commands.jsa from vocero-commands.classlist (the
# commands'; the launcher falls back to the window's archive without it). Run by the .deb's postinst as root, and by
# the build for target/dist/Vocero. A few seconds of CPU each, about 60 and 50 MB on disk; the .deb carries neither.
# Usage: vocero-archive.sh [APPDIR]      (default: the directory this script is in, i.e. <image>/lib/app)
# Never fails: without the archive the app starts as before, only slower (the launcher says so on stderr).
appdir="${1:-$(dirname "$(readlink -f "$0")")}"
runtime="$(dirname "$appdir")/runtime"
cfg="$appdir/Vocero.cfg"
if [ ! -f "$appdir/vocero.classlist" ] || [ ! -f "$cfg" ] || [ ! -x "$runtime/bin/java" ]; then
  echo "vocero-archive: no class list, launcher configuration or runtime under $appdir: no archive made" >&2
  exit 0
fi
# the launcher's class path, in its order (the archive only maps for the same class path), and its JVM options
class_path=$(sed -n "s#^app.classpath=\$APPDIR#$appdir#p" "$cfg" | paste -sd: -)
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile' -e '^-Xlog' -e '^-Djpackage')
for name in vocero vocero-commands; do
  list="$appdir/$name.classlist"
  archive="$appdir/$name.jsa"
  rm -f "$archive"
  [ -f "$list" ] || continue
  # shellcheck disable=SC2086 # the options are one per word
  if "$runtime/bin/java" -Xshare:dump -XX:+AOTClassLinking -XX:SharedClassListFile="$list" \
       -XX:SharedArchiveFile="$archive" $options -Xlog:cds=off -Xlog:aot=off -cp "$class_path" >/dev/null 2>&1 \
     && [ -f "$archive" ]; then
    chmod 644 "$archive"
    echo "vocero-archive: made $archive ($(du -h "$archive" | cut -f1))"
  else
    rm -f "$archive"
    echo "vocero-archive: the archive $archive could not be made: Vocero starts without it" >&2
  fi
done
exit 0
