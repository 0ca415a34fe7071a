#!/usr/bin/env python3
"""Checks, in real headless Chromium, that every chart label of fincyber's HTML reports fits.

For each page given, every <text> of every <svg> is measured as the browser draws it (getBBox):
it must lie inside its drawing's viewBox (a label outside is cut off), and no two labels of one
drawing may overlap. Driven by Selenium with Debian's chromium and chromium-driver.

    python3 Scripts/svg-text-check.py PAGE.html [PAGE.html ...]

Prints one line per problem, "PAGE: outside|overlap: text"; exit status 0 when there is none.
"""
import pathlib
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

MEASURE = r"""
const problems = [];
document.querySelectorAll('svg').forEach((svg, drawing) => {
  const view = svg.viewBox.baseVal;
  const boxes = [];
  svg.querySelectorAll('text').forEach(text => {
    const box = text.getBBox();
    if (box.width === 0) return;
    boxes.push({text: text.textContent, box: box});
    if (box.x < view.x - 0.5 || box.y < view.y - 0.5 || box.x + box.width > view.x + view.width + 0.5
        || box.y + box.height > view.y + view.height + 0.5)
      problems.push('outside: drawing ' + drawing + ': ' + text.textContent);
  });
  for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
    const p = boxes[a].box, q = boxes[b].box;
    const across = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
    const down = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
    if (across > 1 && down > 1) problems.push('overlap: drawing ' + drawing + ': ' + boxes[a].text + ' | ' + boxes[b].text);
  }
});
return problems;
"""


def main():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    failures = 0
    try:
        for page in sys.argv[1:]:
            driver.get(pathlib.Path(page).resolve().as_uri())
            for problem in driver.execute_script(MEASURE):
                print(f"{page}: {problem}")
                failures += 1
    finally:
        driver.quit()
    print(f"{len(sys.argv) - 1} pages, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
