#!/bin/sh
# Makes every icon file from character-studio.svg with tools from Debian's packages:
#   apt-get install -y librsvg2-bin icoutils icnsutils
# PNGs at 16 to 512 px, a Windows .ico (16-256) and a macOS .icns (16-512). Run from anywhere.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" character-studio.svg -o "character-studio-$size.png"
done
icotool -c -o character-studio.ico character-studio-16.png character-studio-32.png character-studio-48.png \
  character-studio-64.png character-studio-128.png character-studio-256.png
png2icns character-studio.icns character-studio-16.png character-studio-32.png character-studio-48.png \
  character-studio-128.png character-studio-256.png character-studio-512.png >/dev/null
echo "icons made in $(pwd)"
