import json

import pytest
from tests.store.conftest import corpus_docs
from tests.store.test_ingest import EXAMPLES

from khabar.cli import main


@pytest.fixture
def db(tmp_path):
    from khabar.store import Store

    path = tmp_path / "k.db"
    with Store(path) as store:
        store.add_documents(corpus_docs())
    return str(path)


def test_ingest_prints_counts_and_exits_0(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    assert main(["ingest", str(EXAMPLES), "--db", db]) == 0
    assert capsys.readouterr() == ("added 9 (near-duplicates 0), duplicates 0, rejected 0\n", "")
    assert main(["ingest", str(EXAMPLES), "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": 0, "duplicates": 9, "near_duplicates": 0,
                                                   "rejected": []}


def test_ingest_with_bad_files_names_them_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    assert main(["ingest", str(bad), "--db", str(tmp_path / "k.db")]) == 1
    out, err = capsys.readouterr()
    assert out == "added 0 (near-duplicates 0), duplicates 0, rejected 1\n"
    assert err == f"khabar: {bad}:1: malformed JSON: Expecting ',' delimiter (column 6)\n"


def test_khabar_db_environment_variable_is_the_default(db, capsys, monkeypatch):
    monkeypatch.setenv("KHABAR_DB", db)
    assert main(["search", "کراچی", "--format", "json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)["results"]] == ["d3"]


def test_search_table(db, capsys):
    assert main(["search", "امریکہ", "--db", db, "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 documents match; showing 1\n\n1. ")
    assert "d1  2021-12-15 | khabar-test | شہباز شریف کا دورہ امریکہ\n" in out
    assert "کو [امریکہ] کا دورہ" in out


def test_search_json_is_the_store_result(db, capsys):
    assert main(["search", "بارش", "--db", db, "--format", "json", "--from", "2022"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["query"], found["total"], [r["id"] for r in found["results"]]) == ("بارش", 1, ["d3"])


@pytest.mark.parametrize("argv,message", [
    (["search", '"بارش'], 'khabar: unbalanced quote in the query: close the phrase with a second " or remove it\n'),
    (["search", "بارش", "--from", "کل"], "khabar: --from 'کل' is not a date like 2021-12-20, 2021-12 or 2021\n"),
    (["entity", "کوئی نامعلوم"], "khabar: no entity named 'کوئی نامعلوم' in the corpus; see `khabar entities`\n"),
    (["events", "--code", "x"], "khabar: --code 'x' is not a CAMEO code such as 04 or 042\n"),
])
def test_bad_usage_exits_1_with_one_line(db, capsys, argv, message):
    assert main([*argv, "--db", db]) == 1
    assert capsys.readouterr() == ("", message)


def test_a_missing_database_exits_1(tmp_path, capsys):
    missing = tmp_path / "none.db"
    assert main(["search", "بارش", "--db", str(missing)]) == 1
    assert capsys.readouterr().err == (f"khabar: {missing}: no such database; create it with "
                                       "`khabar ingest PATH --db ...`\n")


def test_a_corrupt_database_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00not a database" * 200)
    assert main(["search", "بارش", "--db", str(bad)]) == 2
    assert capsys.readouterr().err == f"khabar: {bad}: cannot open the database: file is not a database\n"


def test_entities_table(db, capsys):
    assert main(["entities", "--db", db, "--top", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "mentions  documents  type  key   name_en        name",
        "--------  ---------  ----  ----  -------------  ------",
        "2         2          GPE   Q30   United States  امریکا",
        "1         1          GPE   Q148  China          چین",
    ]


def test_entity_profile_table_and_json(db, capsys):
    assert main(["entity", "United States", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("امریکا  (United States, GPE, key Q30)\nmentions 2 in 2 documents\n"
                          "spellings: امریکا (1), امریکہ (1)\n")
    assert main(["entity", "امریکہ", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["entity"]["key"] == "Q30"


def test_events_json(db, capsys):
    assert main(["events", "--db", db, "--actor", "China", "--format", "json"]) == 0
    assert [(e["code"], e["document"]) for e in json.loads(capsys.readouterr().out)] == [("043", "d2")]


def test_export_jsonl(db, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["export", "--db", db, "--format", "jsonl", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote documents 4 to {out}\n"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
