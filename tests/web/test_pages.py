import re

import pytest


def test_pages_are_rtl_urdu(client):
    for path in ("/", "/?q=پاکستان", "/entities", "/events", "/analyze"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert '<html lang="ur" dir="rtl">' in r.text
        assert "https://" not in re.sub(r'href="https://www\.wikidata\.org[^"]*"', "", r.text).split("<main>")[0]


def test_hostile_article_renders_inert(client, hostile):
    doc = client.get(f"/documents/{hostile['id']}")
    assert doc.status_code == 200
    html = doc.text
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    assert "<b onmouseover" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;سرخی" in html
    search = client.get("/", params={"q": "تقریب"}).text
    assert "<script>window.__pwned" not in search
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;سرخی" in search


def test_document_page_shows_entities_events_summary(client):
    hit = client.get("/api/search", params={"q": "ورچوئل ملاقات"}).json()["results"][0]
    doc = client.get(f"/api/documents/{hit['id']}").json()
    html = client.get(f"/documents/{hit['id']}").text
    linked = [e for e in doc["entities"] if e.get("entity_id")]
    assert linked
    for ent in linked[:5]:
        assert f'data-qid="{ent["entity_id"]}"' in html
        assert ent["name_en"] in html
    assert "خلاصہ" in html
    for ev in doc["events"]:
        assert ev["trigger"]["text"] in html


def test_entity_page_has_charts(client):
    key = client.get("/api/entities", params={"top": 1}).json()["entities"][0]["key"]
    html = client.get(f"/entities/{key}").text
    assert html.count("<svg") == 2
    assert 'class="bar"' in html


@pytest.mark.parametrize("text", ["<script>alert(1)</script> لاہور میں بارش ہوئی۔"])
def test_analyze_form_escapes(client, text):
    html = client.post("/analyze", data={"text": text, "published": ""}).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_khabar_local_id_is_shown_but_not_linked_to_wikidata(client):
    html = client.post("/analyze", data={"text": "قومی اسمبلی نے پاکستان کا بجٹ منظور کر لیا۔", "published": ""}).text
    assert "National Assembly of Pakistan" in html and "khabar:national-assembly-of-pakistan" in html
    assert "wikidata.org/wiki/khabar" not in html
    assert 'href="https://www.wikidata.org/wiki/Q843"' in html  # Pakistan keeps its Wikidata link
