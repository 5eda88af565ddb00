#!/usr/bin/env bash
# Runs each parser family of tests/fuzz/BodyTargets under libFuzzer (clang, ASan, UBSan) for a
# bounded time, seeded with tests/fuzz/corpus/<family>. New inputs libFuzzer finds go to
# build/fuzz/corpus/<family> (not committed); a crash or contract violation leaves its input in
# build/fuzz/findings/ and makes this script exit 1. Usage: tests/fuzz/run-fuzz.sh [SECONDS]
set -u
cd "$(dirname "$0")/../.." || exit 1
seconds="${1:-60}"
command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is needed (apt install clang)"; exit 2; }
cmake --preset fuzz >/dev/null || exit 1
targets=(ozonBody postgrestBody phoenixFrame llmStream salonRows)
families=(ozon postgrest phoenix llm salon)
cmake --build build/fuzz --target "${targets[@]/#/fuzz_}" || exit 1
mkdir -p build/fuzz/findings
status=0
for i in "${!targets[@]}"; do
    t="${targets[$i]}"; f="${families[$i]}"
    mkdir -p "build/fuzz/corpus/$f"
    echo "== fuzz_$t: ${seconds}s, seeds tests/fuzz/corpus/$f"
    log="build/fuzz/findings/$t.log"
    "build/fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=4096 -artifact_prefix="build/fuzz/findings/$t-" -print_final_stats=1 \
        "build/fuzz/corpus/$f" "tests/fuzz/corpus/$f" >"$log" 2>&1
    code=$?
    grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|stat::new_units_added|ERROR|violation|SUMMARY" "$log"
    if [ "$code" -ne 0 ]; then status=1; echo "fuzz_$t: FINDING (see $log and build/fuzz/findings)"; fi
done
exit "$status"
