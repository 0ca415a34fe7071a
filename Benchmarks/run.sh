#!/usr/bin/env bash
# Benchmarks, in a release build; the figures are added to Benchmarks/RESULTS.md as a new dated
# section (older sections are kept). Issue 19's targets are measured by paired runs (A B A B …) of
# fincyber against libxml2's own `xmllint --noout --schema` on the same files, and the figure is
# the median of the pair ratios (Benchmarks/paired.py), wall and CPU, so that a shared machine
# whose load drifts during the run does not decide it:
#   1. `fincyber assess` on the bundled sample against xmllint validating the same two files
#      (issue 19: wall within 1.5 times).
#   2. `fincyber cohort` on 500 and on 2,000 synthetic response files against xmllint validating the
#      same files in one process (issue 19: wall within 1.2 times, CPU within 1.8 times).
#   3. peak memory of `fincyber cohort` on 10,000 files (issue 19: under 300 MB).
#   4. time and peak memory of `fincyber validate` refusing hostile files (issue 6: refused quickly,
#      with bounded memory).
#   5. `fincyber serve`: time to save one answer on the sample bank, as the page's script and as the
#      plain form send it (issue 19: median within 10 ms), measured by curl on loopback.
#
#   bash Benchmarks/run.sh [RUNS]        (default 30 pairs for assess, 5 for each cohort size)
#   FINCYBER_BINARY=/tmp/fincyber bash Benchmarks/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"

# FINCYBER_BINARY measures a release binary already built (a copy of .build-static/release/fincyber).
binary="${FINCYBER_BINARY:-}"
if [ -z "$binary" ]; then
  # Built as for distribution: the Swift runtime and Foundation linked in (README, "A release
  # binary"), in a build folder of its own so that the plain release build is not rebuilt.
  swift build -c release --static-swift-stdlib --scratch-path .build-static --product fincyber >/dev/null
  binary="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/fincyber"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
