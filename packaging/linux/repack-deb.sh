#!/bin/sh
# repack-deb.sh DIR: every .deb in DIR packed again, run by the installer profile after jpackage made it.
# - xz -9: its 64 MB window finds the repeats across the uncompressed runtime and the stored jars (36.7 MB instead
#   of 38.4; about a minute more); jpackage cannot ask for it.
# - The draft's file type (application/x-vocero-draft+json) gets its Spanish name beside the one description
#   jpackage writes from draft-file.properties: what a file manager shows as a draft's type on a Spanish desktop.
set -e
SPANISH_NAME="Borrador de campaña de Vocero"
for deb in "$1"/*.deb; do
  t="$(mktemp -d)"
  fakeroot dpkg-deb -R "$deb" "$t/root"
  for mime in $(find "$t/root" -name '*-MimeInfo.xml'); do
    if ! grep -q 'xml:lang="es"' "$mime"; then
      sed -i "s#^\( *\)<comment>.*</comment>\$#&\n\1<comment xml:lang=\"es\">$SPANISH_NAME</comment>#" "$mime"
    fi
    grep -q "<comment xml:lang=\"es\">$SPANISH_NAME</comment>" "$mime" || { echo "repack-deb: no comment in $mime" >&2; exit 1; }
  done
  fakeroot dpkg-deb -Zxz -z9 --root-owner-group -b "$t/root" "$t/x.deb" >/dev/null
  mv "$t/x.deb" "$deb"
  rm -rf "$t"
done
