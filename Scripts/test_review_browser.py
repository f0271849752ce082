#!/usr/bin/env python3
"""Drives `sverka review`'s editor in headless Chromium (Selenium + chromedriver) on the telegram.

Starts `sverka review RU EN --no-open --port 0` on a new project, opens the printed URL, and through
the page only (mouse and keyboard): merges three beads into one (m twice), splits that bead after its
first unit (selected units + the Split button), confirms the split-off rest (c), edits a translation
unit to a text holding markup (double-click, the edit dialog), undoes and redoes (buttons and keys),
re-aligns, and exports TMX (the Export button; the browser downloads the file). The TMX is read back
with translate-toolkit: the corrected bead is there, confirmed, and the edited text is its text (as
text: the markup was never run). A screenshot is taken and checked for the two columns (dark text in
each) and the map (coloured marks). The Swift test `ReviewBrowserTests` runs this script.

    python3 Scripts/test_review_browser.py --sverka .build/debug/sverka [--screenshot FILE]
    python3 Scripts/test_review_browser.py --check-tools     # exit 0 when everything needed is installed
    python3 Scripts/test_review_browser.py --sverka .build/release/sverka --book 10000
        # a measurement, not a test: a generated book of N paragraph pairs; prints how long the page
        # takes to show it, to jump to the end and back, and how many rows the document holds

Prints one line per check and a last line `test_review_browser: N passed, M failed`; exits 1 on a
failure. Needs chromium, chromedriver (Debian chromium-driver), selenium and translate-toolkit
(Scripts/install-test-tools.sh installs them).
"""
import argparse
import glob
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RU = os.path.join(ROOT, "Corpus", "wilson-113642-telegram-21646.ru.md")
EN = os.path.join(ROOT, "Corpus", "wilson-113642-telegram-21646.en.md")
EDITED = 'Corrected <img src=x onerror="document.body.dataset.pwned=1"> by the browser & test'

passed = 0
STARTED = time.time()
failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
        print("ok   " + what + (" [%.1f s]" % (time.time() - STARTED) if os.environ.get("REVIEW_TIMES") else ""))
    else:
        failed += 1
        print("FAIL " + what)
    return condition


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def missing_tools():
    missing = []
    if not find_chromium():
        missing.append("chromium")
    if not shutil.which("chromedriver"):
        missing.append("chromedriver (chromium-driver)")
    try:
        import selenium.webdriver  # noqa: F401
    except ImportError:
        missing.append("selenium")
    try:
        import translate.storage.tmx  # noqa: F401
    except ImportError:
        missing.append("translate-toolkit")
    return missing


# ---------- PNG reading (8-bit RGB or RGBA, as Chromium writes screenshots) ----------

def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width, height, colour = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError("unsupported PNG (depth %d, colour type %d)" % (depth, colour))
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def pixels_in(png, rect, predicate):
    width, height, channels, rows = png
    x0, y0 = max(0, int(rect["x"])), max(0, int(rect["y"]))
    x1, y1 = min(width, int(rect["x"] + rect["width"])), min(height, int(rect["y"] + rect["height"]))
    count = 0
    for y in range(y0, y1):
        row = rows[y]
        for x in range(x0, x1):
            r, g, b = row[x * channels], row[x * channels + 1], row[x * channels + 2]
            if predicate(r, g, b):
                count += 1
    return count


def dark(r, g, b):
    return r + g + b < 360


def coloured(r, g, b):
    return max(r, g, b) - min(r, g, b) > 60


