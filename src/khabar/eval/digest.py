"""``khabar eval summ`` and ``khabar eval tone``: the digest against public datasets.

summ: ROUGE-1/2/L (F1 and ROUGE-1 recall, over khabar tokens) of khabar's extractive summary of each
COUNTER story body against the story's headline, beside LEAD-k (the first k sentences) at the same
sizes. Headlines are not summaries, so this is a proxy: it rewards picking the sentences that carry
the headline's words. LEAD-k skips dateline fragments (fewer than 3 words) so the baseline is not
handicapped by them.

tone: accuracy of the sign of ``score_tone`` on the Urdu Sentiment Corpus (P/N tweets; O and
malformed rows skipped), beside the majority-class baseline. A tweet with no polar word scores 0 and
falls back to the majority class, the same knowledge the baseline has.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from khabar.digest.summary import summarize
from khabar.digest.tone import score_tone
from khabar.errors import FormatError, InputError
from khabar.pipeline import analyze
from khabar.text.tokens import tokenize

#: the digest needs sentences and tokens only; entities would make the runs depend on the tagger
_TEXT_STAGES = ("normalize", "sentences", "tokens")
DEFAULT_SIZES = (1, 2, 3)


def _files(paths: Iterable[str | Path], suffix: str) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob(f"*{suffix}") if f.is_file())
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    if not out:
        raise InputError(f"no {suffix} files under {', '.join(map(str, paths))}")
    return out


# --- ROUGE -------------------------------------------------------------------------------------

def words(text: str) -> list[str]:
    """khabar's normalized tokens of ``text``, punctuation left out."""
    return [t.norm for t in tokenize(text) if any(ch.isalnum() for ch in t.norm)]


def _ngrams(seq: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(seq[i:i + n]) for i in range(len(seq) - n + 1))


def _prf(hits: float, n_cand: int, n_ref: int) -> dict[str, float]:
    p = hits / n_cand if n_cand else 0.0
    r = hits / n_ref if n_ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f}


def rouge_n(candidate: list[str], reference: list[str], n: int) -> dict[str, float]:
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    hits = sum((cand & ref).values())
    return _prf(hits, sum(cand.values()), sum(ref.values()))


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(candidate: list[str], reference: list[str]) -> dict[str, float]:
    return _prf(_lcs(candidate, reference), len(candidate), len(reference))


def rouge(candidate: list[str], reference: list[str]) -> dict[str, float]:
    """ROUGE-1/2/L F1 and ROUGE-1 recall of ``candidate`` against ``reference`` (word lists)."""
    r1 = rouge_n(candidate, reference, 1)
    return {"r1": r1["f"], "r1_recall": r1["r"], "r2": rouge_n(candidate, reference, 2)["f"],
            "rl": rouge_l(candidate, reference)["f"]}


# --- summ ----------------------------------------------------------------------------------------

def read_counter(path: Path) -> tuple[str, str]:
    """(headline, body) of one COUNTER XML story."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise FormatError(f"not a COUNTER XML story: {exc}", path=str(path)) from exc
    headline = (root.findtext("headline") or "").strip()
    body = (root.findtext("body") or "").strip()
    return headline, body


def lead(sentences_words: list[list[str]], size: int) -> list[int]:
    """The first ``size`` sentences, dateline fragments (under 3 words) skipped."""
    picked = [i for i, ws in enumerate(sentences_words) if len(ws) >= 3][:size]
    return picked or list(range(min(size, len(sentences_words))))


def evaluate_summaries(paths: Iterable[str | Path], *, sizes: Iterable[int] = DEFAULT_SIZES,
                       limit: int | None = None, **_: Any) -> dict[str, dict[str, float]]:
    """Mean ROUGE of khabar's summaries and LEAD-k against COUNTER headlines, per size k.

    Rows ``khabar-k`` and ``lead-k``; metrics ``r1``/``r2``/``rl`` (F1), ``r1_recall``, ``words``
    (mean summary length) and ``docs``. The reference is the headline: a proxy, not a summary.
    """
    sizes = tuple(sizes)
    files = _files(paths, ".xml")[:limit]
    totals: dict[str, Counter[str]] = {}
    n = 0
    for path in files:
        headline, body = read_counter(path)
        ref = words(headline)
        if not ref or not body:
            continue
        doc = analyze(body, stages=_TEXT_STAGES)
        sent_words = [words(doc.sentence_text(i)) for i in range(len(doc.sentences))]
        n += 1
        for k in sizes:
            for name, picked in ((f"khabar-{k}", summarize(doc, size=k)), (f"lead-{k}", lead(sent_words, k))):
                cand = [w for i in picked for w in sent_words[i]]
                scores = rouge(cand, ref) | {"words": float(len(cand))}
                totals.setdefault(name, Counter()).update(scores)
    if not n:
        raise InputError("no COUNTER story with a headline and a body found")
    return {name: {m: round(v / n, 4) for m, v in sums.items()} | {"docs": n}
            for name, sums in totals.items()}


# --- tone ----------------------------------------------------------------------------------------

def read_sentiment_tsv(path: Path) -> Iterator[tuple[str, str]]:
    """(text, label) rows of a ``Tweet<TAB>Class`` TSV with P/N labels; other rows skipped."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"cannot read sentiment TSV: {exc}", path=str(path)) from exc
    reader = csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE)
    for i, row in enumerate(reader):
        if i == 0 and row and row[-1].strip().lower() == "class":
            continue
        if len(row) != 2:
            continue
        label = row[1].strip().upper()
        if label in ("P", "N") and row[0].strip():
            yield row[0], label


def evaluate_tone(paths: Iterable[str | Path], *, limit: int | None = None,
                  **_: Any) -> dict[str, dict[str, float]]:
    """Accuracy of the tone sign on P/N labelled texts, beside the majority baseline."""
    rows = [r for path in _files(paths, ".tsv") for r in read_sentiment_tsv(path)][:limit]
    if not rows:
        raise InputError("no P/N labelled rows found; expected a Tweet<TAB>Class TSV")
    majority = Counter(label for _, label in rows).most_common(1)[0][0]
    correct = covered = covered_correct = 0
    for text, label in rows:
        score = score_tone(analyze(text, stages=_TEXT_STAGES)).score
        if score:
            covered += 1
            guess = "P" if score > 0 else "N"
            covered_correct += guess == label
        else:
            guess = majority
        correct += guess == label
    n = len(rows)
    base = sum(label == majority for _, label in rows)
    return {
        "khabar": {"accuracy": round(correct / n, 4), "coverage": round(covered / n, 4),
                   "accuracy_covered": round(covered_correct / covered, 4) if covered else 0.0,
                   "n": n},
        "majority": {"accuracy": round(base / n, 4), "coverage": 1.0,
                     "accuracy_covered": round(base / n, 4), "n": n},
    }
