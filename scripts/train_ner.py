"""Build the named-entity tagger's word lists and train its CRF; writes ``src/khabar/data/models/``.

    python scripts/train_ner.py [--il-ner DIR] [--urduhack DIR] [--makhzan DIR] [--out DIR]

Learns only from permissively licensed data: IL-NER Urdu train (CC BY 4.0; ``--with-dev`` adds
dev), the urduhack gazetteers and Makhzan word frequencies (MIT), and khabar's own knowledge base.
Writes ``ner.crfsuite``, ``ner_gazetteer.tsv``, ``ner_common.tsv`` and ``ner_wordfreq.tsv``, then
prints the new model's IL-NER dev and test scores (``--check`` adds other sets). Training is
deterministic for a given knowledge base, seed and normalizer.

Gazetteer features are computed "jackknifed" for training: the names of a training sentence's
own fold are left out of the gazetteer it sees, so the CRF learns how far to trust a gazetteer
hit on a name it has never seen, which is the case that matters at run time. For the same reason
half of the knowledge-base names are hidden from the training gazetteer and swapped into copies
of the training sentences in place of their names (``--augment``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.entities.features import gazetteer_tags, sentence_features
from khabar.entities.tag_lexicon import (
    COMMON_COLUMNS,
    FREQ_COLUMNS,
    GAZETTEER_COLUMNS,
    NAME_PART_KINDS,
    RULE_ONLY_KINDS,
    Gazetteer,
    build_gazetteer,
    fold_word,
    kb_entries,
    load_cues,
    load_person_names,
    load_word_bands,
    parse_common_words,
    person_name_parts,
    phrase_tokens,
)
from khabar.entities.tag_spans import bio_spans
from khabar.entities.tagger import MODEL_FILE, NameTagger, tag_words, word_parts
from khabar.eval.ner import GoldSentence, evaluate_sentences, read_gold
from khabar.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/data")
#: IL-NER label → khabar type. NEN (numbers), NETI (times) and NEAR (artefacts) are not names:
#: values are found by ``entities/values.py`` and IL-NER's artefacts are too few and too mixed.
IL_NER_TYPES = {"NEP": "PERSON", "NEL": "GPE", "NEO": "ORG"}
URDUHACK_FILES = {"persons.txt": "PERSON", "locations.txt": "GPE", "organizations.txt": "ORG"}
CITATION = ("Bahad et al. 2024, Fine-tuning Pre-trained Named Entity Recognition Models For Indian "
            "Languages, arXiv:2405.04829")


def training_sentences(sentences: list[GoldSentence]) -> list[tuple[list[str], list[str]]]:
    """Folded words and khabar BIO labels, each word cut the way khabar's tokenizer cuts it
    (``_``-joined units and run-together words become separate words, BIO tags extended)."""
    out: list[tuple[list[str], list[str]]] = []
    for sent in sentences:
        words: list[str] = []
        labels: list[str] = []
        for word, tag in zip(sent.words, sent.tags, strict=True):
            bio, _, label = tag.partition("-")
            type_ = IL_NER_TYPES.get(label)
            parts = word_parts(word) or (word,)
            for k, part in enumerate(parts):
                words.append(part)
                if type_ is None:
                    labels.append("O")
                else:
                    labels.append(("B-" if bio == "B" and k == 0 else "I-") + type_)
        out.append((words, labels))
    return out


def supplement_sentences(path: str, copies: int) -> list[tuple[list[str], list[str]]]:
    """khabar's own annotated sentences (``training/ner/``), ``copies`` times each; none when 0.

    They are not augmented and their names stay out of the gazetteer and the common-word table: they
    teach the CRF Pakistani-newspaper contexts, not a list of names."""
    if copies <= 0:
        return []
    return training_sentences(read_gold(path, "conll")) * copies


def sentence_names(words: list[str], labels: list[str]) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(words[i:j]), t) for i, j, t in bio_spans(labels)]


def urduhack_entries(folder: Path) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for name, type_ in URDUHACK_FILES.items():
        for line in (folder / "ner" / name).read_text(encoding="utf-8").splitlines():
            words = strip_function_words(phrase_tokens(line))
            if words and all(len(w) > 1 for w in words):
                rows.append((" ".join(words), type_, "urduhack"))
    return rows


#: Words a name neither begins nor ends with. urduhack's lists hold phrases cut out of running text
#: (``پشاور میں``, ``اور لندن``); kept whole, they outmatch the bare name (``پشاور`` of the knowledge
#: base) in the gazetteer's longest match, and the dictionary pass then misses the name.
EDGE_FUNCTION_WORDS = frozenset({"نے", "کو", "سے", "کا", "کی", "کے", "میں", "پر", "تک", "اور", "بھی",
                                 "تھا", "تھی", "تھے", "تو", "،"})


def strip_function_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """``پشاور میں`` → ``پشاور``, ``اور لندن`` → ``لندن``: function words off both edges of a phrase."""
    i, j = 0, len(words)
    while i < j and words[i] in EDGE_FUNCTION_WORDS:
        i += 1
    while j > i and words[j - 1] in EDGE_FUNCTION_WORDS:
        j -= 1
    return words[i:j]


def clean_urduhack(rows: list[tuple[str, str, str]], sentences: list[tuple[list[str], list[str]]],
                   kb: list[tuple[tuple[str, ...], str]], *, min_seen: int = 2,
                   min_name_share: float = 0.2) -> list[tuple[str, str, str]]:
    """Drop the urduhack entries that are ordinary words (``علاقے``, ``ذرائع``, ``محکمہ`` ...).

    An entry goes when IL-NER train has the word ``min_seen`` times or more but less than
    ``min_name_share`` of them inside a name, when it is one of the tagger's cue words, or when
    the knowledge base knows the same spelling with another type (``امریکی`` is NORP, not GPE).
    """
    seen: Counter[str] = Counter()
    in_name: Counter[str] = Counter()
    for words, labels in sentences:
        for word, label in zip(words, labels, strict=True):
            seen[word] += 1
            if label != "O":
                in_name[word] += 1
    cues = load_cues()
    kb_types: dict[tuple[str, ...], set[str]] = {}
    for words, type_ in kb:
        kb_types.setdefault(words, set()).add(type_)
    kept: list[tuple[str, str, str]] = []
    for phrase, type_, source in rows:
        words = tuple(phrase.split())
        if len(words) == 1:
            word = words[0]
            if seen[word] >= min_seen and in_name[word] < min_name_share * seen[word]:
                continue
            if cues.get(word, frozenset()) - NAME_PART_KINDS - RULE_ONLY_KINDS:
                continue
        if kb_types.get(words, {type_}) - {type_}:
            continue
        kept.append((phrase, type_, source))
    return kept


def write_gazetteer(path: Path, rows: list[tuple[str, str, str]]) -> None:
    header = [
        "# Name gazetteer of the named-entity tagger; built by scripts/train_ner.py, do not edit.",
        "# Sources: urduhack/urdu-words ner/*.txt (MIT, Copyright (c) 2018 Urdu Hack);",
        f"# IL-NER Urdu train names (CC BY 4.0; {CITATION}).",
        "# phrase = folded words separated by spaces; type = khabar entity type.",
        "\t".join(GAZETTEER_COLUMNS),
    ]
    lines = sorted({"\t".join(r) for r in rows})
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def write_common_words(path: Path, sentences: list[tuple[list[str], list[str]]], *, min_seen: int = 3,
                       max_name_share: float = 0.2) -> None:
    """Words IL-NER train has ``min_seen`` times or more, under ``max_name_share`` of them in names."""
    seen: Counter[str] = Counter()
    in_name: Counter[str] = Counter()
    for words, labels in sentences:
        for word, label in zip(words, labels, strict=True):
            seen[word] += 1
            in_name[word] += label != "O"
    header = [
        "# Ordinary words the tagger's dictionary pass does not take as one-word names;",
        f"# built by scripts/train_ner.py from IL-NER Urdu train (CC BY 4.0; {CITATION}).",
        f"# seen = count in train (>= {min_seen}); in_name = how many of those are inside a name.",
        "\t".join(COMMON_COLUMNS),
    ]
    lines = [f"{w}\t{c}\t{in_name[w]}" for w, c in sorted(seen.items())
             if c >= min_seen and in_name[w] < max_name_share * c and any(ch.isalpha() for ch in w)]
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def write_word_bands(path: Path, makhzan: Path, min_count: int) -> None:
    """Frequency bands (log2 of the count) of the Makhzan corpus's words seen ``min_count`` times."""
    counts: Counter[str] = Counter()
    for line in (makhzan / "wordFrequency.nfc.tsv").read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        folded = fold_word(normalize(word).norm)
        if folded and count.isdigit():
            counts[folded] += int(count)
    header = [
        "# Word frequency bands for the named-entity tagger; built by scripts/train_ner.py, do not edit.",
        "# Source: zeerakahmed/makhzan stats/wordFrequency (MIT: the repository's /stats are MIT-licensed).",
        f"# band = floor(log2(count)); words seen fewer than {min_count} times are left out.",
        "\t".join(FREQ_COLUMNS),
    ]
    lines = [f"{w}\t{c.bit_length() - 1}" for w, c in sorted(counts.items()) if c >= min_count]
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def augment(sentences: list[tuple[list[str], list[str]]], pools: dict[str, list[tuple[str, ...]]],
            copies: int, rng: random.Random) -> list[tuple[list[str], list[str]]]:
    """Copies of the sentences that have names, each name replaced by a random one of its type.

    IL-NER's few hundred names (mostly Indian) would otherwise be memorised; swapping in names
    from the gazetteers makes the model lean on context (case markers, titles, speech verbs).
    """
    out: list[tuple[list[str], list[str]]] = []
    for words, labels in sentences:
        spans = bio_spans(labels)
        if not spans:
            continue
        for _ in range(copies):
            new_words: list[str] = []
            new_labels: list[str] = []
            pos = 0
            for i, j, type_ in spans:
                new_words += words[pos:i]
                new_labels += labels[pos:i]
                name = _random_name(type_, pools, rng)
                new_words += name
                new_labels += ["B-" + type_] + ["I-" + type_] * (len(name) - 1)
                pos = j
            new_words += words[pos:]
            new_labels += labels[pos:]
            out.append((new_words, new_labels))
    return out


