#!/usr/bin/env bash
# Run one fuzz target for a while and print libFuzzer's final statistics.
#   fuzz/run.sh TARGET SECONDS
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). The corpus grows in
# fuzz/corpus/TARGET (not committed); it is seeded from the project's own fixtures and fuzz/seeds.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target}
seconds=${2:-300}
mkdir -p "corpus/$target"
seeds=("corpus/$target")
[ -d "seeds/$target" ] && seeds+=("seeds/$target")
case $target in
    parse|intro|references) seeds+=(../crates/kamervraag/tests/fixtures ../examples) ;;
esac
max_len=16384
[ "$target" = date ] && max_len=64
cargo +nightly fuzz run -O "$target" "${seeds[@]}" -- \
    -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 2>&1 | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|stat::|Failing input|panicked|SUMMARY" | tail -n 20