# ---------- the run ----------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sverka", help="the sverka executable")
    parser.add_argument("--check-tools", action="store_true", help="exit 0 when chromium, chromedriver, selenium and translate-toolkit are there")
    parser.add_argument("--screenshot", default="/tmp/sverka-review.png", help="where the screenshot goes")
    parser.add_argument("--book", type=int, default=0, help="measure the editor on a generated book of this many paragraph pairs")
    args = parser.parse_args()
    missing = missing_tools()
    if args.check_tools:
        if missing:
            print("test_review_browser: missing " + ", ".join(missing))
            return 1
        return 0
    if missing:
        print("test_review_browser: missing " + ", ".join(missing) + "; run Scripts/install-test-tools.sh")
        return 1
    if not args.sverka or not os.access(args.sverka, os.X_OK):
        print("test_review_browser: give the sverka executable with --sverka")
        return 1

    if args.book:
        return measure_book(args)

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait, Select
    from translate.storage import tmx

    work = tempfile.mkdtemp(prefix="sverka-review-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    project = os.path.join(work, "telegram.sverka")
    environment = dict(os.environ)
    environment.pop("DISPLAY", None)
    server = subprocess.Popen([args.sverka, "review", RU, EN, "--project", project, "--no-open", "--port", "0", "--no-dictionary"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    driver = None
    try:
        url = None
        deadline = time.time() + 60
        while time.time() < deadline and url is None:
            line = server.stdout.readline()
            if not line:
                break
            match = re.match(r"Sverka review: (http://\S+)", line)
            if match:
                url = match.group(1)
        if not check(url is not None, "sverka review printed its URL"):
            return 1
        token = re.search(r"token=([0-9a-f]+)", url).group(1)
        base = url.split("/?")[0]

        def api_state():
            request = urllib.request.Request(base + "/api/state", headers={"X-Sverka-Token": token})
            with urllib.request.urlopen(request, timeout=30) as answer:
                return json.loads(answer.read())

        options = webdriver.ChromeOptions()
        options.binary_location = find_chromium()
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1400,1000", "--hide-scrollbars", "--force-device-scale-factor=1"):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        wait = WebDriverWait(driver, 30, poll_frequency=0.05)
        driver.get(url)

        def version():
            value = driver.execute_script("return document.body.dataset.version")
            return int(value) if value not in (None, "") else -1

        def wait_version(expected, what):
            try:
                wait.until(lambda d: version() >= expected)
            except Exception:
                pass
            status = driver.find_element(By.ID, "status").text
            return check(version() == expected, "%s (version %d, status: %s)" % (what, version(), status))

        def row(index):
            return driver.find_element(By.CSS_SELECTOR, '.row[data-index="%d"]' % index)

        from selenium.common.exceptions import StaleElementReferenceException

        def retry(action):
            # A row is drawn again when the state changes or it scrolls out of view and back.
            for attempt in range(20):
                try:
                    return action()
                except StaleElementReferenceException:
                    time.sleep(0.05)
            return action()

        def select_row(index):
            driver.execute_script("document.getElementById('rows').scrollTop = 0")
            for _ in range(200):
                if driver.find_elements(By.CSS_SELECTOR, '.row[data-index="%d"]' % index):
                    break
                driver.execute_script("document.getElementById('rows').scrollTop += 300")
                time.sleep(0.02)
            retry(lambda: driver.execute_script("arguments[0].scrollIntoView({block: 'center'})",
                                                row(index).find_element(By.CSS_SELECTOR, ".meta")))
            time.sleep(0.05)
            retry(lambda: row(index).find_element(By.CSS_SELECTOR, ".meta").click())
            check("selected" in retry(lambda: row(index).get_attribute("class")), "bead %d selected by a click" % index)

        def keys(text):
            ActionChains(driver).send_keys(text).perform()

        wait.until(lambda d: version() == 0 and d.find_elements(By.CSS_SELECTOR, ".row"))
        state = api_state()
        beads = state["beads"]
        count = len(beads)
        check(int(driver.execute_script("return document.body.dataset.beads")) == count, "the page shows the project's %d beads" % count)
        pair = lambda b: b["kind"] == "alignment" and b["source"] and b["target"]
        i = next(k for k in range(count - 2) if all(pair(beads[k + d]) for d in range(3)))
        first, second, third = beads[i], beads[i + 1], beads[i + 2]

        # Merge three beads into one: m, then m again.
        select_row(i)
        keys("m")
        wait_version(1, "merge with the next bead (m)")
        keys("m")
        wait_version(2, "merge again (m)")
        merged = api_state()["beads"][i]
        check(merged["source"] == first["source"] + second["source"] + third["source"], "three beads merged into one")

        # Split it after its first bead's units: choose a unit on each side, then the Split button.
        select_row(i)
        for side, unit in (("source", second["source"][0]), ("target", second["target"][0])):
            retry(lambda: row(i).find_element(By.CSS_SELECTOR, '.unit[data-side="%s"][data-unit="%d"]' % (side, unit)).click())
        driver.find_element(By.CSS_SELECTOR, '[data-act="split"]').click()
        wait_version(3, "split the bead before the chosen units (Split)")
        after = api_state()["beads"]
        check(after[i]["source"] == first["source"] and after[i + 1]["source"] == second["source"] + third["source"],
              "the split left the first bead alone and the other two merged")
        corrected = after[i + 1]

        # Confirm the corrected bead (c).
        select_row(i + 1)
        keys("c")
        wait_version(4, "confirm the bead (c)")
        check("confirmed" in retry(lambda: row(i + 1).get_attribute("class")), "the row shows it confirmed")

        # Edit a translation unit of the corrected bead (double-click, type, save).
        unit = corrected["target"][0]
        original = state["targetUnits"][unit]["text"]
        retry(lambda: ActionChains(driver).double_click(
            row(i + 1).find_element(By.CSS_SELECTOR, '.unit[data-side="target"][data-unit="%d"]' % unit)).perform())
        box = wait.until(lambda d: d.find_element(By.ID, "edit-text") if d.find_element(By.ID, "edit-dialog").is_displayed() else None)
        box.clear()
        box.send_keys(EDITED[:12])  # typed; the rest set at once (typing costs a second)
        driver.execute_script("arguments[0].value += arguments[1]", box, EDITED[12:])
        driver.find_element(By.ID, "edit-save").click()
        wait_version(5, "edit a translation unit (the edit dialog)")

        def shown_text():
            return retry(lambda: row(i + 1).find_element(By.CSS_SELECTOR, '.unit[data-side="target"][data-unit="%d"] .text' % unit).text)

        check(shown_text() == EDITED, "the edited text is shown as text")
        check(retry(lambda: row(i + 1).find_element(By.CSS_SELECTOR, '.unit[data-side="target"][data-unit="%d"] .original' % unit).text) == original,
              "the original text is shown beside it")
        check(not driver.find_elements(By.CSS_SELECTOR, "#layer img"), "the markup in the text made no element")
        check(driver.execute_script("return document.body.dataset.pwned") is None, "the markup in the text ran nothing")

        # Undo (button) and redo (y).
        driver.find_element(By.ID, "undo").click()
        wait_version(6, "undo (button)")
        check(shown_text() == original, "undo restored the original text")
        keys("y")
        wait_version(7, "redo (y)")
        check(shown_text() == EDITED, "redo brought the edit back")

        # Re-align: the confirmed bead is a hard constraint.
        driver.find_element(By.ID, "realign").click()
        wait_version(8, "re-align (button)")
        realigned = api_state()["beads"]
        kept = [b for b in realigned if b["confirmed"]]
        check(len(kept) == 1 and kept[0]["source"] == corrected["source"] and kept[0]["target"] == corrected["target"],
              "the confirmed bead survived re-aligning")

        # The map is the navigator: click the last bead's mark.
        last_id = realigned[-1]["id"]
        mark = driver.find_element(By.CSS_SELECTOR, '#map line.bead[data-bead="%d"]' % last_id)
        ActionChains(driver).move_to_element(mark).click().perform()
        time.sleep(0.3)
        check(driver.find_elements(By.CSS_SELECTOR, '.row.selected[data-bead="%d"]' % last_id) != [],
              "a click on the map jumps to its bead")
        select_row(0)

        # Screenshot: two columns of text and the map.
        driver.save_screenshot(args.screenshot)
        # The pixels are checked on a half-scale capture (a pure-Python PNG decoder is slow on a full one).
        scale = 0.5
        import base64
        small = os.path.join(work, "small.png")
        size = driver.execute_script("return {w: window.innerWidth, h: window.innerHeight}")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": {
            "x": 0, "y": 0, "width": size["w"], "height": size["h"], "scale": scale}})
        with open(small, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        png = read_png(small)
        scaled = lambda r: {k: v * scale for k, v in r.items()}
        rect = lambda selector: driver.execute_script(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}", selector)
        source, target, plot = rect(".row .source"), rect(".row .target"), rect("#map svg")
        rows_area = rect("#rows")
        column = lambda heading: dict(rect(heading), y=rows_area["y"], height=rows_area["height"])
        source_column, target_column = column("#source-heading"), column("#target-heading")
        check(source["x"] + source["width"] <= target["x"] + 1 and source["width"] > 200 and target["width"] > 200,
              "the two texts stand side by side")
        ink = (pixels_in(png, scaled(source_column), dark), pixels_in(png, scaled(target_column), dark))
        check(min(ink) > 200, "the screenshot shows text in both columns (%d and %d dark pixels)" % ink)
        check(plot["width"] > 200 and pixels_in(png, scaled(plot), coloured) > 20, "the screenshot shows the map's coloured marks")
        marks = driver.execute_script("return document.querySelectorAll('#map line.bead').length")
        check(marks == len(realigned), "the map has one mark per bead (%d)" % marks)

        # Export TMX (the Export button downloads it) and read it back with translate-toolkit.
        Select(driver.find_element(By.ID, "export-format")).select_by_value("tmx")
        driver.find_element(By.ID, "export").click()
        files = []
        deadline = time.time() + 30
        while time.time() < deadline:
            files = [f for f in glob.glob(os.path.join(downloads, "*.tmx"))]
            if files and not glob.glob(os.path.join(downloads, "*.crdownload")):
                break
            time.sleep(0.1)
        if not check(len(files) == 1, "the Export button downloaded a TMX file"):
            return 1
        with open(files[0], "rb") as f:
            store = tmx.tmxfile(f, sourcelanguage="ru", targetlanguage="en")
        units = [u for u in store.units if u.source]
        check(len(units) > 0, "translate-toolkit reads %d translation units" % len(units))
        final = api_state()
        text = lambda side, indices: [final[side + "Units"][k]["text"] for k in indices]
        confirmed_unit = next((u for u in units if all(t in u.source for t in text("source", corrected["source"]))), None)
        check(confirmed_unit is not None, "the TMX has the corrected bead: one unit with both original paragraphs")
        if confirmed_unit is not None:
            check(EDITED in confirmed_unit.target, "its translation is the edited text, markup kept as text")
            check(all(t in confirmed_unit.target for t in text("target", corrected["target"][1:])), "with the bead's other translation paragraph")
            xml = confirmed_unit.xmlelement
            props = {p.get("type"): p.text for p in xml.iter("{*}prop")} if xml is not None else {}
            props.update({p.get("type"): p.text for p in xml.iter("prop")} if xml is not None else {})
            check(any("confirmed" in (k or "") for k in props), "the unit is marked confirmed (%s)" % sorted(k for k in props if k))
            notes = " ".join(n.text or "" for n in xml.iter("note")) if xml is not None else ""
            check(original[:40] in notes, "the original of the edited text is kept in a note")
        check(not any(u.source.strip() == "\n".join(text("source", second["source"])).strip() and u.source != confirmed_unit.source
                      for u in units) if confirmed_unit is not None else False,
              "the beads merged by hand are not also exported apart")
        check(server.poll() is None, "the server is still running")
    finally:
        if driver is not None:
            driver.quit()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        check(server.returncode == 0, "sverka review stopped cleanly on SIGINT (exit %s)" % server.returncode)
        shutil.rmtree(work, ignore_errors=True)
        print("test_review_browser: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


def start_driver(downloads):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = find_chromium()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def measure_book(args):
    """Times the editor on a generated book: N paragraphs a side, each numbered and of varied length."""
    import random
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.action_chains import ActionChains
    random.seed(7)
    ru_words = "война мир город река поле дорога письмо приказ армия фронт день ночь время человек".split()
    en_words = "war peace city river field road letter order army front day night time man".split()
    work = tempfile.mkdtemp(prefix="sverka-review-book-")
    ru, en = [], []
    for k in range(args.book):
        n = random.randint(8, 60)
        picks = [random.randrange(len(ru_words)) for _ in range(n)]
        ru.append("%d. " % (k + 1) + " ".join(ru_words[p] for p in picks).capitalize() + ".")
        en.append("%d. " % (k + 1) + " ".join(en_words[p] for p in picks).capitalize() + ".")
    paths = [os.path.join(work, "book.ru.txt"), os.path.join(work, "book.en.txt")]
    for path, paragraphs in zip(paths, (ru, en)):
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(paragraphs) + "\n")
    started = time.time()
    server = subprocess.Popen([args.sverka, "review", paths[0], paths[1], "--project", os.path.join(work, "book.sverka"),
                               "--no-open", "--port", "0", "--no-dictionary"], stdout=subprocess.PIPE, text=True)
    driver = None
    try:
        url = None
        for line in server.stdout:
            match = re.match(r"Sverka review: (http://\S+)", line)
            if match:
                url = match.group(1)
                break
        print("align and save the project: %.1f s" % (time.time() - started))
        driver = start_driver(work)
        begin = time.time()
        driver.get(url)
        deadline = time.time() + 300
        while time.time() < deadline and driver.execute_script("return document.body.dataset.version") != "0":
            time.sleep(0.05)
        print("page shows %s beads: %.2f s after loading it" % (driver.execute_script("return document.body.dataset.beads"), time.time() - begin))
        for name, duration in driver.execute_script(
                "return performance.getEntriesByType('resource').map(e => [e.name.split('?')[0], e.duration])"):
            print("  %s: %.0f ms" % (name, duration))
        driver.set_script_timeout(300)
        print("rows in the document: %d" % len(driver.find_elements(By.CSS_SELECTOR, ".row")))
        driver.find_element(By.CSS_SELECTOR, ".row .meta").click()
        for key, what in (("G", "jump to the last bead (G)"), ("g", "back to the first (g)")):
            begin = time.time()
            ActionChains(driver).send_keys(key).perform()
            driver.execute_script("return document.querySelectorAll('.row.selected').length")
            print("%s: %.3f s, rows in the document: %d" % (what, time.time() - begin, len(driver.find_elements(By.CSS_SELECTOR, ".row"))))
        begin = time.time()
        frames = driver.execute_async_script("""
            const done = arguments[0], rows = document.getElementById('rows'); let n = 0; const t0 = performance.now();
            function step() { rows.scrollTop += 400; n++; if (n < 200) requestAnimationFrame(step); else done(performance.now() - t0); }
            requestAnimationFrame(step);""")
        print("200 scroll steps of 400 px: %.0f ms (%.1f ms a frame)" % (frames, frames / 200))
        begin = time.time()
        version = driver.execute_script("return document.body.dataset.version")
        ActionChains(driver).send_keys("c").perform()
        while driver.execute_script("return document.body.dataset.version") == version and time.time() - begin < 120:
            time.sleep(0.01)
        print("confirm one bead, round trip with the whole state: %.2f s" % (time.time() - begin))
    finally:
        if driver is not None:
            driver.quit()
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
