"""khabar's name tagger beside LughaatNLP's NER: same gold tokens, same scorer, one table.

    .venv/bin/python benchmarks/compare_ner.py --peer-python /opt/peers/lughaatnlp/bin/python \\
        --dataset IL-NER-test conll /work/shared/data/il_ner_urdu/Urdu-test.txt \\
        --dataset MK-PUCIT-test_1k mkpucit /work/shared/data/mk_pucit_ner_subset/test_1k.tsv \\
        --dataset UNER uner /work/shared/data/uner_urdu/uner.txt

Without ``--dataset`` those three are used. Gold is read with :func:`khabar.eval.ner.read_gold`; khabar is
tagged on the gold words as ``khabar eval ner`` does (:func:`khabar.entities.tagger.tag_document_words`:
sentence by sentence for a file, per document with the consistency pass for a folder of articles); the peer is tagged on the very same
words by ``benchmarks/peers/run_lughaatnlp_ner.py`` under the peer's own interpreter (LughaatNLP is a
multi-GB torch install and never enters khabar's venv). Both are scored by
:func:`khabar.eval.ner.score_spans` (exact spans, PER/ORG/LOC, micro overall). Speed is sentences per second
of tagging alone, after a warm-up, both pinned to one CPU core.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from khabar.eval.ner import (
    EVAL_TYPES,
    FORMATS,
    GOLD_TYPES,
    PRED_TYPES,
    GoldSentence,
    eval_spans,
    read_gold,
    score_spans,
)

PEER_SCRIPT = Path(__file__).resolve().parent / "peers" / "run_lughaatnlp_ner.py"
DEFAULT_PEER_PYTHON = "/opt/peers/lughaatnlp/bin/python"
DEFAULT_DATASETS = [
    ("IL-NER test", "conll", "/work/shared/data/il_ner_urdu/Urdu-test.txt"),
    ("MK-PUCIT test_1k", "mkpucit", "/work/shared/data/mk_pucit_ner_subset/test_1k.tsv"),
    ("UNER", "uner", "/work/shared/data/uner_urdu/uner.txt"),
]
#: the peer script already writes PER/ORG/LOC
PEER_TYPES = {t: t for t in EVAL_TYPES}

Table = dict[str, dict[str, float]]


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _documents(sentences: Sequence[GoldSentence]) -> list[list[GoldSentence]]:
    """Runs of sentences of one document, as ``evaluate_documents`` groups them (no document: alone)."""
    groups: list[list[GoldSentence]] = []
    for sent in sentences:
        if sent.doc and groups and groups[-1][0].doc == sent.doc:
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return groups


def run_khabar(sentences: Sequence[GoldSentence]) -> tuple[list[list[str]], float]:
    """khabar's BIO tags for every gold sentence, and sentences/s of the tagging (warm).

    Tagged as ``khabar eval ner`` tags them: document by document with the consistency pass where the
    data has documents (a folder, one file per article), otherwise one sentence at a time.
    """
    from khabar.entities.tagger import tag_document_words

    tag_document_words([["اسلام", "آباد"]])  # loads the model and lexicons once, outside the timing
    groups = _documents(sentences)
    started = time.perf_counter()
    tags = [tags for group in groups for tags in tag_document_words([s.words for s in group])]
    elapsed = time.perf_counter() - started
    return tags, len(sentences) / elapsed if elapsed else 0.0


def run_peer(sentences: Sequence[GoldSentence], python: str, workdir: Path,
             peer_args: Sequence[str] = ()) -> tuple[list[list[str]], dict]:
    """The peer's BIO tags (PER/ORG/LOC) for every gold sentence, and its run statistics."""
    words_path = workdir / "words.jsonl"
    tags_path = workdir / "tags.jsonl"
    with words_path.open("w", encoding="utf-8") as fh:
        for k, sent in enumerate(sentences):
            fh.write(json.dumps({"id": k, "words": sent.words}, ensure_ascii=False) + "\n")
    try:
        done = subprocess.run([python, str(PEER_SCRIPT), str(words_path), str(tags_path), *peer_args],
                              capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SystemExit(f"cannot run the peer's python {python!r} ({exc.strerror}); "
                         "set it up as in benchmarks/peers/README.md") from exc
    if done.returncode != 0:
        raise SystemExit(f"the peer failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    by_id: dict[int, list[str]] = {}
    with tags_path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            by_id[row["id"]] = row["tags"]
    tags = []
    for k, sent in enumerate(sentences):
        got = by_id.get(k)
        if got is None or len(got) != len(sent.words):
            raise SystemExit(f"the peer's tags for sentence {k} do not match its {len(sent.words)} words")
        tags.append(got)
    return tags, stats


def score(sentences: Sequence[GoldSentence], tags: Sequence[list[str]], types: dict[str, str]) -> Table:
    gold = [eval_spans(s.tags, GOLD_TYPES) for s in sentences]
    return score_spans(gold, [eval_spans(t, types) for t in tags])


def compare_dataset(name: str, fmt: str, path: str, peer_python: str | None,
                    peer_args: Sequence[str] = ()) -> dict:
    sentences = read_gold(path, fmt)
    if not sentences:
        raise SystemExit(f"{path}: no sentences read as {fmt!r}")
    ours, our_speed = run_khabar(sentences)
    result: dict = {
        "dataset": name, "format": fmt, "path": path, "sentences": len(sentences),
        "khabar": {"scores": score(sentences, ours, PRED_TYPES), "sent_per_s": round(our_speed, 1)},
    }
    if peer_python:
        with tempfile.TemporaryDirectory(prefix="khabar-peer-") as tmp:
            theirs, stats = run_peer(sentences, peer_python, Path(tmp), peer_args)
        result["lughaatnlp"] = {"scores": score(sentences, theirs, PEER_TYPES),
                                "sent_per_s": stats["sent_per_s"], "stats": stats}
    return result


def _cell(row: dict[str, float]) -> str:
    return f"{100 * row['p']:.1f} / {100 * row['r']:.1f} / **{100 * row['f1']:.1f}**"


def format_table(results: Sequence[dict]) -> str:
    cols = [*EVAL_TYPES, "overall"]
    lines = [
        "| dataset | sents | system | " + " | ".join(f"{c} P / R / F1" for c in cols) + " | sent/s |",
        "|---|---:|---|" + "---|" * len(cols) + "---:|",
    ]
    for res in results:
        systems = [s for s in ("khabar", "lughaatnlp") if s in res]
        for system in systems:
            table = res[system]["scores"]
            lines.append(f"| {res['dataset']} | {res['sentences']} | {system} | "
                         + " | ".join(_cell(table[c]) for c in cols)
                         + f" | {res[system]['sent_per_s']:,.0f} |")
        if len(systems) == 2:
            ours, theirs = res["khabar"], res["lughaatnlp"]
            deltas = [100 * (ours["scores"][c]["f1"] - theirs["scores"][c]["f1"]) for c in cols]
            ratio = ours["sent_per_s"] / theirs["sent_per_s"] if theirs["sent_per_s"] else float("inf")
            lines.append(f"| {res['dataset']} | | khabar − peer (F1 points) | "
                         + " | ".join(f"{d:+.1f}" for d in deltas) + f" | ×{ratio:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", nargs=3, action="append", metavar=("NAME", "FORMAT", "PATH"),
                        help=f"a gold set to score on; FORMAT is one of {', '.join(FORMATS)} (repeatable)")
    parser.add_argument("--peer-python", default=DEFAULT_PEER_PYTHON,
                        help="python of the venv that has LughaatNLP (see benchmarks/peers/README.md)")
    parser.add_argument("--no-peer", action="store_true", help="score khabar alone")
    parser.add_argument("--peer-public-api", action="store_true",
                        help="tag the peer through its public {token: tag} dict (loses repeated words)")
    parser.add_argument("--json", type=Path, default=None, help="also write the full results here")
    args = parser.parse_args(argv)

    datasets = args.dataset or DEFAULT_DATASETS
    for _name, fmt, path in datasets:
        if fmt not in FORMATS:
            parser.error(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        if not Path(path).exists():
            parser.error(f"{path}: no such file (dataset paths are arguments: --dataset NAME FORMAT PATH)")
    _pin_one_core()
    peer_python = None if args.no_peer else args.peer_python
    peer_args = ["--public-api"] if args.peer_public_api else []
    results = [compare_dataset(name, fmt, path, peer_python, peer_args) for name, fmt, path in datasets]
    print(format_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
