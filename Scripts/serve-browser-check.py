#!/usr/bin/env python3
"""Answers three statements of the sample bank through `fincyber serve` in real headless Chromium.

Driven by Selenium with Debian's chromium and chromium-driver: the first two answers are saved by
the page's script as they are chosen (autosave), the third through the plain form's Save button.
Then it reads the response file on disk, checks the three answers and that the browser logged no
error (a Content-Security-Policy violation would be one), and takes a screenshot of the component
page.

Then it serves the second test model (English only, with an answer scale of its own) and checks
that the page's script learns from the page what each answer requires: choosing its
`yes-alternative` opens the compensating-control field and waits for it, as `yes-compensating`
does for the bundled model, though the script names no answer value.

Then the browser, still holding the server's access cookie, visits a page of another local service
on 127.0.0.1 (a listener started here, standing for any other program on the machine), which loads
an image from itself: the listener must see no fincyber cookie (F2 of the red-team review: cookies
ignore ports, so a server on 127.0.0.1 shared its cookie with every service there).

    python3 Scripts/serve-browser-check.py --binary .build/debug/fincyber --screenshot shot.png [--lang en]

Exit status 0 when every check passed; otherwise each failure is printed and the status is 1.
"""
import argparse
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Questionnaires/samples/formosa-bank-2026Q4.xml")
SECOND_MODEL = os.path.join(ROOT, "Tests/FinCyberCoreTests/Fixtures/cat-like-questionnaire.xml")
SECOND_ANSWERS = os.path.join(ROOT, "Tests/FinCyberCoreTests/Fixtures/cat-like-responses.xml")
NS = {"r": "urn:fincyber:responses:1"}
COMPONENT = "P2.ZT.IA"


def start(binary, folder, language, questionnaire=None, options=()):
    """Starts `fincyber serve` on answers.xml in the folder; returns the process, its host and the
    address with the token it printed. Options are passed before the file (`--from LAST.xml`)."""
    model = ["--questionnaire", questionnaire] if questionnaire else []
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--lang", language] + model + list(options) + ["answers.xml"],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = process.stdout.readline()
        match = re.search(r"http://(127\.\d+\.\d+\.\d+:\d+)/\?token=[0-9a-f]+", line)
        if match:
            return process, match.group(1), match.group(0)
        if not line and process.poll() is not None:
            break
    process.kill()
    sys.exit("fincyber serve printed no address: " + process.stderr.read())


class OtherService(http.server.BaseHTTPRequestHandler):
    """Another program's web page on 127.0.0.1: /landing loads /pixel from itself and sets a control
    cookie of its own; every request's path and Cookie header are kept in `seen`."""

    seen = []

    def do_GET(self):
        OtherService.seen.append((self.path, self.headers.get("Cookie") or ""))
        if self.path == "/landing":
            body = b'<!DOCTYPE html><html><head><title>other</title></head><body><img src="/pixel" alt=""></body></html>'
            self.send_response(200)
            self.send_header("Set-Cookie", "control=1; Path=/")
            self.send_header("Content-Type", "text/html")
        else:
            body = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
            self.send_response(200)
            self.send_header("Content-Type", "image/gif")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


def other_service():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), OtherService)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


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
    process, host, url = start(os.path.abspath(arguments.binary), folder, arguments.lang)
    other = other_service()
    driver = browser()
    try:
        driver.get(url)  # the token sets the cookie and redirects to the overview
        check(driver.current_url == f"http://{host}/", "the token URL lands on the overview without the token")
        check(not host.startswith("127.0.0.1:"), f"the server listens on a loopback address of its own ({host})")
        driver.get(f"http://{host}/component/{COMPONENT}")
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
        # Leaving the text field lets the script save it too; whichever post comes second finds
        # nothing left to change and says so (unchanged=1) without writing.
        wait.until(lambda _: "saved=1" in driver.current_url or "unchanged=1" in driver.current_url)
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

        # Two tabs: the second saves an answer, then the first, opened before, changes the same one.
        driver.get(f"http://{host}/component/{COMPONENT}")
        first = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(f"http://{host}/component/{COMPONENT}")
        status = driver.find_element(By.ID, "autosave-status")
        said = autosaved(lambda: click('input[name="value:P2.ZT.IA.B.1"][value="no"]'))
        check("answers.xml" in said, f"the second tab saves 'no' for P2.ZT.IA.B.1 ({said!r})")
        driver.switch_to.window(first)
        status = driver.find_element(By.ID, "autosave-status")
        autosaved(lambda: click('input[name="value:P2.ZT.IA.B.1"][value="unanswered"]'))
        notes = driver.find_elements(By.CSS_SELECTOR, "#s-P2\\.ZT\\.IA\\.B\\.1 .stale-note a")
        check(notes and notes[0].get_attribute("href").endswith(f"/component/{COMPONENT}"),
              "the first tab's change is refused, with a note and a reload link beside the statement")
        check(answers(path)["P2.ZT.IA.B.1"].get("value") == "no", "the second tab's answer stays on disk")

        driver.get(f"http://{host}/component/{COMPONENT}")
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(arguments.screenshot)
        check(os.path.getsize(arguments.screenshot) > 10000, f"a screenshot was written to {arguments.screenshot}")

        # The second model: its own value that requires a compensating control.
        second_folder = os.path.join(folder, "second")
        os.mkdir(second_folder)
        second_path = os.path.join(second_folder, "answers.xml")
        shutil.copyfile(SECOND_ANSWERS, second_path)
        second, second_host, second_url = start(os.path.abspath(arguments.binary), second_folder, "en", SECOND_MODEL)
        try:
            driver.get(second_url)
            driver.get(f"http://{second_host}/component/GOV.OV.POL")
            status = driver.find_element(By.ID, "autosave-status")
            driver.execute_script("arguments[0].textContent = ''", status)
            click('input[name="value:GOV.OV.POL.F1"][value="yes-alternative"]')
            wait.until(lambda _: status.text.strip() != "")
            control = driver.find_element(By.ID, "field-control:GOV.OV.POL.F1")
            check(control.is_displayed() and "answers.xml" not in status.text,
                  f"the second model's 'yes-alternative' opens its control field and waits for it ({status.text!r})")
            control.send_keys("A second approver signs every exception in the register")
            said = autosaved(lambda: click('textarea[name="comment:GOV.OV.POL.F1"]'))
            saved = answers(second_path)["GOV.OV.POL.F1"]
            check("answers.xml" in said and saved.get("value") == "yes-alternative"
                  and "second approver" in saved.findtext("r:compensating-control", "", NS),
                  f"it is saved with its control once the control is written ({said!r})")
        finally:
            second.terminate()
            second.wait(timeout=30)

        # The browser holds the access cookie; now it opens another local service's page.
        driver.get(f"http://127.0.0.1:{other.server_address[1]}/landing")
        deadline = time.time() + 15
        while time.time() < deadline and not any(path == "/pixel" for path, _ in OtherService.seen):
            time.sleep(0.1)
        pixel = [cookie for path, cookie in OtherService.seen if path == "/pixel"]
        check(pixel and "control=1" in pixel[0], f"the other service's own cookie comes back with its image (control) {OtherService.seen}")
        check(not any("fincyber" in cookie for _, cookie in OtherService.seen),
              f"the other service on 127.0.0.1 receives no fincyber cookie {OtherService.seen}")
    finally:
        driver.quit()
        other.shutdown()
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
