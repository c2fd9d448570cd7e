"""The one text view the store indexes, hashes and queries: the pipeline's normalizer, then a fold.

``fold(text)`` runs :func:`khabar.text.normalize` (letters ي/ی, ك/ک, diacritics, ...) and then a
character-for-character fold (Arabic-Indic and Urdu digits → ASCII, lower case), so the offset map
of the normalizer still maps every folded character back to the original text. Documents, queries,
entity names and the dedup hash all go through it: ۲۰۲۱ and 2021 meet, and so do spellings that
differ only in diacritics.
"""

from __future__ import annotations

import re

from khabar.text.normalize import Normalized, normalize

from .schema import URDU_TOKENCHARS

_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)}})
_NATIVE_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")

#: one index token: a run of digits, or a run of letters and Urdu marks. Digits and letters are
#: split (``2021ء`` → ``2021`` ``ء``, ``سکور95`` → ``سکور`` ``95``) so years and scores are found
#: however the source glued them; the index holds these tokens joined by spaces.
TOKEN_RE = re.compile(rf"[0-9]+|(?:[^\W\d_]|[{URDU_TOKENCHARS}])+")

_KEY_DROP = re.compile(r"[\s/?#%\\]+")


def fold_str(s: str) -> str:
    """The 1:1 fold applied after normalization (never changes the length)."""
    if _NATIVE_DIGIT.search(s):  # str.translate looks up every character: only when needed
        s = s.translate(_DIGITS)
    return s.lower()


def fold(text: str) -> Normalized:
    """Normalized and folded view of ``text`` with the normalizer's map back to ``text``."""
    n = normalize(text)
    folded = fold_str(n.norm)
    if len(folded) != len(n.norm):  # str.lower() can lengthen a few letters (İ); keep the map valid
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in n.norm.translate(_DIGITS))
    return Normalized(text, folded, n.to_original)


def fold_query(text: str) -> str:
    return fold(text).norm


def tokens(s: str) -> list[str]:
    """Index tokens of an already folded string."""
    return TOKEN_RE.findall(s)


def index_text(folded: str) -> str:
    """What the full-text index holds for a folded text: its tokens, space-separated."""
    return " ".join(TOKEN_RE.findall(folded))


def token_spans(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(s)]


def name_norm(text: str) -> str:
    """A name's folded form, its tokens joined by single spaces."""
    return " ".join(tokens(fold_query(text)))


def entity_key(entity_id: str | None, text: str) -> str:
    """The stable key of an entity: its QID when linked, else ``ur:`` + folded name (``_`` for spaces)."""
    if entity_id:
        return entity_id
    return "ur:" + _KEY_DROP.sub("_", name_norm(text)).strip("_")
