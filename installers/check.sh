#!/usr/bin/env bash
# Builds the Linux installers and checks what a user gets: the app-image's launcher answers
# --version and validates a definition headless; the .deb carries the desktop entry, the icon, the
# file associations, the `loveless` command and the GTK/GL dependencies. Run by CI after the tests.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/.." && pwd)"
dist="$here/target/dist"
failures=0
check() {
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then echo "  ok    $what"; else echo "  FAIL  $what"; failures=$((failures + 1)); fi
}

"$here/build.sh" deb
image="$here/target/image/Loveless"
deb="$(ls -t "$dist"/loveless_*.deb | head -n 1)"
sample="$root/model/src/main/resources/dev/loveless/model/samples/video-pipeline.asl.json"
broken="$(mktemp --suffix=.asl.json)"
trap 'rm -f "$broken"' EXIT
printf '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}' > "$broken"

echo "app-image $image:"
check "--version names the product" bash -c "'$image/bin/Loveless' --version | grep -q '^Loveless '"
check "validate accepts the sample (exit 0)" "$image/bin/Loveless" validate "$sample"
check "validate rejects a broken definition (exit 1)" bash -c "'$image/bin/Loveless' validate '$broken'; [ \$? -eq 1 ]"
check "an unknown command is a usage error (exit 2)" bash -c "'$image/bin/Loveless' frobnicate; [ \$? -eq 2 ]"
check "the runtime is trimmed (no jmods, no javac)" bash -c "[ ! -e '$image/lib/runtime/jmods' ] && [ ! -e '$image/lib/runtime/bin/javac' ]"
check "a class-data archive is in the image" test -s "$image/lib/app/loveless.jsa"
check "C2 compiles later (decision 0130)" grep -q 'Tier4InvocationThreshold=30000' "$image/lib/app/Loveless.cfg"
# jpackage's own launcher asks rpm and dpkg for its package at every start; Loveless's does not.
spies="$(mktemp -d)"
for tool in rpm dpkg dpkg-query; do printf '#!/bin/sh\ntouch "%s/asked"\n' "$spies" > "$spies/$tool"; chmod +x "$spies/$tool"; done
check "the launcher starts Java without asking rpm or dpkg" bash -c "PATH=\"$spies:\$PATH\" '$image/bin/Loveless' --version | grep -q '^Loveless ' && [ ! -e '$spies/asked' ]"
check "the launcher works through a link, with spaces in arguments" bash -c "ln -sf '$image/bin/Loveless' '$spies/loveless' && cp '$sample' '$spies/a sample.asl.json' && '$spies/loveless' validate '$spies/a sample.asl.json'"
rm -rf "$spies"
check "JavaFX's native libraries lie beside its jars" test -f "$image/lib/app/lib/libglass.so"
check "the package carries the class list, not this folder's archive" bash -c "grep -q 'lib/app/classes.lst' <<<\"\$0\" && ! grep -q 'loveless.jsa' <<<\"\$0\"" "$(dpkg-deb --contents "$(ls -t "$dist"/loveless_*.deb | head -n 1)")"

