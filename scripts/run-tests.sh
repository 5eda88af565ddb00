#!/usr/bin/env bash
# run-tests.sh — the full verification, as CI runs it (.ci/run):
#   1. install build and test dependencies;
#   2. asan preset: build everything and run every CTest label;
#   3. release preset: build everything and run the packaging tests (cpack -G DEB + checks).
# Needs no terminal and no stdin. Exits non-zero if any step fails; a failing test run does not
# stop the next stage, so one CI run reports both.
set -euo pipefail
exec </dev/null

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"

failed=()
section() { printf '\n========== %s ==========\n' "$*"; }
stage_start=$SECONDS
done_section() { printf -- '---------- %s: %ds ----------\n' "$1" $((SECONDS - stage_start)); stage_start=$SECONDS; }

section "Dependencies"
scripts/install-deps.sh --tests
done_section "Dependencies"

section "Configure: asan"
cmake --preset asan
section "Build: asan (all targets)"
cmake --build --preset asan
done_section "Build asan"

section "Tests: asan (all labels)"
ctest --preset asan || failed+=("ctest --preset asan")
done_section "Tests asan"

section "Configure: release"
cmake --preset release
section "Build: release (the packaged program)"
cmake --build --preset release --target agentp-console
done_section "Build release"

section "Tests: release (packaging)"
ctest --preset release -L packaging || failed+=("ctest --preset release -L packaging")
done_section "Tests release"

section "Summary"
if ((${#failed[@]} > 0)); then
    printf 'FAILED: %s\n' "${failed[@]}"
    exit 1
fi
echo "All stages passed."
