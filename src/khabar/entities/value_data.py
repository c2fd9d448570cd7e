"""The value lexicons (``data/values/*.tsv``), loaded once and normalized like the text they match.

Every entry goes through :func:`khabar.text.normalize.normalize` and :func:`prepare` at load time,
so a lexicon written in careful Urdu still matches text typed on an Arabic keyboard or with Urdu
digits: both sides are folded the same way.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from khabar.errors import DataError
from khabar.text.normalize import normalize

#: One-to-one character folds applied on top of ``normalize``'s view (the view is the interface;
#: these make value matching independent of how far that view folds digits and letters).
_PREPARE = str.maketrans({
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "٫": ".", "٬": ",", "٪": "%", "ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ۃ": "ہ", "ة": "ہ",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "\u200c": " ", "\u200d": " ", "\u00a0": " ", "–": "-", "—": "-",
    "−": "-", "ـ": " ",
    **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
})


#: a hamza written on the line inside a word stands for ئ (باءیس = بائیس in older encodings); the
#: letter before is looked at once the hamza is read, so that ``re`` jumps from hamza to hamza
_MID_HAMZA = re.compile(r"ء(?<=[^\W\d_]ء)(?=[^\W\d_])")


#: any character :data:`_PREPARE` changes: most texts hold none, and one scan for them in C is
#: cheaper than translate(), which looks every character up in the table
_PREPARED = re.compile("[" + "".join(re.escape(chr(c)) for c in _PREPARE) + "]")
#: up to this many characters to change, replacing each match costs less than translate()
#: (about 0.2 ms for a 5,000-character article); texts with more go through translate()
_FEW_FOLDS = 64


def _fold_char(m: re.Match[str]) -> str:
    return _PREPARE[ord(m.group())]


def prepare(norm: str) -> str:
    """Fold ``norm`` character for character (same length) for value matching, ASCII lower-cased."""
    changed = _PREPARED.findall(norm)
    if not changed:
        out = norm
    elif len(changed) <= _FEW_FOLDS:
        out = _PREPARED.sub(_fold_char, norm)
    else:
        out = norm.translate(_PREPARE)
    if "ء" in out:
        out = _MID_HAMZA.sub("ئ", out)
    return out


def fold_entry(entry: str) -> str:
    """A lexicon entry as it appears in prepared text, inner spaces collapsed to one."""
    return " ".join(prepare(normalize(entry).norm).split())


def lookup_key(matched: str) -> str:
    """The dictionary key of a matched stretch of prepared text (spaces removed)."""
    return "".join(matched.split())


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of ``data/values/<name>`` as dicts; ``#`` lines are comments, then a header line."""
    try:
        raw = resources.files("khabar").joinpath("data", "values", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError, UnicodeDecodeError) as exc:
        raise DataError(f"value lexicon {name} is missing or unreadable; reinstall khabar") from exc
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise DataError(f"value lexicon {name} is empty; reinstall khabar")
    head = lines[0].split("\t")
    rows = []
    for i, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(head):
            raise DataError(f"value lexicon {name}: row {i} has {len(cells)} cells, expected {len(head)}")
        rows.append(dict(zip(head, cells, strict=True)))
    return rows


def table_map(name: str, key: str, value: str) -> dict[str, str]:
    """``{folded entry (spaces removed): value}`` for a two-column lexicon."""
    return {lookup_key(fold_entry(r[key])): r[value] for r in read_table(name)}


def alternation(entries: list[str], *, folded: bool = False) -> str:
    """A regex matching any of ``entries`` (longest first), written with or without inner spaces.

    Built as a character trie, so a scan tests one character per position instead of trying
    hundreds of alternatives (Python's ``re`` does not factor alternations itself).
    """
    words = {e if folded else fold_entry(e) for e in entries} - {""}
    words |= {w.replace(" ", "") for w in words}  # کلو میٹر is also written کلومیٹر
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " else re.escape(ch)
        branches.append(head + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # greedy optional: the longer word is tried first, the shorter one on backtracking
        return "(?:" + body + ")?"
    return body


#: a word edge for Urdu and Latin letters and digits
WORD_START = r"(?<![\w])"
WORD_END = r"(?![\w])"


@cache
def words_regex(name: str, column: str) -> re.Pattern[str]:
    """A compiled pattern matching any entry of one lexicon column as a whole word."""
    entries = [r[column] for r in read_table(name)]
    return re.compile(WORD_START + "(?:" + alternation(entries) + ")" + WORD_END)


def first_chars(entries: list[str], extra: str = "", *, folded: bool = False) -> str:
    """The characters ``entries`` (and ``extra``) can start with, as one string."""
    firsts = {(e if folded else fold_entry(e))[:1] for e in entries} | set(extra)
    firsts.discard("")
    return "".join(sorted(firsts))


def initials(entries: list[str], extra: str = "", *, folded: bool = False) -> str:
    """A lookahead on the first characters ``entries`` (and ``extra``) can start with.

    Put in front of a pattern that begins with a lookbehind or an optional group, it lets
    ``re`` skip every other position at C speed.
    """
    return "(?=[" + "".join(re.escape(c) for c in first_chars(entries, extra, folded=folded)) + "])"
