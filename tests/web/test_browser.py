"""Playwright drives Debian's chromium against a live `khabar serve` on 127.0.0.1."""

import pytest

pytestmark = pytest.mark.browser


def test_search_then_open_a_document_and_hover_an_entity(live_server, page, shot):
    page.goto(live_server + "/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    page.fill("#q", "ورچوئل ملاقات")
    page.press("#q", "Enter")
    page.wait_for_selector("article.result")
    assert page.locator("article.result mark.hit").count() >= 1
    shot(page, "search")
    page.locator("article.result h2 a").first.click()
    page.wait_for_selector("section.text")
    linked = page.locator("mark.ent[data-qid]").first
    linked.hover()
    tip = linked.locator(".tip")
    assert tip.is_visible()
    assert tip.locator(".name-en").inner_text().strip()
    tip_box = tip.bounding_box()
    assert tip_box["x"] >= 0 and tip_box["x"] + tip_box["width"] <= page.viewport_size["width"]
    box = page.locator("section.text").bounding_box()
    first_word = page.locator("section.text mark.ent").first.bounding_box()
    assert first_word["x"] + first_word["width"] <= box["x"] + box["width"]
    shot(page, "document-hover")


def test_entity_page_and_network(live_server, page, shot):
    page.goto(live_server + "/entities")
    page.locator("table.list a").first.click()
    page.wait_for_selector("svg.chart")
    assert page.locator("svg.chart").count() == 2
    assert page.locator("svg .bar").count() >= 1
    shot(page, "entity")


def test_analyze_page(live_server, page, shot):
    page.goto(live_server + "/analyze")
    page.fill("#analyze-text", "پاکستان اور چین نے 15 دسمبر 2021ء کو اسلام آباد میں تجارتی معاہدے پر دستخط کیے۔")
    page.click("#analyze-submit")
    page.wait_for_selector("section.text")
    assert page.locator("section.text mark.ent").count() >= 2
    shot(page, "analyze")


def test_phone_width_has_no_horizontal_scroll(live_server, browser, shot):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    pg.goto(live_server + "/?q=پاکستان")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 392
    shot(pg, "search-phone")
    context.close()


def test_hostile_document_runs_no_script(live_server, page, shot):
    page.goto(live_server + "/documents/hostile-1")
    page.wait_for_selector("section.text")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>" in page.locator("h1").inner_text()
