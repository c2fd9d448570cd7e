"""Evaluation of sentences and tokens against public treebanks and corpora.

Every dataset is turned into documents of raw text with gold character spans, the text engine runs
on the raw text, and spans are compared exactly (precision, recall, F1 over span sets):

* UD (CoNLL-U, e.g. UD_Urdu-UDTB): the ``# text`` lines of a document (``# newdoc``, or fixed groups
  of ``group`` sentences when there are none) joined by one space. ``_`` inside multiword
  expressions becomes a space and the expression counts as its words. Multiword-token ranges
  (``1-2``) count as their surface token.
* UNER (the BBC per-article files, UTF-16, one sentence per line, inline ``<TAG>`` markup): tags
  stripped, each article's lines joined by one space, so no line break gives a boundary away.
* CLE-UTB (bracketed trees, one sentence per line): leaves joined by spaces, with no space before
  closing punctuation; ZWNJ inside compound leaves kept. Consecutive trees form documents.

Nothing here ships dataset text; paths are arguments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from khabar.errors import FormatError, InputError
from khabar.text.sentences import split_sentences
from khabar.text.tokens import tokenize

Span = tuple[int, int]
DEFAULT_GROUP = 20


@dataclass
class GoldDoc:
    """Raw text with gold sentence and token spans (offsets into ``text``)."""

    text: str
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Span] = field(default_factory=list)
    name: str = ""


@dataclass
class Score:
    tp: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, gold: Iterable[Span], predicted: Iterable[Span]) -> tuple[set[Span], set[Span]]:
        g, p = set(gold), set(predicted)
        self.tp += len(g & p)
        self.gold += len(g)
        self.predicted += len(p)
        return g - p, p - g

    def row(self) -> dict[str, object]:
        prec = self.tp / self.predicted if self.predicted else 0.0
        rec = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                "gold": self.gold, "predicted": self.predicted}


# -- public entry points (``khabar eval ud|sentences|tokens PATH``) ---------------------------------

def evaluate_ud(paths: Sequence[str], **options: object) -> dict[str, dict[str, object]]:
    """Sentence and token P/R/F1 on UD CoNLL-U files."""
    table: dict[str, dict[str, object]] = {}
    for path in paths:
        docs = _limit(read_conllu(path, group=_group(options)), options)
        name = _row_name(path)
        table[f"{name} sentences"] = score_sentences(docs).row()
        table[f"{name} tokens"] = score_tokens(docs).row()
        table[f"{name} tokens (no space repair)"] = score_tokens(docs, repair_joins=False).row()
    return table


def evaluate_sentences(paths: Sequence[str], **options: object) -> dict[str, dict[str, object]]:
    """Sentence P/R/F1 on UNER article folders and UD CoNLL-U files, and again on the same
    documents with every terminator removed (the way some sources publish text: one line per
    article, no ``۔``), which measures the run-on clause cuts of :mod:`khabar.text.runons`."""
    table: dict[str, dict[str, object]] = {}
    for p in paths:
        docs = _limit(read_any(p, options), options)
        table[_row_name(p)] = score_sentences(docs).row()
        table[f"{_row_name(p)} (terminators removed)"] = score_sentences(map(without_terminators, docs)).row()
    return table


def evaluate_tokens(paths: Sequence[str], **options: object) -> dict[str, dict[str, object]]:
    """Token P/R/F1 on CLE-UTB tree files and UD CoNLL-U files, with and without space repair."""
    table: dict[str, dict[str, object]] = {}
    for path in paths:
        docs = _limit(read_any(path, options), options)
        if not any(d.tokens for d in docs):
            raise InputError(f"{path}: this dataset has no gold tokens; evaluate it with `khabar eval sentences`")
        name = _row_name(path)
        table[name] = score_tokens(docs).row()
        table[f"{name} (no space repair)"] = score_tokens(docs, repair_joins=False).row()
    return table


# -- scoring ----------------------------------------------------------------------------------------

def score_sentences(docs: Iterable[GoldDoc], errors: list[tuple[str, str, str]] | None = None) -> Score:
    score = Score()
    for doc in docs:
        pred = [(s.start, s.end) for s in split_sentences(doc.text)]
        missed, extra = score.add(doc.sentences, pred)
        if errors is not None:
            errors.extend(("missed", doc.name, doc.text[a:b]) for a, b in sorted(missed))
            errors.extend(("extra", doc.name, doc.text[a:b]) for a, b in sorted(extra))
    return score


def score_tokens(docs: Iterable[GoldDoc], *, repair_joins: bool = True,
                 errors: list[tuple[str, str, str]] | None = None) -> Score:
    score = Score()
    for doc in docs:
        pred = [(t.start, t.end) for t in tokenize(doc.text, repair_joins=repair_joins)]
        missed, extra = score.add(doc.tokens, pred)
        if errors is not None:
            for kind, spans in (("missed", missed), ("extra", extra)):
                for a, b in sorted(spans):
                    errors.append((kind, doc.name, f"{doc.text[max(0, a - 15):a]}[{doc.text[a:b]}]{doc.text[b:b + 15]}"))
    return score


def without_terminators(doc: GoldDoc) -> GoldDoc:
    """``doc`` with every ``۔ ؟ ? !`` and each sentence-final full stop taken out, gold sentence
    spans moved with the text (tokens are not carried over)."""
    drop = {i for i, ch in enumerate(doc.text) if ch in "۔؟?!"}
    for _, b in doc.sentences:
        end = b
        while end > 0 and doc.text[end - 1] in "\"')]} ":
            end -= 1
        if end > 0 and doc.text[end - 1] == ".":
            drop.add(end - 1)
    kept = [i for i in range(len(doc.text)) if i not in drop]
    new_at = {old: new for new, old in enumerate(kept)}
    text = "".join(doc.text[i] for i in kept)
    sentences: list[Span] = []
    for a, b in doc.sentences:
        inside = [new_at[i] for i in range(a, b) if i in new_at]
        if not inside:
            continue
        s, e = inside[0], inside[-1] + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append((s, e))
    return GoldDoc(text, sentences, [], doc.name)


# -- readers ----------------------------------------------------------------------------------------

def read_any(path: str, options: dict[str, object] | None = None) -> list[GoldDoc]:
    """Pick the reader from the path: a folder is UNER, ``.conllu`` is UD, anything else CLE-UTB trees."""
    fmt = (options or {}).get("fmt")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or folder; pass a dataset path")
    if fmt == "uner" or (fmt is None and p.is_dir()):
        return read_uner(path)
    if fmt in ("conllu", "ud") or (fmt is None and p.suffix == ".conllu"):
        return read_conllu(path, group=_group(options or {}))
    if fmt in (None, "cle", "trees"):
        return read_trees(path, group=_group(options or {}))
    raise InputError(f"unknown --format {fmt!r} for text evaluation; use conllu, uner or trees")


def read_conllu(path: str, *, group: int = DEFAULT_GROUP) -> list[GoldDoc]:
    """UD CoNLL-U → documents; each sentence's gold tokens are aligned onto its ``# text``."""
    sents = list(_conllu_sentences(_read_text(path), path))
    docs: list[GoldDoc] = []
    current: list[tuple[str, list[str]]] = []
    marked = any(newdoc for newdoc, _text, _forms in sents)
    for newdoc, text, forms in sents:
        if current and (newdoc if marked else len(current) >= group):
            docs.append(_join_sentences(current, f"{_row_name(path)}#{len(docs) + 1}"))
            current = []
        current.append((text, forms))
    if current:
        docs.append(_join_sentences(current, f"{_row_name(path)}#{len(docs) + 1}"))
    return docs


