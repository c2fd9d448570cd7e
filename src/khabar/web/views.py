"""The dicts behind every route: the API returns them as JSON, the pages render them as HTML."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from khabar.errors import InputError, QueryError
from khabar.io.readers import JSONLimitError, parse_json
from khabar.web.errors import ApiError

MAX_LIMIT = 200


def _check_date(value: str | None, name: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ApiError(400, "invalid_parameter", f"{name}={value!r} is not a date like 2021-12-20") from exc
    return value


def _check_page(limit: int, offset: int) -> None:
    from khabar.store.search import MAX_PAGE

    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, "invalid_parameter", f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_PAGE:
        raise ApiError(400, "invalid_parameter", f"offset must be between 0 and {MAX_PAGE:,}")


def search_view(store: Any, *, q: str, entity: str | None = None, type: str | None = None,
                date_from: str | None = None, date_to: str | None = None, source: str | None = None,
                limit: int = 20, offset: int = 0) -> dict[str, Any]:
    _check_page(limit, offset)
    date_from = _check_date(date_from, "from")
    date_to = _check_date(date_to, "to")
    if not q.strip() and not entity:
        raise ApiError(400, "invalid_parameter", "give a query (q) or an entity to search for")
    try:
        result = store.search(q, entity=entity or None, type=type or None, date_from=date_from,
                              date_to=date_to, source=source or None, limit=limit, offset=offset)
    except QueryError as exc:
        raise ApiError(400, "bad_query", str(exc)) from exc
    result = dict(result)
    result.update({"limit": limit, "offset": offset,
                   "filters": {"entity": entity, "type": type, "from": date_from, "to": date_to,
                               "source": source}})
    return result


def document_view(store: Any, doc_id: str) -> dict[str, Any]:
    doc = store.document(doc_id)
    if doc is None:
        raise ApiError(404, "not_found", f"no document with id {doc_id!r}")
    return doc


def entities_view(store: Any, *, type: str | None = None, top: int = 50) -> dict[str, Any]:
    if not 1 <= top <= 1000:
        raise ApiError(400, "invalid_parameter", "top must be between 1 and 1000")
    return {"type": type, "top": top, "entities": store.entities(type=type or None, top=top)}


def entity_view(store: Any, key: str) -> dict[str, Any]:
    profile = store.entity(key)
    if profile is None:
        raise ApiError(404, "not_found", f"no entity {key!r} in this corpus")
    return profile


def events_view(store: Any, *, actor: str | None = None, code: str | None = None,
                date_from: str | None = None, date_to: str | None = None, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    _check_page(limit, offset)
    date_from = _check_date(date_from, "from")
    date_to = _check_date(date_to, "to")
    events = store.events(actor=actor or None, code=code or None, date_from=date_from, date_to=date_to,
                          limit=limit, offset=offset)
    return {"events": events, "limit": limit, "offset": offset,
            "filters": {"actor": actor, "code": code, "from": date_from, "to": date_to}}


def analyze_view(text: str, *, published: str | None = None, title: str | None = None) -> dict[str, Any]:
    from khabar.document import check_published
    from khabar.pipeline import analyze

    if not text.strip():
        raise ApiError(400, "empty_text", "there is no text to analyse")
    try:  # the rule files and JSONL records follow: a date or an ISO date-time; anything else is 400
        published = check_published(published)
    except InputError as exc:
        raise ApiError(400, "invalid_parameter", exc.message) from exc
    return analyze(text, published=published, title=title or None).to_dict()


def parse_analyze_body(raw: bytes, content_type: str) -> tuple[str, str | None, str | None]:
    """(text, published, title) from a text/plain or JSON body."""
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "bad_encoding", "body is not UTF-8 text") from exc
    if "json" in content_type or body.lstrip().startswith("{"):
        try:
            data = parse_json(body)
        except json.JSONDecodeError as exc:
            if "json" in content_type:
                where = "" if isinstance(exc, JSONLimitError) else f" (line {exc.lineno})"
                raise ApiError(400, "bad_json", f"malformed JSON body: {exc.msg}{where}") from exc
            return body, None, None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise ApiError(400, "bad_json", 'JSON body needs a "text" string field')
        return data["text"], data.get("published"), data.get("title")
    return body, None, None
