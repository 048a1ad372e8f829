# After Loveless is installed or upgraded (put into the .deb's postinst and the .rpm's %post by
# installers/build.sh).
# A class-data archive for a faster start, dumped here because it must name the installed paths.
app=/opt/loveless/lib/app
if [ -f "$app/classes.lst" ]; then
  classpath="$(sed -n 's/^app.classpath=//p' "$app/Loveless.cfg" | sed "s#\$APPDIR#$app#g" | paste -sd: -)"
  /opt/loveless/lib/runtime/bin/java -Xshare:dump -XX:SharedClassListFile="$app/classes.lst" \
    -XX:SharedArchiveFile="$app/loveless.jsa" -XX:+UseSerialGC -cp "$classpath" >/dev/null 2>&1 \
    || rm -f "$app/loveless.jsa"
fi
# The command-line interface on the PATH: `loveless --help`.
ln -sf /opt/loveless/bin/Loveless /usr/bin/loveless
# The menu entry and the file associations. A minimal system may lack the folders xdg-utils
# writes to; and a desktop that cannot take the entry must not fail the installation.
mkdir -p /usr/share/applications /usr/share/desktop-directories /usr/share/mime/packages /etc/xdg/menus
