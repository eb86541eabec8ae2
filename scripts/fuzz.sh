#!/bin/sh
# Fuzzes ropa's loader for a bounded time: `scripts/fuzz.sh [SECONDS]`
# (default 60). Needs a nightly toolchain; installs cargo-fuzz if missing.
# Seeds are the bundled register's files (fuzz/seeds); new inputs go to
# fuzz/corpus, crashes to fuzz/artifacts. Turn every crash into a
# regression test in tests/faults.rs before fixing it.
set -eu
seconds="${1:-60}"
cd "$(dirname "$0")/../fuzz"
# Instrumented builds share nothing with ordinary ones: keep them apart.
export CARGO_TARGET_DIR="$PWD/target"
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi
mkdir -p corpus/load_record
exec cargo +nightly fuzz run load_record corpus/load_record seeds/load_record -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
