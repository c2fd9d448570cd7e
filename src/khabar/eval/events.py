"""``khabar eval events GOLD.tsv ... --data ROOT``: event extraction against stand-off gold.

The gold (``gold/events/*.tsv``, see its README) points at sentences of the shared datasets by dataset,
document and unit, with character offsets into the sentence; the sentence text is read from ``--data`` and
checked against the stored SHA-1 prefix. Each sentence is analysed alone with ``khabar.analyze``.

Matching: a trigger matches when the spans overlap; an actor matches when the spans overlap or the English
names (or QIDs) agree; an empty target matches only an empty target. Rows: ``trigger``, ``root`` (trigger
and CAMEO root), ``actors`` (each filled role of a matched trigger), ``event`` (trigger, root and both
actors), and ``root_accuracy`` over the gold triggers that were found.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from khabar.document import Actor, Event
from khabar.errors import FormatError, InputError

DEFAULT_DATA = "/work/shared/data"
COLUMNS = ("dataset", "doc", "unit", "sha1", "event", "trigger_start", "trigger_end", "code",
           "actor1_start", "actor1_end", "actor1", "actor2_start", "actor2_end", "actor2", "negated")
_TAG = re.compile(r"</?[A-Z]+>")


@dataclass(frozen=True, slots=True)
class GoldArg:
    start: int
    end: int
    name: str | None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    trigger: tuple[int, int]
    code: str
    actor1: GoldArg | None
    actor2: GoldArg | None
    negated: bool


@dataclass(slots=True)
class GoldSentence:
    dataset: str
    doc: str
    unit: str
    sha1: str
    events: list[GoldEvent]


def read_gold(path: str | Path) -> list[GoldSentence]:
    """Sentences of one gold file, in file order."""
    p = Path(path)
    out: dict[tuple[str, str, str], GoldSentence] = {}
    for line_no, row in gold_rows(p, COLUMNS, "an events gold file (expected the header dataset\tdoc\tunit\t...)"):
        key = (row["dataset"], row["doc"], row["unit"])
        sent = out.setdefault(key, GoldSentence(*key, row["sha1"], []))
        if row["event"] == "0":
            continue
        try:
            sent.events.append(GoldEvent(
                (int(row["trigger_start"]), int(row["trigger_end"])), row["code"],
                _arg(row["actor1_start"], row["actor1_end"], row["actor1"]),
                _arg(row["actor2_start"], row["actor2_end"], row["actor2"]), row["negated"] == "1"))
        except ValueError as exc:
            raise FormatError(f"bad offset: {exc}", path=str(p), line=line_no) from exc
    return list(out.values())


def gold_rows(path: Path, columns: tuple[str, ...], what: str) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, column → value)`` for each row of a stand-off gold TSV whose header is
    ``columns``; blank lines are skipped, a bad header or row is a :class:`FormatError` naming the line.
    ``what`` says what the file should be (``"a quotes gold file (…)"``)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=str(path)) from exc
    except UnicodeError as exc:
        raise FormatError(f"gold file is not UTF-8: {exc.reason}", path=str(path)) from exc
    if not lines or tuple(lines[0].split("\t")) != columns:
        raise FormatError(f"not {what}", path=str(path))
    for line_no, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != len(columns):
            raise FormatError(f"expected {len(columns)} columns, got {len(cols)}", path=str(path), line=line_no)
        yield line_no, dict(zip(columns, cols, strict=True))


def _arg(start: str, end: str, name: str) -> GoldArg | None:
    if not start:
        return None
    return GoldArg(int(start), int(end), name or None)


def sentence_text(data: Path, sent: GoldSentence) -> str:
    """The sentence a gold row points at, checked against its SHA-1 prefix."""
    if sent.dataset == "uner_urdu":
        lines = _uner_lines(str(data / sent.dataset / sent.doc))
        text = lines[int(sent.unit) - 1]
    elif sent.dataset == "counter_urdu_news":
        body = _counter_body(str(data / sent.dataset / sent.doc))
        a, b = (int(x) for x in sent.unit.split(":"))
        text = body[a:b]
    elif sent.dataset == "bend_the_truth_urdu_fake_news":
        a, b = (int(x) for x in sent.unit.split(":"))
        text = _plain_text(str(data / sent.dataset / sent.doc))[a:b]
    elif sent.dataset == "ud_urdu_udtb":
        text = _ud_texts(str(data / sent.dataset / sent.doc))[sent.unit]
    elif sent.dataset == "express_news_headlines":
        line, _, column = sent.unit.partition(":")
        row = _tsv_rows(str(data / sent.dataset / sent.doc))[int(line) - 1]
        text = row.get(column or "title", "")
    else:
        raise FormatError(f"unknown dataset {sent.dataset!r} in events gold")
    text = text.strip()
    if hashlib.sha1(text.encode("utf-8")).hexdigest()[:len(sent.sha1)] != sent.sha1:
        raise InputError(f"{sent.dataset}/{sent.doc} {sent.unit}: sentence text differs from the gold's; "
                         "check that --data points at the original dataset files")
    return text


@cache
def _uner_lines(path: str) -> list[str]:
    raw = _read(path, "utf-16")
    return [_TAG.sub("", line.replace("\ufeff", "").rstrip("\r")) for line in raw.split("\n")]


@cache
def _counter_body(path: str) -> str:
    try:
        root = ET.fromstring(_read(path, "utf-8"))
    except ET.ParseError as exc:
        raise FormatError(f"malformed COUNTER XML: {exc}", path=path) from exc
    body = root.find("body")
    return body.text or "" if body is not None else ""


@cache
def _plain_text(path: str) -> str:
    """A plain-text article (Bend the Truth): UTF-8, a leading BOM dropped, line ends read as ``\\n``."""
    return _read(path, "utf-8").lstrip("\ufeff")


@cache
def _tsv_rows(path: str) -> list[dict[str, str]]:
    """A TSV file with a header, as rows indexed by file line (the header is line 1)."""
    lines = _read(path, "utf-8").split("\n")
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"), strict=False)) for line in lines]


@cache
def _ud_texts(path: str) -> dict[str, str]:
    out: dict[str, str] = {}
    sid = None
    for line in _read(path, "utf-8").splitlines():
        if line.startswith("# sent_id ="):
            sid = line.split("=", 1)[1].strip()
        elif line.startswith("# text =") and sid is not None:
            out[sid] = line.split("=", 1)[1]
    return out


def _read(path: str, encoding: str) -> str:
    try:
        with open(path, encoding=encoding) as fh:
            return fh.read()
    except FileNotFoundError as exc:
        raise InputError("dataset file not found; pass the shared data root with --data", path=path) from exc
    except (OSError, UnicodeError) as exc:
        raise InputError(f"cannot read dataset file: {exc}", path=path) from exc


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def actor_matches(gold: GoldArg | None, actor: Actor | None) -> bool:
    if gold is None or actor is None:
        return gold is None and actor is None
    if actor.start is not None and actor.end is not None and _overlap((gold.start, gold.end),
                                                                      (actor.start, actor.end)):
        return True
    return bool(gold.name and actor.name_en and gold.name.casefold() == actor.name_en.casefold())


class _Counts:
    __slots__ = ("tp", "n_sys", "n_gold")

    def __init__(self) -> None:
        self.tp = self.n_sys = self.n_gold = 0

    def row(self) -> dict[str, float | int]:
        p = self.tp / self.n_sys if self.n_sys else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": self.tp, "sys": self.n_sys,
                "gold": self.n_gold}


def _greedy(gold: Sequence, system: Sequence, ok) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and ok(g, s):
                used.add(si)
                pairs.append((gi, si))
                break
    return pairs


def score_sentence(gold: Sequence[GoldEvent], system: Sequence[Event], counts: dict[str, _Counts],
                   root_hits: list[int]) -> None:
    """Add one sentence's matches to ``counts`` (trigger, root, actors, event) and ``root_hits``."""
    def trig(e: Event) -> tuple[int, int]:
        return (e.trigger.start, e.trigger.end)

    g_trig = sorted({g.trigger: g.code[:2] for g in gold}.items())
    s_trig = sorted({trig(e): e.root for e in system}.items())
    pairs = _greedy(g_trig, s_trig, lambda g, s: _overlap(g[0], s[0]))
    _add(counts["trigger"], len(pairs), len(s_trig), len(g_trig))
    root_hits[1] += len(pairs)
    root_hits[0] += sum(1 for gi, si in pairs if g_trig[gi][1] == s_trig[si][1])
    rpairs = _greedy(g_trig, s_trig, lambda g, s: _overlap(g[0], s[0]) and g[1] == s[1])
    _add(counts["root"], len(rpairs), len(s_trig), len(g_trig))
    g_args = [(g.trigger, role, a) for g in gold for role, a in (("1", g.actor1), ("2", g.actor2)) if a]
    s_args = [(trig(e), role, a) for e in system for role, a in (("1", e.actor1), ("2", e.actor2)) if a]
    s_args = list({(t, r, a.start, a.end, a.name_en): (t, r, a) for t, r, a in s_args}.values())
    g_args = list({(t, r, a.start, a.end): (t, r, a) for t, r, a in g_args}.values())
    apairs = _greedy(g_args, s_args, lambda g, s: _overlap(g[0], s[0]) and g[1] == s[1]
                     and actor_matches(g[2], s[2]))
    _add(counts["actors"], len(apairs), len(s_args), len(g_args))
    epairs = _greedy(gold, system, lambda g, s: _overlap(g.trigger, trig(s)) and g.code[:2] == s.root
                     and actor_matches(g.actor1, s.actor1) and actor_matches(g.actor2, s.actor2))
    _add(counts["event"], len(epairs), len(system), len(gold))
    _add(counts["negation"], sum(1 for gi, si in epairs if gold[gi].negated == system[si].negated),
         len(epairs), len(epairs))


