#!/usr/bin/env bash
# Build the .deb from the PyInstaller onedir (dist/webex-scim-wizard) with dpkg-deb.
#
#   packaging/linux/build-deb.sh DIST_DIR ICON_DIR OUT_DIR
#
# Layout: the app under /opt/webex-scim-wizard/, /usr/bin links for both entry points, the two
# desktop entries, the icon in the hicolor theme, a copyright file. No maintainer scripts: the icon
# and desktop caches are refreshed by the file triggers of hicolor-icon-theme and
# desktop-file-utils, and `dpkg -r` removes exactly the files listed in the package (the user's data
# under ~/.local/share and the keyring are not the package's and stay).
#
# Depends: the system libraries the bundle links against but does not carry (PyInstaller leaves
# out libc, GL/EGL, libdrm, libxcb, Wayland's client libraries...), found by reading every bundled
# ELF's NEEDED entries and asking dpkg which package holds each missing one on the build machine.
# Environment: DEB_ALLOW_UNRESOLVED=1 (measurements only), DEB_COMPRESSION (xz|zstd|gzip, default xz), DEB_LEVEL (default 9 for xz).
set -euo pipefail

DIST=$(realpath "$1")
ICONS=$(realpath "$2")
OUT=$(realpath -m "$3")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

NAME=webex-scim-wizard
VERSION=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
ARCH=$(dpkg --print-architecture)
COMPRESSION=${DEB_COMPRESSION:-xz}
case "$COMPRESSION" in
  xz) LEVEL=${DEB_LEVEL:-9} ;;
  zstd) LEVEL=${DEB_LEVEL:-19} ;;
  *) LEVEL=${DEB_LEVEL:-9} ;;
esac

test -x "$DIST/$NAME" && test -x "$DIST/$NAME-cli" || { echo "no frozen app in $DIST" >&2; exit 1; }

STAGE="$OUT/stage"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons" "$STAGE/usr/share/doc/$NAME"

cp -a "$DIST" "$STAGE/opt/$NAME"
ln -s "/opt/$NAME/$NAME" "$STAGE/usr/bin/$NAME"
ln -s "/opt/$NAME/$NAME-cli" "$STAGE/usr/bin/$NAME-cli"
install -m 0644 "$HERE/$NAME.desktop" "$HERE/$NAME-repair.desktop" "$STAGE/usr/share/applications/"
cp -r "$ICONS/hicolor" "$STAGE/usr/share/icons/"
cat >"$STAGE/usr/share/doc/$NAME/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $NAME
Comment: The bundled Qt, QtWebEngine (Chromium), PySide6 and Python libraries keep their own
 licences (LGPL-3.0 / GPL for Qt and PySide6, BSD for Chromium, PSF for Python); see
 /opt/$NAME/_internal for the distribution metadata of each Python package.

Files: *
License: Apache-2.0
EOF

# Files and directories: root-owned (dpkg-deb --root-owner-group), world-readable.
chmod -R u+rwX,go+rX,go-w "$STAGE"

# Depends: NEEDED sonames not inside the bundle -> the Debian packages that ship them here.
needed=$(find "$STAGE/opt/$NAME" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 objdump -p 2>/dev/null | awk '/^ +NEEDED/ {print $2}' | sort -u)
bundled=$(find "$STAGE/opt/$NAME" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)
missing=$(comm -23 <(echo "$needed") <(echo "$bundled"))
packages=""
for soname in $missing; do
  path=$(ldconfig -p | awk -v s="$soname" '$1 == s && /x86-64|x86_64|AArch64|aarch64/ && !found++ {print $NF}')
  if [ -z "$path" ]; then
    echo "build-deb: $soname is needed but not found on this machine" >&2
    # Only for measuring a naive (untrimmed) bundle, whose unused plugins link against more.
    [ "${DEB_ALLOW_UNRESOLVED:-0}" = 1 ] && continue
    exit 1
  fi
  real=$(realpath "$path")
  pkg=$(dpkg -S "$real" 2>/dev/null | head -1 | cut -d: -f1) || true
  [ -n "$pkg" ] || pkg=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) || true
  [ -n "$pkg" ] || { echo "build-deb: no package ships $soname ($path)" >&2; exit 1; }
  packages+="$pkg"$'\n'
done
depends=$(echo "$packages" | sed '/^$/d' | sort -u | paste -sd, - | sed 's/,/, /g')
installed_size=$(du -sk --apparent-size "$STAGE" | cut -f1)

cat >"$STAGE/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: Webex Provisioning Wizard contributors <webex-scim-wizard@users.noreply.github.com>
Installed-Size: $installed_size
Depends: $depends
Recommends: gnome-keyring, dbus-user-session | dbus-x11, xdg-utils, hicolor-icon-theme
Suggests: fonts-noto-cjk
Section: admin
Priority: optional
Homepage: https://github.com/webex-scim-wizard/webex-scim-wizard
Description: Connect Microsoft Entra ID to Cisco Webex for SCIM provisioning
 A desktop wizard that sets up automatic user provisioning from a Microsoft
 Entra ID tenant to a Cisco Webex organization, and repairs it after an outage.
 Includes a console entry point (webex-scim-wizard-cli) for check, setup and
 repair from scripts and schedulers, and a demo mode with a built-in simulator.
 .
 Secrets are kept in the desktop keyring (Secret Service, e.g. gnome-keyring).
EOF

# QtWebEngine (Chromium) may create folders inside the install folder while the app runs (an
# empty resources/locales, seen here); dpkg removes only what it installed, so the folder would
# outlive the package. Take it away on remove and purge: it holds nothing of the user's (their
# data lives in their home folder and stays).
cat >"$STAGE/DEBIAN/postrm" <<POSTRM
#!/bin/sh
set -e
case "\$1" in
  remove|purge) rm -rf "/opt/$NAME" ;;
esac
exit 0
POSTRM
chmod 0755 "$STAGE/DEBIAN/postrm"

mkdir -p "$OUT"
DEB="$OUT/${NAME}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Z"$COMPRESSION" -z"$LEVEL" --build "$STAGE" "$DEB" >/dev/null
rm -rf "$STAGE"
echo "$DEB"