def read_uner(folder: str) -> list[GoldDoc]:
    """UNER per-article files (UTF-16, one sentence per line, inline tags) → documents."""
    files = sorted(Path(folder).rglob("*.txt"))
    if not files:
        raise InputError(f"{folder}: no *.txt article files found (expected UNER docs/)")
    docs = []
    for f in files:
        try:
            raw = f.read_bytes().decode("utf-16") if f.stat().st_size else ""
        except UnicodeDecodeError as exc:
            raise FormatError(f"{f}: not UTF-16 text as UNER files are", path=str(f)) from exc
        lines = [_TAG.sub("", line).replace("\ufeff", "").strip() for line in raw.splitlines()]
        lines = [re.sub(r"\s+", " ", line) for line in lines if line.strip()]
        if lines:
            docs.append(_join_sentences([(line, None) for line in lines], str(f.relative_to(folder))))
    return docs


def read_trees(path: str, *, group: int = DEFAULT_GROUP) -> list[GoldDoc]:
    """CLE-UTB bracketed trees → documents of ``group`` consecutive sentences."""
    sents = []
    for n, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        leaves = _LEAF.findall(line)
        if not leaves:
            raise FormatError(f"no (TAG word) leaves in tree line {n}", path=path, line=n)
        words = [_unescape_leaf(w) for _tag, w in leaves]
        words = [w for w in words if w]
        sents.append((_detokenize(words), words))
    docs = []
    for i in range(0, len(sents), group):
        docs.append(_join_sentences(sents[i:i + group], f"{_row_name(path)}#{i // group + 1}"))
    return docs


