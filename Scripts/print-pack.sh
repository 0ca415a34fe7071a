#!/usr/bin/env bash
# Prints the board pack: the HTML gap report to an A4 PDF through headless Chromium, with the
# running header (institution, period, draft or final) and the page numbers that the report's own
# print styles put in the page margins (CSS @page margin boxes, which Chromium prints).
#
#   bash Scripts/print-pack.sh fincyber-report/gap-report.html board-pack.pdf
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: bash Scripts/print-pack.sh REPORT.html OUT.pdf" >&2
  exit 2
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "print-pack: chromium is not installed (apt-get install -y chromium)" >&2
  exit 1
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# --no-pdf-header-footer leaves the margins to the report's styles: Chromium's own header would
# print the file's path and the date instead.
"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf="$2" "file://$report" >/dev/null 2>&1
echo "wrote $2"
