"""Linking tagged mentions to KB entries, on our own Urdu sentences."""

from __future__ import annotations

import pytest

from khabar.document import Document, Entity
from khabar.entities.kb import load_kb
from khabar.entities.link import link_entities, mention_words, strip_affixes
from khabar.text.normalize import normalize


def _entities(text: str, spans: list[tuple[str, str]]) -> list[Entity]:
    """Entities for ``(surface, type)`` pairs, each found after the previous one."""
    out, at = [], 0
    for surface, type_ in spans:
        start = text.index(surface, at)
        out.append(Entity(start, start + len(surface), surface, type_))
        at = start + len(surface)
    return out


def _link(text: str, spans: list[tuple[str, str]]) -> list[tuple]:
    linked = link_entities(Document(text=text), _entities(text, spans))
    return [(e.text, e.type, e.entity_id, e.name_en, e.name_rom, e.confidence) for e in linked]


def test_titles_nationalities_and_partial_names() -> None:
    text = ("روسی صدر ولادی میر پیوٹن نے چینی صدر شی جن پنگ سے ملاقات کی۔ "
            "پیوٹن نے کہا کہ شی اور امریکا کے درمیان بات چیت ہوگی۔")
    spans = [("روسی", "NORP"), ("صدر ولادی میر پیوٹن", "PERSON"), ("چینی", "NORP"),
             ("شی جن پنگ", "PERSON"), ("پیوٹن", "PERSON"), ("شی", "PERSON"), ("امریکا کے", "LOC")]
    assert _link(text, spans) == [
        ("روسی", "NORP", "Q49542", "Russians", None, 0.95),
        ("صدر ولادی میر پیوٹن", "PERSON", "Q7747", "Vladimir Putin", None, 0.9),
        ("چینی", "NORP", "Q148", "Chinese", None, 0.95),
        ("شی جن پنگ", "PERSON", "Q15031", "Xi Jinping", None, 0.95),
        ("پیوٹن", "PERSON", "Q7747", "Vladimir Putin", None, 0.95),
        ("شی", "PERSON", "Q15031", "Xi Jinping", None, 0.855),
        # a trailing postposition is dropped; the KB's GPE replaces the tagger's LOC
        ("امریکا کے", "GPE", "Q30", "United States", None, 0.85),
    ]


def test_unlinked_person_gets_romanization_shared_by_later_partial_mention() -> None:
    text = "وزیر اعلیٰ زبیر قادری نے لاہور میں کہا کہ قادری کل کراچی جائیں گے۔"
    spans = [("وزیر اعلیٰ زبیر قادری", "PERSON"), ("لاہور", "GPE"), ("قادری", "PERSON"), ("کراچی", "GPE")]
    assert _link(text, spans) == [
        ("وزیر اعلیٰ زبیر قادری", "PERSON", None, None, "Zubair Qadri", None),
        ("لاہور", "GPE", "Q11739", "Lahore", None, 0.95),
        ("قادری", "PERSON", None, None, "Zubair Qadri", None),
        ("کراچی", "GPE", "Q8660", "Karachi", None, 0.95),
    ]


def test_a_name_written_with_other_spaces_is_the_same_person() -> None:
    # Our own sentence: the compound first name written joined, then spaced, then alone.
    text = ("اداکار شمس الدین ملکانی نے نئی فلم سائن کر لی۔ شمس الدین ملکانی کے مطابق "
            "شمسالدین اگلے ماہ لاہور آئیں گے جبکہ شمس الدین نے کہا کہ فلم اچھی ہے۔")
    spans = [("اداکار شمس الدین ملکانی", "PERSON"), ("شمس الدین ملکانی", "PERSON"), ("شمسالدین", "PERSON"),
             ("لاہور", "GPE"), ("شمس الدین", "PERSON")]
    linked = _link(text, spans)
    names = {row[4] for row in linked if row[1] == "PERSON"}
    assert len(names) == 1 and None not in names


