"""Tag pre-tokenized sentences with LughaatNLP's NER. Runs under the PEER's Python, never khabar's.

    /opt/peers/lughaatnlp/bin/python benchmarks/peers/run_lughaatnlp_ner.py words.jsonl tags.jsonl

Input: JSONL ``{"id": ..., "words": [...]}``. Output: JSONL ``{"id": ..., "tags": [...]}`` with one BIO tag
(``B-PER``, ``I-LOC``, ``O``, ...) per given word. A last line of JSON on stdout gives the load time and
sentences per second of tagging alone (tokenizing, indexing and the model; reading/writing files excluded).

How LughaatNLP is driven, and why:

- Its public ``NER_Urdu.ner_tags_urdu(sentence)`` returns a ``{token: tag}`` dict, so a word that occurs twice
  keeps only its last tag and the tags cannot be put back on positions. We call the same steps it does
  (``urdu_tokenize`` → ``preprocess_sentence`` → ``model`` → argmax) and keep the per-position tags, which can
  only help the peer.
- Its tokenizer keeps only runs of Arabic-script letters and single punctuation marks (its digit pattern is
  a literal backslash, so digits and Latin letters vanish). It never joins across whitespace, so tokenizing
  each gold word on its own gives the same tokens as tokenizing the joined sentence, and every token knows
  its word. A word yields the tag of its first token that is not ``O``; a word with no token (digits, Latin) is ``O``.
- The model reads at most ``max_length`` (101) tokens; longer sentences are tagged in consecutive windows
  instead of being cut, again in the peer's favour.
- Labels are BILOU over UNER's seven types. PERSON→PER, ORGANIZATION→ORG, LOCATION→LOC; DATE, TIME,
  NUMBER and DESIGNATION become ``O`` (no dataset here scores them). B/U start an entity, I/L continue it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}


def to_bio(label: str) -> str:
    """One LughaatNLP label (``U-PERSON``, ``L-LOCATION``, ``O``, ``-``) → a BIO tag over PER/ORG/LOC."""
    prefix, _, name = label.partition("-")
    type_ = _TYPES.get(name)
    if type_ is None:
        return "O"
    return ("B-" if prefix in ("B", "U") else "I-") + type_


def word_tokens(ner: object, words: list[str]) -> tuple[list[str], list[int]]:
    """The peer's tokens for the given words, and for each token the index of its word."""
    tokens: list[str] = []
    owner: list[int] = []
    for k, word in enumerate(words):
        for token in ner.urdu_tokenize(word):
            tokens.append(token)
            owner.append(k)
    return tokens, owner


def predict_labels(ner: object, torch: object, tokens: list[str]) -> list[str]:
    """The model's label for every token, window by window of ``max_length`` tokens."""
    labels: list[str] = []
    step = int(ner.max_length)
    for start in range(0, len(tokens), step):
        chunk = tokens[start:start + step]
        with torch.no_grad():
            scores = ner.model(ner.preprocess_sentence(chunk))
        best = scores.argmax(dim=2).squeeze(0).tolist()
        labels.extend(str(ner.tag2label[i]) for i in best[:len(chunk)])
    return labels


def tag_words(ner: object, torch: object, words: list[str]) -> list[str]:
    tokens, owner = word_tokens(ner, words)
    tags = ["O"] * len(words)
    for token_tag, k in zip(map(to_bio, predict_labels(ner, torch, tokens)), owner, strict=True):
        if tags[k] == "O":
            tags[k] = token_tag
    return _repair_starts(tags)


def tag_words_public(ner: object, words: list[str]) -> list[str]:
    """Tags as the public ``ner_tags_urdu`` dict gives them: a repeated token gets its last tag everywhere,
    and everything past ``max_length`` tokens is ``O``. Kept to show what our position-wise call adds."""
    by_token = ner.ner_tags_urdu(" ".join(words))
    tags = ["O"] * len(words)
    for k, word in enumerate(words):
        for token in ner.urdu_tokenize(word):
            if tags[k] == "O":
                tags[k] = to_bio(str(by_token.get(token, "O")))
    return _repair_starts(tags)


def _repair_starts(tags: list[str]) -> list[str]:
    """An ``I-X`` after ``O`` or another type starts an entity (the model's L/I can follow an O)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def _read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("words", help='JSONL of {"id": ..., "words": [...]}')
    parser.add_argument("output", help='JSONL to write {"id": ..., "tags": [...]} to')
    parser.add_argument("--threads", type=int, default=1,
                        help="CPU cores (and torch threads) to use; 1 matches khabar's one-core figure")
    parser.add_argument("--public-api", action="store_true",
                        help="tag through ner_tags_urdu's {token: tag} dict instead of per position")
    args = parser.parse_args(argv)

    if args.threads > 0 and hasattr(os, "sched_setaffinity"):
        cores = sorted(os.sched_getaffinity(0))[:args.threads]
        os.sched_setaffinity(0, set(cores))
    started = time.perf_counter()
    import torch  # the peer's dependency, present only in its venv
    from LughaatNLP import NER_Urdu

    if args.threads > 0:
        torch.set_num_threads(args.threads)
    ner = NER_Urdu()
    load_s = time.perf_counter() - started

    rows = _read_jsonl(args.words)
    def tag(words: list[str]) -> list[str]:
        return tag_words_public(ner, words) if args.public_api else tag_words(ner, torch, words)

    tag(["گرم", "آغاز"])  # first call pays torch's one-off set-up
    started = time.perf_counter()
    results = [{"id": row["id"], "tags": tag(list(row["words"]))} for row in rows]
    elapsed = time.perf_counter() - started

    with open(args.output, "w", encoding="utf-8") as fh:
        for result in results:
            fh.write(json.dumps(result, ensure_ascii=False) + "\n")
    import LughaatNLP

    stats = {
        "system": "lughaatnlp",
        "version": getattr(LughaatNLP, "__version__", None) or _dist_version("lughaatnlp"),
        "torch": torch.__version__,
        "threads": args.threads,
        "mode": "public-api" if args.public_api else "per-position",
        "sentences": len(rows),
        "load_s": round(load_s, 3),
        "tag_s": round(elapsed, 3),
        "sent_per_s": round(len(rows) / elapsed, 1) if elapsed else 0.0,
    }
    print(json.dumps(stats))
    return 0


def _dist_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
