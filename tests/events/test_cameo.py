import pytest

from khabar.events.cameo import describe, load_codebook
from khabar.events.triggers import BLOCKED, load_lexicon


@pytest.mark.parametrize("code,label,quad,goldstein,plover", [
    ("040", "Consult", 1, 1.0, ("CONSULT", None)),
    ("036", "Express intent to meet or negotiate", 1, 4.0, ("AGREE", None)),
    ("057", "Sign formal agreement", 1, 8.0, ("AGREE", "sign")),
    ("062", "Cooperate militarily", 2, 7.4, ("COOPERATE", "military")),
    ("111", "Criticize or denounce", 3, -2.0, ("ACCUSE", "criticize")),
    ("150", "Demonstrate military or police power", 4, -7.2, ("MOBILIZE", None)),
    ("163", "Impose embargo, boycott, or sanctions", 4, -8.0, ("SANCTION", "sanctions")),
    ("195", "Employ aerial weapons", 4, -10.0, ("ASSAULT", "aerial")),
])
def test_codebook_rows(code, label, quad, goldstein, plover):
    c = describe(code)
    assert (c.code, c.root, c.label, c.quad_class, c.goldstein, (c.plover_type, c.plover_mode)) == (
        code, code[:2], label, quad, goldstein, plover)


def test_every_root_and_quad_class():
    book = load_codebook()
    roots = {c[:2] for c in book}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for code, entry in book.items():
        r = int(code[:2])
        assert entry.quad_class == (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4)
        assert -10.0 <= entry.goldstein <= 10.0


def test_lexicon_codes_exist_and_cover_every_root():
    book = load_codebook()
    entries = {e for es in load_lexicon().by_first.values() for e in es if e.code != BLOCKED}
    for e in entries:
        for code in (e.code, e.joint, e.state):
            if code is not None:
                assert code in book
    assert {e.code[:2] for e in entries} == {f"{i:02d}" for i in range(1, 21)}