def test_a_profession_before_a_name_and_sir_after_it_are_not_the_name() -> None:
    text = "سپراسٹار رجنی کانت نے کہا کہ وہ خوش ہیں۔ ان کے مداح کہتے ہیں کہ رجنی سر سب سے بڑے اسٹار ہیں۔"
    linked = _link(text, [("سپراسٹار رجنی کانت", "PERSON"), ("رجنی سر", "PERSON")])
    assert linked[0][4] == linked[1][4]
    assert "Sup" not in linked[0][4] and "Sar" not in linked[1][4]


def test_short_name_is_not_tied_to_an_unrelated_earlier_person() -> None:
    text = "عمران خان نے کہا کہ ولادی میر پیوٹن سے بات ہوگی۔"
    spans = [("عمران خان", "PERSON"), ("ولادی میر پیوٹن", "PERSON")]
    assert _link(text, spans) == [
        ("عمران خان", "PERSON", "Q155164", "Imran Khan", None, 0.95),
        ("ولادی میر پیوٹن", "PERSON", "Q7747", "Vladimir Putin", None, 0.95),
    ]


@pytest.mark.parametrize(("text", "surface", "qid"), [
    # Arabic-keyboard letters (ي ك) and the other common spelling
    ("وفد امريكا پہنچ گیا۔", "امريكا", "Q30"),
    ("وفد امریکہ پہنچ گیا۔", "امریکہ", "Q30"),
    ("وہ پاکستان میں رہتا ہے۔", "پاکستان میں", "Q843"),
    # oblique ending undone: مدینے → مدینہ
    ("قافلہ مدینے پہنچا۔", "مدینے", "Q35484"),
    # a bare Afghan name is the city; the province needs صوبہ
    ("وفد ہرات پہنچا۔", "ہرات", "Q45313"),
    ("وفد صوبہ ہرات پہنچا۔", "صوبہ ہرات", "Q182844"),
])
def test_spelling_variants_and_endings(text: str, surface: str, qid: str) -> None:
    (linked,) = link_entities(Document(text=text), _entities(text, [(surface, "GPE")]))
    assert (linked.entity_id, linked.type) == (qid, "GPE")


@pytest.mark.parametrize(("context", "expected"), [
    # پنجاب is both the Pakistani province and the Indian state: the other names decide
    ("لاہور اور ملتان میں بارش کے بعد پنجاب میں سیلاب آیا۔", "Q4478"),
    ("امرتسر اور لدھیانہ میں بارش کے بعد پنجاب میں سیلاب آیا۔", "Q22424"),
])
def test_ambiguous_name_resolved_by_document_countries(context: str, expected: str) -> None:
    cities = context.split(" اور ")[0], context.split(" اور ")[1].split(" میں")[0]
    spans = [(cities[0], "GPE"), (cities[1], "GPE"), ("پنجاب", "GPE")]
    linked = link_entities(Document(text=context), _entities(context, spans))
    assert linked[2].entity_id == expected
    assert linked[2].confidence == round(0.95 * 0.85, 3)


def test_ambiguous_name_without_context_takes_most_prominent_entry_with_low_confidence() -> None:
    text = "پنجاب میں سیلاب آیا۔"
    (linked,) = link_entities(Document(text=text), _entities(text, [("پنجاب", "GPE")]))
    assert (linked.entity_id, linked.confidence) == ("Q4478", round(0.95 * 0.7, 3))


def test_values_and_unknown_words_pass_through() -> None:
    text = "یہ بات 5 جون کو فلاں نے کہی۔"
    date = Entity(7, 13, "5 جون", "DATE", value="2024-06-05")
    org = Entity(text.index("فلاں"), text.index("فلاں") + 4, "فلاں", "ORG")
    date_out, org_out = link_entities(Document(text=text), [date, org])
    assert date_out == date
    assert (org_out.entity_id, org_out.name_rom) == (None, "Falan")


def test_people_link_to_their_own_item_and_name_their_country() -> None:
    text = "ازبک اور ازبکستانی تاجر آئے۔"
    ents = _entities(text, [("ازبک", "NORP"), ("ازبکستانی", "NORP")])
    people, adjective = link_entities(Document(text=text), ents)
    assert (people.entity_id, people.name_en) == ("Q483047", "Uzbeks")
    assert (adjective.entity_id, adjective.name_en) == ("Q265", "Uzbek")
    assert load_kb().get(people.entity_id).country == "Q265"