def _random_name(type_: str, pools: dict[str, list[tuple[str, ...]]], rng: random.Random) -> tuple[str, ...]:
    if type_ == "PERSON" and rng.random() < 0.5 and pools["PERSON_PART"]:
        # compose given name + family name from the words of known names
        parts = pools["PERSON_PART"]
        return tuple(w for _ in range(rng.choice((1, 2, 2, 3))) for w in rng.choice(parts))
    return rng.choice(pools[type_])


def tagged(entries: list[tuple[tuple[str, ...], str]], source: str) -> list[tuple[tuple[str, ...], str]]:
    return [(words, f"{source}:{type_}") for words, type_ in entries]


def train(args: argparse.Namespace) -> int:
    import pycrfsuite

    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_word_bands(out / "ner_wordfreq.tsv", Path(args.makhzan), args.min_count)
    load_word_bands.cache_clear()
    il_ner = Path(args.il_ner)
    train_gold = read_gold(il_ner / "Urdu-train.txt", "conll")
    dev_gold = read_gold(il_ner / "Urdu-dev.txt", "conll")
    test_gold = read_gold(il_ner / "Urdu-test.txt", "conll")
    train_sents = training_sentences(train_gold + (dev_gold if args.with_dev else []))
    own_sents = supplement_sentences(args.supplement, args.supplement_copies)
    kb = list(kb_entries(wikidata_only=True))  # the khabar-local entries are run-time only, like the lists
    urduhack = clean_urduhack(urduhack_entries(Path(args.urduhack)), train_sents, kb)

    folds = args.folds
    fold_names: list[list[tuple[tuple[str, ...], str]]] = [[] for _ in range(folds)]
    for n, (words, labels) in enumerate(train_sents):
        fold_names[n % folds].extend(sentence_names(words, labels))
    il_names = sorted({e for f in fold_names for e in f})

    # Names for replacement come from the pool's sources; half of the outside names are hidden from the
    # training gazetteer so the model also learns to find names it has no gazetteer hit for.
    outside = sorted({(tuple(p.split()), t) for p, t, _s in urduhack} | set(kb)
                     if args.augment_pool == "all" else set(kb))
    hidden = set(rng.sample(outside, len(outside) // 2)) if args.augment else set()
    pools: dict[str, list[tuple[str, ...]]] = {"PERSON_PART": [], "PERSON": [], "GPE": [], "ORG": []}
    for words, type_ in outside + il_names:
        if type_ == "PERSON":
            pools["PERSON_PART"] += [(w,) for w in words if w.isalpha()]
        if type_ in pools and (type_ != "PERSON" or len(words) > 1):
            pools[type_].append(words)
    base = (tagged(sorted({(tuple(p.split()), t) for p, t, _s in urduhack} - hidden), "u")
            + tagged([e for e in kb if e not in hidden], "k"))
    name_parts = person_name_parts(
        {w for words, t in {(tuple(p.split()), t) for p, t, _s in urduhack} | set(kb)
         if t == "PERSON" and (words, t) not in hidden for w in words} | load_person_names(), load_cues())
    fold_gaz = [Gazetteer(base + tagged([e for f in range(folds) if f != k for e in fold_names[f]], "i"))
                for k in range(folds)]

    trainer = pycrfsuite.Trainer(verbose=False)
    extra = augment(train_sents, pools, args.augment, rng) if args.augment else []
    # khabar's own sentences come after IL-NER's and its augmented copies, so adding them leaves the
    # random draws (hidden names, replacements) and the IL-NER sentences' folds as they were.
    for n, (words, labels) in enumerate(train_sents + extra + own_sents):
        gaz = fold_gaz[n % folds]
        xseq = sentence_features(words, gazetteer_tags(len(words), gaz.match(words)), name_parts)
        trainer.append(xseq, labels)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})

    rows = [*urduhack, *((" ".join(words), t, "il-ner") for (words, t) in il_names)]
    write_gazetteer(out / "ner_gazetteer.tsv", rows)
    write_common_words(out / "ner_common.tsv", train_sents)

    model_path = out / MODEL_FILE
    started = time.perf_counter()
    trainer.train(str(model_path))
    print(f"trained {len(train_sents)} + {len(extra)} augmented + {len(own_sents)} khabar sentences in "
          f"{time.perf_counter() - started:.0f}s → {model_path} ({model_path.stat().st_size / 1e6:.1f} MB)",
          file=sys.stderr)

    tagger = NameTagger(str(model_path), build_gazetteer((out / "ner_gazetteer.tsv").read_text("utf-8")),
                        common=parse_common_words((out / "ner_common.tsv").read_text("utf-8")),
                        person_names=load_person_names())
    checks = [("il-ner dev", dev_gold)] + ([] if args.skip_test else [("il-ner test", test_gold)])
    for spec in args.check:
        path, _, fmt = spec.partition(":")
        checks.append((Path(path).name, read_gold(path, fmt or None)[: args.check_limit]))
    for name, gold in checks:
        table = evaluate_sentences(gold, lambda words: tag_words(words, tagger=tagger))
        cells = "  ".join(f"{t} {table[t]['f1']:.3f}" for t in ("PER", "ORG", "LOC"))
        o = table["overall"]
        print(f"{name}: P {o['p']:.3f} R {o['r']:.3f} F1 {o['f1']:.3f}  ({cells})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--il-ner", default=str(SHARED / "il_ner_urdu"), help="IL-NER Urdu folder")
    parser.add_argument("--urduhack", default=str(SHARED / "urduhack_urdu_words"),
                        help="urduhack/urdu-words folder (with ner/)")
    parser.add_argument("--makhzan", default=str(SHARED / "makhzan_stats"), help="Makhzan stats folder")
    parser.add_argument("--min-count", type=int, default=5, help="least Makhzan count kept in the band table")
    parser.add_argument("--out", default=str(ROOT / "src" / "khabar" / "data" / "models"))
    parser.add_argument("--with-dev", action="store_true", help="train on train+dev (after tuning)")
    parser.add_argument("--folds", type=int, default=10, help="jackknife folds of the IL-NER names in the training gazetteer")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--augment", type=int, default=1, help="name-replaced copies of each named sentence")
    parser.add_argument("--augment-pool", choices=("kb", "all"), default="kb",
                        help="names swapped in: knowledge base + IL-NER only, or also the urduhack lists")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--supplement", default=str(ROOT / "training" / "ner" / "khabar_news.conll"),
                        help="khabar's own annotated Pakistani-news sentences (BIO, IL-NER labels)")
    parser.add_argument("--supplement-copies", type=int, default=0,
                        help="times each supplement sentence is trained on (0: left out)")
    parser.add_argument("--skip-test", action="store_true", help="do not score IL-NER test (tuning runs)")
    parser.add_argument("--check", action="append", default=[], metavar="PATH[:FORMAT]",
                        help="also score the new model on this evaluation set (repeatable)")
    parser.add_argument("--check-limit", type=int, default=None, help="first N sentences of --check sets")
    return train(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
