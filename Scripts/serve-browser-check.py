#!/usr/bin/env python3
"""Answers three statements of the sample bank through `fincyber serve` in real headless Chromium.

Driven by Selenium with Debian's chromium and chromium-driver: the first two answers are saved by
the page's script as they are chosen (autosave), the third through the plain form's Save button.
Then it reads the response file on disk, checks the three answers and that the browser logged no
error (a Content-Security-Policy violation would be one), and takes a screenshot of the component
page.

    python3 Scripts/serve-browser-check.py --binary .build/debug/fincyber --screenshot shot.png [--lang en]

Exit status 0 when every check passed; otherwise each failure is printed and the status is 1.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Questionnaires/samples/formosa-bank-2026Q4.xml")
NS = {"r": "urn:fincyber:responses:1"}
COMPONENT = "P2.ZT.IA"


def start(binary, folder, language):
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--lang", language, "answers.xml"],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+)", line)
        if match:
            return process, int(match.group(1)), match.group(0)
        if not line and process.poll() is not None:
            break
    process.kill()
    sys.exit("fincyber serve printed no address: " + process.stderr.read())


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1700", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def answers(path):
    root = ElementTree.parse(path).getroot()
    return {a.get("statement"): a for a in root.iterfind("r:answers/r:answer", NS)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--screenshot", required=True)
    parser.add_argument("--lang", default="en")
    arguments = parser.parse_args()

    failures = []
    checks = []

    def check(condition, what):
        checks.append(what)
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)

    folder = tempfile.mkdtemp(prefix="fincyber-browser-")
    path = os.path.join(folder, "answers.xml")
    shutil.copyfile(SAMPLE, path)
    process, port, url = start(os.path.abspath(arguments.binary), folder, arguments.lang)
    driver = browser()
    try:
        driver.get(url)  # the token sets the cookie and redirects to the overview
        check(driver.current_url == f"http://127.0.0.1:{port}/", "the token URL lands on the overview without the token")
        driver.get(f"http://127.0.0.1:{port}/component/{COMPONENT}")
        status = driver.find_element(By.ID, "autosave-status")
        wait = WebDriverWait(driver, 15)

        def click(selector):
            element = driver.find_element(By.CSS_SELECTOR, selector)
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            element.click()

        def autosaved(action):
            driver.execute_script("arguments[0].textContent = ''", status)
            action()
            wait.until(lambda _: status.text.strip() != "")
            return status.text

        # 1. A radio button: the script saves it at once.
        said = autosaved(lambda: click('input[name="value:P2.ZT.IA.E.1"][value="no"]'))
        check("answers.xml" in said, f"choosing 'no' for P2.ZT.IA.E.1 is saved by the script ({said!r})")

        # 2. A compensating control: choosing the answer opens its field; typing and leaving it saves.
        click('input[name="value:P2.ZT.IA.E.2"][value="yes-compensating"]')
        wait.until(lambda _: status.text.strip() != "")
        control = driver.find_element(By.ID, "field-control:P2.ZT.IA.E.2")
        check(control.is_displayed(), "the compensating-control field opens when that answer is chosen")
        control.send_keys("Quarterly access recertification by the business owners, run by Internal Audit")
        said = autosaved(lambda: click('textarea[name="comment:P2.ZT.IA.E.2"]'))
        check("answers.xml" in said, f"the compensating control is saved when the field is left ({said!r})")

        # 3. The plain form: a justification typed, then the Save button.
        driver.execute_script("arguments[0].textContent = ''", status)
        click('input[name="value:P2.ZT.IA.Int.1"][value="not-applicable"]')
        wait.until(lambda _: status.text.strip() != "")  # the script asks for the justification first
        check(status.text.strip() != "" and "answers.xml" not in status.text,
              f"'not applicable' is not saved before its justification is given ({status.text!r})")
        driver.find_element(By.ID, "field-justification:P2.ZT.IA.Int.1").send_keys(
            "No customer-facing single sign-on: each channel authenticates on its own")
        click(".actions button[type=submit]")
        wait.until(lambda _: "saved=1" in driver.current_url)
        check(driver.find_elements(By.CSS_SELECTOR, ".notice.saved"), "the Save button saves and the page says so")

        on_disk = answers(path)
        first, second, third = on_disk["P2.ZT.IA.E.1"], on_disk["P2.ZT.IA.E.2"], on_disk["P2.ZT.IA.Int.1"]
        check(first.get("value") == "no", "P2.ZT.IA.E.1 is 'no' on disk")
        check(second.get("value") == "yes-compensating" and "Internal Audit" in second.findtext("r:compensating-control", "", NS),
              "P2.ZT.IA.E.2 is 'yes-compensating' with its control on disk")
        check(third.get("value") == "not-applicable" and "single sign-on" in third.findtext("r:justification", "", NS),
              "P2.ZT.IA.Int.1 is 'not-applicable' with its justification on disk")
        check(on_disk["P2.ZT.IA.B.1"].get("value") == "yes", "an answer not touched is as it was")
        check(os.path.exists(path + ".bak"), "the previous version is kept as answers.xml.bak")

        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        check(not errors, f"the browser logged no error {errors}")

        driver.get(f"http://127.0.0.1:{port}/component/{COMPONENT}")
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(arguments.screenshot)
        check(os.path.getsize(arguments.screenshot) > 10000, f"a screenshot was written to {arguments.screenshot}")
    finally:
        driver.quit()
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
