#!/usr/bin/env bash
# Dumps an app-image's class-data archive (lib/app/loveless.jsa) from its class list
# (lib/app/classes.lst). An archive serves only the exact class-path locations it was dumped
# with, so this runs wherever the image finally lies (a copied app-image is dumped again).
#   installers/linux/dump-cds-archive.sh installers/target/dist/Loveless
set -uo pipefail
image="$(cd "$1" && pwd)"
app="$image/lib/app"
archive="$app/loveless.jsa"
rm -f "$archive"
[ -s "$app/classes.lst" ] || exit 1
cfg="$app/Loveless.cfg"
[ -f "$cfg.orig" ] && cfg="$cfg.orig"
classpath="$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s#\\\$APPDIR#$app#g" | paste -sd: -)"
if ! "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/classes.lst" \
    -XX:SharedArchiveFile="$archive" -XX:+UseSerialGC -cp "$classpath" >"${DUMP_LOG:-/dev/null}" 2>&1; then
  rm -f "$archive"
  exit 1
fi