now_us() { echo $(( $(date +%s%N) / 1000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
peak_mib() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$work/peak.txt" "$@" >/dev/null 2>&1 || true
    echo "$(( $(tail -n 1 "$work/peak.txt") / 1024 )) MiB"
  else
    echo "not measured (apt-get install -y time)"
  fi
}

# 1. assess, paired with xmllint reading the same two files (one process each, schema compiled each time)
# The bundled defaults that `assess` reads, as the core names them.
questionnaire=$(sed -n 's/.*defaultQuestionnairePath = "\(.*\)"/\1/p' Sources/FinCyberCore/Resources/BundledFiles.swift)
sample=$(sed -n 's/.*defaultResponsesPath = "\(.*\)"/\1/p' Sources/FinCyberCore/Resources/BundledFiles.swift)
statements=$(grep -c '<statement ' "$questionnaire")
answers=$(grep -c '<answer ' "$sample")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r xl_wall xl_cpu assess_wall assess_cpu assess_ratio assess_cpu_ratio < <(python3 Benchmarks/paired.py "$runs" \
  --a "xmllint --noout --nonet --schema Questionnaires/schema/questionnaire.xsd $questionnaire" \
  --a "xmllint --noout --nonet --schema Questionnaires/schema/responses.xsd $sample" \
  --b "$binary assess --out $work/out")
assess_peak=$(peak_mib "$binary" assess --out "$work/out")
start_times=()
for _ in $(seq "$runs"); do
  start=$(now_us); "$binary" --version >/dev/null; end=$(now_us)
  start_times+=($(( end - start )))
done
start_median=$(median "${start_times[@]}")

# 2. cohorts of 500 and 2,000, paired with xmllint on the same files. sync before each timed
# command (paired.py --sync): the files just generated (about 250 MB for 2,000) would otherwise
# still be written back while the first command runs, and fsync (which cohort does for every file
# it writes) would wait for that writeback too. Each run writes a folder of its own, and none is
# removed until all are timed: ext4 steps over inodes freed in the last minutes when it allocates
# new ones, so deleting 2,000 reports just before a run made the next run's file creation cost
# seconds of kernel time (measured: 0.4 s of system time in a fresh folder, 3 s after rm -rf).
cohort_runs=5
cohort_rows=""
for size in 500 2000; do
  "$binary" sample-cohort --count "$size" --seed 2026 --out "$work/cohort-$size" >/dev/null
  read -r c_xl_wall c_xl_cpu c_wall c_cpu c_ratio c_cpu_ratio < <(python3 Benchmarks/paired.py "$cohort_runs" --sync \
    --a "xmllint --noout --nonet --schema Questionnaires/schema/responses.xsd $work/cohort-$size/*.xml" \
    --b "$binary cohort $work/cohort-$size --out $work/cohort-$size-out-{run}")
  cohort_rows+="| $size | $c_xl_wall ms | $c_wall ms | **$c_ratio** | $c_xl_cpu ms | $c_cpu ms | **$c_cpu_ratio** |"$'\n'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# 3. peak memory on 10,000
"$binary" sample-cohort --count 10000 --seed 2027 --out "$work/cohort-10000" >/dev/null
cohort10k_peak=$(peak_mib "$binary" cohort "$work/cohort-10000" --out "$work/cohort-10000-out")

# 4. hostile inputs: each must be refused (exit 1); wall time and peak memory of the refusal
python3 - "$work/hostile" <<'PYTHON'
import os, re, sys
out = sys.argv[1]
os.makedirs(out)
sample = open('Questionnaires/samples/formosa-bank-2026Q4.xml', encoding='utf-8').read()
head = '<?xml version="1.0" encoding="UTF-8"?>\n<responses xmlns="urn:fincyber:responses:1"'
files = {
    'deep-nesting-100000.xml': head + '>' + '<a>' * 100_000 + '</a>' * 100_000 + '</responses>\n',
    'huge-attribute-11MB.xml': head + ' questionnaire="' + 'A' * 11_000_000 + '" questionnaire-version="1"/>\n',
    'same-answer-10000-times.xml': re.sub(r'(<answers>\n)', lambda m: m.group(1)
        + '    <answer statement="P1.BO.OV.B.1" value="yes"/>\n' * 10_000, sample, count=1),
}
for name, text in files.items():
    open(os.path.join(out, name), 'w', encoding='utf-8').write(text)
PYTHON
cp Tests/FinCyberCoreTests/Fixtures/hostile/billion-laughs.xml Tests/FinCyberCoreTests/Fixtures/hostile/quadratic-blowup.xml "$work/hostile/"
hostile_rows=""
for file in "$work"/hostile/*.xml; do
  start=$(now_us); status=0; "$binary" validate "$file" >/dev/null 2>&1 || status=$?; end=$(now_us)
  [ "$status" -eq 1 ] || { echo "benchmark: $(basename "$file") was not refused (exit $status)" >&2; exit 1; }
  hostile_rows+="| \`$(basename "$file")\` | $(du -k "$file" | cut -f1) KiB | $(ms $(( end - start ))) ms | $(peak_mib "$binary" validate "$file") |"$'\n'
done

# 5. serve: save one answer on the sample bank, over loopback HTTP
mkdir -p "$work/serve"
cp "$sample" "$work/serve/answers.xml"
(cd "$work/serve" && exec "$binary" serve --port 0 answers.xml) >"$work/serve/out.txt" 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q 'token=' "$work/serve/out.txt" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://127\.[0-9.]*:[0-9]*/?token=[0-9a-f]*' "$work/serve/out.txt")
origin=${url%%/\?token=*}  # the run's own loopback address and port, e.g. http://127.83.4.201:8765
# The access cookie's name is random per run: take it from the admission.
cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
csrf=$(curl -s -b "$cookie" "$origin/" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -n 1 | sed 's/.*value="//; s/"//')
serve_runs=$(( runs * 2 ))
save_times() {  # $1: extra curl arguments (the Accept header of the script, or none)
  local values=() answer code seconds
  for index in $(seq "$serve_runs"); do
    answer=$([ $((index % 2)) -eq 0 ] && echo yes || echo no)
    read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$cookie" \
      -H "Origin: $origin" $1 --data "csrf=$csrf&statement=P1.BO.OV.B.1&value%3AP1.BO.OV.B.1=$answer" \
      "$origin/component/P1.BO.OV")
    case "$code" in 200|303) ;; *) echo "benchmark: a save was answered $code" >&2; kill "$serve_pid"; exit 1 ;; esac
    values+=($(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000000 }'))
  done
  printf '%s\n' "${values[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f %.1f %.1f\n", a[int((NR + 1) / 2)] / 1000, a[int(NR * 9 / 10)] / 1000, a[NR] / 1000 }'
}
read -r script_median script_p90 script_max < <(save_times "-H Accept:application/json")
read -r form_median form_p90 form_max < <(save_times "")
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true

