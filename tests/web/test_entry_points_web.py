"""Entry-points audit (docs/robustness.md): the HTTP API and pages under hostile requests.

Each test names the defect it pins; the texts are our own Urdu sentences.
"""

from __future__ import annotations

import json

import pytest

SLASHED = {"id": "2021/12/mela", "title": "کتاب میلہ", "text": "لاہور میں کتاب میلہ شروع ہوا اور ہزاروں لوگ آئے۔"}


@pytest.fixture(scope="module")
def slashed_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from khabar.store import Store
    from khabar.web.app import create_app

    root = tmp_path_factory.mktemp("slashed")
    src = root / "a.jsonl"
    src.write_text(json.dumps(SLASHED, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(root / "k.db") as store:
        store.ingest([str(src)], workers=1)
    with TestClient(create_app(str(root / "k.db"))) as c:
        yield c


def test_a_document_whose_id_holds_a_slash_can_be_opened(slashed_client):
    # slash-id: ids from JSONL may hold "/", and /documents/{id} answered 404 for them, even for
    # the link the search page itself made (2021%2F12%2Fmela)
    found = slashed_client.get("/api/search", params={"q": "میلہ"}).json()
    assert [r["id"] for r in found["results"]] == ["2021/12/mela"]
    api = slashed_client.get("/api/documents/2021%2F12%2Fmela")
    assert (api.status_code, api.json()["id"]) == (200, "2021/12/mela")
    page = slashed_client.get("/documents/2021%2F12%2Fmela")
    assert page.status_code == 200 and "کتاب میلہ" in page.text
    assert slashed_client.get("/api/documents/2021%2F12").json()["error"]["code"] == "not_found"


def _post(client, body: bytes):
    return client.post("/api/analyze", content=body, headers={"content-type": "application/json"})


@pytest.mark.parametrize("body,message", [
    # deep-json, long-number-json: RecursionError and ValueError answered 500 internal_error
    (b"[" * 20_000 + b"]" * 20_000, "malformed JSON body: arrays or objects nested too deeply"),
    (b'{"text": "x", "n": ' + b"9" * 5_000 + b"}", "malformed JSON body: a number is too long (over 4,300 digits)"),
    (b'{"text": "x", "n": NaN}', "malformed JSON body: NaN is not a JSON value (use null or a number)"),
])
def test_json_bodies_python_cannot_read_are_bad_json(client, body, message):
    r = _post(client, body)
    assert (r.status_code, r.json()) == (400, {"error": {"code": "bad_json", "message": message}})


def test_published_is_checked_like_the_files(client):
    # published-number: a number answered 500; an ISO date-time, which JSONL files may carry, was refused
    text = "کراچی میں آج موسم خوشگوار رہا۔"
    r = _post(client, json.dumps({"text": text, "published": 20211220}).encode())
    assert (r.status_code, r.json()["error"]) == (
        400, {"code": "invalid_parameter", "message": "published 20211220 is not a date like 2021-12-20"})
    r = _post(client, json.dumps({"text": text, "published": "2021-12-20T08:30:00Z"}).encode())
    assert (r.status_code, r.json()["meta"]["published"]) == (200, "2021-12-20")


@pytest.mark.parametrize("url,status,code", [
    # query-nesting: 1,000 parentheses overflowed the parser's stack: 500
    ("/api/search?q=" + "(" * 1000 + "لاہور" + ")" * 1000, 400, "bad_query"),
    # overflow: an offset past SQLite's integers: 500
    ("/api/search?q=لاہور&offset=100000000000000000000", 400, "invalid_parameter"),
    ("/api/events?offset=9223372036854775808", 400, "invalid_parameter"),
    # error-codes: a bad events filter answered the undocumented code "bad_request"
    ("/api/events?code=abc", 400, "bad_query"),
    ("/api/events?from=2021-02-30", 400, "invalid_parameter"),
])
def test_bad_requests_get_documented_json_errors(client, url, status, code):
    r = client.get(url)
    assert r.status_code == status
    assert r.json()["error"]["code"] == code


def test_the_search_page_shows_a_nesting_error_instead_of_failing(client):
    r = client.get("/?q=" + "(" * 1000 + "لاہور" + ")" * 1000)
    assert r.status_code == 200 and "the query nests parentheses more than 32 deep" in r.text
