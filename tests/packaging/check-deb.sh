#!/usr/bin/env bash
# check-deb.sh DEB VERSION
# Asserts that the .deb built by CPack is installable as a desktop application: the binary,
# desktop entry, metainfo and every icon size are inside, Depends names the Qt libraries found
# by dpkg-shlibdeps plus the plugins declared by hand, and the packaged binary actually runs.
set -euo pipefail

deb=${1:?usage: check-deb.sh DEB VERSION}
version=${2:?usage: check-deb.sh DEB VERSION}
app_id=ru.agentp.Console
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

[[ -f $deb ]] || { echo "FAIL: package not found: $deb" >&2; exit 1; }
echo "Checking $deb"

# --- Control fields ------------------------------------------------------------------------------
info=$(dpkg-deb -I "$deb")
echo "$info"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == agentp-console ]] || fail "Package is '$(field Package)', expected agentp-console"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Section) == net ]] || fail "Section is '$(field Section)', expected net"
[[ $(field Maintainer) == "Agent P team <support@agentp.example>" ]] \
    || fail "unexpected Maintainer '$(field Maintainer)'"
[[ -n $(field Homepage) ]] || fail "Homepage is missing"

# Depends is a comma-separated list; compare package names without version constraints.
# libqt6core6 and libqt6widgets6 come from dpkg-shlibdeps (the NEEDED entries of the binary).
depends=$(field Depends | tr ',' '\n' | sed -e 's/(.*)//' -e 's/|.*//' -e 's/[[:space:]]//g')
for pkg in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 tzdata libqt6core6 libqt6widgets6; do
    grep -qx "$pkg" <<<"$depends" || fail "Depends does not include $pkg"
done
grep -qw qt6-translations-l10n <<<"$(field Recommends)" \
    || fail "Recommends does not include qt6-translations-l10n"

# --- Contents ------------------------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#')
echo "Package contents:"
echo "$contents"

expected=(
    /usr/bin/agentp-console
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/agentp-console/metrics/agentp-collect-metrics.service
    /usr/share/agentp-console/metrics/agentp-collect-metrics.timer
    /usr/share/agentp-console/metrics/agentp-collect-metrics.cron
)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "missing from package: $path"
done

# --- The packaged binary runs --------------------------------------------------------------------
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
binary=$scratch/root/usr/bin/agentp-console

if [[ -x $binary ]]; then
    if command -v file >/dev/null; then
        file "$binary"
        file "$binary" | grep -q 'ELF' || fail "usr/bin/agentp-console is not an ELF executable"
    fi
    if missing=$(ldd "$binary" 2>&1 | grep 'not found'); then
        fail "unresolved libraries: $missing"
    fi

    # A private HOME/XDG tree so a run never touches the developer's settings or keychain.
    mkdir -p "$scratch/home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    set +e
    output=$(HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache" \
        XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen \
        timeout 60 "$binary" --version </dev/null 2>"$scratch/stderr")
    status=$?
    set -e
    echo "agentp-console --version (exit $status): $output"
    [[ -s $scratch/stderr ]] && { echo "stderr:"; cat "$scratch/stderr"; }
    [[ $status -eq 0 ]] || fail "agentp-console --version exited with $status"
    grep -qF "$version" <<<"$output" || fail "agentp-console --version does not print $version"
else
    fail "usr/bin/agentp-console is not executable after extraction"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "Package OK"
