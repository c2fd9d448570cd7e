"""The ordered stages of analysis. Each stage is a function ``Document -> Document``.

Read the loop in :func:`analyze` as the whole of the pipeline: read → normalize → segment → tag →
link → extract → digest. Each stage names what it needs and what it fills in.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from khabar.digest.keywords import extract_keywords
from khabar.digest.summary import summarize
from khabar.digest.tone import score_tone
from khabar.document import Document, Entity, Meta, check_published, check_text, document_id
from khabar.entities.link import link_entities
from khabar.entities.tagger import tag_entities
from khabar.entities.values import extract_values
from khabar.events.extract import extract_events
from khabar.events.quotes import extract_quotes
from khabar.text.normalize import normalize
from khabar.text.sentences import split_sentences
from khabar.text.tokens import tokenize


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: Callable[[Document], Document]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


def _normalize(doc: Document) -> Document:
    doc.norm = normalize(doc.text)
    if not doc.id:
        doc.id = document_id(doc.norm.norm)
    return doc


def _sentences(doc: Document) -> Document:
    doc.sentences = split_sentences(doc.text, norm=doc.norm)
    return doc


def _tokens(doc: Document) -> Document:
    doc.tokens = tokenize(doc.text, doc.sentences, norm=doc.norm)
    return doc


def _entities(doc: Document) -> Document:
    names = link_entities(doc, tag_entities(doc))
    doc.entities = merge_entities(names, extract_values(doc))
    return doc


def _events(doc: Document) -> Document:
    doc.events = extract_events(doc)
    return doc


def _quotes(doc: Document) -> Document:
    doc.quotes = extract_quotes(doc)
    return doc


def _digest(doc: Document) -> Document:
    doc.keywords = extract_keywords(doc)
    doc.summary = summarize(doc)
    doc.tone = score_tone(doc)
    return doc


STAGES: tuple[Stage, ...] = (
    Stage("normalize", _normalize, ("text",), ("norm", "id")),
    Stage("sentences", _sentences, ("text",), ("sentences",)),
    Stage("tokens", _tokens, ("text", "sentences"), ("tokens",)),
    Stage("entities", _entities, ("sentences", "tokens", "meta"), ("entities",)),
    Stage("events", _events, ("entities",), ("events",)),
    Stage("quotes", _quotes, ("entities",), ("quotes",)),
    Stage("digest", _digest, ("tokens", "entities"), ("keywords", "summary", "tone")),
)


def merge_entities(names: list[Entity], values: list[Entity]) -> list[Entity]:
    """One list in text order with no overlaps: on overlap the longer span wins, names on a tie."""
    ranked = sorted(names + values, key=lambda e: (-(e.end - e.start), e.is_value, e.start))
    # kept spans never overlap, so sorted by start their ends are sorted too: one bisect per candidate
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Entity] = []
    for ent in ranked:
        i = bisect_right(starts, ent.start)
        if i and ends[i - 1] > ent.start:
            continue
        if i < len(starts) and starts[i] < ent.end:
            continue
        starts.insert(i, ent.start)
        ends.insert(i, ent.end)
        kept.append(ent)
    return sorted(kept, key=lambda e: (e.start, e.end))


#: set once an analysis has run every stage, and so has loaded the models and tables of all of them
_loaded = False
#: set by ``own_process``: the first analysis ends by freezing what it loaded instead of a full collection
_freeze_loaded = False


def own_process() -> None:
    """Say that khabar owns this interpreter (the ``khabar`` command, not a host program that imports
    it). The first analysis then ends with ``gc.freeze()``, which moves everything alive (the loaded
    tables, about a million objects) out of the collector's reach at no cost, instead of a full
    collection that walks them once more (0.07–0.15 s of a cold start of about 0.85 s). In a host
    program freezing would also pin the host's own objects, so a library import keeps the collection."""
    global _freeze_loaded
    _freeze_loaded = True


@contextmanager
def _loading(all_stages: bool) -> Iterator[None]:
    """Pauses the cycle collector during the first analysis of every stage in the process, which loads
    the models and tables: about a million objects that live as long as the process and form no
    reference cycles (a collection right after frees some 600). While they are built, the collector
    would walk them again and again and free nothing: about 0.12 s, a fifth of the cold start.
    Every later analysis runs with the collector as the host has it."""
    global _loaded
    if _loaded or not all_stages or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
        _loaded = True
    finally:
        gc.enable()
        # the next young collection would walk all of them anyway, and the first documents after would
        # pay a second walk as they age: one full collection now leaves them in the oldest generation
        # (or, where khabar owns the process, freezing leaves them where no collection walks them)
        if _freeze_loaded:
            gc.freeze()
        else:
            gc.collect()


def analyze(text: str, *, published: str | None = None, title: str | None = None,
            url: str | None = None, source: str | None = None, id: str | None = None,
            meta: Meta | None = None, stages: tuple[str, ...] | None = None,
            tokens: bool = False) -> Document:
    """Analyse one article. ``stages`` limits the run to the named stages (and keeps their order);
    ``tokens`` makes ``to_dict()`` include the tokens. Raises ``InputError`` for text that is not a
    string of valid Unicode or a publication date that is not a real ``YYYY-MM-DD`` date."""
    check_text(text)
    if meta is None:
        meta = Meta(title=title, url=url, published=published, source=source)
    meta.published = check_published(meta.published)
    doc = Document(text=text, id=id or "", meta=meta, include_tokens=tokens)
    with _loading(stages is None):
        for stage in STAGES:
            if stages is None or stage.name in stages:
                doc = stage.run(doc)
    return doc
