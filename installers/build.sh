#!/usr/bin/env bash
# Builds a Loveless installer with jpackage and a trimmed (jlink) runtime.
#
#   installers/build.sh app-image     a self-contained folder (Linux, Windows, macOS)
#   installers/build.sh deb           Debian/Ubuntu package                      (Linux)
#   installers/build.sh rpm           Fedora/RHEL package, when rpmbuild exists  (Linux)
#   installers/build.sh msi           Windows installer, needs the WiX toolset   (Windows, Git Bash)
#   installers/build.sh dmg           macOS disk image                           (macOS)
#
# Output goes to installers/target/dist. Needs a JDK 17 (jlink, jpackage, jdeps) and Maven;
# on Linux also `sudo apt-get install -y fakeroot binutils` (and rpm for .rpm).
set -euo pipefail

type="${1:-}"
case "$type" in
  app-image|deb|rpm|msi|dmg) ;;
  *) echo "usage: installers/build.sh app-image|deb|rpm|msi|dmg" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target"
dist="$work/dist"
icons="$root/icons/src/main/resources/dev/loveless/icons/app"

step() { echo "==> $*"; }

# Writes the templates jpackage takes for a Linux package into $2: the desktop entry, and the
# scripts that run after installing and before removing, which carry linux/after-install.sh and
# linux/before-remove.sh: the .deb's postinst and prerm, or for an .rpm the JDK's own spec
# template with them in its %post and %preun (%preun only on removal: an upgrade runs the old
# package's %preun after the new one's %post).
linux_resources() {
  local type="$1" out="$2"
  rm -rf "$out"
  mkdir -p "$out"
  cp "$here/linux/Loveless.desktop" "$out/"
  with_lines() { # FILE MARKER FRAGMENT: FILE with the line MARKER replaced by FRAGMENT's lines
    awk -v marker="$2" -v fragment="$3" '$0 == marker { while ((getline line < fragment) > 0) print line; next } { print }' "$1"
  }
  if [ "$type" = deb ]; then
    with_lines "$here/linux/postinst" LOVELESS_AFTER_INSTALL "$here/linux/after-install.sh" > "$out/postinst"
    with_lines "$here/linux/prerm" LOVELESS_BEFORE_REMOVE "$here/linux/before-remove.sh" > "$out/prerm"
  else
    local jdk extracted removal
    jdk="$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")"
    extracted="$work/jdk-templates"
    rm -rf "$extracted"
    "$jdk/bin/jimage" extract --dir "$extracted" --include 'regex:.*/jdk/jpackage/internal/resources/template\.spec' "$jdk/lib/modules"
    removal="$work/before-remove-rpm.sh"
    { echo 'if [ "$1" -eq 0 ]; then'; cat "$here/linux/before-remove.sh"; echo 'fi'; } > "$removal"
    awk -v install="$here/linux/after-install.sh" -v removal="$removal" '
      { print }
      $0 == "%post" { while ((getline line < install) > 0) print line }
      $0 == "%preun" { while ((getline line < removal) > 0) print line }
    ' "$extracted/jdk.jpackage/jdk/jpackage/internal/resources/template.spec" > "$out/loveless.spec"
    grep -q 'ln -sf /opt/loveless/bin/Loveless' "$out/loveless.spec" \
      || { echo "installers/build.sh: the JDK's spec template has no %post to extend" >&2; exit 1; }
  fi
}

# Product version from the reactor pom; installers want plain numbers (0.1.0-SNAPSHOT -> 0.1.0).
pom_version="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml")"
version="${pom_version%%-*}"

step "building the app $pom_version"
(cd "$root" && mvn -q -DskipTests -pl app -am package)

step "staging the application jars"
rm -rf "$work/input" "$work/runtime" "$work/tmp"
mkdir -p "$work/input" "$dist"
cp "$root/app/target/loveless.jar" "$work/input/"
cp -r "$root/app/target/lib" "$work/input/lib"
if [ "$(uname -s)" = Linux ]; then
  # JavaFX's native libraries beside its jars, where it looks first: otherwise every start
  # reads them out of the jar to compare with a copy it keeps in the user's ~/.openjfx.
  for fx in "$work"/input/lib/javafx-*-linux.jar; do
    natives="$(jar tf "$fx" | grep '\.so$' || true)"
    if [ -n "$natives" ]; then
      (cd "$work/input/lib" && jar xf "$fx" $natives)
    fi
  done
fi

step "finding the Java modules the app needs"
modules="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$work/input/lib/*" "$work/input/loveless.jar" 2>/dev/null)"
# Always: TLS to AWS (EC ciphers), JavaFX's use of sun.misc.Unsafe, locale data for dates,
# and the JDK's own zip file system for exported projects.
modules="$modules,jdk.crypto.ec,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets"
echo "    $modules"

step "linking a trimmed runtime"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$work/runtime"
# The base class-data archive of the trimmed runtime (the app's own archive builds on it).
"$work/runtime/bin/java" -Xshare:dump >/dev/null

