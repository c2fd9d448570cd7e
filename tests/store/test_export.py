import json

import pytest
from tests.store.conftest import T1, T2, corpus_docs

from khabar.errors import InputError
from khabar.store.export import EVENT_COLUMNS, GKG_COLUMNS


def test_jsonl_export_is_the_contract_documents(corpus, tmp_path):
    out = tmp_path / "corpus.jsonl"
    assert corpus.export("jsonl", out) == {"documents": 4, "files": [str(out)]}
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [d.to_dict() for d in corpus_docs()]


def test_parquet_export_writes_the_tables(corpus, tmp_path):
    import pyarrow.parquet as pq

    written = corpus.export("parquet", tmp_path / "pq")
    assert {k: v for k, v in written.items() if k != "files"} == {
        "documents": 4, "entities": 9, "mentions": 10, "values": 3, "events": 2}
    mentions = pq.read_table(tmp_path / "pq" / "mentions.parquet").to_pylist()
    start = T1.index("شہباز شریف")
    assert mentions[0] == {"document": "d1", "entity": "Q7456", "start": start, "end": start + 10,
                           "text": "شہباز شریف", "type": "PERSON", "sentence": 0, "confidence": None}
    docs = pq.read_table(tmp_path / "pq" / "documents.parquet").to_pylist()
    assert [(d["id"], d["cluster"]) for d in docs] == [("d1", "d1"), ("d2", "d2"), ("d3", "d3"), ("d4", "d4")]
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert [(e["document"], e["code"], e["actor1_key"], e["actor2_key"]) for e in events] == [
        ("d1", "040", "Q7456", "Q6279"), ("d2", "043", "Q30", "Q148")]


def test_gdelt_export_follows_the_column_layout_and_points_into_the_urdu(corpus, tmp_path):
    written = corpus.export("gdelt", tmp_path / "g")
    assert (written["events"], written["documents"]) == (2, 4)
    events = [line.split("\t") for line in (tmp_path / "g" / "events.tsv").read_text("utf-8").splitlines()]
    assert [len(r) for r in events] == [61, 61] and len(EVENT_COLUMNS) == 61
    first = dict(zip(EVENT_COLUMNS, events[0], strict=True))
    assert {k: first[k] for k in ("SQLDATE", "MonthYear", "Year", "Actor1Name", "Actor2Name", "EventCode",
                                   "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                                   "SOURCEURL", "DATEADDED")} == {
        "SQLDATE": "20211215", "MonthYear": "202112", "Year": "2021", "Actor1Name": "SHEHBAZ SHARIF",
        "Actor2Name": "JOE BIDEN", "EventCode": "040", "EventBaseCode": "040", "EventRootCode": "04",
        "QuadClass": "1", "GoldsteinScale": "1.0", "SOURCEURL": "https://example.org/d1",
        "DATEADDED": "20211215000000"}
    gkg = [line.split("\t") for line in (tmp_path / "g" / "gkg.tsv").read_text("utf-8").splitlines()]
    assert [len(r) for r in gkg] == [27] * 4 and len(GKG_COLUMNS) == 27
    d1, d2 = (dict(zip(GKG_COLUMNS, r, strict=True)) for r in gkg[:2])
    assert d1["V2ENHANCEDPERSONS"] == f"Shehbaz Sharif,{T1.index('شہباز')};Joe Biden,{T1.index('جو بائیڈن')}"
    assert d1["V1PERSONS"] == "Shehbaz Sharif;Joe Biden"
    assert d1["V2.1ENHANCEDDATES"] == f"1#12#15#2021#{T1.index('۱۵')}"
    assert d1["V2.1TRANSLATIONINFO"] == ""
    assert d2["V2.1QUOTATIONS"] == f"{T2.index('بات چیت مفید')}|16|چینی وزیر تجارت|بات چیت مفید رہی"
    assert d2["V1LOCATIONS"] == "1#United States#####;1#China#####;1#Beijing#####"


def test_unknown_format_is_an_input_error(corpus, tmp_path):
    with pytest.raises(InputError):
        corpus.export("csv", tmp_path / "x")


def test_parquet_without_pyarrow_says_what_to_install(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    with pytest.raises(InputError) as info:
        corpus.export("parquet", tmp_path / "pq")
    assert str(info.value) == "Parquet export needs pyarrow: pip install 'khabar[parquet]'"
