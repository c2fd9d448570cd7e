"""Space-omission repair: run-together words (کیلئے, ہونیوالی, اوراس) into their parts.

Urdu writers often leave out the space after a letter that does not join the next one (ا د ذ ر ز و ے
...): ``اوراس`` looks exactly like ``اور اس`` in print. News text adds a few run-on spellings by
habit (``کیلئے``, ``کیساتھ``, ``جائیگی``), where the joined letter changes shape (``ے`` → medial
``ی``), so a split must also repair the letter at the seam (``جائیگی`` → ``جائے گی``).

Two steps, both driven by data in ``khabar/data/joins/`` (built by ``scripts/build_joins.py``):

1. ``fixes.tsv``: an explicit table of run-together tokens and their parts (Makhzan's approved fixes
   plus hand-written news spellings).
2. A general segmenter for the rest. It cuts only where a space can go missing unseen (after a
   non-joining letter, or a medial ``ی``/``ن`` standing for ``ے``/``ں``), every part must be a known
   word, and each cut needs a licence: a function word on one side (``اور`` + word, word + ``میں``,
   verb + ``دیا``) or two frequent words on both sides. Real words that it would cut wrongly
   (``کافی``, ``جواب``, ``نوجوان``) are listed in ``keep.tsv``, computed at build time from word
   frequencies and the urduhack word list, never from the fix table.

``split_joined`` is called on every word token, so the common case is a dict and a set lookup.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from khabar.errors import DataError
from khabar.text.normalize import normalize

#: ``(start, end, norm)``: ``word[start:end]`` and its normalized spelling.
Part = tuple[int, int, str]

_DATA_PACKAGE = "khabar.data.joins"

#: Letters that never join the next letter, so a space missing after them does not show in print.
#: ``ں`` joins in shape but is written only word-finally, so a ``ں`` inside a token marks a word end.
NON_JOINING = frozenset("اآأإدڈذرڑزژوؤےۓءں")

#: Both sides of a cut licensed only by frequency must occur this often, and be this long.
PAIR_MIN_COUNT = 150
PAIR_MIN_LEN = 3
#: An open-class word beside a function word must occur this often (Makhzan counts) ...
OPEN_MIN_COUNT = 30
#: ... and this often when it is short and follows a two-letter postposition (کا, کو, پر): those
#: start countless words, and a short rest is easily a word by chance (کابینی, کوڈور, پرگنا are
#: not کا بینی, کو ڈور, پر گنا; a long rest is not: کیرضامندی is کی رضامندی) ...
POST_OPEN_MIN_COUNT = 150
SHORT_OPEN_LEN = 4
#: ... and this often after a function word whose last letter was respelled (کی → کے).
SEAM_OPEN_MIN_COUNT = 1000

#: A hamza after alif is written only at a word's end (اشیاء, شرکاء, وزراء), so a letter after it
#: inside a token begins another word, unless the Arabic article follows (ضیاءالحق).
FINAL_HAMZA = "اء"

#: Shortest token worth trying and most parts in one token.
MIN_WORD_LEN = 4
MAX_PARTS = 4

_URDU_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5]+")

#: Function words count as this frequent when the vocabulary does not list them.
_FUNCTION_COUNT = 1000


@dataclass(frozen=True, slots=True)
class JoinTables:
    """Everything the repair reads. ``counts`` holds every word a part may be."""

    fixes: dict[str, tuple[Part, ...]]
    keep: frozenset[str]
    counts: dict[str, int]
    lead: frozenset[str]
    tail: frozenset[str]
    future: frozenset[str]
    ke: frozenset[str]
    kii: frozenset[str]
    pron: frozenset[str]
    weak: frozenset[str]
    verb: frozenset[str]
    light: frozenset[str]
    fem: frozenset[str]
    stem: frozenset[str]
    vector: frozenset[str]
    post: frozenset[str]
    wala: frozenset[str]
    prefix: frozenset[str]
    suffix: frozenset[str]
    closed: frozenset[str]
    #: letters in the longest word a part may be: no cut lies further than this from the last
    longest: int = 0

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def known(self, word: str) -> bool:
        return word in self.counts


def split_joined(word: str) -> list[Part] | None:
    """Parts of a run-together ``word`` (a normalized token), or None when it is one word.

    Each part is ``(start, end, norm)``: ``word[start:end]`` is the stretch of the input the part
    covers (the parts tile ``word`` left to right) and ``norm`` its normalized spelling, which may
    differ (``کیلئے`` → ``(0, 2, "کے")``, ``(2, 5, "لیے")``).
    """
    tables = load_tables()
    hit = tables.fixes.get(word)
    if hit is not None:
        return list(hit)
    if len(word) < MIN_WORD_LEN or word in tables.keep:
        return None
    found = _split_cached(word)
    return list(found) if found is not None else None


@lru_cache(maxsize=65536)
def _split_cached(word: str) -> tuple[Part, ...] | None:
    """The segmenter's split with every part that the fix table knows split further
    (سیریزکیلئے → سیریز + کیلئے → سیریز کے لیے)."""
    tables = load_tables()
    found = segment(word, tables)
    if found is None:
        return None
    out: list[Part] = []
    for start, end, norm in found:
        sub = tables.fixes.get(norm) if norm == word[start:end] else None
        if sub:
            out.extend((start + a, start + b, n) for a, b, n in sub)
        else:
            out.append((start, end, norm))
    return tuple(out)


@lru_cache(maxsize=65536)
def _segment_cached(word: str) -> tuple[Part, ...] | None:
    return segment(word, load_tables())


def glued_candidates(word: str, tables: JoinTables | None = None) -> tuple[tuple[int, str], ...]:
    """Where ``word`` might be a name glued to a function word, as ``(cut, name)`` pairs: a name before
    a postposition (``انجلیناکا``، ``ریہانانے``) or after one or ``اور`` (``میںانجلینا``). The tokenizer
    cuts there when the same document also writes the name alone (:func:`neighbour_split`).

    Only a word unknown as a whole, with a name part of three letters or more. Before ``نے`` and
    ``کی`` the name must be unknown too, as names are: a known word there is most often a verb or
    noun ending (``ڈھلنے``، ``کمینے``، ``پیراکی``، ``گائیکی``); after a function word it must be
    unknown always (a known word glued on is the segmenter's business).
    """
    tables = tables or load_tables()
    if len(word) < 5 or word in tables.counts or word in tables.keep or word in tables.fixes:
        return ()
    found: list[tuple[int, str]] = []
    # the ends are tested before anything is cut: most words begin and end with no postposition
    for post in tables.post:
        if not word.endswith(post) or len(word) - len(post) < 3:
            continue
        left = word[: -len(post)]
        if post in ("نے", "کی") and (left in tables.counts or left + "نا" in tables.counts):
            continue
        found.append((len(left), left))
    for pre in (*tables.post, "اور"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            right = word[len(pre):]
            if right not in tables.counts:
                found.append((len(pre), right))
    return tuple(found)


def neighbour_split(word: str, candidates: Sequence[tuple[int, str]], present: Container[str],
                    verb_stems: Container[str] = ()) -> list[Part] | None:
    """``word`` cut at the first of ``candidates`` whose name part stands on its own in the document.

    Before ``نے`` the part must not be a verb stem of the same document (``verb_stems``: words seen
    before an aspect verb, ``چپک گیا``; or with a verb ending, ``چپکتا``): ``چپکنے``، ``گھمانے`` are
    infinitives, not a name and the ergative. (Before ``کے`` a stem is a conjunctive participle,
    ``سکڑ کے``, and the cut stands.)
    """
    for cut, name in candidates:
        if name in present:
            if cut == len(word) - 2 and word.endswith("نے") and (
                    name in verb_stems or any(name + ending in present for ending in _VERB_ENDINGS)):
                continue
            return [(0, cut, word[:cut]), (cut, len(word), word[cut:])]
    return None


@cache
def aspect_verbs() -> frozenset[str]:
    """The vector verbs that follow only a verb stem: forms of جانا، سکنا، چکنا، رہنا، ڈالنا. The
    light verbs دینا، لینا، کرنا follow nouns too (``سبسڈی دی``، ``ریفنڈ کر``), so they prove nothing."""
    return frozenset(w for w in load_tables().vector if not w.startswith(("د", "ل", "ک")))


#: endings that make a stem a verb form (infinitive, participles)
_VERB_ENDINGS = ("نا", "تا", "تی", "تے")


def split_unlisted(word: str) -> list[Part] | None:
    """``split_joined`` without the fix table: the keep list and the general segmenter only."""
    if len(word) < MIN_WORD_LEN or word in load_tables().keep:
        return None
    found = _segment_cached(word)
    return list(found) if found is not None else None


#: Yeh barree as typed. ``normalize`` writes a word-internal ے as ی, so only the original text
#: tells جائےگا (the verb's ے typed, the future written onto it) from جائیگا (ی typed for ے).
TYPED_BARREE = frozenset("ےۓ")


def keep_typed_futures(parts: Sequence[Part], word: str, typed: Callable[[int], str]) -> list[Part] | None:
    """``parts`` of ``word`` with every future ending (گا گی گے) put back onto its verb where the
    verb's last letter was typed as yeh barree (``جائےگا``, ``کرےگی``); None when nothing is then
    left to split. ``typed(i)`` is the character of the original text behind ``word[i]``.

    That spelling is right as it stands: the subjunctive is spelled in full and the future is
    written onto it, as UD Urdu and Hindi write it (``جائےگا`` is one word there). What needs
    repair is the joined ``ی`` that stands for ``ے`` (``جائیگی`` → ``جائے گی``): ``جائی`` is no
    verb form. After ``ں`` (``کریںگے``) the future stays a word of its own, as UD writes it
    (``کریں_گے``).
    """
    future = load_tables().future
    out: list[Part] = []
    for part in parts:
        if out and part[2] in future and typed(part[0] - 1) in TYPED_BARREE:
            start = out.pop()[0]
            out.append((start, part[1], word[start:part[1]]))
        else:
            out.append(part)
    return out if len(out) > 1 else None


def split_written(written: str, split: Callable[[str], list[Part] | None] = split_joined) -> list[Part] | None:
    """What the tokenizer does with ``written``, one word as typed (not normalized): ``split`` on
    its normalized form, then :func:`keep_typed_futures`. Offsets are into the normalized form."""
    n = normalize(written)
    parts = split(n.norm)
    if not parts:
        return None
    m = n.to_original
    return keep_typed_futures(parts, n.norm, lambda i: written[m[i]])


def segment(word: str, tables: JoinTables) -> tuple[Part, ...] | None:
    """The general segmenter alone (no fix table, no keep list): the best licensed split or None.

    Fewest parts wins, then the most frequent parts.
    """
    if not MIN_WORD_LEN <= len(word) <= MAX_PARTS * tables.longest or not _URDU_WORD.fullmatch(word):
        return None  # longer than MAX_PARTS known words: not a run-together word
    if "ں" in word[:-1] and word.replace("ں", "ن") in tables.counts:
        return None  # a spelling of a known word with ں for ن (کیوںکہ = کیونکہ), not two words
    best: tuple[int, float, tuple[Part, ...]] | None = None
    for parts in _segmentations(word, 0, None, tables):
        if len(parts) < 2 or (len(parts) > 2 and all(b - a <= 2 for a, b, _ in parts)):
            continue  # ہرجانہ is not ہر جا نہ
        score = sum(math.log(_weight(p[2], tables)) for p in parts)
        if best is None or (-len(parts), score) > best[:2]:
            best = (-len(parts), score, parts)
    return best[2] if best is not None else None


def _weight(norm: str, tables: JoinTables) -> int:
    return tables.counts.get(norm) or _FUNCTION_COUNT


def _segmentations(word: str, start: int, prev: tuple[str, bool] | None, tables: JoinTables,
                   depth: int = 0) -> list[tuple[Part, ...]]:
    """Every licensed way to cut ``word[start:]``, given the part before it as (norm, seam)."""
    out: list[tuple[Part, ...]] = []
    n = len(word)
    last = word[start:]
    if prev is not None and _usable(last, tables) and _licensed(prev[0], last, prev[1], tables):
        out.append(((start, n, last),))
    if depth + 1 >= MAX_PARTS:
        return out
    if n - start > (MAX_PARTS - depth) * tables.longest:
        return out  # what is left is too long for the parts left: no split from here
    # Every part is a known word, so a cut lies at most ``longest`` letters on: the work per
    # word is bounded by a constant, whatever its length.
    for end in range(start + 2, min(n - 1, start + tables.longest + 1)):
        for norm, seam in _part_norms(word[start:end], word[end:], tables):
            if prev is not None and not _licensed(prev[0], norm, prev[1], tables):
                continue
            for rest in _segmentations(word, end, (norm, seam), tables, depth + 1):
                out.append(((start, end, norm), *rest))
    return out


def _usable(norm: str, tables: JoinTables) -> bool:
    """A known word that may be a part; two letters are too easily a piece of a longer word."""
    return norm in tables.closed if len(norm) <= 2 else norm in tables.counts


def _part_norms(written: str, after: str, tables: JoinTables) -> list[tuple[str, bool]]:
    """The spellings ``written`` may stand for as a non-final part, each with whether the seam
    letter changed (empty: no cut here)."""
    ch = written[-1]
    if written.endswith(FINAL_HAMZA):
        # انڈونیشیاءسے: a known word spelled with its Arabic final hamza, rare in Makhzan itself
        return [(written, False)] if _usable(written, tables) or _usable(written[:-1], tables) else []
    if ch in NON_JOINING:
        return [(written, False)] if _usable(written, tables) else []
    if ch == "ی":
        # A medial ی before the cut is mostly the joined shape of ے (normalize also writes a
        # word-internal ے as ی): ہونیوالی → ہونے والی, کیساتھ → کے ساتھ. It stays ی only where the
        # next word agrees with it (see _licensed): a noun that takes کی (کیطرف → کی طرف) or a
        # feminine auxiliary after a common ی word (رہیتھی → رہی تھی).
        options = []
        barree = written[:-1] + "ے"
        if _usable(barree, tables):
            options.append((barree, True))
        if _usable(written, tables) and (
                written in tables.lead or tables.count(written) >= SEAM_OPEN_MIN_COUNT):
            options.append((written, False))
        return options
    if ch == "ن":
        # کرینگے → کریں گے: the medial ن of a future form stands for ں.
        ghunna = written[:-1] + "ں"
        if _usable(ghunna, tables) and any(after.startswith(f) for f in tables.future):
            return [(ghunna, True)]
    return []


def _licensed(left: str, right: str, seam: bool, tables: JoinTables) -> bool:
    """Whether ``left`` and ``right`` may stand run together as two words.

    A cut needs a function word beside it, or two frequent words. Across a respelled seam the
    evidence must be stronger, since a medial ی is in countless words: a function word on the
    right, or a frequent word after a function word.
    """
    if left[-1] == "ی" and not seam:
        # A joined ی kept as written: only before a word that agrees with it.
        return right in (tables.kii if left in tables.lead else tables.fem)
    if seam and left[-1] == "ے" and (
            right in tables.kii if left in tables.lead
            else right in tables.fem and tables.count(left[:-1] + "ی") >= SEAM_OPEN_MIN_COUNT):
        return False  # the ی reading wins: کی طرف, رہی تھی
    if left in tables.future:
        # گااور, گاکہ; not گاہے, گیگا
        return right == "کہ" or (right in tables.lead and right not in tables.tail)
    if right in tables.future:
        # جائےگا, کرینگے, کروگے, ہوگے; not جوگی
        return left[-1] in "ےں" or (left[-1] == "و" and (len(left) > 2 or left == "ہو"))
    if right in tables.suffix or _ungrammatical(left, right, tables):
        return False
    if right == "اللہ" and left not in tables.lead:
        return False  # a name built on اللہ (عبداللہ, امیراللہ); only اوراللہ, کواللہ are run-ons
    if left.endswith(FINAL_HAMZA):
        # اشیاءکو, شرکاءریلی, اثناءوزیراعظم: the hamza after alif ends a word; inside one only the
        # Arabic article follows it (ضیاءالحق, بہاءالدین)
        return not right.startswith("ال") and (
            right in tables.tail or right in tables.lead or right in tables.pron
            or tables.count(right) >= OPEN_MIN_COUNT)
    if right in tables.stem and right not in tables.lead and right not in tables.tail:
        return False
    if left in tables.stem and left not in tables.lead:
        return right in tables.vector
    if right in tables.weak:
        return left in tables.light or (
            not seam and left not in tables.lead and tables.count(left) >= PAIR_MIN_COUNT)
    right_closed = right in tables.tail or right in tables.lead or right in tables.pron
    if seam:
        if right in tables.wala:
            return left.endswith("نے")
        if left not in tables.lead:
            # ہونیوالی, کرتیہوئے: after a respelled verb or adjective only what follows a verb
            # (پریتو, لیجن, گیان stay whole).
            return right in tables.tail
        return (right_closed or (left == "کے" and right in tables.ke)
                or tables.count(right) >= SEAM_OPEN_MIN_COUNT)
    if left in tables.lead:
        least = (POST_OPEN_MIN_COUNT if len(left) == 2 and left in tables.post and len(right) <= SHORT_OPEN_LEN
                 else OPEN_MIN_COUNT)
        return right_closed or right in tables.ke or tables.count(right) >= least
    if right in tables.tail:
        return left in tables.closed or tables.count(left) >= OPEN_MIN_COUNT
    return (left not in tables.prefix and right not in tables.suffix
            and min(len(left), len(right)) >= PAIR_MIN_LEN
            and tables.count(left) >= PAIR_MIN_COUNT and tables.count(right) >= PAIR_MIN_COUNT)


def _ungrammatical(left: str, right: str, tables: JoinTables) -> bool:
    """Function-word pairs that never stand side by side, so a token that looks like one is a
    word of its own: two postpositions (کیپر, نیکو; but میں سے), a postposition or particle before
    a verb form (کیلیں, تولیے; but کے لیے), a particle before ergative نے (پھرنے; but میں نے), a
    genitive before a finite verb (کاکرو: کا takes a noun, never کرو)."""
    if left in tables.post and right in tables.post:
        return left != "میں"
    if left in _GENITIVE and _finite_verb(right, tables):
        return True
    if left in tables.verb and right.startswith(left) and _finite_verb(right, tables):
        return True  # a verb stem never stands before its own finite form (کرکرے is a name, not کر کرے)
    if right == "نے" and left in tables.vector:
        return True  # ergative نے follows a noun, never a verb form (رہانے is not رہا نے)
    if left in tables.verb or left not in tables.lead:
        return False
    if right in tables.vector:
        return not (left == "کے" and right in tables.ke)
    return right == "نے" and left != "میں"


#: The genitive postpositions: what follows them is the possessed noun.
_GENITIVE = frozenset(("کا", "کی", "کے"))
#: Endings that make a verb stem finite (کرو, کرے, کریں, کروں).
_FINITE_ENDINGS = ("و", "ے", "یں", "وں")


def _finite_verb(word: str, tables: JoinTables) -> bool:
    return any(word.endswith(e) and word[:-len(e)] in tables.verb for e in _FINITE_ENDINGS)


# ---------------------------------------------------------------- data loading


@cache
def load_tables() -> JoinTables:
    """The shipped tables, read once on first use."""
    roles = _read_roles(_read_data("function_words.tsv"))
    counts = {w: int(c) for w, c in _rows(_read_data("vocab.tsv"), "vocab.tsv", 2)}
    keep = frozenset(w for (w,) in _rows(_read_data("keep.tsv"), "keep.tsv", 1))
    fixes = parse_fixes(_read_data("fixes.tsv"))
    return make_tables(fixes, keep, counts, roles)


def make_tables(fixes: dict[str, tuple[Part, ...]], keep: frozenset[str], counts: dict[str, int],
                roles: dict[str, frozenset[str]]) -> JoinTables:
    """Tables from parsed data; function words count as known even when the vocabulary lacks them."""
    def role(name: str) -> frozenset[str]:
        return roles.get(name, frozenset())

    closed = frozenset().union(*(role(r) for r in ("lead", "tail", "future", "ke", "kii", "pron", "stem")))
    merged = dict(counts)
    for w in closed:
        merged.setdefault(w, _FUNCTION_COUNT)
    return JoinTables(
        fixes=fixes, keep=keep, counts=merged, lead=role("lead"), tail=role("tail"),
        future=role("future"), ke=role("ke"), kii=role("kii"), pron=role("pron"),
        weak=role("weak"), verb=role("verb"), light=role("light"), fem=role("fem"), stem=role("stem"), vector=role("vector"),
        post=role("post"), wala=role("wala"),
        prefix=role("prefix"), suffix=role("suffix"), closed=closed,
        longest=max(map(len, merged), default=0),
    )


def parse_fixes(text: str) -> dict[str, tuple[Part, ...]]:
    """``fixes.tsv`` rows (``word``, ``written``, ``norm``, ``source``) as word → parts."""
    fixes: dict[str, tuple[Part, ...]] = {}
    for word, written, norm, _source in _rows(text, "fixes.tsv", 4):
        pieces, norms = written.split(" "), norm.split(" ")
        if "".join(pieces) != word or len(pieces) != len(norms):
            raise DataError(f"fixes.tsv: parts of {word!r} do not tile it; rebuild with scripts/build_joins.py")
        parts: list[Part] = []
        at = 0
        for piece, piece_norm in zip(pieces, norms, strict=True):
            parts.append((at, at + len(piece), piece_norm))
            at += len(piece)
        fixes[word] = tuple(parts)
    return fixes


def _read_roles(text: str) -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for word, role in _rows(text, "function_words.tsv", 2):
        roles.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in roles.items()}


def _read_data(name: str) -> str:
    try:
        return resources.files(_DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, UnicodeDecodeError) as exc:
        raise DataError(f"join data {name} is missing or unreadable; rebuild with scripts/build_joins.py",
                        path=name) from exc


def _rows(text: str, name: str, width: int) -> list[list[str]]:
    """Data rows of a ``#``-commented TSV with a header line, each exactly ``width`` cells."""
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    rows = [ln.split("\t") for ln in lines[1:]]
    for i, row in enumerate(rows):
        if len(row) != width:
            raise DataError(f"expected {width} columns", path=name, line=i + 2)
    return rows
