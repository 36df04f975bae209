#!/usr/bin/env bash
# Runs a small version of the shared-heap stress test (tests/host/stress.rs)
# under valgrind's memcheck: four sandboxes exchanging frozen cycles through
# queues while collections run, then many short-lived sandboxes. Any invalid
# read, write or free makes it fail (exit status 1).
#
#   benches/valgrind_stress.sh            # STRESS_SCALE=0.02 by default
#   STRESS_SCALE=0.05 benches/valgrind_stress.sh
#
# Leak checking is off: sandboxes that end leave a little process-lifetime
# memory (the builtin types, thread-locals) by design.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
    echo "valgrind is not installed" >&2
    exit 2
fi

export STRESS_SCALE="${STRESS_SCALE:-0.02}"
build_log=$(cargo test --release --test host --no-run 2>&1) || {
    echo "$build_log" >&2
    exit 2
}
bin=$(echo "$build_log" | sed -n 's/.*Executable tests\/host\/main.rs (\(.*\))/\1/p' | tail -n 1)
if [[ -z "$bin" || ! -x "$bin" ]]; then
    echo "could not find the stress test binary in the cargo output:" >&2
    echo "$build_log" >&2
    exit 2
fi

echo "running $bin under memcheck (STRESS_SCALE=$STRESS_SCALE)" >&2
start=$(date +%s)
status=0
valgrind --tool=memcheck --error-exitcode=1 --leak-check=no \
    --fair-sched=yes --num-callers=30 \
    "$bin" stress:: --test-threads=1 --nocapture || status=$?
echo "valgrind exit status $status after $(($(date +%s) - start)) s" >&2
exit "$status"