cat >> Benchmarks/RESULTS.md <<RESULTS

## \`bash Benchmarks/run.sh $runs\` on $(date -u +%Y-%m-%d)

$(nproc) cores, $(uname -m), $(swift --version 2>&1 | head -n 1), $(xmllint --version 2>&1 | head -n 1).
Release build. Load average (1, 5, 15 minutes) $load_before before the paired runs, $load_after after.

### \`fincyber assess\` on the bundled sample, paired with xmllint

One process per run: read and validate the questionnaire ($statements statements) and the sample
bank's responses ($answers answers) with libxml2, score, and write every report durably. A is
\`xmllint --noout --schema\` validating the same two files (two processes); B is \`fincyber
assess\`. $runs pairs A B after one warm-up each; medians.

| figure | xmllint (A) | fincyber assess (B) | median of pair ratios B / A |
|---|---|---|---|
| wall | $xl_wall ms | $assess_wall ms | **$assess_ratio** |
| CPU (user + system) | $xl_cpu ms | $assess_cpu ms | $assess_cpu_ratio |

Peak resident memory of \`assess\`: $assess_peak. Starting the process alone (\`fincyber --version\`,
median of $runs): $(ms "$start_median") ms.

Target (issue 19): wall within 1.5 times xmllint's.

### \`fincyber cohort\`, paired with xmllint on the same files

\`fincyber sample-cohort --count N --seed 2026\`; A is \`xmllint --noout --schema
Questionnaires/schema/responses.xsd\` on the N files (parse and validate only, one process), B is
\`fincyber cohort\` on the same folder (parse, validate, check, score, cohort report, N position
reports, each flushed to disk before any is renamed into place; a new folder each run). $cohort_runs
pairs after one warm-up each; medians.

| N | xmllint wall | cohort wall | wall ratio | xmllint CPU | cohort CPU | CPU ratio |
|---|---|---|---|---|---|---|
$cohort_rows
Target (issue 19): wall within 1.2 times and CPU within 1.8 times xmllint's, at 500 and 2,000.

### Peak memory of \`fincyber cohort\` on 10,000 synthetic institutions

| figure | value |
|---|---|
| peak resident memory | $cohort10k_peak |

Target (issue 19): under 300 MB.

### Hostile inputs refused by \`fincyber validate\`

Each file is refused with exit code 1 (the run stops otherwise). One run each; wall time of the
whole process, and its peak resident memory in a second run. The entity files are the test corpus's
(\`Tests/FinCyberCoreTests/Fixtures/hostile/\`); the others are generated by the script.

| file | size | time | peak resident memory |
|---|---|---|---|
$hostile_rows
Expectation (issue 6): each refused quickly, with memory bounded by libxml2's limits rather than by
what the file asks for.

### \`fincyber serve\`: saving one answer on the sample bank

\`fincyber serve\` over a copy of the sample bank; curl posts one answer to component P1.BO.OV
$serve_runs times each way, over loopback. Each save writes the $answers answers to XML, loads that back
through the schema and the questionnaire's checks, compares the file on disk with the one loaded,
writes \`answers.xml.bak\` and then \`answers.xml\` (each flushed to disk, then renamed). The script's
save also scores the assessment again for the live level. Times are curl's \`time_total\`: the whole
request, from connecting to the last byte.

| save | median | 90th percentile | slowest |
|---|---|---|---|
| as the page's script sends it (JSON reply, level scored again) | $script_median ms | $script_p90 ms | $script_max ms |
| as the plain form sends it (redirect reply) | $form_median ms | $form_p90 ms | $form_max ms |

Target (issue 19): a median of no more than 10 ms on the sample bank.
RESULTS
cat Benchmarks/RESULTS.md
