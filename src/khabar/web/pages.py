"""HTML pages: each renders the dict of its ``/api`` twin through a Jinja2 template (autoescaped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from khabar import __version__
from khabar.web import charts
from khabar.web.api import run_analysis
from khabar.web.errors import ApiError
from khabar.web.settings import Settings
from khabar.web.views import document_view, entities_view, entity_view, events_view, search_view

TEMPLATES = Path(__file__).parent / "templates"

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW", "WORK_OF_ART")
TYPE_LABELS = {
    "PERSON": "شخصیت", "ORG": "ادارہ", "GPE": "ملک/شہر", "LOC": "مقام", "NORP": "قومیت/گروہ",
    "EVENT": "واقعہ", "FAC": "عمارت", "PRODUCT": "مصنوعات", "LAW": "قانون", "WORK_OF_ART": "فن پارہ",
    "DATE": "تاریخ", "TIME": "وقت", "MONEY": "رقم", "PERCENT": "فیصد", "QUANTITY": "مقدار",
    "ORDINAL": "ترتیبی عدد", "CARDINAL": "عدد",
}


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(version=__version__, type_labels=TYPE_LABELS, entity_types=ENTITY_TYPES,
                       entity_key=entity_key, segments=highlight_segments, snippet_parts=snippet_parts,
                       sentence_text=sentence_text, value_label=value_label)
    env.filters["path"] = lambda s: quote(str(s), safe="")
    env.filters["http_url"] = http_url
    return env


def render(name: str, request: Request, **context: Any) -> str:
    return ENV.get_template(name).render(request=request, path=request.url.path, **context)


def render_error_page(request: Request, status: int, message: str) -> str:
    return render("error.html", request, status=status, message=message)


def entity_key(ent: dict[str, Any]) -> str:
    """The store's entity key: the QID when linked, else ``ur:`` + the normalized name."""
    if ent.get("entity_id"):
        return ent["entity_id"]
    from khabar.text.normalize import normalize

    return "ur:" + " ".join(normalize(ent.get("text") or ent.get("name") or "").norm.split())


def http_url(url: object) -> str | None:
    """``url`` when it is an http(s) address; anything else (``javascript:``, ``data:``) is not linked."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def value_label(ent: dict[str, Any]) -> str:
    value = ent.get("value")
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int | float) and abs(value) >= 1000:
        value = f"{value:,}"
    unit = ent.get("unit") or ""
    return f"{value} {unit}".strip()


def highlight_segments(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut into plain runs and entity runs (non-overlapping, in order)."""
    out: list[dict[str, Any]] = []
    pos = 0
    for ent in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        if ent["start"] < pos:
            continue
        if ent["start"] > pos:
            out.append({"text": text[pos:ent["start"]], "entity": None})
        out.append({"text": text[ent["start"]:ent["end"]], "entity": ent})
        pos = ent["end"]
    if pos < len(text):
        out.append({"text": text[pos:], "entity": None})
    return out


def snippet_parts(snippet: dict[str, Any] | None) -> list[tuple[str, bool]]:
    if not snippet:
        return []
    text = snippet.get("text", "")
    parts: list[tuple[str, bool]] = []
    pos = 0
    for s, e in sorted(snippet.get("highlights", [])):
        if s < pos:
            continue
        parts.append((text[pos:s], False))
        parts.append((text[s:e], True))
        pos = e
    parts.append((text[pos:], False))
    return [p for p in parts if p[0]]


def sentence_text(doc: dict[str, Any], i: int) -> str:
    sents = doc.get("sentences", [])
    if not 0 <= i < len(sents):
        return ""
    return doc["text"][sents[i]["start"]:sents[i]["end"]]


ENV = _env()


def build_page_router(settings: Settings) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", entity: str = "", type: str = "",
                    date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
                    source: str = "", offset: int = 0) -> str:
        result = None
        error = None
        with settings.store() as store:
            stats = store.stats()
            if q.strip() or entity.strip():
                try:
                    result = search_view(store, q=q, entity=entity or None, type=type or None,
                                         date_from=date_from or None, date_to=date_to or None,
                                         source=source or None, limit=20, offset=offset)
                except ApiError as exc:
                    if exc.status != 400:
                        raise
                    error = exc.message
        form = {"q": q, "entity": entity, "type": type, "from": date_from, "to": date_to, "source": source}
        return render("search.html", request, result=result, form=form, error=error, stats=stats)

    @router.get("/documents/{doc_id:path}", response_class=HTMLResponse)  # ids may hold a slash
    def document_page(request: Request, doc_id: str) -> str:
        with settings.store() as store:
            doc = document_view(store, doc_id)
        return render("document.html", request, doc=doc, stored=True)

    @router.get("/entities", response_class=HTMLResponse)
    def entities_page(request: Request, type: str = "", top: int = 100) -> str:
        with settings.store() as store:
            data = entities_view(store, type=type or None, top=top)
        return render("entities.html", request, data=data, type=type)

    @router.get("/entities/{key:path}", response_class=HTMLResponse)
    def entity_page(request: Request, key: str) -> str:
        with settings.store() as store:
            profile = entity_view(store, key)
        timeline = charts.timeline_bars(profile.get("timeline", []))
        network = charts.network(profile["entity"], profile.get("cooccurring", [])[:12])
        return render("entity.html", request, profile=profile, timeline=timeline, network=network)

    @router.get("/events", response_class=HTMLResponse)
    def events_page(request: Request, actor: str = "", code: str = "",
                    date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
                    offset: int = 0) -> str:
        with settings.store() as store:
            data = events_view(store, actor=actor or None, code=code or None, date_from=date_from or None,
                               date_to=date_to or None, limit=50, offset=offset)
        form = {"actor": actor, "code": code, "from": date_from, "to": date_to}
        return render("events.html", request, data=data, form=form)

    @router.get("/analyze", response_class=HTMLResponse)
    def analyze_form(request: Request) -> str:
        return render("analyze.html", request, doc=None, form={"text": "", "published": ""})

    @router.post("/analyze", response_class=HTMLResponse)
    async def analyze_page(request: Request, text: str = Form(""), published: str = Form("")) -> str:
        if len(text.encode("utf-8")) > settings.max_analyze_bytes:
            raise ApiError(413, "too_large", f"text over the {settings.max_analyze_bytes} byte limit")
        doc = await run_analysis(settings, text, published or None, None)
        return render("analyze.html", request, doc=doc, form={"text": text, "published": published})

    return router
