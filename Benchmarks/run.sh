#!/usr/bin/env bash
# Times `fincyber assess` end to end (load, validate, score, write the reports) on the bundled
# sample, in a release build, and records the figures in Benchmarks/RESULTS.md.
#
#   bash Benchmarks/run.sh [RUNS]        (default 30 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"

swift build -c release --product fincyber >/dev/null
binary="$(swift build -c release --show-bin-path)/fincyber"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

statements=$(grep -c '<statement ' Questionnaires/fsc-resilience-roadmap.xml)
answers=$(grep -c '<answer ' Questionnaires/samples/formosa-bank-2026Q4.xml)

# One warm-up run, then timed runs; each run is a new process, as a user runs it.
"$binary" assess --out "$work/out" >/dev/null
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$binary" assess --out "$work/out" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
count=${#sorted[@]}
median=${sorted[$((count / 2))]}
p90=${sorted[$((count * 9 / 10))]}
min=${sorted[0]}
max=${sorted[$((count - 1))]}
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

if [ -x /usr/bin/time ]; then
  peak="$(( $( { /usr/bin/time -f '%M' "$binary" assess --out "$work/out" >/dev/null; } 2>&1 | tail -n 1 ) / 1024 )) MiB"
else
  peak="not measured (apt-get install -y time)"
fi

cat > Benchmarks/RESULTS.md <<RESULTS
# Benchmark results

Written by \`bash Benchmarks/run.sh $runs\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m), $(swift --version 2>&1 | head -n 1)).

## \`fincyber assess\` on the bundled sample, release build

One process per run: read and validate the questionnaire ($statements statements) and the
sample bank's responses ($answers answers) with libxml2, score, write \`gap-report.html\` and
\`gap-report.xml\`. Wall time over $runs runs after one warm-up run.

| figure | value |
|---|---|
| median | $(ms "$median") ms |
| 90th percentile | $(ms "$p90") ms |
| fastest | $(ms "$min") ms |
| slowest | $(ms "$max") ms |
| peak resident memory (one run) | $peak |

Target (issue 2): under 100 ms wall for one assessment of a 400-statement questionnaire.
RESULTS
cat Benchmarks/RESULTS.md
