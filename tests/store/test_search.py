import pytest
from tests.store.conftest import T1, T2, T3, T4

from khabar.errors import QueryError


def _hits(found):
    return [(r["id"], [r["snippet"]["text"][s:e] for s, e in r["snippet"]["highlights"]])
            for r in found["results"]]


@pytest.mark.parametrize("query,expected", [
    ("امریکا", [("d1", ["امریکہ"]), ("d2", ["امریکا"])]),
    ("امریکہ", [("d1", ["امریکہ"]), ("d2", ["امریکا"])]),
    ("۲۰۲۱", [("d3", ["2021"]), ("d1", ["۲۰۲۱"])]),
    ("2021", [("d3", ["2021"]), ("d1", ["۲۰۲۱"])]),
    ("پاکستان", [("d4", ["پاکِستان"])]),
    ("پاکِستان", [("d4", ["پاکِستان"])]),
    ("نظام", [("d3", ["نظامِ"])]),
    ("شہب*", [("d1", ["شہباز"])]),
    ('"وزیر اعظم"', [("d1", ["وزیر اعظم"])]),
    ("بارش OR کرکٹ", [("d4", ["کرکٹ"]), ("d3", ["بارش"])]),
    ("مذاکرات NOT بیجنگ", []),
    ("مذاکرات AND بیجنگ", [("d2", ["مذاکرات", "بیجنگ"])]),
    ("(بارش OR کرکٹ) NOT لاہور", [("d3", ["بارش"])]),
])
def test_search_folds_spellings_digits_and_diacritics(corpus, query, expected):
    assert _hits(corpus.search(query)) == expected


def test_result_structure_and_snippet_offsets_point_into_the_original(corpus):
    found = corpus.search("کراچی بارش")
    assert found["query"] == "کراچی بارش"
    assert found["total"] == 1
    (r,) = found["results"]
    assert set(r) == {"id", "title", "published", "source", "url", "score", "snippet"}
    assert (r["id"], r["published"], r["source"], r["title"], r["url"]) == ("d3", "2022-01-20", "other-paper",
                                                                            None, None)
    assert r["score"] > 0
    snip = r["snippet"]
    assert T3[snip["start"]:snip["start"] + len(snip["text"])] == snip["text"]
    assert [snip["text"][s:e] for s, e in snip["highlights"]] == ["کراچی", "بارش"]


def test_snippet_of_a_long_document_is_a_window_around_the_hits(fresh_db):
    from tests.store.conftest import make_doc

    filler = "یہ ایک عام جملہ ہے جس میں کوئی خاص بات نہیں۔ " * 40
    text = filler + "آخر میں زلزلے کی خبر آئی۔ " + filler
    fresh_db.add_documents([make_doc(text, "long")])
    (r,) = fresh_db.search("زلزلے")["results"]
    snip = r["snippet"]
    assert 0 < snip["start"] < text.index("زلزلے") < snip["start"] + len(snip["text"])
    assert len(snip["text"]) <= 300
    assert text[snip["start"]:snip["start"] + len(snip["text"])] == snip["text"]
    assert [snip["text"][s:e] for s, e in snip["highlights"]] == ["زلزلے"]


@pytest.mark.parametrize("kwargs,ids", [
    ({"entity": "United States"}, ["d2", "d1"]),
    ({"entity": "امریکہ"}, ["d2", "d1"]),
    ({"entity": "Q8660"}, ["d3"]),
    ({"entity": "لاہور"}, ["d4"]),
    ({"entity": "کوئی نامعلوم"}, []),
    ({"type": "PERSON"}, ["d1"]),
    ({"type": "CARDINAL"}, ["d4"]),
    ({"date_from": "2022"}, ["d3", "d2"]),
    ({"date_to": "2021-12"}, ["d1", "d4"]),
    ({"date_from": "2021-12-01", "date_to": "2022-01-15"}, ["d2", "d1"]),
    ({"source": "other-paper"}, ["d3", "d4"]),
    ({"entity": "Pakistan", "type": "GPE"}, ["d4"]),
    ({"entity": "Pakistan", "type": "PERSON"}, []),
])
def test_filters_without_a_query_list_newest_first(corpus, kwargs, ids):
    found = corpus.search(None, **kwargs)
    assert [r["id"] for r in found["results"]] == ids
    assert found["total"] == len(ids)


