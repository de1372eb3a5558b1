#!/usr/bin/env bash
# macOS build: the frozen .app (PyInstaller BUNDLE) from the hashed lock, signing, .dmg,
# notarization. Run from anywhere on a Mac with Python 3.11:  packaging/macos/build.sh
#
# Signing and notarization run only when configured, and are skipped otherwise:
#   MACOS_CODESIGN_IDENTITY  "Developer ID Application: Name (TEAMID)" in the keychain
#   NOTARY_PROFILE           a `xcrun notarytool store-credentials` profile name, or
#   APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD  (app-specific password)
# NOT executed on this repository's Linux machine; the release workflow runs it on macos-14.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_NAME="Webex Provisioning Wizard"
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ENTITLEMENTS=packaging/macos/entitlements.plist
ID=${MACOS_CODESIGN_IDENTITY:-}

test -x build/venv/bin/python || python3 -m venv build/venv
build/venv/bin/python -m pip install --quiet --require-hashes --no-deps -r packaging/requirements-lock.txt
mkdir -p wizard/resources/i18n
for ts in resources/translations/*.ts; do
  build/venv/bin/pyside6-lrelease -silent "$ts" -qm "wizard/resources/i18n/$(basename "${ts%.ts}").qm"
done
build/venv/bin/python packaging/make_icons.py build/icons
rm -rf build/lib build/wheel
build/venv/bin/python -m pip wheel --quiet --no-deps --no-build-isolation -w build/wheel .
build/venv/bin/python -m pip install --quiet --no-deps --force-reinstall build/wheel/*.whl
# With MACOS_CODESIGN_IDENTITY set, PyInstaller signs every collected binary with it, the hardened
# runtime and the entitlements (the spec passes them); otherwise it signs them ad hoc.
(cd build && MACOS_CODESIGN_IDENTITY="$ID" venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath work ../packaging/webex-scim-wizard.spec)

APP="build/dist/$APP_NAME.app"
"$APP/Contents/MacOS/webex-scim-wizard-cli" --version

if [ -n "$ID" ]; then
  # Inside out: the QtWebEngine helper app first (with at least its own entitlements), then the
  # outer bundle. PyInstaller signs the Mach-O files but not the .app bundles themselves.
  find "$APP" -name "QtWebEngineProcess.app" -type d | while read -r helper; do
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$ID" "$helper"
  done
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$ID" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "No MACOS_CODESIGN_IDENTITY: codesign, notarization and stapling skipped (ad hoc signed app)"
fi

# The .dmg: the app and a link to /Applications to drag it onto.
DMG="build/macos/webex-scim-wizard-$VERSION.dmg"
STAGE=build/macos/dmg
rm -rf "$STAGE" "$DMG" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"

if [ -n "$ID" ]; then
  codesign --force --timestamp --sign "$ID" "$DMG"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
  else
    echo "No notarization credentials: notarytool and stapler skipped"
    echo "$DMG"
    exit 0
  fi
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
fi
echo "$DMG"
