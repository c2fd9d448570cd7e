"""``/api/...``: JSON routes. Each one is a thin call into ``views``."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from khabar import __version__
from khabar.web.errors import ApiError
from khabar.web.settings import Settings
from khabar.web.views import (
    analyze_view,
    document_view,
    entities_view,
    entity_view,
    events_view,
    parse_analyze_body,
    search_view,
)


async def read_limited_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"request body over the {limit} byte limit")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"request body over the {limit} byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


async def run_analysis(settings: Settings, text: str, published: str | None, title: str | None) -> dict:
    try:
        return await asyncio.wait_for(run_in_threadpool(analyze_view, text, published=published, title=title),
                                      timeout=settings.analyze_timeout)
    except TimeoutError as exc:
        raise ApiError(504, "timeout", f"analysis took longer than {settings.analyze_timeout:g} s") from exc


def build_api_router(settings: Settings) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["api"])

    @router.get("/health")
    def health() -> dict[str, Any]:
        with settings.store() as store:
            return {"status": "ok", "version": __version__, "stats": store.stats()}

    @router.get("/search")
    def search(q: str = "", entity: str | None = None, type: str | None = None,
               date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
               source: str | None = None, limit: int = 20, offset: int = 0) -> JSONResponse:
        with settings.store() as store:
            found = search_view(store, q=q, entity=entity, type=type, date_from=date_from, date_to=date_to,
                                source=source, limit=limit, offset=offset)
        # the dict is plain JSON already: skip FastAPI's recursive jsonable_encoder walk over it
        return JSONResponse(found)

    @router.get("/documents/{doc_id:path}")  # ids given in JSONL may hold a slash
    def document(doc_id: str) -> dict[str, Any]:
        with settings.store() as store:
            return document_view(store, doc_id)

    @router.get("/entities")
    def entities(type: str | None = None, top: int = 50) -> dict[str, Any]:
        with settings.store() as store:
            return entities_view(store, type=type, top=top)

    @router.get("/entities/{key:path}")
    def entity(key: str) -> dict[str, Any]:
        with settings.store() as store:
            return entity_view(store, key)

    @router.get("/events")
    def events(actor: str | None = None, code: str | None = None,
               date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
               limit: int = 50, offset: int = 0) -> dict[str, Any]:
        with settings.store() as store:
            return events_view(store, actor=actor, code=code, date_from=date_from, date_to=date_to,
                               limit=limit, offset=offset)

    @router.post("/analyze")
    async def analyze(request: Request) -> dict[str, Any]:
        """Analyse a text/plain body or a JSON body {"text", "published", "title"}; nothing is stored."""
        raw = await read_limited_body(request, settings.max_analyze_bytes)
        text, published, title = parse_analyze_body(raw, request.headers.get("content-type", ""))
        return await run_analysis(settings, text, published, title)

    return router
