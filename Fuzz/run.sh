#!/usr/bin/env bash
# Builds fincyber's libFuzzer targets with AddressSanitizer and runs each for a bounded time.
#
#   bash Fuzz/run.sh [SECONDS]     (default 60 seconds per target)
#
# Each libFuzzer target is compiled from the core library's sources plus its harness (Fuzz/*Fuzzer.swift),
# so the harness can reach the loaders directly. Seeds: the bundled questionnaire and samples and
# the test fixtures. Every file in Fuzz/regressions is replayed first: a crash found once becomes
# an input that must keep passing. A new crash is written to .build-fuzz/ and the script fails.
# Then the CSV writer is fuzzed for the same time against Python's csv reader (Fuzz/csv-fuzz.py).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=.build-fuzz
mkdir -p "$out"
sources=$(find Sources/FinCyberCore -name '*.swift' | sort)

seed() {
  local target=$1 corpus=$2
  mkdir -p "$corpus"
  case $target in
    Questionnaire) cp Questionnaires/*.xml Tests/FinCyberCoreTests/Fixtures/mini-questionnaire.xml \
                      Tests/FinCyberCoreTests/Fixtures/invalid/duplicate-statement-id.xml "$corpus/" ;;
    Responses) cp Questionnaires/samples/*.xml Tests/FinCyberCoreTests/Fixtures/invalid/*.xml \
                  Tests/FinCyberCoreTests/Fixtures/hostile/*.xml "$corpus/" ;;
  esac
}

for target in Questionnaire Responses; do
  binary="$out/fuzz-$target"
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer,address -parse-as-library -module-name "Fuzz$target" -package-name fincyber \
    -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 $sources "Fuzz/${target}Fuzzer.swift" -lxml2 -o "$binary"
  corpus="$out/corpus-$target"
  seed "$target" "$corpus"
  "$binary" -runs=0 Fuzz/regressions/*.xml >/dev/null 2>&1 || { echo "fuzz: a regression input crashes $target" >&2; exit 1; }
  log="$out/fuzz-$target.log"
  if ! "$binary" -max_total_time="$seconds" -max_len=2000000 -timeout=20 -rss_limit_mb=3000 \
      -artifact_prefix="$out/$target-" "$corpus" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz: $target crashed; the input is in $out/" >&2
    exit 1
  fi
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1)
  echo "fuzz: $target: ${runs:-ran} without a crash (AddressSanitizer on)"
done

# The CSV writer against another reader: Python's csv module reads back what the writer wrote from
# random records (Fuzz/csv-fuzz.py); the writer is compiled on its own with a small driver and the
# core's rule for formula leads.
swiftc -O -parse-as-library -module-name CSVRoundTrip Sources/FinCyberReports/CSV/CSVWriter.swift \
  Sources/FinCyberCore/Output/FormulaLeads.swift Fuzz/CSVRoundTrip.swift \
  -o "$out/csv-roundtrip"
python3 Fuzz/csv-fuzz.py "$out/csv-roundtrip" "$seconds"
