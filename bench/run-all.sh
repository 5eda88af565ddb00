#!/usr/bin/env bash
# Runs the benchmarks B1–B6 of the console in one go on a Release build and writes
#   <out>/results.json   every figure, its same-run floor, ratio, target and whether it is met
#   <out>/results.txt    the same as a table (also printed)
#   <out>/*.log          each benchmark's own output
# Usage: bench/run-all.sh [OUT_DIR]     (default build/release/bench-results)
# Takes about 8 minutes on a 2-core machine: it generates the 100,000-chat demo workspace once
# (~80 s), then B2 ingest (~3 min), B3 search, B4 overview (makes its own 1,000,000 dialogs),
# B1 start-up and B5/B6 memory and idle CPU (60 s window). Figures are ratios against floors
# measured in the same run, because absolute times on shared machines drift. Needs a display or
# xvfb-run (installed by the README's set-up commands); the GUI benchmarks use xvfb-run when
# there is no DISPLAY.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/release/bench-results}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

echo "== building the Release benchmarks"
cmake --preset release > "$out/configure.log"
cmake --build build/release --target agentp-console bench_bare_window bench_demo_create \
    bench_startup bench_chat_ingest bench_chat_search bench_overview bench_idle_cpu \
    bench_summary > "$out/build.log"
bin=build/release/bench

gui=()
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    if command -v xvfb-run > /dev/null; then
        gui=(xvfb-run -a -s "-screen 0 1600x1000x24")
    else
        export QT_QPA_PLATFORM=offscreen
    fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
start=$SECONDS
run() { # NAME COMMAND…: runs one benchmark, its output to NAME.log and the screen
    local name=$1
    shift
    echo "== $name"
    if ! "$@" 2>&1 | tee "$out/$name.log" | grep -v "XDG_RUNTIME_DIR"; then
        echo "   $name FAILED (see $out/$name.log)"
    fi
}

rm -f "$out"/B*.json
run demo "$bin/bench_demo_create" --scale 250 --keep "$work/demo.agentp"
run B1 "${gui[@]}" "$bin/bench_startup" --workspace "$work/demo.agentp" --runs 5 \
    --json "$out/B1.json"
run B2 "$bin/bench_chat_ingest" --json "$out/B2.json"
run B3 "$bin/bench_chat_search" --workspace "$work/demo.agentp" --json "$out/B3.json"
run B4 env QT_QPA_PLATFORM=offscreen "$bin/bench_overview" --json "$out/B4.json"
run B5-B6 "${gui[@]}" "$bin/bench_idle_cpu" --workspace "$work/demo.agentp" --seconds 60 \
    --json "$out/B5-B6.json"

echo "== results ($((SECONDS - start)) s)"
"$bin/bench_summary" --out "$out/results.json" "$out/B1.json" "$out/B2.json" "$out/B3.json" \
    "$out/B4.json" "$out/B5-B6.json" | tee "$out/results.txt"
echo "written: $out/results.json, $out/results.txt"
