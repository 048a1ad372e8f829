#!/usr/bin/env bash
# Adds an AppCDS archive to a Linux app-image: training runs record the classes that start-up
# loads (the designer's first window when a display or Xvfb is at hand, then the command line),
# and a static dump maps them into lib/app/loveless.jsa, which the launcher uses at every start.
# (A static dump from a class list, because JDK 17's dynamic dump crashes on this app's lambdas.)
#   installers/linux/add-cds-archive.sh installers/target/image/Loveless
set -euo pipefail
image="$(cd "$1" && pwd)"
cfg="$image/lib/app/Loveless.cfg"
archive="$image/lib/app/loveless.jsa"
java="$image/lib/runtime/bin/java"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -f "$cfg.orig" ] && mv "$cfg.orig" "$cfg"' EXIT

cp "$cfg" "$cfg.orig"
rm -f "$archive"
printf '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}' > "$work/sample.asl.json"

train() {
  local list="$1"; shift
  grep -v 'SharedArchiveFile' "$cfg.orig" > "$cfg"
  printf 'java-options=-XX:DumpLoadedClassList=%s\n' "$list" >> "$cfg"
  LOVELESS_STARTUP_PROBE=1 timeout 120 "$@" >/dev/null 2>&1 || true
}
if [ -n "${DISPLAY:-}" ]; then
  train "$work/gui.lst" "$image/bin/Loveless" "$work/sample.asl.json"
elif command -v xvfb-run >/dev/null 2>&1; then
  train "$work/gui.lst" xvfb-run -a "$image/bin/Loveless" "$work/sample.asl.json"
else
  echo "    no display and no xvfb-run: the archive covers the command line only" >&2
fi
train "$work/cli.lst" "$image/bin/Loveless" validate "$work/sample.asl.json"
# Lambda proxies stay out: archiving them crashes JDK 17's dump (adjust_lambda_proxy_class_dictionary).
cat "$work"/*.lst 2>/dev/null | grep -v '^@lambda-proxy' | awk '!seen[$0]++' > "$work/classes.lst"

# Kept in the image: an installed package dumps its own archive from it (postinst), because an
# archive only serves the exact class-path locations it was dumped with.
cp "$work/classes.lst" "$image/lib/app/classes.lst"

# The archive is only used with exactly the launcher's class path, so dump with that one.
classpath="$(sed -n 's/^app.classpath=//p' "$cfg.orig" | sed "s#\\\$APPDIR#$image/lib/app#g" | paste -sd: -)"
if [ -s "$work/classes.lst" ] && "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
    -XX:SharedArchiveFile="$archive" -XX:+UseSerialGC -cp "$classpath" >"$work/dump.log" 2>&1; then
  echo "    class-data archive: $(du -h "$archive" | cut -f1), $(wc -l < "$work/classes.lst") classes listed"
else
  rm -f "$archive"
  echo "    warning: no class-data archive was written; the app still runs, a little slower to start" >&2
  tail -n 5 "$work/dump.log" >&2 || true
fi
