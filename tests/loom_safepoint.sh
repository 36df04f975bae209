#!/usr/bin/env bash
# Runs the loom models of the safepoint handshake (tests/loom_safepoint.rs).
#
#   tests/loom_safepoint.sh [extra cargo test arguments]
#
# Why not just `RUSTFLAGS="--cfg loom" cargo test`: RUSTFLAGS reaches every
# crate, and a dependency of the parser (char_str) has `cfg(loom)` code of
# its own that needs a loom it does not depend on, so it stops compiling.
# This script sets `--cfg loom` in RUSTFLAGS (so that cargo resolves the
# `cfg(loom)` dependency on loom) and is its own rustc wrapper: it removes
# `--cfg loom` again for every crate except sandpy and the model itself.
# The build goes to target/loom, leaving the main target folder alone.
set -euo pipefail

if [[ "${SANDPY_LOOM_WRAPPER:-}" == 1 ]]; then
    rustc="$1"
    shift
    crate=""
    prev=""
    for a in "$@"; do
        [[ "$prev" == "--crate-name" ]] && crate="$a"
        prev="$a"
    done
    case "$crate" in
        # "___" is cargo's query of the target's cfg values: it must see loom.
        "" | ___ | sandpy | loom_safepoint) exec "$rustc" "$@" ;;
    esac
    args=()
    skip=0
    n=$#
    all=("$@")
    for ((i = 0; i < n; i++)); do
        if ((skip)); then
            skip=0
            continue
        fi
        if [[ "${all[i]}" == "--cfg" && $((i + 1)) -lt $n && "${all[i + 1]}" == "loom" ]]; then
            skip=1
            continue
        fi
        args+=("${all[i]}")
    done
    exec "$rustc" "${args[@]}"
fi

cd "$(dirname "$0")/.."
export SANDPY_LOOM_WRAPPER=1
export RUSTC_WRAPPER="$PWD/tests/loom_safepoint.sh"
export RUSTFLAGS="${RUSTFLAGS:-} --cfg loom"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/loom}"
exec cargo test --release --test loom_safepoint "$@"
