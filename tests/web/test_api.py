import pytest

from khabar.text.normalize import normalize

EXAMPLE_COUNT = 6 + 3 + 1  # examples/*.txt, examples/articles.jsonl, the hostile article


def _assert_error(response, status: int, code: str) -> str:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert "Traceback" not in body["error"]["message"]
    return body["error"]["message"]


def test_health_counts_the_corpus(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["stats"]["documents"] == EXAMPLE_COUNT


@pytest.mark.parametrize("a,b", [("پاکستان", "پاكستان"), ("امریکا", "امریکہ"), ("۲۰۲۱", "2021"),
                                 ("پولیو", "پوليو")])
def test_search_folds_variants(client, a, b):
    ra = client.get("/api/search", params={"q": a}).json()
    rb = client.get("/api/search", params={"q": b}).json()
    assert ra["total"] > 0
    assert [r["id"] for r in ra["results"]] == [r["id"] for r in rb["results"]]


def test_search_snippets_point_at_the_query(client):
    body = client.get("/api/search", params={"q": "پولیو", "limit": 5}).json()
    assert body["total"] >= 1
    for result in body["results"]:
        snippet = result["snippet"]
        assert snippet["highlights"]
        for s, e in snippet["highlights"]:
            assert normalize(snippet["text"][s:e]).norm.startswith("پولیو")
        doc = client.get(f"/api/documents/{result['id']}").json()
        start = snippet["start"]
        assert doc["text"][start:start + len(snippet["text"])] == snippet["text"]


def test_search_pagination_and_filters(client):
    everything = client.get("/api/search", params={"q": "پاکستان", "limit": 50}).json()
    assert everything["total"] >= 3
    first = client.get("/api/search", params={"q": "پاکستان", "limit": 2}).json()
    second = client.get("/api/search", params={"q": "پاکستان", "limit": 2, "offset": 2}).json()
    ids = [r["id"] for r in everything["results"]]
    assert [r["id"] for r in first["results"]] == ids[:2]
    assert [r["id"] for r in second["results"]] == ids[2:4]
    dated = client.get("/api/search", params={"q": "پاکستان", "from": "2023-01-01", "to": "2023-12-31"}).json()
    assert dated["results"]
    assert all("2023-01-01" <= r["published"] <= "2023-12-31" for r in dated["results"])


@pytest.mark.parametrize("params,code", [
    ({"q": "پاکستان", "limit": 0}, "invalid_parameter"),
    ({"q": "پاکستان", "from": "کل"}, "invalid_parameter"),
    ({"q": ""}, "invalid_parameter"),
    ({"q": '"پاکستان'}, "bad_query"),
    ({"q": "پاکستان", "limit": "many"}, "invalid_parameter"),
])
def test_bad_search_requests_get_one_error_shape(client, params, code):
    _assert_error(client.get("/api/search", params=params), 400 if code != "invalid_parameter" or
                  params.get("limit") != "many" else 422, code)


def test_documents_round_trip_the_contract(client):
    hit = client.get("/api/search", params={"q": "پولیو"}).json()["results"][0]
    doc = client.get(f"/api/documents/{hit['id']}").json()
    assert doc["schema"] == "khabar.document/1"
    assert doc["id"] == hit["id"]
    for ent in doc["entities"]:
        assert doc["text"][ent["start"]:ent["end"]] == ent["text"]
    _assert_error(client.get("/api/documents/no-such-id"), 404, "not_found")


def test_entities_and_profiles(client):
    top = client.get("/api/entities", params={"top": 10}).json()["entities"]
    assert top
    assert top == sorted(top, key=lambda e: -e["mentions"])
    pakistan = next(e for e in top if e["entity_id"] == "Q843")
    assert pakistan["name_en"] == "Pakistan"
    profile = client.get(f"/api/entities/{pakistan['key']}").json()
    assert profile["entity"]["entity_id"] == "Q843"
    assert {v["text"] for v in profile["variants"]} & {"پاکستان", "پاكستان"}
    assert sum(p["mentions"] for p in profile["timeline"]) >= 1
    assert profile["cooccurring"]
    _assert_error(client.get("/api/entities/Q999999999"), 404, "not_found")
    gpe = client.get("/api/entities", params={"type": "GPE"}).json()["entities"]
    assert gpe and all(e["type"] == "GPE" for e in gpe)


def test_events_listing(client):
    events = client.get("/api/events", params={"limit": 100}).json()["events"]
    assert events
    for ev in events:
        assert ev["code"][:2] == ev["root"]
    code = events[0]["root"]
    filtered = client.get("/api/events", params={"code": code}).json()["events"]
    assert filtered and all(ev["code"].startswith(code) for ev in filtered)


def test_analyze_text_and_json(client):
    text = "پاکستان اور چین نے اسلام آباد میں ایک معاہدے پر دستخط کیے۔ وزیراعظم نے کہا کہ یہ تاریخی دن ہے۔"
    plain = client.post("/api/analyze", content=text.encode("utf-8"), headers={"content-type": "text/plain"})
    assert plain.status_code == 200
    doc = plain.json()
    assert doc["text"] == text
    assert [text[s["start"]:s["end"]] for s in doc["sentences"]] == [
        "پاکستان اور چین نے اسلام آباد میں ایک معاہدے پر دستخط کیے۔", "وزیراعظم نے کہا کہ یہ تاریخی دن ہے۔"]
    as_json = client.post("/api/analyze", json={"text": text, "published": "2022-01-05"}).json()
    assert as_json["meta"]["published"] == "2022-01-05"
    assert as_json["entities"] == doc["entities"]
    # nothing analysed here is stored
    assert client.get("/api/health").json()["stats"]["documents"] == EXAMPLE_COUNT


def test_analyze_limits_and_bad_bodies(client):
    _assert_error(client.post("/api/analyze", content=("خبر " * 20_000).encode("utf-8")), 413, "too_large")
    _assert_error(client.post("/api/analyze", content=b'{"text": ', headers={"content-type": "application/json"}),
                  400, "bad_json")
    _assert_error(client.post("/api/analyze", json={"title": "بغیر متن"}), 400, "bad_json")
    _assert_error(client.post("/api/analyze", content=b"\xff\xfe\x00garbage"), 400, "bad_encoding")
    _assert_error(client.post("/api/analyze", content=b"   "), 400, "empty_text")
    _assert_error(client.post("/api/analyze", json={"text": "خبر", "published": "کل"}), 400, "invalid_parameter")


def test_openapi_lists_every_route(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/search", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{key}", "/api/events",
            "/api/analyze", "/api/health"} <= paths


def test_unknown_routes(client):
    _assert_error(client.get("/api/nothing-here"), 404, "not_found")
    page = client.get("/nothing-here")
    assert page.status_code == 404
    assert 'dir="rtl"' in page.text
