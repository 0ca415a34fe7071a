#!/usr/bin/env python3
"""The CISO's quarter through `fincyber serve` in real headless Chromium, keyboard only.

`fincyber serve --from LAST.xml NEW.xml` starts the new quarter from the sample bank's file; the
check then, in the language given (--lang), with the keyboard alone:

1. gives the answerer's name (once per run) and sees the header's "answered n of N, k carried";
2. answers the component's first statement with its letter key (the model's key for "no", read
   from the page's data-key, never a literal here), and sees without reload: the carried mark
   gone, the gap mark on, the header's count changed; the file on disk holds the answer, not
   carried, with the answerer;
3. arrows through a statement's answers: focus stays on the radios, never in a text box;
4. types "12,5" as an outcome indicator's value: refused, marked at the field (aria-invalid, its
   message linked by aria-describedby), said in the live region; the file is unchanged;
5. confirms the whole component with its button (Enter): every answer of it settled on disk, the
   button's row hidden without reload;
6. focuses every focusable element of a component page in turn, in document order (the page's Tab
   order: it sets no positive tabindex), and checks that none is hidden under
   anything drawn over it (WCAG 2.2, 2.4.11 focus not obscured, which axe-core does not test);
7. where axe-core is installed (pip install --no-deps axe-playwright-python, which bundles
   axe-core 4.12; only its axe.min.js is used, injected through Selenium), runs it on the overview,
   a component page, the risk page and the outcomes page with every WCAG 2.0, 2.1 and 2.2 A and AA
   rule it has, and expects no violation.

    python3 Scripts/serve-quarter-check.py --binary .build/debug/fincyber --lang en

Exit status 0 when every check passed; otherwise each failure is printed and the status is 1.
"""
import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The sibling check's serve starter, browser and response reader, shared.
_spec = importlib.util.spec_from_file_location("serve_browser", os.path.join(ROOT, "Scripts", "serve-browser-check.py"))
serve_browser = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(serve_browser)
browser = serve_browser.browser
SAMPLE = os.path.join(ROOT, "Questionnaires/samples/formosa-bank-2026Q4.xml")
NS = {"r": "urn:fincyber:responses:1"}
COMPONENT = "P2.ZT.IA"
INDICATOR = "OI.P2.PATCH"
# axe-core's tags for every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# The oldest axe-core with WCAG 2.2's rules (target-size, tagged wcag22aa, came in 4.5).
AXE_MINIMUM = (4, 5)


# Focuses each focusable element of the page in document order and returns [how many, [hidden ones],
# how many elements have a positive tabindex (which would make the Tab order another)]:
# an element is hidden when what the browser draws at its middle, once focus has scrolled it into
# view, is neither the element, inside it, nor a label or ancestor holding it.
FOCUS_WALK = """
const focusable = Array.from(document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'))
  .filter(e => !e.disabled && e.getClientRects().length > 0);
const hidden = [];
for (const element of focusable) {
  element.focus();
  if (document.activeElement !== element) continue;
  const box = element.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const holds = hit && (hit === element || element.contains(hit) || hit.contains(element)
    || (hit.closest('label') && hit.closest('label').control === element));
  if (!holds) hidden.push((element.id || element.name || element.tagName) + ' under ' + (hit ? hit.tagName + '.' + hit.className : 'nothing'));
}
const positive = Array.from(document.querySelectorAll('[tabindex]')).filter(e => e.tabIndex > 0).length;
return [focusable.length, hidden.slice(0, 5), positive];
"""


def start(binary, folder, language):
    return serve_browser.start(binary, folder, language, options=["--from", SAMPLE])


def axe_script():
    """axe-core's script as axe-playwright-python bundles it, or None where that is not installed.

    The package is found without importing it (its Playwright half is not needed, nor installed by
    `pip install --no-deps`); only its axe.min.js is read, and Selenium injects it into the page.
    """
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    return open(path, encoding="utf-8").read() if os.path.exists(path) else None


def root(path):
    return ElementTree.parse(path).getroot()


