"""Real headless Chromium (Debian's ``chromium`` + ``chromium-driver``) driven by selenium.

Used by the page tests, and as a script to take the README screenshot:
    python tests/browser.py out/demo/graph.html docs/screenshot.png
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
)


def binaries() -> tuple[str, str] | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chromium, driver) if chromium and driver else None


@contextmanager
def chromium(width: int = 1400, height: int = 900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = binaries()
    if found is None:
        raise RuntimeError("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    browser, driver_path = found
    with tempfile.TemporaryDirectory(prefix="filing-kg-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument(f"--window-size={width},{height}")
        # an explicit driver path keeps Selenium Manager from trying to download one
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def open_page(driver, page: Path, timeout: float = 20) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(Path(page).resolve().as_uri())
    WebDriverWait(driver, timeout).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true")


def click_element(driver, element_id: str) -> None:
    """Click a node (at its centre) or an edge (at its midpoint) with the mouse, as a person would."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    # A reveal pans and zooms for 250 ms: a position read mid-flight is not where the element lands.
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return !cy.animated()"))
    x, y = driver.execute_script(
        "var e = cy.getElementById(arguments[0]);"
        "var p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint(); return [p.x, p.y];",
        element_id,
    )
    canvas = driver.find_element(By.ID, "cy")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)).click().perform()


if __name__ == "__main__":
    page, png = Path(sys.argv[1]), Path(sys.argv[2])
    select = sys.argv[3] if len(sys.argv) > 3 else None
    with chromium(1400, 860) as driver:
        open_page(driver, page)
        if select:
            click_element(driver, select)
        png.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(png))
    print(f"wrote {png}")