def _add(c: _Counts, tp: int, n_sys: int, n_gold: int) -> None:
    c.tp += tp
    c.n_sys += n_sys
    c.n_gold += n_gold


def evaluate_events(paths: Sequence[str], *, data: str | None = None, limit: int | None = None,
                    details: list | None = None, **_options: object) -> dict[str, dict[str, float | int]]:
    """P/R/F1 of triggers, roots, actors and whole events over the gold files in ``paths``.

    ``details``, when given, receives ``(sentence text, gold events, system events)`` per sentence.
    """
    from khabar.pipeline import analyze

    root = Path(data or DEFAULT_DATA)
    sentences = [s for p in paths for s in read_gold(p)]
    if limit is not None:
        sentences = sentences[:limit]
    counts = {k: _Counts() for k in ("trigger", "root", "actors", "event", "negation")}
    root_hits = [0, 0]
    for sent in sentences:
        text = sentence_text(root, sent)
        system = analyze(text).events
        score_sentence(sent.events, system, counts, root_hits)
        if details is not None:
            details.append((text, sent, system))
    table: dict[str, dict[str, float | int]] = {k: counts[k].row() for k in ("trigger", "root", "actors",
                                                                             "event")}
    table["root_accuracy"] = {"acc": round(root_hits[0] / root_hits[1], 4) if root_hits[1] else 0.0,
                              "n": root_hits[1]}
    neg = counts["negation"]
    table["negation_accuracy"] = {"acc": round(neg.tp / neg.n_gold, 4) if neg.n_gold else 0.0,
                                  "n": neg.n_gold}
    table["sentences"] = {"n": len(sentences), "gold_events": counts["event"].n_gold}
    return table