def test_link_keeps_input_order_and_length() -> None:
    text = "کراچی اور لاہور"
    ents = _entities(text, [("کراچی", "GPE"), ("لاہور", "GPE")])
    linked = link_entities(Document(text=text), list(reversed(ents)))
    assert [e.entity_id for e in linked] == ["Q11739", "Q8660"]
    assert link_entities(Document(text=""), []) == []


@pytest.mark.parametrize(("mention", "core"), [
    ("وزیراعظم عمران خان", "عمران خان"),
    ("وزیر اعظم عمران خان صاحب", "عمران خان"),
    ("روسی صدر پیوٹن", "پیوٹن"),
    ("جناب ڈاکٹر عارف علوی", "عارف علوی"),
    ("چیف جسٹس", "چیف جسٹس"),          # a bare title is left alone
    ("صوبائی دارالحکومت پشاور", "پشاور"),  # place descriptors count as titles
])
def test_strip_affixes(mention: str, core: str) -> None:
    assert " ".join(strip_affixes(mention_words(mention), load_kb())) == normalize(core).norm


def test_titles_file_spellings_are_normalized() -> None:
    from importlib import resources
    text = resources.files("khabar").joinpath("data", "kb", "titles.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["urdu", "kind"]
    for urdu, kind in rows[1:]:
        assert kind in {"title", "after", "case"}
        assert normalize(urdu).norm == urdu


def test_an_alias_in_brackets_after_a_linked_name_is_the_same_entity_and_so_are_its_later_mentions():
    from khabar.pipeline import analyze
    doc = analyze("عالمی ادارہ صحت (WHO) نے ویکسین کی منظوری دی۔ بعد ازاں WHO نے رپورٹ جاری کی۔")
    orgs = [(e.text, e.entity_id) for e in doc.entities if e.type == "ORG"]
    assert orgs == [("عالمی ادارہ صحت", "Q7817"), ("WHO", "Q7817"), ("WHO", "Q7817")]


def test_a_bracketed_name_far_from_a_linked_one_is_not_its_alias():
    from khabar.pipeline import analyze
    doc = analyze("عالمی ادارہ صحت کے مطابق ایک نئی تنظیم (GAVI) بھی مدد کرے گی۔")
    assert [e.entity_id for e in doc.entities if e.text == "GAVI"] in ([], [None])


def _bracketed(text: str, place: str, inside: str, type_: str) -> list[Entity]:
    p, q = text.index(place), text.index(inside)
    return [Entity(p, p + len(place), place, type_, entity_id="Q1362", name_en="Islamabad"),
            Entity(q, q + len(inside), inside, "GPE")]


def test_the_credit_in_brackets_after_a_dateline_place_is_not_the_place():
    from khabar.entities.link import _link_bracketed_aliases
    for text in ("اسلام آباد (نیوز ڈیسک) ماہرین نے نئی دوا دریافت کر لی۔",
                 "خبر کی سرخی\n  اسلام آباد(ڈیلی نیوز) ماہرین نے نئی دوا دریافت کر لی۔"):
        inside = "نیوز ڈیسک" if "نیوز ڈیسک" in text else "ڈیلی نیوز"
        linked = _link_bracketed_aliases(text, _bracketed(text, "اسلام آباد", inside, "GPE"), [0, 1])
        assert linked[1].entity_id is None, text


def test_a_place_inside_a_line_still_lends_its_link_to_the_bracket_after_it():
    from khabar.entities.link import _link_bracketed_aliases
    text = "وفاقی دارالحکومت اسلام آباد (دارالخلافہ) میں بارش ہوئی۔"
    linked = _link_bracketed_aliases(text, _bracketed(text, "اسلام آباد", "دارالخلافہ", "GPE"), [0, 1])
    assert linked[1].entity_id == "Q1362"
