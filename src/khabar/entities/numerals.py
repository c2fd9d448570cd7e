"""Urdu number words and digits → numbers (``تین لاکھ پچاس ہزار`` → 350000).

A number phrase is a run of atoms (digit strings or number words from ``data/values/numbers.tsv``)
separated by spaces. It is read the South Asian way: units below 100, then سو (hundred), then the
big scales ہزار، لاکھ، کروڑ، ارب، کھرب (and ملین، بلین، ٹریلین) in falling order, with the modifiers
سوا (+¼)، ساڑھے (+½)، پونے (−¼) on the next number and the built-in halves ڈیڑھ (1½)، ڈھائی (2½).
A run that does not read as one number (``دو تین``، ``5 ہزار 3 ہزار``) is split where it breaks.
Values are exact ``Decimal`` inside; :func:`as_number` gives ``int`` when whole, else ``float``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from khabar.entities.value_data import (
    WORD_END,
    WORD_START,
    alternation,
    fold_entry,
    initials,
    lookup_key,
    prepare,
    read_table,
)
from khabar.text.normalize import normalize

#: digits with optional thousands (1,000,000) or lakh (1,00,000) grouping and a decimal part
DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.\d+)?(?![\d])"
_GAP = r"[^\S\n]+"


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: Decimal
    kind: str  # unit | fraction | modifier | point | hundred | scale
    standalone: bool


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in prepared text: ``[start, end)`` and its exact value."""

    start: int
    end: int
    value: Decimal
    atoms: int
    has_digits: bool
    #: False for a single ambiguous word (ایک، اسی، بہتر): a number only next to a unit or currency
    standalone: bool


@cache
def number_words() -> dict[str, NumberWord]:
    """``{folded word: NumberWord}`` from numbers.tsv."""
    return {lookup_key(fold_entry(r["word"])): NumberWord(Decimal(r["value"]), r["kind"],
                                                          r["standalone"] == "yes")
            for r in read_table("numbers.tsv")}


@cache
def atom_source() -> str:
    """The regex source of one number atom: digits, a number word, or number words run together."""
    rows = [r for r in read_table("numbers.tsv") if not r["word"].isascii()]
    words = alternation([r["word"] for r in read_table("numbers.tsv")])
    small = alternation([r["word"] for r in rows if r["kind"] in ("unit", "fraction", "modifier")])
    big = alternation([r["word"] for r in rows if r["kind"] == "scale"])
    every = alternation([r["word"] for r in rows])
    # number words written without spaces (دوہزارچھ، ایک سوباءیس); only runs holding a scale or
    # unit + سو, because دوبارہ and دونو are also concatenations of number words
    glued = rf"(?:(?:{small})?(?:{big})|(?:{small})سو|سو(?=\w{{3}}))(?:{every})*"
    # a big scale typed onto its digits (40ہزار، 5لاکھ): the digits end the word before it
    return f"(?:{DIGITS}|{WORD_START}(?:{words}|{glued}){WORD_END}|{_glued_scale()})"


@cache
def _glued_scale() -> str:
    """A big scale word glued to the digits before it (``40ہزار``)."""
    big = alternation([r["word"] for r in read_table("numbers.tsv")
                       if r["kind"] == "scale" and not r["word"].isascii()])
    return f"(?<=\\d)(?:{big}){WORD_END}"


