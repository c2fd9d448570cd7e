"""The shipped tokens of the knowledge base's names (``ner_kb_tokens.tsv``) are what the tokenizer
makes of them now: the table can never drift from the KB tables or the tokenizer unnoticed."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from khabar.entities import tag_lexicon
from khabar.entities.tag_lexicon import kb_tokens_table, phrases_tokens, shipped_kb_tokens, tokens_from_table


def _names() -> list[str]:
    return [name for name, _type in tag_lexicon.kb_names()]


def test_shipped_table_is_what_the_script_builds(script: Callable[[str], ModuleType]) -> None:
    shipped = tag_lexicon.read_model_data(tag_lexicon.KB_TOKENS_FILE)
    assert shipped == script("build_kb_tokens").build_table(), \
        "ner_kb_tokens.tsv is stale: run python scripts/build_kb_tokens.py"


def test_shipped_tokens_are_the_tokenizers() -> None:
    names = _names()
    assert shipped_kb_tokens(names) == phrases_tokens(names)
    assert [tokens for tokens, _type in tag_lexicon.kb_entries()] == phrases_tokens(names)


def test_a_table_for_other_names_is_not_used() -> None:
    names = _names()
    assert shipped_kb_tokens([*names, "نیا نام"]) is None
    assert shipped_kb_tokens(names[1:]) is None


def test_table_round_trip_keeps_odd_names() -> None:
    names = ["شاہ_محمود قریشی", "کیلئے فنڈ", "اسلام آباد", "اسلام آباد"]
    text = kb_tokens_table(names)
    assert "اسلام آباد\t" not in text  # a name that is its own tokens is not listed
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    assert rows == [["شاہ_محمود قریشی", "شاہ محمود قریشی"], ["کیلئے فنڈ", "کے لیے فنڈ"]]
    assert tokens_from_table(text, names) == phrases_tokens(names)
    assert tokens_from_table(text, names[:2]) is None
