"""The document contract (``khabar.document/1``) holds on our examples and on messy Urdu input.

:func:`contract_problems` is the one checker of the contract's invariants; ``scripts/check_corpus.py``
and ``tests/test_robustness.py`` load it from here, so the corpus run, the property tests and these
tests all judge a document by the same rules. It applies the rules of the shared
``check_document.py`` plus the ones the pipeline promises on top of them (see ``docs/robustness.md``).
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import traceback
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import khabar

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT",
                          "WORK_OF_ART", "LAW"})
VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
NUMERIC_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
#: ``week`` is an extension of CONTRACT.md documented in docs/values.md
PRECISIONS = frozenset({"day", "week", "month", "year", "decade", "century"})
#: CAMEO root → quad class, as CONTRACT.md defines it
QUAD = {f"{r:02d}": 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4 for r in range(1, 21)}
#: ISO 8601 shapes for DATE values: 2021-12-15, 2013, 2021-11, XXXX-12-15, 2021/2025 (CONTRACT.md), and
#: the documented extensions (docs/values.md): weeks 2021-W51 and XXXX-WXX-1, decades 202, centuries 20
_ONE_DATE = r"(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-\d)?|XXXX-WXX-\d|\d{2,3}"
_DATE_VALUE = re.compile(rf"(?:{_ONE_DATE})(?:/(?:{_ONE_DATE}))?")
#: A Wikidata QID, or the khabar-local id of a known entity whose QID is not verified yet (docs/kb.md):
#: CONTRACT.md asks for the QID "where one exists" and is silent on a QID nobody could check offline.
_QID = re.compile(r"Q[1-9]\d*|khabar:[a-z0-9]+(?:-[a-z0-9]+)*")


class Problem(NamedTuple):
    kind: str  # a short class name, for counting ("sentence-order", "entity-text", ...)
    where: str  # "sentences[3]", "entities[0]", ...
    detail: str


#: Format characters that are visible: Arabic number signs and other prepended concatenation marks.
_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2")


def is_blank(ch: str) -> bool:
    """Whitespace and invisible format controls (ZWNJ, ZWJ, BOM, LRM/RLM): no sentence has to hold them."""
    return ch.isspace() or (unicodedata.category(ch) == "Cf" and ch not in _VISIBLE_FORMAT)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_date(value: Any) -> bool:
    """``meta.published`` is null or an ISO date, as ``--published YYYY-MM-DD`` takes it."""
    if value is None:
        return True
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _finite(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def _span_ok(obj: dict[str, Any], n: int) -> bool:
    s, e = obj.get("start"), obj.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n


def _inside(obj: dict[str, Any], sents: list[dict[str, Any]], i: Any) -> bool:
    if not isinstance(i, int) or not 0 <= i < len(sents):
        return False
    return sents[i]["start"] <= obj["start"] and obj["end"] <= sents[i]["end"]


def contract_problems(doc: dict[str, Any], text: str | None = None) -> list[Problem]:
    """Every way ``doc`` (``Document.to_dict(tokens=True)``) breaks the contract; ``[]`` if none.

    ``text`` is the input as given to ``analyze``; the document must carry it unchanged.
    """
    out: list[Problem] = []

    def bad(kind: str, where: str, detail: str) -> None:
        out.append(Problem(kind, where, detail))

    if doc.get("schema") != "khabar.document/1":
        bad("schema", "schema", repr(doc.get("schema")))
    if not isinstance(doc.get("id"), str) or not doc["id"]:
        bad("id", "id", f"id is {doc.get('id')!r}")
    body = doc.get("text")
    if not isinstance(body, str):
        bad("text", "text", "no text")
        return out
    if text is not None and body != text:
        bad("text", "text", "document text differs from the input")
    try:
        json.dumps(doc, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        bad("json", "doc", f"not strict JSON: {exc}")
    n = len(body)
    published = (doc.get("meta") or {}).get("published")
    if not _is_date(published):
        bad("meta-published", "meta.published", f"{published!r} is not an ISO date (YYYY-MM-DD)")

    sents = doc.get("sentences")
    if not isinstance(sents, list):
        bad("sentence-span", "sentences", "no sentences list")
        sents = []
    good_sents: list[dict[str, Any]] = []
    prev_end = 0
    covered = bytearray(n)
    for i, s in enumerate(sents):
        where = f"sentences[{i}]"
        if not _span_ok(s, n):
            bad("sentence-span", where, f"offsets {s.get('start')!r}..{s.get('end')!r}, text length {n}")
            continue
        a, b = s["start"], s["end"]
        if a >= b:
            bad("sentence-empty", where, f"empty span {a}..{b}")
        elif is_blank(body[a]) or is_blank(body[b - 1]):
            bad("sentence-edge", where, f"span {a}..{b} starts or ends with a blank {body[a:b]!r:.80}")
        if a < prev_end:
            bad("sentence-order", where, f"starts at {a}, before the previous sentence ends at {prev_end}")
        prev_end = max(prev_end, b)
        covered[a:b] = b"\x01" * (b - a)
        good_sents.append(s)
    missed = [i for i in range(n) if not covered[i] and not is_blank(body[i])]
    if missed and len(good_sents) == len(sents):
        i = missed[0]
        bad("sentence-coverage", "sentences",
            f"{len(missed)} non-blank character(s) outside every sentence, first {body[i]!r} "
            f"(U+{ord(body[i]):04X}) at {i}: {body[max(0, i - 20):i + 20]!r}")
    sents = good_sents if len(good_sents) == len(sents) else []

    _check_tokens(doc.get("tokens") or [], body, sents, bad)
    tokens = doc.get("tokens") or []
    edges = {t.get("start") for t in tokens} | {t.get("end") for t in tokens}
    _check_entities(doc.get("entities"), body, sents, published, bad)
    for i, e in enumerate(doc.get("entities") or []):
        if _span_ok(e, n) and e["start"] < e["end"]:
            for at in (e["start"], e["end"]):
                if at not in edges and _splits_word(body, at):
                    bad("entity-edge", f"entities[{i}]",
                        f"{e.get('text')!r} at {e['start']}..{e['end']} cuts the word or number around {at}: "
                        f"{body[max(0, at - 8):at]!r} | {body[at:at + 8]!r}")
    _check_events(doc.get("events"), body, sents, bad)
    _check_quotes(doc.get("quotes"), body, sents, bad)

    summary = doc.get("summary")
    if not isinstance(summary, list):
        bad("summary", "summary", f"not a list: {summary!r}")
    else:
        for i in summary:
            if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(sents):
                bad("summary", "summary", f"bad sentence index {i!r} ({len(sents)} sentences)")
        if len(set(summary)) != len(summary):
            bad("summary", "summary", f"repeated index in {summary}")

    keywords = doc.get("keywords")
    for i, k in enumerate(keywords if isinstance(keywords, list) else []):
        if not isinstance(k.get("text"), str) or not k["text"].strip():
            bad("keyword", f"keywords[{i}]", f"empty keyword {k.get('text')!r}")
        if not _finite(k.get("score")):
            bad("keyword", f"keywords[{i}]", f"score {k.get('score')!r}")

    tone = doc.get("tone")
    if not isinstance(tone, dict):
        bad("tone", "tone", f"tone is {tone!r}")
    else:
        for key in ("score", "positive", "negative"):
            if not _finite(tone.get(key)):
                bad("tone", f"tone.{key}", f"not a finite number: {tone.get(key)!r}")
        for key in ("positive", "negative"):
            if _finite(tone.get(key)) and not 0 <= tone[key] <= 1:
                bad("tone", f"tone.{key}", f"share {tone[key]!r} outside [0, 1]")
    return out


_DECIMAL_POINT = frozenset(".٫")


def _in_word(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) == "Mn"


def _splits_word(body: str, at: int) -> bool:
    """True when offset ``at`` falls inside a word (letters or marks on both sides) or right after
    a decimal point (``12.|5``). Token edges are exempt: space repair may split a written word."""
    if not 0 < at < len(body):
        return False
    base = at - 1
    while base > 0 and unicodedata.category(body[base]) == "Mn":
        base -= 1  # a mark belongs to the character it sits on
    before, after = body[at - 1], body[at]
    if body[base].isalpha() and _in_word(after):
        return True
    return before in _DECIMAL_POINT and at >= 2 and body[at - 2].isdigit() and after.isdigit()


def _ordered_spans(items: list[dict[str, Any]], field: str, kind: str, body: str, bad):
    """``(where, item)`` for each item with a non-empty span in range; reports bad and unordered spans."""
    prev_end = 0
    for i, item in enumerate(items):
        where = f"{field}[{i}]"
        if not _span_ok(item, len(body)) or item["start"] == item["end"]:
            bad(f"{kind}-span", where, f"offsets {item.get('start')!r}..{item.get('end')!r}")
            continue
        if is_blank(body[item["start"]]) or is_blank(body[item["end"] - 1]):
            bad(f"{kind}-span", where, f"{body[item['start']:item['end']]!r} starts or ends with a blank")
        if item["start"] < prev_end:
            bad(f"{kind}-order", where, f"{body[item['start']:item['end']]!r} at {item['start']} starts "
                                        f"before the previous {kind} ends at {prev_end}")
        prev_end = max(prev_end, item["end"])
        yield where, item


def _check_tokens(tokens: list[dict[str, Any]], body: str, sents: list[dict[str, Any]], bad) -> None:
    for where, t in _ordered_spans(tokens, "tokens", "token", body, bad):
        if not isinstance(t.get("norm"), str) or not t["norm"]:
            bad("token-norm", where, f"norm {t.get('norm')!r} for {body[t['start']:t['end']]!r}")
        if sents and not _inside(t, sents, t.get("sentence")):
            bad("token-sentence", where,
                f"{body[t['start']:t['end']]!r} at {t['start']}..{t['end']} is not inside "
                f"sentence {t.get('sentence')!r}")


def _check_entities(ents: Any, body: str, sents: list[dict[str, Any]], published: Any, bad) -> None:
    if not isinstance(ents, list):
        bad("entity-span", "entities", "no entities list")
        return
    for where, e in _ordered_spans(ents, "entities", "entity", body, bad):
        if e.get("text") != body[e["start"]:e["end"]]:
            bad("entity-text", where, f"text {e.get('text')!r} != text[{e['start']}:{e['end']}] "
                                      f"{body[e['start']:e['end']]!r}")
        typ = e.get("type")
        if typ not in ENTITY_TYPES | VALUE_TYPES:
            bad("entity-type", where, f"unknown type {typ!r}")
        if sents and not _inside(e, sents, e.get("sentence")):
            bad("entity-sentence", where, f"{e.get('text')!r} is not inside sentence {e.get('sentence')!r}")
        if typ in VALUE_TYPES:
            _check_value(e, where, published, bad)
        elif typ in ENTITY_TYPES:
            if "entity_id" not in e or "name_en" not in e:
                bad("entity-link", where, f"{typ} without entity_id/name_en keys")
            elif e["entity_id"] is not None and not (isinstance(e["entity_id"], str)
                                                     and _QID.fullmatch(e["entity_id"])):
                bad("entity-link", where, f"entity_id {e['entity_id']!r} is neither a Wikidata QID, a khabar-local id nor null")
            conf = e.get("confidence")
            if conf is not None and not (_finite(conf) and 0 <= conf <= 1):
                bad("entity-link", where, f"confidence {conf!r}")


_FULL_DAY = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(?:\d{4}|XXXX)-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(\d))?")


def _real_dates(value: str) -> bool:
    """Each end of a DATE value names a day, month or week that exists (no 2021-02-29, no 2021-W53)."""
    for part in value.split("/"):
        try:
            if m := _FULL_DAY.fullmatch(part):
                date(2000 if m[1] == "XXXX" else int(m[1]), int(m[2]), int(m[3]))  # 2000: a leap year
            elif m := _WEEK.fullmatch(part):
                date.fromisocalendar(int(m[1]), int(m[2]), int(m[3] or 1))
            elif (m := _MONTH.fullmatch(part)) and not 1 <= int(m[1]) <= 12:
                return False
        except ValueError:
            return False
    return True


def _check_value(e: dict[str, Any], where: str, published: Any, bad) -> None:
    typ, value = e["type"], e.get("value")
    if "value" not in e:
        bad("value-missing", where, f"{typ} {e.get('text')!r} without value")
        return
    if value is None:
        # docs/values.md: a relative date has no value without a publication date to count from
        if typ != "DATE" or published is not None:
            bad("value-missing", where, f"{typ} {e.get('text')!r} has value None")
        return
    if typ == "MONEY" and not e.get("unit"):
        bad("value-unit", where, f"MONEY {e.get('text')!r} without unit")
    if typ in NUMERIC_TYPES and not _finite(value):
        bad("value-number", where, f"{typ} {e.get('text')!r} value {value!r} is not a finite number")
    if typ == "DATE":
        if not isinstance(value, str) or not _DATE_VALUE.fullmatch(value) or not _real_dates(value):
            bad("value-date", where, f"DATE {e.get('text')!r} value {value!r} is not ISO 8601")
        if e.get("precision") not in PRECISIONS:
            bad("value-date", where, f"DATE {e.get('text')!r} precision {e.get('precision')!r}")


def _check_events(events: Any, body: str, sents: list[dict[str, Any]], bad) -> None:
    for i, ev in enumerate(events if isinstance(events, list) else []):
        where = f"events[{i}]"
        code, root = str(ev.get("code", "")), str(ev.get("root", ""))
        if not (code.isdigit() and root in QUAD and code.startswith(root)):
            bad("event-code", where, f"code {code!r} / root {root!r} not CAMEO-shaped")
        elif ev.get("quad_class") != QUAD[root]:
            bad("event-code", where, f"quad_class {ev.get('quad_class')!r} for root {root}")
        trig = ev.get("trigger")
        if not isinstance(trig, dict) or not _span_ok(trig, len(body)) or trig["start"] == trig["end"]:
            bad("event-trigger", where, f"trigger {trig!r}")
        else:
            if trig.get("text") != body[trig["start"]:trig["end"]]:
                bad("event-trigger", where, f"trigger text {trig.get('text')!r} != "
                                            f"{body[trig['start']:trig['end']]!r}")
            if sents and not _inside(trig, sents, ev.get("sentence")):
                bad("event-sentence", where, f"trigger {trig.get('text')!r} not inside sentence "
                                             f"{ev.get('sentence')!r}")
        when = ev.get("date")
        if when is not None and not (isinstance(when, str) and _DATE_VALUE.fullmatch(when)):
            bad("event-date", where, f"date {when!r} is not ISO 8601")
        goldstein = ev.get("goldstein")
        if goldstein is not None and not (_finite(goldstein) and -10 <= goldstein <= 10):
            bad("event-code", where, f"goldstein {goldstein!r} outside [-10, 10]")
        if not isinstance(ev.get("negated"), bool):
            bad("event-code", where, f"negated {ev.get('negated')!r} is not a bool")
        for role in ("actor1", "actor2", "location"):
            actor = ev.get(role)
            if actor is not None:
                _check_actor(actor, body, f"{where}.{role}", "event-actor", bad)


def _check_actor(actor: dict[str, Any], body: str, where: str, kind: str, bad) -> None:
    if not isinstance(actor.get("text"), str) or not actor["text"].strip():
        bad(kind, where, f"actor text {actor.get('text')!r}")
    if "start" in actor:
        if not _span_ok(actor, len(body)):
            bad(kind, where, f"offsets {actor.get('start')!r}..{actor.get('end')!r}")
        elif actor["text"] != body[actor["start"]:actor["end"]]:
            bad(kind, where, f"text {actor['text']!r} != {body[actor['start']:actor['end']]!r}")


def _check_quotes(quotes: Any, body: str, sents: list[dict[str, Any]], bad) -> None:
    for i, q in enumerate(quotes if isinstance(quotes, list) else []):
        where = f"quotes[{i}]"
        if not _span_ok(q, len(body)) or q["start"] == q["end"]:
            bad("quote-span", where, f"offsets {q.get('start')!r}..{q.get('end')!r}")
            continue
        if is_blank(body[q["start"]]) or is_blank(body[q["end"] - 1]):
            bad("quote-span", where, f"{body[q['start']:q['end']]!r:.60} starts or ends with a blank")
        if q.get("text") != body[q["start"]:q["end"]]:
            bad("quote-text", where, f"text {q.get('text')!r:.60} != text[{q['start']}:{q['end']}]")
        i = q.get("sentence", 0)
        if not (isinstance(i, int) and 0 <= i < max(len(sents), 1)):
            bad("quote-sentence", where, f"bad sentence index {i!r}")
        if q.get("speaker") is not None:
            _check_actor(q["speaker"], body, f"{where}.speaker", "quote-speaker", bad)


def crash_problem(exc: BaseException) -> Problem:
    """A crash as a problem, naming the innermost frame so the reader knows whose module it is."""
    frames = traceback.extract_tb(exc.__traceback__)
    at = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return Problem("crash", "analyze", f"{type(exc).__name__}: {exc}{at}")


def analyze_problems(text: str, *, published: str | None = None) -> list[Problem]:
    """Analyse ``text`` and check the result; a crash is a problem too."""
    try:
        doc = khabar.analyze(text, published=published).to_dict(tokens=True)
    except Exception as exc:  # noqa: BLE001 - any exception is the finding
        return [crash_problem(exc)]
    return contract_problems(doc, text)


# --- the tests ---------------------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _example_texts() -> list[tuple[str, str]]:
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.txt"))]
    for p in sorted(EXAMPLES.glob("*.jsonl")):
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f"{p.name}:{n}", json.loads(line)["text"]))
    return out


@pytest.mark.parametrize("published", [None, "2021-12-20"])
@pytest.mark.parametrize(("name", "text"), _example_texts(), ids=lambda v: v if len(v) < 40 else "")
def test_examples_keep_the_contract(name: str, text: str, published: str | None) -> None:
    assert analyze_problems(text, published=published) == []


def _example_records() -> list[dict[str, Any]]:
    return [json.loads(line) for p in sorted(EXAMPLES.glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("rec", _example_records(), ids=lambda r: str(r.get("id", "")))
def test_example_records_with_their_dates_keep_the_contract(rec: dict[str, Any]) -> None:
    doc = khabar.analyze(rec["text"], published=rec.get("published"), title=rec.get("title"),
                         url=rec.get("url"), source=rec.get("source"))
    assert doc.meta.published == rec.get("published")
    assert contract_problems(doc.to_dict(tokens=True), rec["text"]) == []


#: Our own messy Urdu: every way real news text arrives dirty. (id, text)
MESSY = [
    ("arabic-keyboard", "پاكستان كي حكومت نے ايك نيا قانون منظور كيا ہے۔ يه فيصله اہم ہے۔"),
    ("arabic-heh-teh-marbuta", "وزارة خارجه نے كها كه مذاكرات جاري رہيں گے۔"),
    ("presentation-forms", "ﻻہور میں ﷲ کے نام سے تقریب ہوئی۔ ﮨم نے ﯾہ دیکھا۔"),
    ("presentation-only", "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ"),
    # regression, bug "orphan-marks-uncovered" (text/sentences.py, fixed): lone marks were in no sentence
    ("diacritics", "وَزِیرِ اعظم نے کَہا کہ مُلک میں اَمن ہے۔ اِنشاءَ اللّٰہ سب ٹھیک ہوگا۔ فَوراً، عَمداً، مُّلک ْ ٌ ٍ"),
    ("tatweel", "پاکـــستان اور چـین نے معاہـدے پر دسـتخط کیے۔"),
    ("zwnj-zwj-bom", "\ufeffوزیر\u200cاعظم نے\u200d کہا کہ\u00a0اجلاس\u00a0کل ہوگا۔\ufeff"),
    ("bom-only", "\ufeff"),
    ("nbsp-between-sentences", "اجلاس ختم ہوا۔\u00a0\u00a0اگلا اجلاس پیر کو ہوگا۔"),
    ("urdu-digits", "۲۰۲۱ میں ۱۵ دسمبر کو ۱۰۰ بلین ڈالر کا معاہدہ ہوا۔ شرح ۱۲٫۵ فیصد رہی۔"),
    ("arabic-indic-digits", "٢٠٢١ میں ٣٥ فیصد اضافہ ہوا۔"),
    ("era-mark-glued", "یہ منصوبہ 2013ء میں شروع ہوا اور 2019 ء میں مکمل ہوا۔"),
    ("era-mark-alone", "ء"),
    ("double-single-quotes", "انہوں نے کہا کہ ''ہم امن چاہتے ہیں''۔ پھر کہا: ’’جنگ کوئی حل نہیں‘‘۔"),
    ("reversed-curly-quotes", "وزیر نے کہا ‘‘ہم مذاکرات کے لیے تیار ہیں اور رہیں گے’’۔"),
    ("english-curly-quotes", "ترجمان نے کہا “یہ فیصلہ واپس نہیں ہوگا” اور \"ہم قائم رہیں گے\"۔"),
    ("unbalanced-quotes", "اس نے کہا ''ہم نہیں جائیں گے۔ کل پھر بات ہوگی ’’ اور ‘‘ ختم۔"),
    ("latin-words", "Prime Minister Imran Khan نے IMF کے ساتھ talks کیں۔ U.S. اور U.K. بھی شامل تھے۔"),
    ("url-email", "مزید معلومات کے لیے https://www.example.org/ur/news?id=12&x=1. دیکھیں یا info@example.org پر لکھیں۔"),
    ("hashtag-mention", "#پاکستان_زندہ_باد ٹرینڈ کر رہا ہے اور @khabar_news نے بھی ٹویٹ کیا۔ #Budget2021"),
    ("emoji", "میچ جیت لیا 🎉🇵🇰 شاندار کارکردگی 👏🏽👏🏽 ❤️"),
    ("long-no-terminator", " ".join(["حکومت نے اعلان کیا کہ ملک میں ترقیاتی کام جاری رہیں گے اور"] * 120)),
    ("long-letter-run", "پاکستان" * 300),
    ("only-punctuation", "۔۔۔ ؟! ، ؛ ... !!! ?? \"\" '' ’’ ‘‘ () [] - — –"),
    ("only-urdu-full-stops", "۔۔۔۔۔۔۔۔"),
    ("only-digits", "1234567890 ۱۲۳۴۵۶۷۸۹۰ ٠١٢٣٤٥٦٧٨٩"),
    ("single-letter", "ب"),
    ("single-digit", "۵"),
    ("single-space", " "),
    ("empty", ""),
    ("only-space-lines", "   \n \t \n\n      \n"),
    ("windows-line-endings", "سرخی: بجٹ پیش\r\n\r\nوزیر خزانہ نے بجٹ پیش کیا۔\r\nاپوزیشن نے احتجاج کیا۔\r\n"),
    ("old-mac-line-endings", "پہلی سطر\rدوسری سطر\rتیسری سطر۔"),
    ("entirely-english", "The Prime Minister met the IMF delegation on 15 December 2021. Talks will continue."),
    ("bidi-marks", "\u200fوزیر اعظم\u200f نے \u200eIMF\u200e کے وفد سے ملاقات کی۔\u200e"),
    ("bidi-embedding", "\u202bکراچی میں بارش\u202c اور \u2067لاہور\u2069 میں دھوپ رہی۔"),
    # regression, bug "orphan-marks-uncovered" (fixed): a mark before the first letter, or a text of
    # marks only, was left outside every sentence
    ("combining-mark-first", "\u064eوزیر نے کہا۔"),
    ("combining-marks-only", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"),
    ("hamza-marks", "ہ\u0654 ی\u0654 و\u0654 ا\u0653 فائدہ\u0654 اس کا ہے۔"),
    ("yeh-barree-inside", "مےں نے اےک کتاب پڑھی۔"),
    ("mixed-separators", "شرح نمو ۳٫۵٪ رہی اور ۱٬۰۰۰ ارب روپے کا بجٹ منظور ہوا۔"),
    ("dashes-as-stops", "اجلاس ملتوی کر دیا گیا ہے - اگلا اجلاس پیر کو ہوگا — حکام"),
    ("list-numbers", "1۔ پہلی بات\n2۔ دوسری بات\n3. تیسری بات"),
    ("dateline", "اسلام آباد (نمائندہ خصوصی) وزیر اعظم شہباز شریف نے 5 جنوری 2023 کو کابینہ کا اجلاس طلب کیا۔"),
    ("money-words", "حکومت کو ڈیڑھ ارب روپے، ڈھائی لاکھ ڈالر اور 3.5 ملین یورو ملے۔"),
    ("control-chars", "خبر\x0bایک\x0cدو\x1cتین\x85چار\u2028پانچ\u2029چھ۔"),
    ("surrogate-free-astral", "𝐈𝐌𝐅 نے 𝟏𝟎𝟎 ملین ڈالر دیے۔"),
    ("punct-glued", "کراچی،لاہور؛اسلام آباد۔پشاور؟کوئٹہ!"),
    ("hostile-html", "<script>alert('x')</script> وزیر نے کہا کہ <b>اجلاس</b> & \"کل\" ہوگا۔"),
    ("nested-brackets", "(اے پی پی [رپورٹ {تفصیل}]) وزیر (نے (کہا)) ۔"),
    ("number-sign", "\u0600۱۲۳ اور \u06dd۵ آیات پڑھی گئیں۔"),
    # regression, bug "ligature-token-overlap" (text/tokens.py, fixed): a ligature that spells several
    # words gave several tokens on one character, overlapping the word glued before it
    ("ligature-salutation", "نبیﷺ کی سیرت پر کانفرنس ہوئی۔ ﷺ"),
    ("ligature-jalla", "اللہﷻ کا شکر ہے کہ بارش ہوئی۔"),
    # regression, bug "url-swallows-urdu" (text/tokens.py, fixed): a URL token ran on over ۔ and the
    # Urdu word glued after it, across the sentence end that split_sentences finds there
    ("url-glued-full-stop", "تفصیل https://example.org/news۔اگلی خبر کل آئے گی۔"),
    # regression, bug "value-across-lines" (entities/values.py, fixed in c3f94e5): a DATE or PERCENT
    # runs across a line break, which split_sentences always takes as a sentence end
    ("value-across-lines", "اجلاس 15\nدسمبر کو ہوا۔ شرح 12\n% رہی۔"),
    # regression, bug "date-inside-word" (entities/value_relative.py, fixed in c3f94e5): 'اس' + month is
    # matched inside اجلاس/پاس, and a day is read from the last digit of a decimal: DATE 'اس اکتوبر',
    # '5 دسمبر'
    ("date-inside-word", "بورڈ کا اجلاس اکتوبر میں ہوگا۔ ان کے پاس ستمبر 2009 تک وقت تھا۔"),
    ("date-inside-decimal", "نئی شرح 12.5 دسمبر سے لاگو ہوگی۔"),
    # regression, bug "empty-actor2" (events, fixed in e901829): an appeal headline gets an actor2 with
    # empty text and end < start
    ("appeal-headline", "کسانوں کی حکومت سے رحم دلی کی اپیل"),
    # regression, bug "quote-edge-invisible" (events/quotes.py, fixed in 720697c): a bidi mark or ZWNJ
    # just inside the quote marks stays in the quote's span; sentences, tokens and entities trim them
    ("quote-edge-bidi", "ترجمان نے کہا کہ ’’\u200fہم مذاکرات کے لیے ہر وقت تیار ہیں \u200e‘‘۔"),
    # regression, bug "day-only-date" (entities/value_relative.py, fixed in c3f94e5): a bare day of month
    # gets 'XXXX-XX-18', a shape neither CONTRACT.md nor docs/values.md lists
    ("day-of-month", "اجلاس 18 تاریخ کو ہوگا۔"),
]


@pytest.mark.parametrize(("name", "text"), MESSY, ids=[m[0] for m in MESSY])
def test_messy_text_keeps_the_contract(name: str, text: str) -> None:
    assert analyze_problems(text) == []


@pytest.mark.parametrize(("name", "text"), MESSY, ids=[m[0] for m in MESSY])
def test_analysis_is_deterministic_and_round_trips(name: str, text: str) -> None:
    doc = khabar.analyze(text).to_dict(tokens=True)
    assert khabar.analyze(text).to_dict(tokens=True) == doc
    again = khabar.Document.from_dict(json.loads(json.dumps(doc, ensure_ascii=False)))
    assert again.to_dict(tokens=True) == doc


@pytest.mark.parametrize(("text", "published"), [
    ("وزیر اعظم نے 15 دسمبر کو چین کا دورہ کیا۔", "2021-12-20"),
    ("کل اجلاس ہوگا اور پیر کو فیصلہ آئے گا۔", "2020-02-29"),
])
def test_published_date_keeps_the_contract(text: str, published: str) -> None:
    doc = khabar.analyze(text, published=published).to_dict(tokens=True)
    assert doc["meta"]["published"] == published
    assert contract_problems(doc, text) == []


# regression, bug "published-unchecked" (pipeline.py, fixed): the API kept what the CLI rejects
@pytest.mark.parametrize("published", ["2021-13-45", "2014-09-31", "31.09.14", "کل"])
def test_impossible_published_date_raises_input_error(published: str) -> None:
    with pytest.raises(khabar.InputError):
        khabar.analyze("کل اجلاس ہوا۔", published=published)


# regression, bug "lone-surrogate-crash" (fixed): a lone surrogate, which JSON input can carry
# ("\\ud800"), raised UnicodeEncodeError (HTTP 500 from POST /api/analyze) instead of InputError
@pytest.mark.parametrize("text", ["\ud800 پاکستان", "پاکستان \udfff"])
def test_lone_surrogate_raises_input_error(text: str) -> None:
    with pytest.raises(khabar.InputError):
        khabar.analyze(text)


# CONTRACT.md promises ``analyze(..., tokens=True)``; regression, bug "analyze-tokens-kwarg" (fixed).
def test_analyze_accepts_tokens_keyword() -> None:
    text = "پاکستان اور چین نے معاہدے پر دستخط کیے۔"
    doc = khabar.analyze(text, tokens=True)
    assert [t["norm"] for t in doc.to_dict(tokens=True)["tokens"]] == [
        "پاکستان", "اور", "چین", "نے", "معاہدے", "پر", "دستخط", "کیے", "۔"]


@pytest.mark.parametrize("bad", [b"\xd9\xbe\xd8\xa7\xda\xa9", None, 42, ["پاکستان"]])
def test_non_text_input_raises_input_error(bad: object) -> None:
    with pytest.raises(khabar.InputError):
        khabar.analyze(bad)  # type: ignore[arg-type]


# --- the checker itself must catch what it claims to -------------------------------------------

def _good_doc() -> dict[str, Any]:
    return khabar.analyze("پاکستان اور چین نے 15 دسمبر کو معاہدے پر دستخط کیے۔ مذاکرات جاری رہے۔",
                          published="2021-12-20").to_dict(tokens=True)


def _break_sentence_order(d: dict[str, Any]) -> None:
    d["sentences"].reverse()


def _break_coverage(d: dict[str, Any]) -> None:
    d["sentences"][0]["start"] += 3


def _break_entity_text(d: dict[str, Any]) -> None:
    d["entities"][0]["text"] += "x"


def _break_token_sentence(d: dict[str, Any]) -> None:
    d["tokens"][-1]["sentence"] = 0


def _break_summary(d: dict[str, Any]) -> None:
    d["summary"] = [7]


def _break_tone(d: dict[str, Any]) -> None:
    d["tone"]["score"] = float("nan")


def _break_money(d: dict[str, Any]) -> None:
    d["entities"].append({"start": 0, "end": 7, "text": "پاکستان", "type": "MONEY", "sentence": 0,
                          "value": 5})


@pytest.mark.parametrize(("breaker", "kinds"), [
    (_break_sentence_order, {"sentence-order", "token-sentence", "entity-sentence", "event-sentence"}),
    (_break_coverage, {"sentence-coverage", "token-sentence", "entity-sentence"}),
    (_break_entity_text, {"entity-text"}),
    (_break_token_sentence, {"token-sentence"}),
    (_break_summary, {"summary"}),
    (_break_tone, {"tone", "json"}),
    (_break_money, {"value-unit", "entity-order"}),
])
def test_checker_catches_broken_documents(breaker, kinds: set[str]) -> None:
    doc = _good_doc()
    assert contract_problems(doc) == []
    breaker(doc)
    found = {p.kind for p in contract_problems(doc)}
    assert found and found <= kinds


# --- the same contract through the command line ------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "text", "html"])
@pytest.mark.parametrize(("name", "text"), MESSY, ids=[m[0] for m in MESSY])
def test_cli_on_messy_files_agrees_with_the_api(name: str, text: str, fmt: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0 and the API's document (whose contract the tests above check), or exit 1 with one line."""
    from khabar.cli import main

    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8", newline="")
    code = main(["analyze", str(path), "--format", fmt, "--tokens"])
    out, err = capsys.readouterr()
    if code == 1:  # bad input (empty, or control characters read as binary): one line naming the file
        assert (out, err.count("\n"), str(path) in err) == ("", 1, True)
        return
    assert (code, err) == (0, "")
    if fmt == "json":
        doc = json.loads(out)  # the reader may take a first line for the title
        api = khabar.analyze(text.removeprefix("\ufeff"), title=doc["meta"]["title"])
        assert doc == api.to_dict(tokens=True)
    elif fmt == "html":
        assert out.lstrip().lower().startswith("<!doctype html") and "<script>alert" not in out
    else:
        assert out.strip()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_cli_reads_bom_files_and_keeps_the_contract(encoding: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.cli import main

    path = tmp_path / "bom.txt"
    path.write_bytes(dict(MESSY)["windows-line-endings"].encode(encoding))
    assert main(["analyze", str(path), "--format", "json", "--tokens"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert contract_problems(doc) == []
    assert "\ufeff" not in doc["text"]


#: JSON records as readers meet them. Regressions of bugs "published-unchecked" (an impossible date
#: went through into meta.published) and "lone-surrogate-crash" (a "\ud800" escape gave exit 2).
ODD_RECORDS = [
    ("published-impossible", '{"text": "کل اجلاس ہوا۔", "published": "2021-02-30"}'),
    ("published-number", '{"text": "کل اجلاس ہوا۔", "published": 20211220}'),
    ("published-dotted", '{"text": "کل اجلاس ہوا۔", "published": "31.09.14"}'),
    ("lone-surrogate", '{"text": "\\ud800 پاکستان اور چین"}'),
    ("text-not-string", '{"text": 42}'),
    ("text-missing", '{"title": "سرخی"}'),
    ("text-blank", '{"text": " \\n "}'),
    ("title-list", '{"text": "پاکستان اور چین", "title": ["سرخی"]}'),
    ("extra-fields", '{"text": "پاکستان اور چین", "tags": [1, 2], "meta": {"a": null}}'),
]


@pytest.mark.parametrize(("name", "line"), ODD_RECORDS, ids=[r[0] for r in ODD_RECORDS])
def test_cli_on_odd_json_records(name: str, line: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0 with a document that keeps the contract, or exit 1 with one line naming the file."""
    from khabar.cli import main

    path = tmp_path / f"{name}.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    code = main(["analyze", str(path), "--format", "jsonl", "--tokens"])
    out, err = capsys.readouterr()
    if code == 1:
        assert (out, err.count("\n"), str(path) in err) == ("", 1, True)
    else:
        assert (code, err) == (0, "")
        assert contract_problems(json.loads(out)) == []


# --- scripts/check_corpus.py reads each corpus format ------------------------------------------

def _load_check_corpus():
    path = Path(__file__).resolve().parent.parent / "scripts" / "check_corpus.py"
    spec = importlib.util.spec_from_file_location("check_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_corpus_reads_each_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cc = _load_check_corpus()
    (tmp_path / "uner.txt").write_text("<LOCATION>کراچی</LOCATION> میں بارش ہوئی۔\r\n", encoding="utf-16")
    (tmp_path / "counter.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><COUNTER_document newsdate="31.09.14">'
        "<headline>بارش کا امکان</headline><body>کل بارش ہوگی۔</body></COUNTER_document>",
        encoding="utf-8")
    (tmp_path / "ud.conllu").write_text(
        "# sent_id = 1\n# text = پہلا جملہ۔\n1\tپہلا\n\n# text = دوسرا جملہ۔\n\n# text = تیسرا۔\n", encoding="utf-8")
    (tmp_path / "heads.tsv").write_text(
        "category\tdate\ttitle\nbusiness\t2018-04-24T04:59:11 GMT\tبجٹ آج پیش ہوگا\n", encoding="utf-8")
    (tmp_path / "docs.jsonl").write_text('{"text": "کل اجلاس ہوا۔", "published": "2021-12-20"}\n',
                                         encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    got = list(cc.read_articles([str(tmp_path)], ud_group=2))
    assert got == [
        cc.Article(str(tmp_path / "counter.xml"), "بارش کا امکان\nکل بارش ہوگی۔", None),
        cc.Article(f"{tmp_path / 'docs.jsonl'}:1", "کل اجلاس ہوا۔", "2021-12-20"),
        cc.Article(f"{tmp_path / 'heads.tsv'}:2", "بجٹ آج پیش ہوگا", "2018-04-24"),
        cc.Article(f"{tmp_path / 'ud.conllu'}#1", "پہلا جملہ۔ دوسرا جملہ۔", None),
        cc.Article(f"{tmp_path / 'ud.conllu'}#3", "تیسرا۔", None),
        cc.Article(str(tmp_path / "uner.txt"), "کراچی میں بارش ہوئی۔\r\n", None),
    ]
    code = cc.main([str(tmp_path), "--stages", "--ud-group", "2"])
    out = capsys.readouterr().out
    assert out.startswith("6 documents, "), out
    broken = any(analyze_problems(a.text) for a in got)
    assert (code, "no problems: every document keeps the contract" in out) == (int(broken), not broken)


# --- the same contract through POST /api/analyze -----------------------------------------------

@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    db = tmp_path_factory.mktemp("robustness") / "khabar.db"
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "plain"])
@pytest.mark.parametrize(("name", "text"), MESSY, ids=[m[0] for m in MESSY])
def test_http_analyze_agrees_with_the_api(name: str, text: str, as_json: bool, api) -> None:
    """200 and the API's document, or 400 in the one error shape for text with nothing to analyse."""
    if as_json:
        r = api.post("/api/analyze", json={"text": text})
    else:
        r = api.post("/api/analyze", content=text.encode("utf-8"),
                     headers={"content-type": "text/plain; charset=utf-8"})
    sent = text if as_json else text.removeprefix("\ufeff")
    if not sent.strip():
        assert (r.status_code, r.json()["error"]["code"]) == (400, "empty_text")
        return
    assert r.status_code == 200, r.text
    assert r.json() == khabar.analyze(sent).to_dict()