answers = serve_browser.answers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--lang", default="en")
    arguments = parser.parse_args()

    failures = []
    checks = []

    def check(condition, what):
        checks.append(what)
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)

    folder = tempfile.mkdtemp(prefix="fincyber-quarter-")
    path = os.path.join(folder, "answers.xml")
    process, host, url = start(os.path.abspath(arguments.binary), folder, arguments.lang)
    driver = browser()
    wait = WebDriverWait(driver, 15)
    driver.set_script_timeout(180)
    keys = ActionChains(driver)
    try:
        started = root(path)
        period = started.find("r:assessment", NS).get("period")
        carried = [a for a in started.iterfind("r:answers/r:answer", NS) if a.get("carried") == "true"]
        check(period >= "2026Q4", f"serve --from starts today's quarter ({period})")
        check(len(carried) == len(answers(path)) > 0, f"every answer is carried ({len(carried)})")

        driver.get(url)
        # 1. The answerer's name, typed and sent with Enter.
        name = driver.find_element(By.ID, "field-answerer")
        driver.execute_script("arguments[0].focus()", name)
        keys.send_keys("Mei-Ling Chen" + Keys.ENTER).perform()
        wait.until(lambda _: "Mei-Ling Chen" in driver.find_element(By.ID, "answering-as").text)
        check(True, "the answerer's name is asked once and shown")

        driver.get(f"http://{host}/component/{COMPONENT}")
        count = driver.find_element(By.ID, "answered-of-total")
        before_count = count.text
        status = driver.find_element(By.ID, "autosave-status")
        statements = driver.find_elements(By.CSS_SELECTOR, "fieldset.statement")
        first = statements[0]
        first_id = first.get_attribute("data-statement")
        check("carried" in first.get_attribute("class") and driver.find_element(By.ID, "carried-" + first_id).is_displayed(),
              f"{first_id} is shown as carried, in words")

        # 2. The model's key for an answer, read from the page.
        # The first other answer with a key that requires no text: "no" on the Roadmap's scale.
        no_radio = [r for r in first.find_elements(By.CSS_SELECTOR, "input[type=radio]")
                    if r.get_attribute("data-key") and not r.get_attribute("data-requires") and not r.is_selected()][0]
        key = no_radio.get_attribute("data-key")
        value = no_radio.get_attribute("value")
        driver.execute_script("arguments[0].focus()", first.find_element(By.CSS_SELECTOR, "input[type=radio]:checked"))
        driver.execute_script("arguments[0].textContent = ''", status)
        keys.send_keys(key).perform()
        wait.until(lambda _: status.text.strip() != "")
        check("answers.xml" in status.text, f"the letter key '{key}' saves the answer ({status.text!r})")
        wait.until(lambda _: not driver.find_element(By.ID, "carried-" + first_id).is_displayed())
        check("gap" in first.get_attribute("class") and "carried" not in first.get_attribute("class"),
              "without reload: the carried mark goes, the gap mark comes")
        check(count.text != before_count, f"the header's count follows ({before_count!r} → {count.text!r})")
        focused = driver.switch_to.active_element
        check(focused.get_attribute("type") == "radio" and focused.get_attribute("name") == "value:" + statements[1].get_attribute("data-statement"),
              "focus moves to the next statement's answers")
        saved = answers(path)[first_id]
        check(saved.get("value") == value and saved.get("carried") != "true" and saved.get("answered-by") == "Mei-Ling Chen",
              f"on disk: {first_id} is '{value}', not carried, answered by the answerer")

        # 3. Arrows through the next statement's answers never move focus into a text box.
        for _ in range(len(statements[1].find_elements(By.CSS_SELECTOR, "input[type=radio]"))):
            keys.send_keys(Keys.ARROW_RIGHT).perform()
            time.sleep(0.2)
            focused = driver.switch_to.active_element
            if focused.tag_name != "input" or focused.get_attribute("type") != "radio":
                break
        check(focused.tag_name == "input" and focused.get_attribute("type") == "radio", "arrow keys keep focus on the radios")
        keys.send_keys("y").perform()
        time.sleep(0.5)

        # 5. Confirm the whole component: its button, pressed with Enter.
        button = driver.find_element(By.ID, "confirm-all")
        driver.execute_script("arguments[0].focus()", button)
        driver.execute_script("arguments[0].textContent = ''", status)
        keys.send_keys(Keys.ENTER).perform()
        wait.until(lambda _: status.text.strip() != "")
        wait.until(lambda _: not driver.find_element(By.ID, "confirm-all-row").is_displayed())
        on_disk = answers(path)
        mine = [a for statement, a in on_disk.items() if statement.startswith(COMPONENT + ".")]
        check(mine and all(a.get("carried") != "true" for a in mine), "on disk: every answer of the component is confirmed")
        check(any(a.get("carried") == "true" for s, a in on_disk.items() if not s.startswith(COMPONENT + ".")),
              "other components stay carried")
        check(driver.current_url.endswith(f"/component/{COMPONENT}"), "confirmed without leaving the page")

        # 4. A refused number, marked at its field; the file unchanged.
        driver.get(f"http://{host}/outcomes")
        status = driver.find_element(By.ID, "autosave-status")
        field = driver.find_element(By.ID, "field-value:" + INDICATOR)
        bytes_before = open(path, "rb").read()
        driver.execute_script("arguments[0].focus(); arguments[0].select()", field)
        keys.send_keys("12,5" + Keys.TAB).perform()
        wait.until(lambda _: field.get_attribute("aria-invalid") == "true")
        described = field.get_attribute("aria-describedby") or ""
        message = driver.find_element(By.ID, described.split()[-1]).text if described else ""
        check("12,5" in message, f"'12,5' is refused at its field with its message ({message!r})")
        check("12,5" in status.text, f"and in the live region ({status.text!r})")
        check(open(path, "rb").read() == bytes_before, "the file is unchanged")

        # The refusal's own 422 is logged as a failed load; anything else severe is an error.
        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"
                  and not (entry.get("source") == "network" and "/outcomes" in entry.get("message", "") and "422" in entry.get("message", ""))]
        check(not errors, f"the browser logged no error but the refusal {errors}")

        # 6. Focus is never hidden (WCAG 2.2, 2.4.11), which axe-core cannot test: focus, in Tab order, every
        # focusable element of a component page; at each, the point at the middle of the focused
        # element must belong to it (itself, its content, or the label that holds it), not to
        # anything drawn over it.
        driver.get(f"http://{host}/component/{COMPONENT}")
        hidden = driver.execute_script(FOCUS_WALK)
        check(hidden[2] == 0, f"no element of {COMPONENT}'s page has a positive tabindex, so document order is Tab order ({hidden[2]})")
        check(not hidden[1], f"{hidden[0]} focusable elements of {COMPONENT}'s page focused in turn; none is hidden under another {hidden[1]}")

        # 7. axe-core, where installed.
        script = axe_script()
        if script is None:
            print("skip axe-core is not installed (pip install --no-deps axe-playwright-python)")
        else:
            for page in ["/", f"/component/{COMPONENT}", "/risk", "/outcomes"]:
                driver.get(f"http://{host}{page}")
                driver.execute_script(script)
                result = driver.execute_async_script(
                    "var done = arguments[arguments.length - 1];"
                    "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                    ".then(function (r) { done({version: axe.version, violations: r.violations.map(function (v) {"
                    "  return [v.id, v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })]; })}); },"
                    " function (error) { done({error: String(error)}); });", AXE_TAGS)
                violations = result.get("violations", [])
                version = tuple(int(part) for part in result.get("version", "0.0").split(".")[:2] if part.isdigit())
                check(version >= AXE_MINIMUM,
                      f"axe-core {result.get('version', '?')} knows WCAG 2.2's rules (4.5 or later) on {page}")
                check("error" not in result and not violations,
                      f"axe-core {result.get('version', '')}: no WCAG A/AA violation ({', '.join(AXE_TAGS)}) on {page} "
                      f"{result.get('error', '')}{json.dumps(violations, ensure_ascii=False)}")
    finally:
        driver.quit()
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
