# Before Loveless is removed (put into the .deb's prerm and the .rpm's %preun by
# installers/build.sh): what after-install.sh made, which the package manager does not know of.
if [ -L /usr/bin/loveless ]; then rm -f /usr/bin/loveless; fi
rm -f /opt/loveless/lib/app/loveless.jsa