def test_filters_combine_with_a_query(corpus):
    assert [r["id"] for r in corpus.search("امریکا", source="khabar-test", date_from="2022")["results"]] == ["d2"]


def test_limit_and_offset_page_through_results(corpus):
    first = corpus.search("امریکا", limit=1)
    second = corpus.search("امریکا", limit=1, offset=1)
    assert (first["total"], second["total"]) == (2, 2)
    assert [r["id"] for r in first["results"] + second["results"]] == ["d1", "d2"]


def test_long_query_becomes_an_or_of_distinctive_terms(corpus):
    query = T4 + " " + "اور میں کی"
    assert [r["id"] for r in corpus.search(query)["results"]][0] == "d4"


@pytest.mark.parametrize("query,message", [
    ('"امریکا', 'unbalanced quote in the query: close the phrase with a second " or remove it'),
    ("(امریکا", "unbalanced parenthesis in the query: add the missing )"),
    ("امریکا)", "unbalanced parenthesis in the query: remove the extra )"),
    ("NOT امریکا", "a query needs a word to look for besides NOT, e.g. کرکٹ NOT بارش"),
    ("امریکا OR", "OR needs a word on both sides, e.g. پاکستان OR بھارت"),
    ("امریکا AND", "AND needs a word on both sides, e.g. پاکستان AND چین"),
    ("؟ ۔", "the query has no words to search for"),
    # entry-points audit: 1,000 nested parentheses overflowed the parser's stack (RecursionError)
    ("(" * 1000 + "امریکا" + ")" * 1000, "the query nests parentheses more than 32 deep"),
])
def test_bad_queries_raise_query_error(corpus, query, message):
    with pytest.raises(QueryError) as info:
        corpus.search(query)
    assert str(info.value) == message


@pytest.mark.parametrize("kwargs,message", [
    ({"date_from": "15-12-2021"}, "--from '15-12-2021' is not a date like 2021-12-20, 2021-12 or 2021"),
    ({"type": "PLANET"}, "unknown entity type 'PLANET'; use one of CARDINAL, DATE, EVENT, FAC, GPE, LAW, LOC, "
                         "MONEY, NORP, ORDINAL, ORG, PERCENT, PERSON, PRODUCT, QUANTITY, TIME, WORK_OF_ART"),
    ({"limit": -1}, "limit and offset must be between 0 and 1,000,000,000"),
    # entry-points audit: well-shaped dates no calendar has were searched as strings
    ({"date_from": "2020-13-45"}, "--from '2020-13-45' is not a date like 2021-12-20, 2021-12 or 2021"),
    ({"date_to": "2021-02-30"}, "--to '2021-02-30' is not a date like 2021-12-20, 2021-12 or 2021"),
    ({"date_to": "2021-00"}, "--to '2021-00' is not a date like 2021-12-20, 2021-12 or 2021"),
    # entry-points audit: SQLite refused the integer (OverflowError, exit 2 / HTTP 500)
    ({"offset": 10**20}, "limit and offset must be between 0 and 1,000,000,000"),
    ({"limit": 2**63}, "limit and offset must be between 0 and 1,000,000,000"),
])
def test_bad_filters_raise_query_error(corpus, kwargs, message):
    with pytest.raises(QueryError) as info:
        corpus.search("امریکا", **kwargs)
    assert str(info.value) == message


def test_texts_are_stored_unchanged(corpus):
    assert [corpus.document(i)["text"] for i in ("d1", "d2", "d3", "d4")] == [T1, T2, T3, T4]


