#!/usr/bin/env bash
# Paired comparison of two release builds of fincyber on the same inputs, for "does not regress"
# checks: A is the binary before a change, B after it. Runs alternate A B A B …, and the figure is
# the median of the per-pair ratios B / A, so that a machine whose load drifts during the run does
# not decide the result (these machines are shared).
#   1. `assess` on each binary's bundled sample (same questionnaire version in both).
#   2. `cohort` of N synthetic institutions of each binary's own model, each run into a fresh
#      folder and paired with xmllint on the same files: each binary's median ratio to xmllint.
#      A_RESPONSES_SCHEMA names A's response schema when it differs from this tree's.
#   3. peak resident memory of `cohort` on 10,000 institutions, once each.
#
#   bash Benchmarks/compare.sh A-BINARY B-BINARY [ASSESS-PAIRS] [COHORT-SIZE] [COHORT-PAIRS]
set -euo pipefail
a="$1"; b="$2"
assess_pairs="${3:-30}"; cohort_size="${4:-500}"; cohort_pairs="${5:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now_us() { echo $(( $(date +%s%N) / 1000 )); }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v b="$1" -v a="$2" 'BEGIN { printf "%.3f", b / a }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
timed() { local start end; start=$(now_us); "$@" >/dev/null 2>&1; end=$(now_us); echo $(( end - start )); }

# 1. assess
"$a" assess --out "$work/a-out" >/dev/null; "$b" assess --out "$work/b-out" >/dev/null
ratios=(); a_times=(); b_times=()
for _ in $(seq "$assess_pairs"); do
  ta=$(timed "$a" assess --out "$work/a-out"); tb=$(timed "$b" assess --out "$work/b-out")
  a_times+=("$ta"); b_times+=("$tb"); ratios+=("$(ratio "$tb" "$ta")")
done
echo "assess: A median $(ms "$(median "${a_times[@]}")") ms, B median $(ms "$(median "${b_times[@]}")") ms," \
  "median of $assess_pairs pair ratios B/A $(median "${ratios[@]}")"
echo "  files A wrote: $(ls "$work/a-out" | tr '\n' ' ')"
echo "  files B wrote: $(ls "$work/b-out" | tr '\n' ' ')"

# 2. cohort: each binary on a cohort of its own bundled model (written by its own sample-cohort, as
#    the two models may differ), each run paired with xmllint validating the same files just before
#    it; the figure is each binary's median ratio to xmllint, the measure issue 7 set.
"$a" sample-cohort --count "$cohort_size" --seed 2026 --out "$work/cohort-a" >/dev/null
"$b" sample-cohort --count "$cohort_size" --seed 2026 --out "$work/cohort-b" >/dev/null
a_ratios=(); b_ratios=(); a_times=(); b_times=()
for run in $(seq "$cohort_pairs"); do
  for which in a b; do
    binary="$a"; [ "$which" = b ] && binary="$b"
    schema="Questionnaires/schema/responses.xsd"; [ "$which" = a ] && schema="${A_RESPONSES_SCHEMA:-$schema}"
    sync; tx=$(timed xmllint --noout --schema "$schema" "$work/cohort-$which"/*.xml)
    sync; tc=$(timed "$binary" cohort "$work/cohort-$which" --out "$work/$which-cohort-$run")
    if [ "$which" = a ]; then a_times+=("$tc"); a_ratios+=("$(ratio "$tc" "$tx")"); else b_times+=("$tc"); b_ratios+=("$(ratio "$tc" "$tx")"); fi
  done
done
echo "cohort of $cohort_size: A median $(ms "$(median "${a_times[@]}")") ms, ratio to xmllint $(median "${a_ratios[@]}");" \
  "B median $(ms "$(median "${b_times[@]}")") ms, ratio to xmllint $(median "${b_ratios[@]}") ($cohort_pairs runs each)"

# 3. memory on 10,000 institutions
if [ -x /usr/bin/time ]; then
  for which in a b; do
    binary="$a"; [ "$which" = b ] && binary="$b"
    "$binary" sample-cohort --count 10000 --seed 2026 --out "$work/cohort-10000-$which" >/dev/null
    /usr/bin/time -f '%M' -o "$work/peak-$which.txt" "$binary" cohort "$work/cohort-10000-$which" --out "$work/$which-cohort-10000" >/dev/null 2>&1
    rm -rf "$work/cohort-10000-$which" "$work/$which-cohort-10000"
    echo "cohort of 10,000, ${which^^}: peak resident memory $(( $(tail -n 1 "$work/peak-$which.txt") / 1024 )) MiB"
  done
else
  echo "cohort of 10,000: memory not measured (apt-get install -y time)"
fi
