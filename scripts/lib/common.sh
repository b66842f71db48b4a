# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Idempotent: with everything installed and built, it costs a dpkg query and a no-op build.

TEMAPLAN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TEMAPLAN_BUILD=${TEMAPLAN_BUILD:-$TEMAPLAN_ROOT/build}

# Debian 12 packages: the build, the libraries, and the tools the tests call.
TEMAPLAN_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-translations-l10n libgl-dev
    libsqlite3-dev sqlite3 nlohmann-json3-dev catch2 libfontconfig-dev
    fonts-open-sans poppler-utils qpdf xvfb xauth
    python3 python3-jsonschema python3-icalendar
    appstream desktop-file-utils
    dpkg-dev file
)

temaplan_install_deps() {
    local missing=()
    local pkg
    for pkg in "${TEMAPLAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installerer manglende pakker: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "Fejl: ${missing[*]} mangler, og jeg er ikke root (og sudo findes ikke)." >&2
            return 1
        fi
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

temaplan_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$TEMAPLAN_BUILD/build.ninja" ]; then
        cmake -S "$TEMAPLAN_ROOT" -B "$TEMAPLAN_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTEMAPLAN_WERROR=$werror
    else
        cmake "$TEMAPLAN_BUILD" -DTEMAPLAN_WERROR=$werror >/dev/null
    fi
    cmake --build "$TEMAPLAN_BUILD" --parallel "$(nproc)"
}
