"""The Document and its stand-off spans; ``to_dict``/``from_dict`` are the contract JSON.

Every span is a pair of Python ``str`` indexes into ``Document.text``, the input exactly as given.
The normalized view (``Document.norm``) is derived data and is never serialized.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from khabar.text.normalize import Normalized

SCHEMA = "khabar.document/1"

NAME_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}
)
VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})


@dataclass(slots=True)
class Sentence:
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    norm: str
    sentence: int = 0
    #: True when this token is one part of a run-together word split by space repair
    #: (``کیلئے`` → ``کے`` + ``لیے``); its offsets then split the original span.
    joined: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "norm": self.norm, "sentence": self.sentence}


@dataclass(slots=True)
class Entity:
    """A named entity (PERSON, GPE, ...) or a value (DATE, MONEY, ...)."""

    start: int
    end: int
    text: str
    type: str
    sentence: int = 0
    entity_id: str | None = None
    name_en: str | None = None
    name_rom: str | None = None
    confidence: float | None = None
    value: Any = None
    unit: str | None = None
    precision: str | None = None

    @property
    def is_value(self) -> bool:
        return self.type in VALUE_TYPES

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "type": self.type, "sentence": self.sentence}
        if self.is_value:
            out["value"] = self.value
            if self.unit is not None:
                out["unit"] = self.unit
            if self.precision is not None:
                out["precision"] = self.precision
        else:
            out["entity_id"] = self.entity_id
            out["name_en"] = self.name_en
            if self.name_rom is not None:
                out["name_rom"] = self.name_rom
            out["confidence"] = self.confidence
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(**{k: d.get(k) for k in _ENTITY_FIELDS if k in d})


_ENTITY_FIELDS = ("start", "end", "text", "type", "sentence", "entity_id", "name_en", "name_rom",
                  "confidence", "value", "unit", "precision")


@dataclass(slots=True)
class Actor:
    """An event participant or a quote's speaker: a mention, linked where possible."""

    text: str
    entity_id: str | None = None
    name_en: str | None = None
    start: int | None = None
    end: int | None = None
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "entity_id": self.entity_id, "name_en": self.name_en}
        if self.start is not None:
            out["start"] = self.start
            out["end"] = self.end
        if self.type is not None:
            out["type"] = self.type
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Actor | None:
        if d is None:
            return None
        return cls(text=d["text"], entity_id=d.get("entity_id"), name_en=d.get("name_en"),
                   start=d.get("start"), end=d.get("end"), type=d.get("type"))


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Event:
    sentence: int
    trigger: Trigger
    code: str
    root: str
    label: str
    quad_class: int
    goldstein: float | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    date: str | None = None
    location: Actor | None = None
    negated: bool = False
    plover_type: str | None = None
    plover_mode: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "trigger": self.trigger.to_dict(),
            "code": self.code,
            "root": self.root,
            "label": self.label,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(sentence=d["sentence"], trigger=Trigger(**d["trigger"]), code=d["code"],
                   root=d["root"], label=d["label"], quad_class=d["quad_class"],
                   goldstein=d.get("goldstein"), actor1=Actor.from_dict(d.get("actor1")),
                   actor2=Actor.from_dict(d.get("actor2")), date=d.get("date"),
                   location=Actor.from_dict(d.get("location")), negated=d.get("negated", False),
                   plover_type=d.get("plover_type"), plover_mode=d.get("plover_mode"))


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: Actor | None = None
    #: "direct" (inside quote marks) or "reported" (X نے کہا کہ ...)
    kind: str = "direct"
    sentence: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "kind": self.kind, "sentence": self.sentence}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(start=d["start"], end=d["end"], text=d["text"],
                   speaker=Actor.from_dict(d.get("speaker")), kind=d.get("kind", "direct"),
                   sentence=d.get("sentence", 0))


@dataclass(slots=True)
class Keyword:
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "score": self.score}


@dataclass(slots=True)
class Tone:
    score: float
    positive: float
    negative: float

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "positive": self.positive, "negative": self.negative}


@dataclass(slots=True)
class Meta:
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    #: unknown input fields, kept as given
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title, "url": self.url, "published": self.published,
                               "source": self.source}
        out.update({k: v for k, v in self.extra.items() if k not in out})
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Meta:
        d = dict(d or {})
        known = {k: d.pop(k, None) for k in ("title", "url", "published", "source")}
        return cls(**known, extra=d)


@dataclass
class Document:
    text: str
    id: str = ""
    meta: Meta = field(default_factory=Meta)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    keywords: list[Keyword] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)
    tone: Tone | None = None
    #: the normalized view of ``text`` with its offset map; derived, never serialized
    norm: Normalized | None = field(default=None, repr=False, compare=False)
    #: whether ``to_dict()`` includes tokens when not told (``analyze(..., tokens=True)``)
    include_tokens: bool = field(default=False, repr=False, compare=False)

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one before it if between sentences)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best

    def to_dict(self, *, tokens: bool | None = None) -> dict[str, Any]:
        if tokens is None:
            tokens = self.include_tokens
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "meta": self.meta.to_dict(),
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
        }
        if tokens:
            out["tokens"] = [t.to_dict() for t in self.tokens]
        out["entities"] = [e.to_dict() for e in self.entities]
        out["events"] = [e.to_dict() for e in self.events]
        out["quotes"] = [q.to_dict() for q in self.quotes]
        out["keywords"] = [k.to_dict() for k in self.keywords]
        out["summary"] = list(self.summary)
        out["tone"] = self.tone.to_dict() if self.tone else None
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        tone = d.get("tone")
        return cls(
            text=d["text"],
            id=d.get("id", ""),
            meta=Meta.from_dict(d.get("meta")),
            sentences=[Sentence(s["start"], s["end"]) for s in d.get("sentences", [])],
            tokens=[Token(t["start"], t["end"], t["norm"], t.get("sentence", 0))
                    for t in d.get("tokens", []) or []],
            entities=[Entity.from_dict(e) for e in d.get("entities", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            keywords=[Keyword(k["text"], k["score"]) for k in d.get("keywords", [])],
            summary=list(d.get("summary", [])),
            tone=Tone(**tone) if tone else None,
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: object, *, path: str | None = None, line: int | None = None) -> str:
    """``text`` when it is a str that can be stored and served; InputError otherwise."""
    from khabar.errors import InputError

    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}", path=path, line=line)
    bad = _SURROGATE.search(text)
    if bad:
        raise InputError(f"text holds a lone surrogate (U+{ord(bad.group()):04X}) at offset {bad.start()}; "
                         "it is not valid Unicode text", path=path, line=line)
    return text


def check_published(value: object, *, path: str | None = None, line: int | None = None) -> str | None:
    """A publication date as ``YYYY-MM-DD`` (an ISO date-time keeps its date); InputError otherwise."""
    from khabar.errors import InputError

    if value is None or value == "":
        return None
    if isinstance(value, str):
        v = value.strip()
        try:
            if len(v) == 10:
                return dt.date.fromisoformat(v).isoformat()
            return dt.datetime.fromisoformat(v.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
    raise InputError(f"published {value!r} is not a date like 2021-12-20", path=path, line=line)


def document_id(norm_text: str) -> str:
    """Stable id: a hash of the normalized text (whitespace-collapsed), so trivial variants agree."""
    collapsed = " ".join(norm_text.split())
    return hashlib.sha1(collapsed.encode("utf-8")).hexdigest()[:16]
