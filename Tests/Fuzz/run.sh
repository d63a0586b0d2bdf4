#!/usr/bin/env bash
# Tests/Fuzz/run.sh TARGET SECONDS — fuzz one input format with libFuzzer and AddressSanitizer.
#
# Builds `vigia-fuzz` with `-sanitize=fuzzer,address` into .build-fuzz (the normal .build is left
# alone), seeds the corpus from the real files in Tests/Fixtures and Config, runs TARGET for SECONDS
# and prints executions, coverage (cov: edges, ft: features), corpus size and crashes. The corpus
# grows in .build-fuzz/corpus/TARGET across runs; crash inputs land in .build-fuzz/crashes/TARGET.
# `run.sh list` lists the targets; TARGET `all` runs each for SECONDS.
# A crash input replays in a normal build: `.build/debug/vigia-fuzz TARGET FILE`.
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch=.build-fuzz
target=${1:?usage: Tests/Fuzz/run.sh TARGET|all|list SECONDS}
seconds=${2:-60}
max_len=${VIGIA_FUZZ_MAX_LEN:-16384}

# Optimised (a debug build ran the importers at 5 inputs a second); the targets use public API only.
flags=(--scratch-path "$scratch" --product vigia-fuzz -c release
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DVIGIA_LIBFUZZER)
# VIGIA_FUZZ_SKIP_BUILD=1 runs the binary already built (several targets at once, sources being edited).
if [ "${VIGIA_FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    echo "== build (fuzzer, address sanitizer) into $scratch" >&2
    swift build "${flags[@]}" >&2
fi
bin=$(swift build "${flags[@]}" --show-bin-path)/vigia-fuzz

if [ "$target" = list ]; then "$bin" 2>&1 | tail -n +2; exit 0; fi
if [ "$target" = all ]; then
    for t in $("$bin" 2>&1 | awk 'NR > 2 { print $1 }'); do VIGIA_FUZZ_SKIP_BUILD=1 "$0" "$t" "$seconds"; done
    exit 0
fi

# The seeds: the heads of the real files each target reads (libFuzzer cuts inputs at max_len anyway).
seed_files() {
    case "$1" in
        indicators-yaml) echo Config/indicators.yaml; find Tests/Fixtures/config -name indicators.yaml ;;
        targets-yaml) echo Config/targets.yaml; find Tests/Fixtures/config -name targets.yaml ;;
        long-csv) ls Config/data/*.csv Tests/Fixtures/data/*.csv; find Tests/Fixtures/config -name '*.csv' ;;
        sesnsp) ls Tests/Fixtures/raw/*sesnsp* ;;
        vsrr) ls Tests/Fixtures/raw/*vsrr* ;;
        cbp) ls Tests/Fixtures/raw/*cbp* Tests/Fixtures/data/*cbp* ;;
        period-number) ;;
        *) echo "unknown target $1" >&2; exit 2 ;;
    esac
}
seeds=$scratch/seeds/$target corpus=$scratch/corpus/$target crashes=$scratch/crashes/$target
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$crashes"
for f in $(seed_files "$target"); do
    [ -f "$f" ] || continue  # fixtures include a folder named like a CSV
    # Not `head -n 80 | head -c`: under pipefail the first head may die of SIGPIPE when the second
    # has its bytes, and set -e then ends the script with 141 (CI failed so once, on long-csv).
    seed=$seeds/$(echo "$f" | tr / _)
    head -n 80 "$f" > "$seed"
    truncate -s "<$max_len" "$seed"
done
if [ "$target" = period-number ]; then
    # Every distinct period and value cell of the bundled data, one input each.
    cut -d, -f2,3 Config/data/*.csv | tr , '\n' | sort -u | awk 'NR <= 400' | awk -v d="$seeds" '{ f = d "/cell" NR; printf "%s", $0 > f; close(f) }'
fi

log=$scratch/fuzz-$target.log
before=$(ls "$crashes" | wc -l)
echo "== fuzz $target for $seconds s (seeds: $(ls "$seeds" | wc -l) files)" >&2
set +e
"$bin" "$target" "$corpus" "$seeds" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" > "$log" 2>&1
status=$?
set -e
last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+' || echo "?")
ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+' || echo "?")
found=$(( $(ls "$crashes" | wc -l) - before ))
echo "$target: ${seconds} s, executions $execs, cov $cov, ft $ft, corpus $(ls "$corpus" | wc -l) files, crashes $found (exit $status; log $log)"
if [ "$found" -gt 0 ] || [ "$status" -ne 0 ]; then
    grep -E 'ERROR|Fatal|SUMMARY|==[0-9]+==|Test unit written' "$log" | awk 'NR <= 20' >&2
    exit 1
fi
