"""Speed and memory of ``khabar.analyze`` (and of the name tagger alone), with LughaatNLP side by side.

    python benchmarks/bench_ner.py [--repeat 20] [--examples examples] [--stages]
    python benchmarks/bench_ner.py --lughaat-python /opt/lughaat/bin/python \\
        --il-ner /work/shared/data/il_ner_urdu/Urdu-test.txt

Each measurement runs in a fresh interpreter pinned to one CPU core: cold start (import + the first
analysis of one sentence; wall and CPU seconds), sentences per CPU second of the full pipeline over
the bundled examples, the tagger's share of it, and the peak resident memory. LughaatNLP is a 5.8 GB install, so it is
never imported here: ``--lughaat-python`` names the interpreter of a separate venv that has it, and
its NER is scored on IL-NER test over gold tokens with khabar's own scorer.

``--stages`` adds, from one more pinned child, the CPU microseconds per sentence of each pipeline stage
over the same texts (``khabar.pipeline.STAGES``, timed as ``analyze`` runs them), with the entities
stage also split into its steps (names tagged, linked; values) and the digest into its three parts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_COLD = """
import os, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
t, c = time.perf_counter(), time.process_time()
import khabar
khabar.analyze("وزیراعظم شہباز شریف نے اسلام آباد میں کابینہ کے اجلاس کی صدارت کی۔")
print(time.perf_counter() - t, time.process_time() - c)
"""

_WARM = """
import json, os, resource, sys, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import khabar
from khabar.entities.tagger import tag_entities
texts = json.loads(sys.stdin.read())
khabar.analyze(texts[0])
n_sent = 0
# CPU seconds of this process: other work on the machine does not count against it
t = time.process_time()
docs = []
for text in texts:
    doc = khabar.analyze(text)
    n_sent += len(doc.sentences)
    docs.append(doc)
full = time.process_time() - t
t = time.process_time()
for doc in docs:
    tag_entities(doc)
tagger = time.process_time() - t
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"sentences": n_sent, "full_s": full, "tagger_s": tagger, "peak_rss_mb": rss_kb / 1024}))
"""

_LUGHAAT = """
import json, sys, time
from LughaatNLP import NER_Urdu
ner = NER_Urdu()
sentences = json.loads(sys.stdin.read())
out = []
t = time.perf_counter()
for words in sentences:
    tags = ner.ner_tags_urdu(" ".join(words))
    out.append([tags.get(w, "O") for w in words])
print(json.dumps({"tags": out, "seconds": time.perf_counter() - t}))
"""

_STAGES = """
import json, os, sys, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import khabar
from khabar import pipeline
cpu = {}
def timed(name, run):
    def wrapper(*args, **kwargs):
        t = time.process_time()
        try:
            return run(*args, **kwargs)
        finally:
            cpu[name] = cpu.get(name, 0.0) + time.process_time() - t
    return wrapper
# each stage as analyze runs it, and the steps inside the entities and digest stages
pipeline.STAGES = tuple(pipeline.Stage(s.name, timed(s.name, s.run), s.requires, s.assigns) for s in pipeline.STAGES)
steps = {"tag_entities": "entities.tag", "link_entities": "entities.link", "extract_values": "entities.values",
         "extract_keywords": "digest.keywords", "summarize": "digest.summary", "score_tone": "digest.tone"}
for fn, name in steps.items():
    setattr(pipeline, fn, timed(name, getattr(pipeline, fn)))
texts = json.loads(sys.stdin.read())
khabar.analyze(texts[0])
cpu.clear()
n_sent = sum(len(khabar.analyze(text).sentences) for text in texts)
print(json.dumps({name: round(1e6 * s / n_sent, 1) for name, s in cpu.items()}))
"""

#: LughaatNLP's labels (BILOU over UNER's types) → khabar's types, for khabar's scorer.
_LUGHAAT_TYPES = {"PERSON": "PERSON", "LOCATION": "GPE", "ORGANIZATION": "ORG"}


def _run(code: str, stdin: str = "", python: str = sys.executable) -> str:
    done = subprocess.run([python, "-c", code], input=stdin, capture_output=True, text=True, cwd=ROOT,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr[-2000:]}")
    return done.stdout.strip().splitlines()[-1]


def _texts(examples: Path, repeat: int) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))] * repeat


def bench_stages(examples: Path, repeat: int) -> dict[str, float]:
    """CPU microseconds per sentence of each pipeline stage (and the steps of two of them)."""
    return json.loads(_run(_STAGES, json.dumps(_texts(examples, repeat))))


def bench_khabar(examples: Path, repeat: int) -> dict[str, float]:
    texts = _texts(examples, repeat)
    colds = [tuple(map(float, _run(_COLD).split())) for _ in range(3)]
    warm = json.loads(_run(_WARM, json.dumps(texts)))
    return {
        "cold_start_s": round(min(wall for wall, _cpu in colds), 3),
        "cold_start_cpu_s": round(min(cpu for _wall, cpu in colds), 3),
        "sentences": warm["sentences"],
        "analyze_sent_per_s": round(warm["sentences"] / warm["full_s"], 1),
        "tagger_sent_per_s": round(warm["sentences"] / warm["tagger_s"], 1),
        "peak_rss_mb": round(warm["peak_rss_mb"], 1),
    }


def _lughaat_bio(tags: list[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        prefix, _, label = tag.partition("-")
        type_ = _LUGHAAT_TYPES.get(label)
        if type_ is None:
            out.append("O")
        else:
            out.append(("B-" if prefix in ("B", "U") else "I-") + type_)
    return out


def bench_lughaat(python: str, il_ner: Path) -> dict[str, dict[str, float]]:
    from khabar.entities.tagger import tag_words
    from khabar.eval.ner import GOLD_TYPES, PRED_TYPES, eval_spans, read_gold, score_spans

    gold = read_gold(il_ner, "conll")
    reply = json.loads(_run(_LUGHAAT, json.dumps([s.words for s in gold]), python=python))
    gold_spans = [eval_spans(s.tags, GOLD_TYPES) for s in gold]
    theirs = [eval_spans(_lughaat_bio(tags), PRED_TYPES) for tags in reply["tags"]]
    ours = [eval_spans(tag_words(s.words), PRED_TYPES) for s in gold]
    return {"lughaatnlp": {**score_spans(gold_spans, theirs)["overall"],
                           "sent_per_s": round(len(gold) / reply["seconds"], 1)},
            "khabar": score_spans(gold_spans, ours)["overall"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=Path, default=ROOT / "examples")
    parser.add_argument("--repeat", type=int, default=20, help="how many times the examples are analysed")
    parser.add_argument("--lughaat-python", default=None, help="python of a venv with LughaatNLP installed")
    parser.add_argument("--il-ner", type=Path, default=Path("/work/shared/data/il_ner_urdu/Urdu-test.txt"))
    parser.add_argument("--stages", action="store_true", help="also CPU microseconds per sentence of each stage")
    args = parser.parse_args(argv)
    report: dict[str, object] = {"khabar": bench_khabar(args.examples, args.repeat)}
    if args.stages:
        report["stage_us_per_sentence"] = bench_stages(args.examples, args.repeat)
    if args.lughaat_python:
        report["il_ner_test"] = bench_lughaat(args.lughaat_python, args.il_ner)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
