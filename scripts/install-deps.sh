#!/usr/bin/env bash
# install-deps.sh [--tests]
# Installs the Debian 12 packages needed to build and run Agent P Console (and, with --tests,
# to run the whole test suite). Does nothing when everything is already installed, so it is
# cheap to call from run-demo.sh and run-tests.sh every time.
set -euo pipefail

packages=(
    # Build
    cmake ninja-build g++
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev nlohmann-json3-dev
    # Runtime: Qt translations, a predictable font, the keyring client, platform plugins and
    # the time zone database (SLA calendars name zones; slim images lack it)
    qt6-translations-l10n fonts-dejavu-core libsecret-1-0 qt6-qpa-plugins tzdata
    # Headless demo
    xvfb xauth
)
test_packages=(
    dbus dbus-x11 gnome-keyring libsecret-tools
    desktop-file-utils appstream dpkg-dev file sqlite3 librsvg2-bin
    # tst_netfaults makes a self-signed certificate at test time
    openssl
    # The Supabase migrations are tested on a throwaway PostgreSQL 15 cluster
    # (tests/postgres/with-postgres.sh), through Qt's PostgreSQL driver
    postgresql-15 libqt6sql6-psql
)

for arg in "$@"; do
    case $arg in
        --tests) packages+=("${test_packages[@]}") ;;
        -h|--help) echo "usage: $0 [--tests]"; exit 0 ;;
        *) echo "install-deps.sh: unknown option '$arg' (usage: $0 [--tests])" >&2; exit 2 ;;
    esac
done

# Fast path: dpkg-query prints "install ok installed" for each installed package.
missing=()
for pkg in "${packages[@]}"; do
    if [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true) != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    if command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "install-deps: not root and sudo is not available; install as root: ${missing[*]}" >&2
        exit 1
    fi
fi

# Recommends are installed (the Debian default): the verified environment has them, and some
# matter at run time (e.g. Mesa and X fonts for Xvfb).
echo "install-deps: installing ${missing[*]}"
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o Dpkg::Use-Pty=0)
"${apt[@]}" update </dev/null
"${apt[@]}" install -y "${missing[@]}" </dev/null
echo "install-deps: done"