image=(
  --name Loveless
  --app-version "$version"
  --vendor "Loveless"
  --copyright "Copyright 2026 the Loveless authors"
  --description "Design AWS Step Functions workflows: Lambda first, Activity when a step outgrows Lambda."
  --input "$work/input"
  --main-jar loveless.jar
  --main-class dev.loveless.app.Main
  --runtime-image "$work/runtime"
  --dest "$work/image"
  --temp "$work/tmp"
  --java-options "-Dfile.encoding=UTF-8"
  --java-options "-XX:+UseSerialGC"
  # C2 compiles a method after six times the usual calls: at start-up it then stops competing with
  # the JavaFX thread for the second core, while hot code still gets it (docs/decisions/0130).
  --java-options "-XX:Tier4InvocationThreshold=30000"
  --java-options "-XX:Tier4MinInvocationThreshold=4000"
  --java-options "-XX:Tier4CompileThreshold=90000"
  --java-options "-XX:Tier4BackEdgeThreshold=240000"
)
case "$(uname -s)" in
  Linux)
    # A class-data archive, written by a training run below, shortens every start.
    image+=(--icon "$icons/loveless-256.png" --java-options "-Xshare:auto"
      --java-options "-XX:SharedArchiveFile=\$APPDIR/loveless.jsa")
    ;;
  Darwin) image+=(--icon "$icons/loveless.icns") ;;
  *) image+=(--icon "$icons/loveless.ico" --win-console) ;;
esac

step "building the app-image"
rm -rf "$work/image" "$work/tmp"
jpackage --type app-image "${image[@]}"
if [ "$(uname -s)" = Linux ]; then
  # Loveless's own launcher, reading the same Loveless.cfg: jpackage's asks rpm and dpkg which
  # package it belongs to at every start (docs/decisions/0120-linux-launcher.md).
  install -m 755 "$here/linux/launcher.sh" "$work/image/Loveless/bin/Loveless"
  step "training the class-data archive"
  "$here/linux/add-cds-archive.sh" "$work/image/Loveless"
fi
app_image="$work/image/Loveless"
[ -d "$app_image" ] || app_image="$work/image/Loveless.app"

if [ "$type" = app-image ]; then
  rm -rf "$dist/$(basename "$app_image")"
  cp -a "$app_image" "$dist/"
  if [ "$(uname -s)" = Linux ]; then
    # The archive names the class path's locations: dumped again where the image now lies.
    "$here/linux/dump-cds-archive.sh" "$dist/$(basename "$app_image")" \
      || echo "    warning: no class-data archive in $dist; the app still runs, a little slower to start" >&2
  fi
  step "done: $dist/$(basename "$app_image")"
  exit 0
fi

# The package installs elsewhere (/opt/loveless): it carries the class list, not an archive of
# this folder's paths, and its postinst dumps the archive where it lands.
rm -rf "$work/package-image"
mkdir -p "$work/package-image"
cp -a "$app_image" "$work/package-image/"
app_image="$work/package-image/$(basename "$app_image")"
rm -f "$app_image/lib/app/loveless.jsa"

package=(
  --type "$type"
  --app-image "$app_image"
  --name Loveless
  --app-version "$version"
  --vendor "Loveless"
  --copyright "Copyright 2026 the Loveless authors"
  --description "Design AWS Step Functions workflows: Lambda first, Activity when a step outgrows Lambda."
  --license-file "$root/LICENSE"
  --dest "$dist"
  --temp "$work/tmp-$type"
)
for association in "$here"/common/file-association-*.properties; do
  package+=(--file-associations "$association")
done
case "$type" in
  deb|rpm)
    linux_resources "$type" "$work/resources-$type"
    package+=(
      --icon "$icons/loveless-256.png"
      --linux-package-name loveless
      --linux-menu-group "Development"
      --linux-app-category devel
      --linux-shortcut
      --resource-dir "$work/resources-$type"
    )
    ;;
esac
case "$type" in
  deb)
    # jpackage derives the libraries JavaFX's natives link to from the build machine; GTK 3 and
    # GL are named too, in case that machine lacks them.
    package+=(--linux-package-deps "libgtk-3-0, libgl1" --linux-deb-maintainer "packages@loveless.dev")
    ;;
  rpm)
    command -v rpmbuild >/dev/null || { echo "installers/build.sh: rpm needs rpmbuild (apt-get install rpm)" >&2; exit 2; }
    package+=(--linux-package-deps "gtk3, mesa-libGL" --linux-rpm-license-type "Apache-2.0")
    ;;
  msi)
    package+=(--win-menu --win-menu-group Loveless --win-shortcut --win-dir-chooser
      --win-upgrade-uuid 5b0c3bd2-3c4e-4b1e-9d0e-6c1f4f0d2a77)
    ;;
  dmg)
    package+=(--mac-package-identifier dev.loveless.app --mac-package-name Loveless)
    ;;
esac

step "packaging $type"
rm -rf "$work/tmp-$type"
jpackage "${package[@]}"
step "done: $(cd "$dist" && ls -t | head -n 1)"
