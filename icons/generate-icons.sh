#!/usr/bin/env bash
# Renders the app icon's PNG sizes and the installers' .ico/.icns from the SVG source.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils):
#   sudo apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/src/main/svg/loveless.svg"
out="$here/src/main/resources/dev/loveless/icons/app"
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$src" -o "$out/loveless-$size.png"
done
convert "$out"/loveless-{16,24,32,48,64,256}.png "$out/loveless.ico"
png2icns "$out/loveless.icns" "$out"/loveless-{16,32,128,256,512}.png >/dev/null
echo "wrote $(ls "$out" | wc -l) files to $out"
