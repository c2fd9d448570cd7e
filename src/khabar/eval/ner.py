"""``khabar eval ner PATH --format conll|uner|mkpucit|ijcnlp|jahangir``: entity-level P/R/F1.

Scoring is exact-span over the gold tokens, per type (PER, ORG, LOC) and overall (micro). khabar's
types map to the datasets' three: PERSON→PER, ORG→ORG, GPE|LOC|FAC→LOC; NORP, EVENT, PRODUCT, ...
are not counted (no dataset here tags nationalities or events as names). Gold labels map the same
way (IL-NER NEP/NEL/NEO, UNER PERSON/LOCATION/ORGANIZATION, MK-PUCIT PER/LOC/ORG); numbers, dates,
designations and artefacts are dropped from the gold.

Formats (see each dataset's SOURCE.md):

- ``conll``: ``token<TAB>tag``, blank line between sentences, BIO tags (IL-NER, MK-PUCIT);
- ``mkpucit``: ``conll`` whose tokens may join words with zero-width non-joiners;
- ``ijcnlp``, ``jahangir``: ``token<TAB>LABEL`` with plain labels, adjacent equal labels = one entity;
- ``uner``: one sentence a line with inline ``<PERSON>...</PERSON>`` markup (UTF-16 or UTF-8).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from khabar.entities.tag_spans import Span, bio_spans
from khabar.errors import FormatError, InputError

EVAL_TYPES = ("PER", "ORG", "LOC")
#: khabar type → evaluation type (anything else is not scored)
PRED_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
#: dataset label → evaluation type
GOLD_TYPES = {
    "NEP": "PER", "NEL": "LOC", "NEO": "ORG",
    "PER": "PER", "LOC": "LOC", "ORG": "ORG",
    "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG",
}
FORMATS = ("conll", "uner", "mkpucit", "ijcnlp", "jahangir")


@dataclass(slots=True)
class GoldSentence:
    words: list[str]
    tags: list[str]  # BIO over the dataset's own labels
    doc: str = ""  # the document it belongs to, where the dataset has documents (one file each)


# ---------------------------------------------------------------- readers


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from exc
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError("not UTF-8 or UTF-16 text", path=str(path)) from exc
    return text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")


def _fix_bio(tag: str) -> str:
    """Repair the malformed tags some datasets carry: ``-`` → O, ``-NEL`` → B-NEL."""
    tag = tag.strip()
    if not tag or tag == "-" or tag == "O":
        return "O"
    if tag.startswith("-"):
        return "B" + tag
    if tag.startswith(("B-", "I-")):
        return tag
    return "B-" + tag


def parse_columns(text: str, *, bio: bool = True, path: str = "<text>") -> list[GoldSentence]:
    """``token<TAB>tag`` lines, blank line between sentences. ``bio=False``: plain labels."""
    sentences: list[GoldSentence] = []
    words: list[str] = []
    labels: list[str] = []

    def flush() -> None:
        if words:
            tags = [_fix_bio(t) for t in labels] if bio else _plain_to_bio(labels)
            sentences.append(GoldSentence(list(words), tags))
            words.clear()
            labels.clear()

    for line_no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            flush()
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise FormatError("expected token<TAB>tag", path=path, line=line_no)
        words.append(cols[0].strip().replace("\ufeff", ""))
        labels.append(cols[-1].strip())
    flush()
    return sentences


def _plain_to_bio(labels: Sequence[str]) -> list[str]:
    tags: list[str] = []
    prev = "O"
    for label in labels:
        label = label or "O"
        if label == "O":
            tags.append("O")
        else:
            tags.append(("I-" if label == prev else "B-") + label)
        prev = label
    return tags


_UNER_TAG = re.compile(r"<(/?)([A-Z]+)>")


def parse_inline(text: str, *, path: str = "<text>") -> list[GoldSentence]:
    """One sentence a line with ``<TYPE>words</TYPE>`` markup, whitespace-tokenized.

    A tag opened inside another's span closes the outer one (the markup is sometimes nested).
    """
    sentences: list[GoldSentence] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        words: list[str] = []
        tags: list[str] = []
        open_type = ""
        begin = True
        pos = 0
        for m in _UNER_TAG.finditer(line):
            _add_words(line[pos:m.start()], open_type, begin, words, tags)
            if open_type and line[pos:m.start()].strip():
                begin = False
            closing, type_ = m.group(1) == "/", m.group(2)
            if closing:
                if type_ == open_type:
                    open_type = ""
            else:
                open_type, begin = type_, True
            pos = m.end()
        _add_words(line[pos:], open_type, begin, words, tags)
        if words:
            sentences.append(GoldSentence(words, tags))
    return sentences


def _add_words(chunk: str, type_: str, begin: bool, words: list[str], tags: list[str]) -> None:
    for k, word in enumerate(chunk.split()):
        words.append(word)
        if not type_:
            tags.append("O")
        else:
            tags.append(("B-" if begin and k == 0 else "I-") + type_)


_READERS: dict[str, Callable[[str, str], list[GoldSentence]]] = {
    "conll": lambda text, path: parse_columns(text, path=path),
    "mkpucit": lambda text, path: parse_columns(text, path=path),
    "ijcnlp": lambda text, path: parse_columns(text, bio=False, path=path),
    "jahangir": lambda text, path: parse_columns(text, bio=False, path=path),
    "uner": lambda text, path: parse_inline(text, path=path),
}


def guess_format(path: Path) -> str:
    name = path.name.lower()
    if name.startswith("uner") or path.parent.name.startswith("uner"):
        return "uner"
    if "ijnlp" in name or "ijcnlp" in name:
        return "ijcnlp"
    if "jahangir" in name:
        return "jahangir"
    if path.parent.name.startswith("mk_pucit"):
        return "mkpucit"
    return "conll"


def read_gold(path: str | Path, fmt: str | None = None) -> list[GoldSentence]:
    path = Path(path)
    fmt = fmt or guess_format(path)
    if fmt not in _READERS:
        raise InputError(f"unknown NER format {fmt!r}; use one of {', '.join(FORMATS)}", path=str(path))
    if not path.is_dir():
        return _READERS[fmt](_read_text(path), str(path))
    # a folder holds one document per file (UNER's docs/): sentences keep their document
    out: list[GoldSentence] = []
    for f in sorted(path.rglob("*.txt")):
        for sent in _READERS[fmt](_read_text(f), str(f)):
            sent.doc = str(f.relative_to(path))
            out.append(sent)
    return out


# ---------------------------------------------------------------- scoring


def eval_spans(tags: Sequence[str], types: dict[str, str]) -> set[Span]:
    return {(i, j, types[t]) for i, j, t in bio_spans(tags) if t in types}


def score_spans(gold: Iterable[set[Span]], pred: Iterable[set[Span]]) -> dict[str, dict[str, float]]:
    counts = {t: [0, 0, 0] for t in EVAL_TYPES}  # tp, gold, pred
    for g, p in zip(gold, pred, strict=True):
        for _i, _j, t in g:
            counts[t][1] += 1
        for span in p:
            counts[span[2]][2] += 1
            if span in g:
                counts[span[2]][0] += 1
    table = {t: _prf(*c) for t, c in counts.items()}
    table["overall"] = _prf(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return table


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "gold": n_gold, "pred": n_pred}


def evaluate_sentences(sentences: Sequence[GoldSentence],
                       tag: Callable[[list[str]], list[str]]) -> dict[str, dict[str, float]]:
    gold = [eval_spans(s.tags, GOLD_TYPES) for s in sentences]
    pred = [eval_spans(tag(s.words), PRED_TYPES) for s in sentences]
    return score_spans(gold, pred)


def evaluate_documents(sentences: Sequence[GoldSentence],
                       tag_doc: Callable[[list[list[str]]], list[list[str]]]) -> dict[str, dict[str, float]]:
    """Like :func:`evaluate_sentences`, tagging each document's sentences together (sentences
    without a document are tagged alone)."""
    groups: list[list[GoldSentence]] = []
    for s in sentences:
        if s.doc and groups and groups[-1][0].doc == s.doc:
            groups[-1].append(s)
        else:
            groups.append([s])
    gold: list[set[Span]] = []
    pred: list[set[Span]] = []
    for group in groups:
        gold += [eval_spans(s.tags, GOLD_TYPES) for s in group]
        pred += [eval_spans(tags, PRED_TYPES) for tags in tag_doc([s.words for s in group])]
    return score_spans(gold, pred)


def evaluate_ner(paths: Sequence[str], *, fmt: str | None = None, limit: int | None = None,
                 **_options: object) -> dict[str, dict[str, float]]:
    """Entity-level P/R/F1 of the name tagger on gold-tokenized data.

    Sentences are tagged one by one (:func:`khabar.entities.tagger.tag_words`), or per document
    with the consistency pass where the data has documents (a folder with one file per article).
    """
    from khabar.entities.tagger import tag_document_words

    sentences: list[GoldSentence] = []
    for path in paths:
        sentences.extend(read_gold(path, fmt))
    if limit is not None:
        sentences = sentences[:limit]
    if not sentences:
        raise InputError("no sentences found", path=", ".join(map(str, paths)))
    started = time.perf_counter()
    table = evaluate_documents(sentences, tag_document_words)
    elapsed = time.perf_counter() - started
    table["overall"]["sentences"] = len(sentences)
    table["overall"]["sent_per_s"] = round(len(sentences) / elapsed, 1) if elapsed else 0.0
    return table
