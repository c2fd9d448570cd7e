import pytest
from tests.store.conftest import T2, ent, make_doc

from khabar.errors import QueryError

US = {"key": "Q30", "entity_id": "Q30", "name_en": "United States", "name": "امریکا", "type": "GPE",
      "mentions": 2, "documents": 2}


def test_entities_lists_the_most_mentioned_first(corpus):
    assert corpus.entities(top=2) == [
        US, {"key": "Q148", "entity_id": "Q148", "name_en": "China", "name": "چین", "type": "GPE",
             "mentions": 1, "documents": 1}]


def test_entities_by_type_and_unlinked_keys(corpus):
    assert [e["key"] for e in corpus.entities(type="PERSON")] == ["Q6279", "Q7456"]
    assert [e for e in corpus.entities(type="GPE") if e["entity_id"] is None] == [
        {"key": "ur:لاہور", "entity_id": None, "name_en": None, "name": "لاہور", "type": "GPE",
         "mentions": 1, "documents": 1}]


@pytest.mark.parametrize("name", ["Q30", "United States", "united states", "امریکہ", "امریکا", "امرِیکا"])
def test_entity_profile_found_by_key_qid_english_name_or_any_spelling(corpus, name):
    profile = corpus.entity(name)
    assert profile["entity"] == US
    assert profile["variants"] == [{"text": "امریکا", "count": 1}, {"text": "امریکہ", "count": 1}]
    assert profile["timeline"] == [{"period": "2021-12", "mentions": 1}, {"period": "2022-01", "mentions": 1}]
    assert profile["timeline_days"] == [{"period": "2021-12-15", "mentions": 1},
                                        {"period": "2022-01-10", "mentions": 1}]
    assert [(c["key"], c["documents"]) for c in profile["cooccurring"]] == [
        ("Q148", 1), ("Q6279", 1), ("Q7456", 1), ("Q956", 1)]
    (event,) = profile["events"]
    assert (event["code"], event["document"], event["actor1"]["text"], event["actor2"]["text"]) == (
        "043", "d2", "امریکا", "چین")


def test_unknown_entity_is_none(corpus):
    assert corpus.entity("کوئی نامعلوم") is None


def test_unlinked_entity_found_by_its_ur_key(corpus):
    assert corpus.entity("ur:لاہور")["entity"]["name"] == "لاہور"


@pytest.mark.parametrize("kwargs,expected", [
    ({}, [("040", "d1"), ("043", "d2")]),
    ({"actor": "Joe Biden"}, [("040", "d1")]),
    ({"actor": "چین"}, [("043", "d2")]),
    ({"code": "043"}, [("043", "d2")]),
    ({"code": "04"}, [("040", "d1"), ("043", "d2")]),
    ({"date_from": "2022"}, [("043", "d2")]),
    ({"date_to": "2021"}, [("040", "d1")]),
    ({"limit": 1, "offset": 1}, [("043", "d2")]),
])
def test_events_filters(corpus, kwargs, expected):
    assert [(e["code"], e["document"]) for e in corpus.events(**kwargs)] == expected


def test_event_dict_is_the_contract_event_plus_its_document(corpus):
    (event,) = corpus.events(actor="Shehbaz Sharif")
    assert event == {
        "sentence": 0, "trigger": {"start": 81, "end": 90, "text": "ملاقات کی"}, "code": "040", "root": "04",
        "label": "Consult", "quad_class": 1, "goldstein": 1.0,
        "actor1": {"text": "شہباز شریف", "entity_id": "Q7456", "name_en": "Shehbaz Sharif"},
        "actor2": {"text": "جو بائیڈن", "entity_id": "Q6279", "name_en": "Joe Biden"},
        "date": "2021-12-15", "location": None, "negated": False, "plover_type": None, "plover_mode": None,
        "document": "d1", "published": "2021-12-15"}


def test_bad_event_code_is_a_query_error(corpus):
    with pytest.raises(QueryError):
        corpus.events(code="consult")


def test_counts_accumulate_over_documents(fresh_db):
    text = "امریکا نے کہا۔ امریکا کی حکومت۔"
    fresh_db.add_documents([make_doc(T2, "a", entities=[ent(T2, "امریکا", "GPE", "Q30", "United States")]),
                            make_doc(text, "b", entities=[ent(text, "امریکا", "GPE", "Q30", None),
                                                          ent(text, "امریکا", "GPE", "Q30", None, nth=1)])])
    (us,) = fresh_db.entities()
    assert (us["mentions"], us["documents"], us["name_en"]) == (3, 2, "United States")
    assert fresh_db.stats() == {"documents": 2, "entities": 1, "mentions": 3, "values": 0, "events": 0,
                                "quotes": 0, "clusters": 2}


def test_a_country_names_the_entity_its_adjective_shares_a_qid_with(fresh_db):
    text = "چینی وزیر خارجہ نے کہا کہ چین مذاکرات کے لیے تیار ہے۔"
    fresh_db.add_documents([make_doc(text, "x", entities=[ent(text, "چینی", "NORP", "Q148", "Chinese"),
                                                          ent(text, "چین", "GPE", "Q148", "China", nth=1)])])
    assert fresh_db.entities() == [{"key": "Q148", "entity_id": "Q148", "name_en": "China", "name": "چین",
                                    "type": "GPE", "mentions": 2, "documents": 1}]
    # spellings expand within one type: the country does not pull in its adjective
    (hit,) = fresh_db.search("چین")["results"]
    assert [hit["snippet"]["text"][s:e] for s, e in hit["snippet"]["highlights"]] == ["چین"]


@pytest.mark.parametrize("match,keys", [
    ("بائیڈن", ["Q6279"]),
    ("biden", ["Q6279"]),
    ("شریف", ["Q7456"]),
    ("United", ["Q30"]),
    ("چ", ["Q148"]),
    ("کوئی نہیں", []),
])
def test_entities_matching_part_of_a_name(corpus, match, keys):
    assert [e["key"] for e in corpus.entities(match=match)] == keys


def test_entity_falls_back_to_a_name_containing_the_text(corpus):
    assert corpus.entity("بائیڈن")["entity"]["key"] == "Q6279"
