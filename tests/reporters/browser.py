"""Headless Chromium through WebDriver (selenium), with the network off, for the HTML report's tests,
screenshot and benchmark. Debian's `chromium` and `chromedriver` (scripts/install-chromium.sh)."""

from __future__ import annotations

import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

MISSING = ("Chromium is not installed: run `bash scripts/install-chromium.sh` as root "
           "(Debian's chromium, chromium-driver)")


def installed() -> bool:
    return bool(shutil.which("chromium") and shutil.which("chromedriver"))


def start(width: int = 1400, height: int = 1000, request_log: bool = False) -> webdriver.Chrome:
    """A new headless browser that cannot reach the network. `request_log`: keep Chrome's performance log
    (every request the page makes) and the console. Raises selenium's WebDriverException when it cannot start."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1", "--no-first-run",
                     "--disable-background-networking"):
        options.add_argument(argument)
    if request_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    session = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"), options=options)
    try:
        session.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
    except Exception:
        session.quit()
        raise
    return session
