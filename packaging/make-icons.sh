#!/usr/bin/env bash
# Renders assets/icon/vocero.svg into the sizes each OS wants:
#   vocero-<N>.png (16…512; Linux menus, and the window's own icon), vocero.png (256, jpackage on Linux),
#   vocero.ico (Windows: 16, 24, 32, 48, 64, 128, 256), vocero.icns (macOS, when png2icns is installed:
#   Debian package icnsutils).
# Needs ImageMagick (convert). Run from anywhere; the results are committed, the build does not run this.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
icons="$here/assets/icon"
svg="$icons/vocero.svg"
for size in 16 24 32 48 64 128 256 512; do
  convert -background none -density 384 "$svg" -resize "${size}x${size}" -depth 8 "PNG32:$icons/vocero-$size.png"
done
cp "$icons/vocero-256.png" "$icons/vocero.png"
convert "$icons"/vocero-{16,24,32,48,64,128,256}.png "$icons/vocero.ico"
if command -v png2icns >/dev/null; then
  png2icns "$icons/vocero.icns" "$icons"/vocero-{16,32,48,128,256,512}.png >/dev/null
else
  echo "png2icns not found (Debian: apt-get install icnsutils): vocero.icns left as it is" >&2
fi
# the window's icon (MainWindow reads /app/vocero/icon.png) and the README's
cp "$icons/vocero-256.png" "$here/src/main/resources/app/vocero/icon.png"
cp "$icons/vocero-256.png" "$here/assets/icon.png"
