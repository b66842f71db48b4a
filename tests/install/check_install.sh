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
echo "check_install: ok"
