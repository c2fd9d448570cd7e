"""Stores built from our own Urdu sentences, with entities placed by searching the text."""

from __future__ import annotations

import pytest

from khabar.document import Actor, Document, Entity, Event, Meta, Quote, Sentence, Trigger
from khabar.store import Store


def ent(text: str, surface: str, type_: str, qid: str | None = None, name_en: str | None = None, *,
        nth: int = 0, **value: object) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(start, start + len(surface), surface, type_, entity_id=qid, name_en=name_en, **value)


def make_doc(text: str, doc_id: str, *, published: str | None = None, source: str | None = None,
             title: str | None = None, url: str | None = None, entities: list[Entity] | None = None,
             events: list[Event] | None = None, quotes: list[Quote] | None = None) -> Document:
    return Document(text=text, id=doc_id, meta=Meta(title=title, url=url, published=published, source=source),
                    sentences=[Sentence(0, len(text))], entities=entities or [], events=events or [],
                    quotes=quotes or [])


T1 = "وزیر اعظم شہباز شریف نے ۱۵ دسمبر ۲۰۲۱ کو امریکہ کا دورہ کیا اور صدر جو بائیڈن سے ملاقات کی۔"
T2 = "امریکا اور چین کے درمیان تجارتی مذاکرات بیجنگ میں ہوئے۔ چینی وزیر تجارت نے کہا کہ بات چیت مفید رہی۔"
T3 = "کراچی میں شدید بارش سے نظامِ زندگی مفلوج ہو گیا، شہر کے کئی علاقوں میں 2021 کے بعد سب سے زیادہ پانی کھڑا رہا۔"
T4 = "پاکِستان کرکٹ ٹیم نے لاہور میں کھیلے گئے میچ میں بھارت کو آٹھ وکٹوں سے شکست دے دی۔"


def corpus_docs() -> list[Document]:
    meet = Event(0, Trigger(T1.index("ملاقات کی"), T1.index("ملاقات کی") + 9, "ملاقات کی"), "040", "04",
                 "Consult", 1, goldstein=1.0, actor1=Actor("شہباز شریف", "Q7456", "Shehbaz Sharif"),
                 actor2=Actor("جو بائیڈن", "Q6279", "Joe Biden"), date="2021-12-15")
    talks = Event(0, Trigger(T2.index("مذاکرات"), T2.index("مذاکرات") + 7, "مذاکرات"), "043", "04", "Consult", 1,
                  actor1=Actor("امریکا", "Q30", "United States"), actor2=Actor("چین", "Q148", "China"))
    quote_start = T2.index("بات چیت مفید رہی")
    return [
        make_doc(T1, "d1", published="2021-12-15", source="khabar-test", title="شہباز شریف کا دورہ امریکہ",
                 url="https://example.org/d1", events=[meet],
                 entities=[ent(T1, "شہباز شریف", "PERSON", "Q7456", "Shehbaz Sharif"),
                           ent(T1, "۱۵ دسمبر ۲۰۲۱", "DATE", value="2021-12-15", precision="day"),
                           ent(T1, "امریکہ", "GPE", "Q30", "United States"),
                           ent(T1, "جو بائیڈن", "PERSON", "Q6279", "Joe Biden")]),
        make_doc(T2, "d2", published="2022-01-10", source="khabar-test", events=[talks],
                 quotes=[Quote(quote_start, quote_start + 16, "بات چیت مفید رہی",
                               Actor("چینی وزیر تجارت"), "reported")],
                 entities=[ent(T2, "امریکا", "GPE", "Q30", "United States"),
                           ent(T2, "چین", "GPE", "Q148", "China"),
                           ent(T2, "بیجنگ", "GPE", "Q956", "Beijing")]),
        make_doc(T3, "d3", published="2022-01-20", source="other-paper",
                 entities=[ent(T3, "کراچی", "GPE", "Q8660", "Karachi"),
                           ent(T3, "2021", "DATE", value="2021", precision="year")]),
        make_doc(T4, "d4", published="2021-11-02", source="other-paper",
                 entities=[ent(T4, "پاکِستان", "GPE", "Q843", "Pakistan"), ent(T4, "لاہور", "GPE"),
                           ent(T4, "بھارت", "GPE", "Q668", "India"),
                           ent(T4, "آٹھ", "CARDINAL", value=8)]),
    ]


@pytest.fixture
def fresh_db():
    with Store(":memory:") as store:
        yield store


@pytest.fixture
def corpus(fresh_db):
    fresh_db.add_documents(corpus_docs())
    return fresh_db
