#!/usr/bin/env bash
# Memory safety of the C boundary, two ways:
#   1. the whole test suite under AddressSanitizer (use after free, overflows, double frees);
#      leak detection is off there, because XCTest's runner and Foundation keep memory that
#      LeakSanitizer reports against them, not against fincyber;
#   2. valgrind on `fincyber assess` with the bundled sample: no memory errors, nothing
#      definitely or indirectly lost, and no leak record of any kind whose stack passes
#      through fincyber's own code (FinCyberCore, FinCyberReports, fincyber).
#
#   bash Scripts/memory-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "memory-check: swift test under AddressSanitizer"
ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --scratch-path .build-asan

echo "memory-check: valgrind on fincyber assess"
swift build --product fincyber >/dev/null
binary="$(swift build --show-bin-path)/fincyber"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# valgrind 3.19 (Debian 12) gives up on the DWARF of the binary since it links SwiftNIO and
# Hummingbird ("debuginfo reader: Possibly corrupted debuginfo file"). A copy without the debug
# sections keeps the symbol table, so every frame is still named (the leak filter below matches
# the mangled names of fincyber's modules); only file and line numbers are gone.
objcopy --strip-debug "$binary" "$work/fincyber"
valgrind --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=definite,indirect --error-exitcode=3 \
  --num-callers=40 --log-file="$work/valgrind.log" "$work/fincyber" assess --out "$work/out" >/dev/null
grep -E 'ERROR SUMMARY|definitely lost|indirectly lost|possibly lost' "$work/valgrind.log"
if ! python3 Scripts/valgrind-project-leaks.py "$work/valgrind.log" >"$work/project-leaks.txt"; then
  echo "memory-check: leaks attributed to fincyber's code:" >&2
  cat "$work/project-leaks.txt" >&2
  exit 1
fi
echo "memory-check: no memory errors; no leaks attributed to fincyber's code"
