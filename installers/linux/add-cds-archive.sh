#!/usr/bin/env bash
# Adds an AppCDS archive to a Linux app-image: a training run loads the classes that start-up
# needs (the command line, then the designer's first window when a display or Xvfb is at hand)
# and dumps them to lib/app/loveless.jsa, which the launcher maps at every start.
#   installers/linux/add-cds-archive.sh installers/target/dist/Loveless
set -euo pipefail
image="$(cd "$1" && pwd)"
cfg="$image/lib/app/Loveless.cfg"
archive="$image/lib/app/loveless.jsa"
sample="$(mktemp --suffix=.asl.json)"
trap 'rm -f "$sample"; [ -f "$cfg.orig" ] && mv "$cfg.orig" "$cfg"' EXIT

# The training run writes the archive instead of reading it, and exits after the first frame.
cp "$cfg" "$cfg.orig"
grep -v 'SharedArchiveFile' "$cfg.orig" > "$cfg"
printf 'java-options=-XX:ArchiveClassesAtExit=%s\n' "$archive" >> "$cfg"
rm -f "$archive"

printf '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}' > "$sample"
train() {
  LOVELESS_STARTUP_PROBE=1 timeout 120 "$@" >/dev/null 2>&1 || true
}
if [ -n "${DISPLAY:-}" ]; then
  train "$image/bin/Loveless" "$sample"
elif command -v xvfb-run >/dev/null 2>&1; then
  train xvfb-run -a "$image/bin/Loveless" "$sample"
else
  echo "    no display and no xvfb-run: the archive covers the command line only" >&2
  train "$image/bin/Loveless" fmt --check "$sample"
fi
if [ -f "$archive" ]; then
  echo "    class-data archive: $(du -h "$archive" | cut -f1)"
else
  echo "    warning: no class-data archive was written; the app still runs, a little slower to start" >&2
fi