def test_a_very_common_word_ranks_only_the_newest_matches(fresh_db, monkeypatch):
    from tests.store.conftest import make_doc

    from khabar.store import search as search_module

    texts = [f"خبر نمبر {n}: شہر میں بارش {'بارش ' * (5 - n)}ہوئی۔" for n in range(4)]
    fresh_db.add_documents([make_doc(t, f"n{i}") for i, t in enumerate(texts)])
    assert [r["id"] for r in fresh_db.search("بارش")["results"]] == ["n0", "n1", "n2", "n3"]
    monkeypatch.setattr(search_module, "RANK_CAP", 2)
    found = fresh_db.search("بارش", limit=2)
    assert (found["total"], [r["id"] for r in found["results"]]) == (4, ["n2", "n3"])
    # a page beyond the cap widens it: the second page of all four, not an empty one
    found = fresh_db.search("بارش", limit=2, offset=2)
    assert (found["total"], [r["id"] for r in found["results"]]) == (4, ["n2", "n3"])
    assert [r["id"] for r in fresh_db.search("بارش", limit=3)["results"]] == ["n1", "n2", "n3"]


def test_the_snippet_shows_the_densest_run_of_hits(fresh_db):
    from tests.store.conftest import make_doc

    filler = "یہ ایک عام جملہ ہے جس میں کوئی خاص بات نہیں۔ " * 20
    text = "سیلاب کا خدشہ۔ " + filler + "سیلاب سے پہلے سیلاب کی وارننگ اور سیلاب کے بعد امداد۔ " + filler
    fresh_db.add_documents([make_doc(text, "flood")])
    snip = fresh_db.search("سیلاب")["results"][0]["snippet"]
    assert snip["start"] > text.index(filler)
    assert [snip["text"][s:e] for s, e in snip["highlights"]] == ["سیلاب"] * 3


@pytest.mark.parametrize("text,phrase,prefix,expected", [
    # whole tokens only: پاک is not found inside پاکستان, but پاک* is
    ("پاکستان اور پاک فوج", ("پاک",), False, ["پاک"]),
    ("پاکستان اور پاک فوج", ("پاک",), True, ["پاکستان", "پاک"]),
    # digits and letters glued by the source are separate tokens
    ("سال 2021ء میں سکور95 رہا", ("2021",), False, ["2021"]),
    ("سال 2021ء میں سکور95 رہا", ("95",), False, ["95"]),
    ("سال 20215 میں", ("2021",), False, []),
    # a phrase spans any run of separators; its last word may be a prefix
    ("وزیر، اعظم نے کہا کہ وزیر اعظمی", ("وزیر", "اعظم"), False, ["وزیر، اعظم"]),
    ("وزیر، اعظم نے کہا کہ وزیر اعظمی", ("وزیر", "اعظم"), True, ["وزیر، اعظم", "وزیر اعظمی"]),
    # overlapping occurrences merge into one span
    ("بارش بارش بارش ہوئی", ("بارش", "بارش"), False, ["بارش بارش بارش"]),
    # diacritics stay inside the token they mark
    ("نظامِ تعلیم اور نظام", ("نظام",), False, ["نظامِ", "نظام"]),
])
def test_hits_are_whole_index_tokens(text, phrase, prefix, expected):
    from khabar.store.fold import fold
    from khabar.store.search import _hits

    view = fold(text)
    spans = [view.span_to_original(s, e) for s, e in _hits(view.norm, [(phrase, prefix)])]
    assert [text[s:e] for s, e in spans] == expected


def test_an_entity_filter_with_a_capped_ranking_walks_only_that_entitys_documents(fresh_db, monkeypatch):
    from tests.store.conftest import ent, make_doc

    from khabar.store import search as search_module

    lahore = "لاہور میں بارش {} ہوئی۔"
    karachi = "کراچی میں بارش {} ہوئی۔"
    docs = []
    for i in range(6):
        text = (lahore if i % 2 else karachi).format("بارش " * i)
        city = "لاہور" if i % 2 else "کراچی"
        docs.append(make_doc(text, f"c{i}", entities=[ent(text, city, "GPE", None)]))
    fresh_db.add_documents(docs)
    monkeypatch.setattr(search_module, "RANK_CAP", 2)
    found = fresh_db.search("بارش", entity="لاہور", limit=2)
    # three Lahore documents match; the two newest of them are ranked, more rain first
    assert (found["total"], [r["id"] for r in found["results"]]) == (3, ["c5", "c3"])
    found = fresh_db.search("بارش", entity="کراچی", limit=1, offset=2)
    assert (found["total"], [r["id"] for r in found["results"]]) == (3, ["c0"])
