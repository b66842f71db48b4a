#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks each file a desktop needs.
set -euo pipefail
build=$1 prefix=$2
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/temaplan bin/temaplan-cli \
         share/applications/dk.sund_by_net.Temaplan.desktop \
         share/metainfo/dk.sund_by_net.Temaplan.metainfo.xml \
         share/icons/hicolor/scalable/apps/dk.sund_by_net.Temaplan.svg \
         share/mime/packages/temaplan-library.xml \
         share/doc/temaplan/LICENSE share/doc/temaplan/LICENSE-OpenSans.txt \
         share/doc/temaplan/user-guide.md share/doc/temaplan/user-guide.en.md \
         share/doc/temaplan/images/guide/insert-slot.png; do
    if [ ! -e "$prefix/$f" ]; then
        echo "check_install: $f is missing" >&2
        exit 1
    fi
done
# The installed command-line tool runs on its own (resources compiled in).
QT_QPA_PLATFORM=offscreen "$prefix/bin/temaplan-cli" demo "$prefix/demo.temaplan" >/dev/null
QT_QPA_PLATFORM=offscreen "$prefix/bin/temaplan-cli" --library "$prefix/demo.temaplan" check >/dev/null
# The installed window answers --help and --version with no display at all (a terminal
# over ssh, a package check): no window system is started for text.
for arg in --help --version; do
    if ! env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/temaplan" "$arg" \
            >"$prefix/out.txt" 2>&1 || ! grep -q temaplan "$prefix/out.txt"; then
        echo "check_install: temaplan $arg fails without a display:" >&2
        cat "$prefix/out.txt" >&2
        exit 1
    fi
done
echo "check_install: ok"