@cache
def atom_regex() -> re.Pattern[str]:
    return re.compile(atom_source())


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Split a glued run (ایک سواڑسٹھ's سواڑسٹھ) into number words covering all of it, or None.

    Longer words are tried first but a dead end backtracks (سوا + ڑسٹھ fails, سو + اڑسٹھ fits).
    """
    words = number_words()
    if start == end:
        return []
    for stop in range(min(end, start + 12), start, -1):
        if text[start:stop] in words:
            rest = _segment(text, stop, end)
            if rest is not None:
                return [(start, stop), *rest]
    return None


@cache
def phrase_regex() -> re.Pattern[str]:
    """One or more number atoms separated by spaces."""
    atom = atom_source()
    gate = initials([r["word"] for r in read_table("numbers.tsv")], "0123456789")
    return re.compile(f"{gate}{atom}(?:{_GAP}{atom}|{_glued_scale()})*")


_CRORE = Decimal(10_000_000)
#: the longest run of number words written together that is read (دوہزاراٹھارہ is 13 letters)
_GLUED_MAX = 60


class _Reader:
    """The state of reading one number left to right; :meth:`feed` says whether an atom fits."""

    __slots__ = ("total", "group", "last_big", "unit_set", "hundred_set", "pending", "decimals")

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.group = Decimal(0)
        self.last_big: Decimal | None = None
        self.unit_set = False
        self.hundred_set = False
        self.pending: Decimal | None = None
        #: digits read after اعشاریہ (the decimal point), None outside a decimal part
        self.decimals: str | None = None

    def feed(self, kind: str, value: Decimal) -> bool:
        if self.decimals is not None:
            if kind in ("unit", "digits") and value == value.to_integral_value() and 0 <= value < 100:
                self.decimals += str(int(value))
                return True
            if kind not in ("hundred", "scale") or not self.decimals:
                return False
            self._close_decimals()
        if kind == "point":
            if not self.unit_set or self.pending is not None or self.group != self.group.to_integral_value():
                return False
            self.decimals = ""
            return True
        if kind == "modifier":
            if self.pending is not None or self.unit_set:
                return False
            self.pending = value
            return True
        if kind in ("unit", "digits", "fraction"):
            if self.unit_set or (self.hundred_set and value >= 100):
                return False
            if self.pending is not None:
                if kind == "fraction":
                    return False
                value += self.pending
                self.pending = None
            self.group += value
            self.unit_set = True
            return True
        base = self._take_group()
        if base is None:
            return False
        if kind == "hundred":
            if self.hundred_set or base >= 100:
                return False
            self.group = base * value
            self.hundred_set = True
            self.unit_set = False
            return True
        # a big scale
        if self.last_big is not None and value >= self.last_big:
            # a crore or larger after thousands or lakhs multiplies all of it: ایک لاکھ کروڑ،
            # 9 ہزار 500 ارب (budget figures); anything else starts a new number
            if value == self.last_big or value < _CRORE:
                return False
            self.total = (self.total + (self.group if self.unit_set or self.hundred_set else 0)) * value
        else:
            self.total += base * value
        self.group = Decimal(0)
        self.unit_set = self.hundred_set = False
        self.last_big = value
        return True

    def _take_group(self) -> Decimal | None:
        if self.pending is not None:
            if self.unit_set or self.group:
                return None
            base = 1 + self.pending
            self.pending = None
            return base
        return self.group if self.group else Decimal(1)

    def _close_decimals(self) -> None:
        if self.decimals:
            self.group += Decimal("0." + self.decimals)
        self.decimals = None

    @property
    def value(self) -> Decimal:
        if self.decimals:
            return self.total + self.group + Decimal("0." + self.decimals)
        return self.total + self.group


def _atom_value(text: str) -> tuple[str, Decimal, bool] | None:
    """(kind, value, standalone) of one atom."""
    if text[0].isdigit():
        try:
            return "digits", Decimal(text.replace(",", "")), True
        except InvalidOperation:
            return None
    word = number_words().get(lookup_key(text))
    if word is None:
        return None
    return word.kind, word.value, word.standalone


def read_phrase(text: str, start: int, end: int) -> list[NumberSpan]:
    """The numbers in one phrase match ``text[start:end]``, split where the reading breaks."""
    atoms = []
    for m in atom_regex().finditer(text, start, end):
        info = _atom_value(m.group())
        if info is not None:
            atoms.append((m.start(), m.end(), *info))
            continue
        if m.end() - m.start() > _GLUED_MAX:
            continue  # no real number is that long; also keeps the recursion shallow
        for a, b in _segment(text, m.start(), m.end()) or ():
            info = _atom_value(text[a:b])
            if info is not None:
                atoms.append((a, b, *info))
    out: list[NumberSpan] = []
    i = 0
    while i < len(atoms):
        reader = _Reader()
        j = i
        group_start = i  # where the atoms not yet closed by a big scale begin
        while j < len(atoms):
            kind = atoms[j][2]
            fresh = not reader.group and reader.pending is None
            if not reader.feed(kind, atoms[j][3]):
                # "5 ہزار 3 ہزار": the open group (3) belongs to the next number
                if kind == "scale" and group_start > i:
                    j = group_start
                break
            if kind == "scale":
                group_start = j + 1
            elif fresh and kind != "hundred":
                group_start = j
            j += 1
        if j == i:  # cannot start here (cannot happen for a fresh reader, but never loop)
            i += 1
            continue
        seg = atoms[i:j]
        while seg and seg[-1][2] in ("modifier", "point"):
            seg = seg[:-1]
        if seg:
            reader = _Reader()  # read again: the run may have been cut back
            for a in seg:
                reader.feed(a[2], a[3])
            out.append(NumberSpan(
                start=seg[0][0], end=seg[-1][1], value=reader.value, atoms=len(seg),
                has_digits=any(a[2] == "digits" for a in seg),
                standalone=len(seg) > 1 or seg[0][4]))
        i = j
    return out


def scale_tail(text: str, n: NumberSpan) -> tuple[Decimal, Decimal]:
    """(head, scale) of a number: ``15 ارب`` → (15, 10⁹); a number with no trailing scale → (value, 1)."""
    kinds = []
    for m in atom_regex().finditer(text, n.start, n.end):
        info = _atom_value(m.group())
        kinds.append((info[0], info[1]) if info else ("glued", Decimal(0)))
    scale = Decimal(1)
    while kinds and kinds[-1][0] in ("scale", "hundred"):
        scale *= kinds.pop()[1]
    return (n.value / scale, scale)


def find_numbers(prepared: str, start: int = 0, end: int | None = None) -> list[NumberSpan]:
    """Every number in prepared text (see :func:`khabar.entities.value_data.prepare`), or in a window."""
    out: list[NumberSpan] = []
    for m in phrase_regex().finditer(prepared, start, len(prepared) if end is None else end):
        out.extend(read_phrase(prepared, m.start(), m.end()))
    return out


#: a word or a number, for patterns that leave the reading of numbers to :func:`number_at`
LOOSE_WORD = r"(?:\d+(?:[.,]\d+)*|\w+)"


def number_at(text: str, start: int, end: int, *, ending: bool = False) -> NumberSpan | None:
    """The number starting at ``start`` (or, with ``ending``, the one ending at ``end``) in a window.

    Patterns capture a loose run of words and let this find the number in it: compiling the full
    number grammar into every pattern would cost a second of start-up.
    """
    spans = find_numbers(text, start, end)
    if not spans:
        return None
    if ending:
        return spans[-1] if spans[-1].end == end else None
    return spans[0] if spans[0].start == start else None


#: how far back from an anchor (کی دہائی، روز قبل، بجے) a number may begin
LOOK_BACK = 60


def number_before(text: str, pos: int) -> NumberSpan | None:
    """The number ending at ``pos``: the words before an anchor such as ``کی دہائی`` or ``بجے``."""
    return number_at(text, max(0, pos - LOOK_BACK), pos, ending=True)


def as_number(value: Decimal) -> int | float:
    """``int`` when whole, else ``float`` (JSON-friendly)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_number(text: str) -> int | float | None:
    """The number written by the whole of ``text`` (digits or words), or None.

    >>> parse_number("دو ارب تیس کروڑ")
    2300000000
    """
    prepared = " ".join(prepare(normalize(text).norm).split())
    spans = find_numbers(prepared)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(prepared):
        return None
    return as_number(spans[0].value)


@cache
def ordinal_words() -> dict[str, tuple[int, str]]:
    """``{folded ordinal word: (value, context)}``: the irregular table plus number word + واں/ویں."""
    out: dict[str, tuple[int, str]] = {}
    words = [(w, int(i.value)) for w, i in number_words().items()
             if i.kind in ("unit", "hundred", "scale") and w.isalpha() and not w.isascii()]
    # exact stems first, so سترویں is 70th; then گیارہ → گیارہویں/گیارھویں/گیارویں
    stems = [(w, v) for w, v in words] + [(w[:-1] + tail, v) for w, v in words if w.endswith("ہ")
                                          for tail in ("", "ھ")]
    for stem, value in stems:
        for suffix in ("واں", "ویں", "وی", "وے"):
            out.setdefault(lookup_key(fold_entry(stem + suffix)), (value, "any"))
    for r in read_table("ordinals.tsv"):
        out[lookup_key(fold_entry(r["word"]))] = (int(r["value"]), r["context"])
    return out


@cache
def ordinal_regex() -> re.Pattern[str]:
    words = list(ordinal_words())
    return re.compile(initials(words, folded=True) + WORD_START + "(?:" + alternation(words, folded=True) + ")"
                      + WORD_END)
