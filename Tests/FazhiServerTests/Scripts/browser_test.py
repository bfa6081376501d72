"""Drives headless Chromium through chromedriver (W3C WebDriver over HTTP, urllib only) against a
running `fazhi serve`: lists reports, opens one, sees a highlighted figure and a finding, searches
in traditional script, compares, uploads a report; saves a screenshot of each page.

usage: browser_test.py BASE_URL SCREENSHOT_DIR UPLOAD_FILE TOKEN
Exit 0 when every step passed; otherwise prints the failed step and exits 1.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

base, shots, upload_file, token = sys.argv[1:5]
os.makedirs(shots, exist_ok=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(driver + path, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.load(r)["value"]
    except urllib.error.HTTPError as e:
        raise SystemExit(f"webdriver {method} {path}: {e.code} {e.read()[:500]!r}")


chromedriver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
chromium = shutil.which("chromium") or "/usr/bin/chromium"
port = free_port()
driver = f"http://127.0.0.1:{port}"
proc = subprocess.Popen([chromedriver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            urllib.request.urlopen(driver + "/status", timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": chromium,
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                 "--hide-scrollbars", "--lang=zh-CN"]}}}}
    session = call("POST", "/session", caps)["sessionId"]
    s = f"/session/{session}"
    call("POST", s + "/timeouts", {"pageLoad": 120000, "implicit": 5000})

    def go(path):
        call("POST", s + "/url", {"url": base + path})

    def find_all(css):
        return call("POST", s + "/elements", {"using": "css selector", "value": css})

    def find(css):
        found = find_all(css)
        if not found:
            raise SystemExit(f"FAILED: no element {css!r} on {call('GET', s + '/url')}")
        return list(found[0].values())[0]

    def url_with(part, seconds=60):
        # A click that submits a form returns before the next page has loaded (on a loaded machine,
        # well before): wait for the address to change, for at most `seconds`.
        deadline = time.time() + seconds
        while True:
            url = call("GET", s + "/url")
            if part in url or time.time() > deadline:
                return url
            time.sleep(0.2)

    def text(el):
        return call("GET", s + f"/element/{el}/text")

    def shot(name):
        path = os.path.join(shots, name)
        with open(path, "wb") as f:
            f.write(base64.b64decode(call("GET", s + "/screenshot")))
        print("screenshot", path)

    def step(message):
        print("ok:", message)

    # 年度报告专栏
    go("/")
    rows = find_all("table tbody tr")
    assert len(rows) >= 1, "the list shows no reports"
    step(f"list shows {len(rows)} reports")
    shot("01-list.png")

    # 报告详情: open the first report with a finding
    link = find("table tbody tr td a")
    title = text(link)
    call("POST", s + f"/element/{link}/click", {})
    heading = text(find("main h1"))
    assert heading == title, f"opened {heading!r}, expected {title!r}"
    mark = find("article.original mark")
    assert text(mark), "the highlighted figure is empty"
    finding = find("ol.findings li")
    step(f"report {heading!r}: figure {text(mark)!r}, finding {text(finding)[:40]!r}")
    shot("02-report.png")
    # Jump to the text: the figure highlighted in the original.
    call("POST", s + "/execute/sync", {"script": "document.getElementById('text').scrollIntoView(); return 1;", "args": []})
    shot("03-report-text.png")

    # 检索 in traditional script
    go("/search")
    box = find("input[name=q]")
    call("POST", s + f"/element/{box}/value", {"text": "復議"})
    call("POST", s + f"/element/{find('form.filters button')}/click", {})
    marks = find_all(".snippet mark")
    assert marks, "traditional query found nothing"
    step(f"search 復議: {len(marks)} highlighted matches, first {text(list(marks[0].values())[0])!r}")
    shot("04-search.png")

    # 对比: the reports picked by their boxes in the list
    go("/")
    boxes = find_all("input[name=ids]")
    assert len(boxes) >= 2, "the list offers no boxes to pick reports for comparison"
    for box in boxes[:5]:
        call("POST", s + f"/element/{list(box.values())[0]}/click", {})
    call("POST", s + f"/element/{find('form#pick button')}/click", {})
    assert "/compare?ids=" in url_with("/compare?ids="), "the picked reports were not sent to 对比"
    find("table.compare")
    find(".chart svg")
    step("compare shows the table and charts")
    shot("05-compare.png")

    # 上传分析: choose the file, give the token, save
    go("/upload")
    call("POST", s + f"/element/{find('input[type=file][name=file]')}/value", {"text": os.path.abspath(upload_file)})
    call("POST", s + f"/element/{find('input[name=token]')}/value", {"text": token})
    call("POST", s + f"/element/{find('button[value=save]')}/click", {})
    url = url_with("saved=1")
    assert "/reports/" in url and "saved=1" in url, f"upload did not save: {url}"
    find(".notice.ok")
    find("article.original mark")
    step(f"upload saved as {url}")
    shot("06-upload-saved.png")
    call("DELETE", s)
finally:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
print("browser test passed")
