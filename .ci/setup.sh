# Shared by run.sh and test.sh: install missing Debian packages, then configure and build.
# Sourced, not executed.

COUNTYPLAN_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    libgl-dev fonts-noto-cjk fonts-wqy-microhei xvfb xauth poppler-utils sqlite3
    libopencc-dev libxlsxwriter-dev libquazip1-qt6-dev zlib1g-dev postgresql
    python3-openpyxl
)

# Installs only what dpkg does not already report as installed.
countyplan_install_dependencies() {
    local missing=()
    local p
    for p in "${COUNTYPLAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and this user cannot install them: ${missing[*]}" >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds the Release preset into build/.
countyplan_build() {
    if [ ! -f build/CMakeCache.txt ]; then
        cmake --preset release
    fi
    cmake --build --preset release
}
