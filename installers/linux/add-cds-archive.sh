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
# The designer is trained as it starts from the menu (on the built-in sample) and on a file.
if [ -n "${DISPLAY:-}" ]; then
  train "$work/gui.lst" "$image/bin/Loveless"
  train "$work/file.lst" "$image/bin/Loveless" "$work/sample.asl.json"
elif command -v xvfb-run >/dev/null 2>&1; then
  train "$work/gui.lst" xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/Loveless"
  train "$work/file.lst" xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/Loveless" "$work/sample.asl.json"
else
  echo "    no display and no xvfb-run: the archive covers the command line only" >&2
fi
train "$work/cli.lst" "$image/bin/Loveless" validate "$work/sample.asl.json"
cat "$work"/*.lst 2>/dev/null | awk '!seen[$0]++' > "$work/classes.lst"

# The lambdas' classes are archived too (about a thousand are spun at start-up otherwise); some
# JDK 17 builds crash dumping them (adjust_lambda_proxy_class_dictionary), so then without them.
# The list kept in the image is one this JDK dumped without trouble: an installed package dumps
# its own archive from it (postinst), for the paths where it lands.
cp "$work/classes.lst" "$image/lib/app/classes.lst"
lambdas="with"
if ! DUMP_LOG="$work/dump.log" "$(dirname "$0")/dump-cds-archive.sh" "$image"; then
  lambdas="without"
  grep -v '^@lambda-proxy' "$work/classes.lst" > "$image/lib/app/classes.lst"
  DUMP_LOG="$work/dump.log" "$(dirname "$0")/dump-cds-archive.sh" "$image" || true
fi
if [ -s "$archive" ]; then
  echo "    class-data archive: $(du -h "$archive" | cut -f1), $(wc -l < "$work/classes.lst") classes listed, $lambdas lambdas"
else
  rm -f "$archive"
  echo "    warning: no class-data archive was written; the app still runs, a little slower to start" >&2
  tail -n 5 "$work/dump.log" >&2 || true
fi
