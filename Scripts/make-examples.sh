#!/usr/bin/env bash
# Regenerates Reports/examples/: every output of `fincyber assess --oscal` on the bundled sample
# bank with its previous quarter and its improvement plan, in both languages, a PNG of the executive summary (page 2 of the printed report), and a PNG
# of `fincyber serve`'s component page after three answers given through it.
# Needs chromium, chromium-driver, poppler-utils and Selenium
# (apt-get install -y chromium chromium-driver poppler-utils fonts-noto-cjk; pip install selenium).
#
#   bash Scripts/make-examples.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product fincyber >/dev/null
binary="$(swift build --show-bin-path)/fincyber"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for lang in zh-TW en; do
  out="Reports/examples/$lang"
  "$binary" assess --oscal --lang "$lang" --previous Questionnaires/samples/formosa-bank-2026Q3.xml \
    --plan Questionnaires/samples/plans/formosa-bank-2026Q4.xml --out "$out" >/dev/null
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$work/report-$lang.pdf" "file://$PWD/$out/gap-report.html" >/dev/null 2>&1
  pdftoppm -f 2 -l 2 -r 90 -png -singlefile "$work/report-$lang.pdf" "Reports/examples/executive-summary.$lang"
  echo "wrote $out/ and Reports/examples/executive-summary.$lang.png ($(pdfinfo "$work/report-$lang.pdf" | awk '/^Pages:/ { print $2 }') printed pages)"
done
python3 Scripts/serve-browser-check.py --binary "$binary" --screenshot Reports/examples/serve-component.en.png >/dev/null
echo "wrote Reports/examples/serve-component.en.png"