echo "package $deb:"
info="$(dpkg-deb --info "$deb")"
contents="$(dpkg-deb --contents "$deb")"
work="$(mktemp -d)"
dpkg-deb -R "$deb" "$work"
check "package name and version" bash -c "grep -q '^ *Package: loveless' <<<\"\$0\" && grep -q '^ *Version: ' <<<\"\$0\"" "$info"
check "depends on GTK 3 and GL" bash -c "grep -q 'libgtk-3-0' <<<\"\$0\" && grep -q 'libgl1' <<<\"\$0\"" "$info"
check "desktop entry" grep -q 'Exec=/opt/loveless/bin/Loveless %F' "$work/opt/loveless/lib/loveless-Loveless.desktop"
check "desktop entry opens ASL files" grep -q 'MimeType=application/vnd.amazon.states-language+json' "$work/opt/loveless/lib/loveless-Loveless.desktop"
check "icon" test -s "$work/opt/loveless/lib/Loveless.png"
check "file associations for .asl.json, .asl.yaml, .asl.yml" bash -c "grep -q '\*.asl.json' '$work/opt/loveless/lib/loveless-Loveless-MimeInfo.xml' && grep -q '\*.asl.yaml' '$work/opt/loveless/lib/loveless-Loveless-MimeInfo.xml' && grep -q '\*.asl.yml' '$work/opt/loveless/lib/loveless-Loveless-MimeInfo.xml'"
check "the loveless command on the PATH" grep -q 'ln -sf /opt/loveless/bin/Loveless /usr/bin/loveless' "$work/DEBIAN/postinst"
check "licence" test -s "$work/opt/loveless/share/doc/copyright"
check "launcher inside" grep -q './opt/loveless/bin/Loveless' <<<"$contents"
rm -rf "$work"

# Installing for real needs root (CI runs as root): the package installs, puts `loveless` on the
# PATH and registers the menu entry, and removes cleanly.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && ! dpkg-query -W -f='${Status}' loveless 2>/dev/null | grep -q "install ok installed"; then
  echo "installing $deb:"
  apt-get update -qq >/dev/null 2>&1 || true
  check "the package installs" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
  check "loveless is on the PATH" bash -c "loveless --version | grep -q '^Loveless '"
  check "loveless validates from the PATH" loveless validate "$sample"
  check "the menu entry is registered" bash -c "ls /usr/share/applications | grep -qi loveless"
  check "a class-data archive was dumped for the installed paths" test -s /opt/loveless/lib/app/loveless.jsa
  check "the package removes cleanly" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq loveless
  check "the command is gone after removal" bash -c "! command -v loveless"
fi

# The .rpm where rpmbuild exists: it carries the same scripts as the .deb (from linux/), its
# removal script acting only on removal, not on upgrade.
if command -v rpmbuild >/dev/null 2>&1; then
  "$here/build.sh" rpm
  rpm_file="$(ls -t "$dist"/loveless-*.rpm | head -n 1)"
  echo "package $rpm_file:"
  scripts="$(rpm -qp --scripts "$rpm_file" 2>/dev/null)"
  check "depends on GTK 3 and GL" bash -c "rpm -qpR '$rpm_file' 2>/dev/null | grep -q gtk3 && rpm -qpR '$rpm_file' 2>/dev/null | grep -q mesa-libGL"
  check "puts loveless on the PATH" grep -q 'ln -sf /opt/loveless/bin/Loveless /usr/bin/loveless' <<<"$scripts"
  check "dumps the class-data archive where it lands" grep -q 'Xshare:dump' <<<"$scripts"
  check "removes the link only on removal, not on upgrade" grep -q 'if \[ "\$1" -eq 0 \]; then' <<<"$scripts"
  check "the launcher and the class list inside" bash -c "rpm -qpl '$rpm_file' 2>/dev/null | grep -q '/opt/loveless/bin/Loveless' && rpm -qpl '$rpm_file' 2>/dev/null | grep -q 'lib/app/classes.lst'"
  # Installing it for real needs root and no Loveless there yet (the .deb was removed above).
  if [ "$(id -u)" = 0 ] && [ ! -e /opt/loveless ]; then
    echo "installing $rpm_file (rpm --nodeps: this system's libraries are Debian's):"
    check "the package installs" rpm -i --nodeps "$rpm_file"
    check "loveless is on the PATH" bash -c "loveless --version | grep -q '^Loveless '"
    check "a class-data archive was dumped for the installed paths" test -s /opt/loveless/lib/app/loveless.jsa
    check "the package removes cleanly" rpm -e loveless
    check "the command and the folder are gone after removal" bash -c "! command -v loveless && [ ! -e /opt/loveless ]"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "installers: $failures check(s) failed" >&2
  exit 1
fi
echo "installers: all checks passed ($(du -h "$deb" | cut -f1) .deb)"