def confidence_curve(paths: Sequence[str], *, data: str | None = None,
                     thresholds: Sequence[float] = (0.0, 0.55, 0.6, 0.65, 0.7, 0.72, 0.75, 0.78, 0.8, 0.82, 0.85, 0.88, 0.9),
                     ) -> list[dict[str, float | int]]:
    """Full-event P/R/F1 when only events at or above each confidence threshold are kept."""
    from khabar.events.extract import scored_events
    from khabar.pipeline import analyze

    root = Path(data or DEFAULT_DATA)
    sentences = [s for p in paths for s in read_gold(p)]
    scored = [(sent, scored_events(analyze(sentence_text(root, sent)))) for sent in sentences]
    out = []
    for t in thresholds:
        counts = {k: _Counts() for k in ("trigger", "root", "actors", "event", "negation")}
        for sent, events in scored:
            score_sentence(sent.events, [e for e, c, _ in events if c >= t], counts, [0, 0])
        out.append({"threshold": t, **counts["event"].row()})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m khabar.eval.events GOLD.tsv ... [--data ROOT]``: the confidence/precision curve."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m khabar.eval.events",
                                 description="Event P/R/F1 at each confidence threshold.")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)
    print("threshold\tp\tr\tf1\ttp\tsys\tgold")
    for row in confidence_curve(args.gold, data=args.data):
        print("\t".join(str(row[k]) for k in ("threshold", "p", "r", "f1", "tp", "sys", "gold")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