_TAG = re.compile(r"</?[A-Z]+>")
_LEAF = re.compile(r"\(([^()\s]+) ([^()]+?)\)")
_NO_SPACE_BEFORE = frozenset("۔،؟!:;,.)")


_PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}


def _unescape_leaf(word: str) -> str:
    """Undo treebank bracket escapes; drop ZWNJ/ZWJ at a leaf's edges (invisible, not part of a word)."""
    return _PTB_ESCAPES.get(word, word).strip("\u200c\u200d")


def _detokenize(words: list[str]) -> str:
    out = ""
    for w in words:
        if out and not (w in _NO_SPACE_BEFORE or out.endswith("(")):
            out += " "
        out += w
    return out


def _join_sentences(sents: Sequence[tuple[str, list[str] | None]], name: str) -> GoldDoc:
    doc = GoldDoc("", name=name)
    parts: list[str] = []
    pos = 0
    for text, forms in sents:
        if parts:
            parts.append(" ")
            pos += 1
        doc.sentences.append((pos, pos + len(text)))
        if forms is not None:
            doc.tokens.extend((pos + a, pos + b) for a, b in _align(text, forms))
        parts.append(text)
        pos += len(text)
    doc.text = "".join(parts)
    return doc


def _align(text: str, forms: list[str]) -> Iterator[Span]:
    """Character spans of token ``forms`` in ``text``, in order (whitespace between is skipped)."""
    pos = 0
    for form in forms:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith(form, pos):
            yield pos, pos + len(form)
            pos += len(form)
            continue
        found = text.find(form, pos)
        if found < 0:
            continue  # the form is not in the raw text (rare annotation slips): no gold span
        yield found, found + len(form)
        pos = found + len(form)


def _conllu_sentences(raw: str, path: str) -> Iterator[tuple[bool, str, list[str]]]:
    """(starts a new document, raw text with ``_`` as space, surface forms split at ``_``)."""
    newdoc = False
    text: str | None = None
    forms: list[str] = []
    skip_until = 0
    for n, line in enumerate(raw.splitlines(), 1):
        if line.startswith("#"):
            if line.startswith("# newdoc"):
                newdoc = True
            elif line.startswith("# text = "):
                text = line[9:].strip()
            continue
        if not line.strip():
            if text is not None:
                yield newdoc, text.replace("_", " "), forms
            newdoc, text, forms, skip_until = False, None, [], 0
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise FormatError(f"CoNLL-U line {n} has {len(cols)} columns, not 10", path=path, line=n)
        tid = cols[0]
        if "." in tid:
            continue  # empty node
        if "-" in tid:
            skip_until = int(tid.split("-")[1])
            forms.extend(p for p in cols[1].split("_") if p)
            continue
        if int(tid) <= skip_until:
            continue
        forms.extend(p for p in cols[1].split("_") if p)
    if text is not None:
        yield newdoc, text.replace("_", " "), forms


def _read_text(path: str) -> str:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file; pass a dataset file")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError("not UTF-8 text", path=path) from exc


def _row_name(path: str) -> str:
    p = Path(path)
    if p.is_dir():
        return p.parent.name + "/" + p.name
    return p.stem


def _group(options: dict[str, object]) -> int:
    g = options.get("group")
    return g if isinstance(g, int) and g > 0 else DEFAULT_GROUP


def _limit(docs: list[GoldDoc], options: dict[str, object]) -> list[GoldDoc]:
    n = options.get("limit")
    return docs[:n] if isinstance(n, int) and n > 0 else docs


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m khabar.eval.text sentences|tokens PATH``: list the errors, one per line."""
    import argparse

    ap = argparse.ArgumentParser(description="List sentence or token errors of the text engine.")
    ap.add_argument("what", choices=["sentences", "tokens"])
    ap.add_argument("path")
    ap.add_argument("--no-space-repair", action="store_true")
    args = ap.parse_args(argv)
    docs = read_any(args.path)
    errors: list[tuple[str, str, str]] = []
    if args.what == "sentences":
        print(score_sentences(docs, errors).row())
    else:
        print(score_tokens(docs, repair_joins=not args.no_space_repair, errors=errors).row())
    for kind, name, what in errors:
        print(f"{kind}\t{name}\t{what}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
