#!/usr/bin/env bash
# The Debian package, as a user would meet it: cpack -G DEB in the build folder, then
# apt-get install ./temaplan_*.deb, the installed files checked and run, and the package
# removed again. Needs root and apt; CI runs it (.ci/run), elsewhere it is skipped.
# check_deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "check_deb: needs root (apt-get install); skipped"
    exit 0
fi
if dpkg-query -W -f='${Status}' temaplan 2>/dev/null | grep -q "install ok installed"; then
    echo "check_deb: temaplan is installed already; not touching it" >&2
    exit 1
fi
started=$(date +%s)
work=$(mktemp -d)
cleanup() {
    DEBIAN_FRONTEND=noninteractive apt-get remove -y temaplan >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

cd "$build"
rm -f temaplan_*.deb
cpack -G DEB >"$work/cpack.log" || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls temaplan_*.deb)
echo "check_deb: made $deb ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb -f "$deb" Depends)
echo "check_deb: Depends: $depends"
for lib in libqt6widgets6 libqt6printsupport6 libsqlite3-0; do
    grep -q "$lib" <<<"$depends" || { echo "check_deb: Depends lacks $lib" >&2; exit 1; }
done

DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "./$deb" >"$work/apt.log" ||
    { cat "$work/apt.log" >&2; exit 1; }
files=$(dpkg -L temaplan)
for f in /usr/bin/temaplan /usr/bin/temaplan-cli \
         /usr/share/applications/dk.sund_by_net.Temaplan.desktop \
         /usr/share/metainfo/dk.sund_by_net.Temaplan.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/dk.sund_by_net.Temaplan.svg \
         /usr/share/mime/packages/temaplan-library.xml \
         /usr/share/doc/temaplan/LICENSE /usr/share/doc/temaplan/LICENSE-OpenSans.txt \
         /usr/share/doc/temaplan/user-guide.md; do
    grep -qx "$f" <<<"$files" || { echo "check_deb: the package lacks $f" >&2; exit 1; }
    [ -e "$f" ] || { echo "check_deb: $f is not installed" >&2; exit 1; }
done

# The installed programs run from /usr, with nothing of the source tree.
cd "$work"
version=$(/usr/bin/temaplan-cli --version)
echo "check_deb: $version"
expected=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
grep -qF "$expected" <<<"$version" || { echo "check_deb: expected version $expected" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
/usr/bin/temaplan-cli demo "$work/demo.temaplan" >/dev/null
/usr/bin/temaplan --screenshot "$work/window.png" "$work/demo.temaplan"
[ -s "$work/window.png" ] || { echo "check_deb: the installed window painted nothing" >&2; exit 1; }
desktop-file-validate /usr/share/applications/dk.sund_by_net.Temaplan.desktop
appstreamcli validate --no-net /usr/share/metainfo/dk.sund_by_net.Temaplan.metainfo.xml >/dev/null

DEBIAN_FRONTEND=noninteractive apt-get remove -y temaplan >"$work/apt.log"
[ ! -e /usr/bin/temaplan ] || { echo "check_deb: /usr/bin/temaplan is left after removal" >&2; exit 1; }
echo "check_deb: ok in $(( $(date +%s) - started )) s"
