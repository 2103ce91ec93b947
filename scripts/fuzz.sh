#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (clang, ASan + UBSan; the project's code instrumented, Qt not).
#   scripts/fuzz.sh                    the CI smoke: every target for 15 s, from the seeds in the tree
#   scripts/fuzz.sh --seconds 3600     a long local run (the working corpus in build/fuzz/corpus persists)
#   scripts/fuzz.sh --seconds 60 fuzz_redactor fuzz_report_pipeline
# Fails on any finding (crash, sanitizer report, leak, timeout, out-of-memory); the reproducer is kept in
# build/fuzz/artifacts/. Prints the executions per target.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds=15
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done

build="$root/build/fuzz"
export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-$(command -v ccache || true)}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^ *\(fuzz_[a-z_]*\))*$/\1/p' "$root/tests/fuzz/CMakeLists.txt")
fi

dict="$build/all.dict"
cat "$root"/tests/fuzz/dict/*.dict > "$dict"
mkdir -p "$build/artifacts" "$build/logs"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

failed=0
printf '%-26s %8s %14s %10s %s\n' target seconds executions exec/s result
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    mkdir -p "$corpus"
    log="$build/logs/$t.log"
    status=0
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -dict="$dict" \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" "$corpus" "$root/tests/fuzz/corpus/$t" \
        >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    persec=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    if [ "$status" -eq 0 ] && ! grep -q -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error:|FINDING' "$log"; then
        result=ok
    else
        result="FINDING (exit $status, see $log)"
        failed=1
        grep -E 'FINDING|ERROR|runtime error|SUMMARY' "$log" | head -5 >&2 || true
    fi
    printf '%-26s %8s %14s %10s %s\n' "$t" "$seconds" "${runs:-?}" "${persec:-?}" "$result"
done
exit $failed
