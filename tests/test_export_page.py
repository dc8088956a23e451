"""The HTML export opened in real headless Chromium: what a person sees and clicks.

Needs Debian's chromium and chromium-driver (.ci/run installs them when missing).
A screenshot of each run is kept in out/screenshots/.
"""

from __future__ import annotations

import json

import pytest

from builders.export import prepare, write
from builders.store import union_graph

from .browser import binaries, chromium, click_element, open_page
from .conftest import ROOT, SEED

pytestmark = pytest.mark.skipif(binaries() is None, reason="chromium and chromium-driver are not installed")
pytest.importorskip("selenium")

SCREENSHOTS = ROOT / "out" / "screenshots"
TERMINATED = "license/121679b39f8f9d38"


@pytest.fixture(scope="module")
def seed_graph(seed_dataset):
    return prepare(union_graph(seed_dataset))


@pytest.fixture(scope="module")
def page(seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "seed.html"
    write(seed_graph, "html", path)
    with chromium() as driver:
        open_page(driver, path)
        yield driver


def by_id(driver, element_id):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id)


def details(driver) -> dict:
    """The details panel as a person reads it: heading, facts table, quotes and their sources."""
    from selenium.webdriver.common.by import By

    panel = by_id(driver, "details")
    return {
        "title": panel.find_element(By.TAG_NAME, "h2").text,
        "facts": {r.get_attribute("data-fact"): r.find_element(By.TAG_NAME, "td").text for r in panel.find_elements(By.CSS_SELECTOR, "tr[data-fact]")},
        "quotes": [q.text for q in panel.find_elements(By.TAG_NAME, "blockquote")],
        "sources": [c.text for c in panel.find_elements(By.TAG_NAME, "cite")],
    }


def test_every_node_is_drawn_inside_the_canvas(page, seed_graph):
    drawn = page.execute_script(
        "var w = cy.width(), h = cy.height();"
        "return cy.nodes(':visible').filter(function (n) { var p = n.renderedPosition();"
        "  return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }).map(function (n) { return n.data('label'); });"
    )
    assert sorted(drawn) == sorted(a["label"] for _, a in seed_graph.nodes(data=True))
    assert page.execute_script("return cy.edges(':visible').length") == seed_graph.number_of_edges()
    legend = {li.get_attribute("data-legend") for li in page.find_elements("css selector", "#legend-kinds li")}
    assert legend == {"company", "person", "product", "platform"}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.save_screenshot(str(SCREENSHOTS / "export-seed-page.png"))


def test_search_finds_a_node_and_shows_its_evidence(page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    box = by_id(page, "search")
    box.clear()
    box.send_keys("sayare")
    WebDriverWait(page, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li[data-id]"))
    results = page.find_elements(By.CSS_SELECTOR, "#search-results li[data-id]")
    assert [r.get_attribute("data-id") for r in results] == ["person/mitchel-sayare"]
    results[0].click()
    shown = details(page)
    assert shown["title"] == "Mitchel Sayare"
    assert shown["quotes"] and all(" ".join(q.split()) in " ".join(SEED.read_text(errors="replace").split()) for q in shown["quotes"])
    assert page.execute_script("return cy.$(':selected').map(function (e) { return e.id(); })") == ["person/mitchel-sayare"]
    box.clear()
    box.send_keys("huC242")  # an alias finds the product
    WebDriverWait(page, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li[data-id='product/cantuzumab-mertansine']"))


def test_clicking_a_node_shows_its_facts_and_sources(page):
    click_element(page, "product/cantuzumab-mertansine")
    shown = details(page)
    assert shown["title"] == "cantuzumab mertansine"
    assert shown["facts"]["phase"] == "Phase1" and shown["facts"]["aliases"] == "huC242-DM1"
    assert any("cantuzumab mertansine" in q.lower() for q in shown["quotes"])
    assert all(SEED.name in s for s in shown["sources"])
    links = [a.text for a in page.find_elements("css selector", "#details ul.links a")]
    assert "\u2190 develops ImmunoGen, Inc." in links
    assert "uses platform \u2192 TAP technology" in links


def test_clicking_the_terminated_license_shows_its_dates_and_sentence(page):
    page.execute_script("cy.elements().unselect(); cy.fit(cy.getElementById(arguments[0]).connectedNodes(), 80);", TERMINATED)
    click_element(page, TERMINATED)
    shown = details(page)
    assert shown["title"] == "ImmunoGen, Inc. \u2192 SmithKline Beecham"
    assert (shown["facts"]["status"], shown["facts"]["terminated"], shown["facts"]["effective"]) == ("Terminated", "2003-01-24", "1999")
    assert any("regained all rights" in q for q in shown["quotes"])
    page.execute_script("cy.fit(cy.elements(':visible'), 30);")


def test_status_and_year_filters_hide_ended_licenses(page):
    def shown_licenses():
        # the style is recomputed on the next frame, as the person sees it: ask after one has been drawn
        return sorted(page.execute_async_script(
            "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { requestAnimationFrame(function () {"
            "  done(cy.edges('[relation = \"license\"]').filter(function (e) { return e.visible(); }).map(function (e) { return e.id(); }));"
            "}); });"
        ))

    assert len(shown_licenses()) == 6
    status = page.find_element("css selector", "#status-filters input[data-status='Terminated']")
    status.click()
    assert TERMINATED not in shown_licenses() and len(shown_licenses()) == 5
    status.click()
    by_id(page, "year-all").click()  # filter by year: the slider now counts

    def set_year(year):
        page.execute_script("var r = document.getElementById('year'); r.value = arguments[0]; r.dispatchEvent(new Event('input'));", year)
        return shown_licenses()

    assert TERMINATED in set_year(2002)  # granted 1999, terminated 2003-01-24
    assert by_id(page, "year-value").text == "2002"
    assert TERMINATED in set_year(2003)
    later = set_year(2004)
    assert TERMINATED not in later and len(later) == 5  # the others state no dates: they stay
    assert TERMINATED not in set_year(1998)
    by_id(page, "year-all").click()
    assert len(shown_licenses()) == 6


def test_page_data_matches_the_graph(page):
    data = json.loads(page.execute_script("return document.getElementById('graph-data').textContent"))
    assert {n["data"]["id"] for n in data["elements"]["nodes"]} >= {"org/immunogen", "platform/tap-technology"}
