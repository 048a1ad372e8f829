#!/bin/bash
# Loveless's launcher on Linux (bin/Loveless): starts the bundled Java runtime with the class path,
# main class and Java options of lib/app/Loveless.cfg, the file jpackage writes for its own
# launcher, which this one replaces: that one asks rpm and dpkg, twice each, which package it
# belongs to at every start, 110-260 ms before Java begins (docs/decisions/0120-linux-launcher.md).
self="$(readlink -f "${BASH_SOURCE[0]}")"
image="${self%/bin/*}"
app="$image/lib/app"
cfg="$app/Loveless.cfg"
if [ ! -r "$cfg" ]; then
  echo "Loveless: cannot read $cfg; reinstall Loveless." >&2
  exit 1
fi
classpath=()
options=()
main=""
while IFS= read -r line || [ -n "$line" ]; do
  # $APPDIR stands for lib/app, as for jpackage's launcher.
  line="${line//\$APPDIR/$app}"
  case "$line" in
    app.classpath=*) classpath+=("${line#app.classpath=}") ;;
    app.mainclass=*) main="${line#app.mainclass=}" ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done < "$cfg"
separator="$IFS"
IFS=:
joined="${classpath[*]}"
IFS="$separator"
exec "$image/lib/runtime/bin/java" -classpath "$joined" "${options[@]}" "$main" "$@"
