"""The start-up tokenization of list names in one pass gives each name the tokens it gets alone."""

from __future__ import annotations

from khabar.entities import tag_lexicon
from khabar.entities.tables import parse_table
from khabar.entities.tag_lexicon import phrase_tokens, phrases_tokens


def _listed_names() -> list[str]:
    tables = ((tag_lexicon.ORG_NAMES_FILE, tag_lexicon.ORG_NAMES_COLUMNS),
              (tag_lexicon.PLACE_NAMES_FILE, tag_lexicon.PLACE_NAMES_COLUMNS),
              (tag_lexicon.PEOPLE_FILE, tag_lexicon.PEOPLE_COLUMNS))
    return [row[0] for name, columns in tables
            for row in parse_table(tag_lexicon.read_model_data(name), columns, path=name)]


def test_every_shipped_name_gets_the_tokens_it_gets_alone() -> None:
    names = [name for name, _ in tag_lexicon.kb_names()] + _listed_names()
    assert len(names) > 5000
    assert phrases_tokens(names) == [phrase_tokens(name) for name in names]


def test_a_glued_name_is_cut_only_where_its_own_phrase_writes_the_name() -> None:
    # انجلیناکا is cut before کا only where انجلینا stands alone in the same text; in one long text of
    # all the phrases another phrase would supply it
    names = ["انجلیناکا گھر", "انجلینا جولی", "کیلئے فنڈ", "شاہ_محمود قریشی", ""]
    assert phrases_tokens(names) == [phrase_tokens(name) for name in names]
    assert phrases_tokens(names)[2] == ("کے", "لیے", "فنڈ")
    assert phrases_tokens(names)[3] == ("شاہ", "محمود", "قریشی")
