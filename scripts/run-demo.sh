#!/usr/bin/env bash
# run-demo.sh [SCREENSHOT_DIR]
# Installs the dependencies, builds the release preset and starts Agent P Console with demo data.
# Without a display (no DISPLAY, no WAYLAND_DISPLAY) it runs under Xvfb and writes screenshots
# to SCREENSHOT_DIR (default: ./screenshots in the current directory) instead.
set -euo pipefail

caller_dir=$PWD
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"

shot_dir=${1:-$caller_dir/screenshots}
[[ $shot_dir == /* ]] || shot_dir=$caller_dir/$shot_dir

section() { printf '\n=== %s ===\n' "$*"; }

section "Dependencies"
scripts/install-deps.sh

section "Configure and build (release)"
cmake --preset release
cmake --build --preset release --target agentp-console

app=$root/build/release/bin/agentp-console

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    section "Starting agentp-console --demo"
    exec "$app" --demo
fi

section "No display: running headless under Xvfb"
mkdir -p "$shot_dir"
set +e
xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --demo --screenshot "$shot_dir" </dev/null
status=$?
set -e

echo "Screenshots written to $shot_dir"
find "$shot_dir" -maxdepth 1 -type f -printf '  %f\n' | sort
if ((status != 0)); then
    echo "agentp-console exited with status $status" >&2
fi
exit "$status"
