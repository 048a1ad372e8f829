#!/usr/bin/env bash
# Shows the installed desktop entry the way a launcher menu lists it (rofi's application list,
# under Xvfb) and saves a picture of it: the icon, the name and the description people see.
# Needs the package installed, and xvfb, rofi and imagemagick.
#   installers/linux/desktop-entry-screenshot.sh docs/images/desktop-entry.png
set -euo pipefail
out="$(readlink -f "${1:-desktop-entry.png}")"
display=":$((RANDOM % 400 + 100))"
Xvfb "$display" -screen 0 900x260x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" rofi -show drun -show-icons -filter loveless -markup-rows \
  -drun-display-format "{name}  <span size='small'>{comment}</span>" \
  -theme-str 'window {width: 860px;} element-icon {size: 48px;} listview {lines: 2;}' >/dev/null 2>&1 &
rofi=$!
sleep 3
DISPLAY="$display" import -window root "$out"
kill $rofi 2>/dev/null || true
echo "$out"
