"""What a number is: MONEY, PERCENT, QUANTITY, ORDINAL or a plain CARDINAL; and ordinal words.

Each number phrase (:func:`khabar.entities.numerals.find_numbers`) is read with what follows it
(a currency, فیصد/%, a unit, the ordinal ending ویں/واں) or precedes it (``$``, ``Rs.``, ``منفی``).
A lone ambiguous word is no CARDINAL: ایک (also the indefinite article), اسی ("this very"),
بہتر ("better"), and سو/نو/بیس/دو in the contexts where they are a verb, "new", "base" or "give".
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from khabar.entities.numerals import (
    NumberSpan,
    as_number,
    find_numbers,
    ordinal_regex,
    ordinal_words,
    scale_tail,
)
from khabar.entities.value_data import (
    WORD_END,
    WORD_START,
    alternation,
    lookup_key,
    read_table,
    table_map,
)
from khabar.entities.value_span import ValueSpan

_PERCENT = re.compile(r"\s*(?:فیصد|فی\s*صد|%|پرسنٹ|percent|per\s*cent)(?!\w)")
_ORDINAL_SUFFIX = re.compile(r"[^\S\n]*(?:واں|ویں|وی|وے)(?!\w)|(?:st|nd|rd|th)(?![\w])")
#: منفی/minus before any number; a minus sign only glued to the digits (``-5 فیصد``, ``−2.5``) and not
#: after a letter or digit, where a hyphen joins a code or a range (``F-16``, ``2020-21``)
_NEGATIVE = re.compile(r"(?:منفی|minus)\s*$|(?<![\w.])[-\u2212]$")
_LATIN_GLUE = re.compile(r"(?:[a-z]-?|[^\W\d_]-)$")
_CODE_BEFORE = re.compile(r"\d[-/]$")
_CODE_AFTER = re.compile(r"[-/]\d")
_RANGE_JOIN = re.compile(r"\s*(?:سے|تا|-|اور|یا|to)\s*")
#: ارب پتی، کروڑ پتی: a billionaire, not a number
_RICH = re.compile(r"[^\S\n]*(?:پتی|پتیوں)(?!\w)")

#: nouns after which پہلا-type words with a second meaning (دوسرا = other, چھٹی = holiday) are ordinals
_ORDINAL_NOUNS = re.compile(
    r"\s+(?:بار|مرتبہ|دفعہ|پوزیشن|نمبر|سالگرہ|برسی|وکٹ|منزل|جماعت|کلاس|روز|دن|مرحلے|مرحلہ|ٹیسٹ"
    r"|میچ|اننگز|سال|ہفتے|ماہ|راؤنڈ|دور|حصے|حصہ|سیشن|اجلاس|درجے|درجہ|سہ\s*ماہی|ششماہی|کوارٹر"
    r"|ایڈیشن|قسط|باری|گول|سیٹ|گیم|لہر|صدی|جنگ|مدت|ریڈنگ|پیشی|کھیپ|اوور|ون\s*ڈے|ٹی\s*ٹوئنٹی|سیزن"
    r"|ٹرم|دورے|دورہ|نصف|سب\s+سے|بڑا|بڑی|بڑے)(?!\w)")
_NOT_PEHLE_BEFORE = re.compile(
    r"(?:سے|اس|قبل|پہلے|کچھ|بہت|کافی|دن|روز|سال|ماہ|ہفتے|برس|منٹ|گھنٹے|عرصہ|عرصے|مدت|کہیں|تھوڑا|ذرا|دیر"
    r"|لمحے|سیکنڈ|گھنٹہ|صدی|صدیوں|برسوں|سالوں|دنوں|کر)\s+$")
_NOT_PEHLE_AFTER = re.compile(
    r"\s*(?:$|[،,۔.؟?!:\"()]|(?:ہی|سے|بھی|تو|کہ|تک|جیسے|جیسی|جیسا|یہ|وہ|ہم|میں|آپ|ان|اس|انہوں|ایک|کی\s+طرح"
    r"|کی\s+نسبت|بیٹنگ|بولنگ|باؤلنگ|فیلڈنگ|\S+(?:تے|نے|کر))(?!\w))")

#: a letter that never stands alone (ں ے ھ) right after a number word: the word was torn apart
_BROKEN_WORD = re.compile(r" [ںےھ](?!\w)")

#: context cues that make a lone number word something else
_WORD_EXCLUSIONS: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "سو": (None, re.compile(r"\s+(?:گیا|گئے|گئی|گئیں|جا|جاتے|جاتا|جاتی|رہا|رہے|رہی|کر|جائیں|جائے|سکتے"
                            r"|سکا|سکی|نہیں|چکے|چکا|چکی|رہیں)(?!\w)")),
    "نو": (None, re.compile(r"\s+(?:منتخب|آموز|مولود|زائیدہ|آبادیاتی|عمر|جوان|بہار)(?!\w)")),
    "بیس": (re.compile(r"(?:ایئر|ائیر|ایر|ائر|نیول|فوجی|فضائی|ملٹری|بحری|air|فضائیہ\s+کی|فوج\s+کی|بحریہ\s+کی)\s+$"),
            None),
    "چار": (re.compile(r"(?<!\w)دو\s+$"), None),  # دو چار ہونا: to face
    "دو": (re.compile(r"(?:دے|کر|لے|ہونے|جانے|رہنے|آنے|چھوڑ|بتا)\s+$"),
           re.compile(r"\s+(?:طرفہ|رخی|ٹوک|قومی|چار|ٹکے)(?!\w)")),
}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    def alt(name: str, column: str) -> str:
        return alternation([r[column] for r in read_table(name)])

    signs = "".join(re.escape(r["symbol"]) for r in read_table("currency_symbols.tsv")
                    if len(r["symbol"]) == 1 and not r["symbol"].isalnum())
    return {
        "currency": re.compile(rf"[^\S\n]*(?:{alt('currencies.tsv', 'name')}){WORD_END}"),
        # شدت پسند (militant) is no magnitude: ``80 شدت پسندوں`` counts people
        "unit": re.compile(rf"[^\S\n]*(?:{alt('units.tsv', 'name')})(?![\w])(?!\s*پسند)"),
        "symbol": re.compile(rf"{WORD_START}(?:{alt('currency_symbols.tsv', 'symbol')})\s*$"),
        # a sign after the amount (``0.006$``، ``50 €``); a code after it is a unit word (``500 USD``)
        "symbol_after": re.compile(rf"[^\S\n]?[{signs}](?![\w{signs}])"),
        "subunit": re.compile(rf"[^\S\n]*(?:{alt('subunits.tsv', 'name')}){WORD_END}"),
    }


@cache
def _tables() -> dict[str, dict[str, str]]:
    return {"currency": table_map("currencies.tsv", "name", "code"),
            "unit": table_map("units.tsv", "name", "unit"),
            "symbol": table_map("currency_symbols.tsv", "symbol", "code"),
            "subunit": table_map("subunits.tsv", "name", "code")}


def _classify(t: str, n: NumberSpan) -> ValueSpan | None:
    pats = _patterns()
    value = as_number(n.value)
    start = n.start
    neg = _NEGATIVE.search(t, max(0, start - 8), start)
    sym = pats["symbol"].search(t, max(0, start - 8), start)
    if sym is not None:
        code = _tables()["symbol"].get(lookup_key(sym.group()))
        if code:
            return ValueSpan(sym.start(), n.end, "MONEY", value, unit=code)
    m = pats["symbol_after"].match(t, n.end)
    if m:
        return ValueSpan(start, m.end(), "MONEY", value, unit=_tables()["symbol"][m.group().strip()])
    m = _PERCENT.match(t, n.end)
    if m:
        if neg is not None:
            start, value = neg.start(), -value
        return ValueSpan(start, m.end(), "PERCENT", value)
    if start > 0 and t[start - 1] == "%":
        return ValueSpan(start - 1, n.end, "PERCENT", value)
    m = pats["currency"].match(t, n.end)
    if m:
        return ValueSpan(start, m.end(), "MONEY", value, unit=_tables()["currency"][lookup_key(m.group())])
    m = pats["subunit"].match(t, n.end)
    if m and not (start > 0 and t[start - 1].isalpha()):
        # a hundredth alone (``10 پیسے کی کمی``، ``50 سینٹ``)
        return ValueSpan(start, m.end(), "MONEY", as_number(n.value / 100),
                         unit=_tables()["subunit"][lookup_key(m.group())])
    m = pats["unit"].match(t, n.end)
    if m:
        if neg is not None:
            start, value = neg.start(), -value
        return ValueSpan(start, m.end(), "QUANTITY", value, unit=_tables()["unit"][lookup_key(m.group())])
    m = _ORDINAL_SUFFIX.match(t, n.end)
    if m and n.atoms == 1 and n.has_digits and isinstance(value, int):
        return ValueSpan(start, m.end(), "ORDINAL", value)
    if not n.standalone or _excluded(t, n) or _RICH.match(t, n.end):
        return None
    if neg is not None:
        start, value = neg.start(), -value
    return ValueSpan(start, n.end, "CARDINAL", value)


def _excluded(t: str, n: NumberSpan) -> bool:
    """A code rather than a count, or a lone number word used as something else.

    Codes: digits glued to Latin letters (F-16, G20, 5G), digit groups joined by hyphens or slashes
    (0300-1234567, 35202-1234567-1, 3/4), a leading zero (0300) and runs of nine or more digits.
    """
    if n.has_digits:
        text = t[n.start:n.end]
        before = t[max(0, n.start - 2):n.start]
        after = t[n.end:n.end + 2]
        return bool(_LATIN_GLUE.search(before) or _CODE_BEFORE.search(before) or _CODE_AFTER.match(after)
                    or (n.end < len(t) and t[n.end].isascii() and t[n.end].isalpha())
                    or (n.atoms == 1 and ((len(text) > 2 and text[0] == "0" and text[1].isdigit())
                                          or (text.isdigit() and len(text) >= 9))))
    if _BROKEN_WORD.match(t, n.end):
        return True  # a piece of a word torn by stray spaces (چٹا نو ں: چٹانوں)
    if n.atoms > 1:
        return False
    rule = _WORD_EXCLUSIONS.get(lookup_key(t[n.start:n.end]))
    if rule is None:
        return False
    before, after = rule
    return bool((before and before.search(t, max(0, n.start - 12), n.start))
                or (after and after.match(t, n.end)))


def find_amounts(prepared: str) -> list[ValueSpan]:
    """MONEY, PERCENT, QUANTITY, ORDINAL (digits + ending) and CARDINAL candidates.

    The first number of a range takes the kind, scale and unit of the amount closing it:
    in ``10 سے 15 ارب روپے`` the ``10`` is MONEY 10,000,000,000 PKR, in ``11 تا 12 فیصد`` a PERCENT.
    """
    numbers = find_numbers(prepared)
    spans = [_classify(prepared, n) for n in numbers]
    out = []
    skip = -1
    for i, (n, span) in enumerate(zip(numbers, spans, strict=True)):
        if i == skip:
            continue
        if (span is None or span.type == "CARDINAL") and i + 1 < len(numbers):
            ranged = _range_start(prepared, n, numbers[i + 1], spans[i + 1])
            if ranged is not None and (span is not None or n.atoms == 1):
                span = ranged
        if span is not None and span.type == "MONEY" and i + 1 < len(numbers):
            with_cents = _with_subunit(prepared, span, numbers[i + 1])
            if with_cents is not None:
                span, skip = with_cents, i + 1
        if span is not None:
            out.append(span)
    return out


def _with_subunit(t: str, money: ValueSpan, nxt: NumberSpan) -> ValueSpan | None:
    """``5 روپے 50 پیسے``، ``13 ڈالر 16 سینٹ``: an amount and the hundredths of its own currency
    after it are one amount (5.5 PKR, 13.16 USD)."""
    if t[money.end:nxt.start].strip() or not 0 < nxt.value < 100:
        return None
    m = _patterns()["subunit"].match(t, nxt.end)
    if m is None or money.unit not in _subunit_after()[lookup_key(m.group())]:
        return None
    value = Decimal(str(money.value)) + nxt.value / 100
    return ValueSpan(money.start, m.end(), "MONEY", as_number(value), unit=money.unit)


@cache
def _subunit_after() -> dict[str, frozenset[str]]:
    """Subunit word (as :func:`lookup_key` spells it) → the currencies whose amounts it may follow."""
    return {word: frozenset(codes.split()) for word, codes in table_map("subunits.tsv", "name", "after").items()}


def _range_start(t: str, n: NumberSpan, nxt: NumberSpan, amount: ValueSpan | None) -> ValueSpan | None:
    if (amount is None or amount.type not in ("MONEY", "PERCENT", "QUANTITY") or amount.start != nxt.start
            or not _RANGE_JOIN.fullmatch(t, n.end, nxt.start)):
        return None
    own_head, own_scale = scale_tail(t, n)
    head, scale = scale_tail(t, nxt)
    if own_scale != 1 or not n.value < head:
        return None
    return ValueSpan(n.start, n.end, amount.type, as_number(n.value * scale), unit=amount.unit)


def find_ordinal_words(prepared: str) -> list[ValueSpan]:
    """ORDINAL words (پہلا، تیسری، پانچواں، اکیسویں), with the rules for words that also mean other things."""
    out = []
    words = ordinal_words()
    for m in ordinal_regex().finditer(prepared):
        value, context = words[m.group()]
        if context != "any" and not _ordinal_in_context(prepared, m):
            continue
        out.append(ValueSpan(m.start(), m.end(), "ORDINAL", value))
    return out


def _ordinal_in_context(t: str, m: re.Match[str]) -> bool:
    if m.group() == "پہلے":
        return not (_NOT_PEHLE_BEFORE.search(t, max(0, m.start() - 10), m.start())
                    or _NOT_PEHLE_AFTER.match(t, m.end()))
    return bool(_ORDINAL_NOUNS.match(t, m.end()))
