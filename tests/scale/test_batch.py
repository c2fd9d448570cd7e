import json
import os
import signal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import khabar
from khabar.cli import main
from khabar.scale.batch import run_batch
from khabar.scale.load import iter_batch_documents

distributed = pytest.importorskip("distributed")

SENTENCES = [
    "چینی صدر شی جن پنگ نے 15 دسمبر 2021ء کو روسی صدر ولادی میر پیوٹن کیساتھ ورچوئل ملاقات کی۔",
    "آئی ایم ایف نے پاکستان کیلئے ایک ارب ڈالر کی قسط کی منظوری دے دی ہے ۔",
    "کراچی میں گزشتہ روز ہونیوالی بارش سے نشیبی علاقے زیر آب آ گئے۔",
    "پاكستان اور بھارت كے درمیان مذاکرات اگلے ماہ ہوں گے۔",
    "وزیراعظم نے کہا ’’ہم معیشت کو درست سمت میں لے جائیں گے‘‘۔",
]


def _records(n: int) -> list[dict]:
    return [{"id": f"doc-{i:03d}", "title": f"خبر {i}", "published": "2021-12-20",
             "text": f"{SENTENCES[i % 5]} {SENTENCES[(i * 3 + 1) % 5]} نمبر {i}۔"} for i in range(n)]


def _write_jsonl(path: Path, records: list[dict], bad_line_at: int | None = None) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if bad_line_at is not None:
        lines.insert(bad_line_at, '{"text": "ٹوٹی ہوئی لائن"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=50)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _documents(out: Path) -> dict[str, dict]:
    table = pq.read_table(out / "documents")
    docs = [json.loads(d) for d in table.column("document").to_pylist()]
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "a document appears more than once"
    return {d["id"]: d for d in docs}


def test_batch_equals_single_process_analyze(tmp_path, client):
    records = _records(23)
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, records, bad_line_at=7)
    out = tmp_path / "out"
    report = run_batch([str(src)], str(out), client=client, partition_size=5)
    assert report.partitions == 5
    assert report.documents == 23
    assert report.errors == [(f"{src}:8", "malformed JSON line: Expecting ',' delimiter (column 26)")]
    got = _documents(out)
    for rec in records:
        single = khabar.analyze(rec["text"], title=rec["title"], published=rec["published"],
                                id=rec["id"]).to_dict()
        assert got[rec["id"]] == single
    mentions = pq.read_table(out / "mentions").to_pandas()
    assert set(mentions["doc_id"]) <= set(got)
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] is True
    assert manifest["documents"] == 23
    assert manifest["partitions"] == [f"part-{i:05d}" for i in range(5)]


def test_rerun_skips_finished_partitions_and_loads_back(tmp_path, client):
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, _records(12))
    out = tmp_path / "out"
    first = run_batch([str(src)], str(out), client=client, partition_size=4)
    assert (first.partitions, first.skipped, first.documents) == (3, 0, 12)
    (out / "_partitions" / "part-00001.json").unlink()  # as if the job died before this partition
    second = run_batch([str(src)], str(out), client=client, partition_size=4)
    assert (second.partitions, second.skipped, second.documents) == (3, 2, 12)
    loaded = list(iter_batch_documents(str(out)))
    assert sorted(d.id for d in loaded) == [f"doc-{i:03d}" for i in range(12)]


def test_job_survives_a_killed_worker(tmp_path, client):
    src = tmp_path / "in.jsonl"
    records = _records(40)
    _write_jsonl(src, records)
    out = tmp_path / "out"
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_one_worker(summary: dict) -> None:
        if not killed:
            pid = sorted(pids.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    report = run_batch([str(src)], str(out), client=client, partition_size=2, on_partition=kill_one_worker)
    assert killed
    assert report.documents == 40
    assert sorted(_documents(out)) == [r["id"] for r in records]
    client.wait_for_workers(2, timeout=60)


def test_parquet_and_folder_inputs(tmp_path, client):
    import pyarrow as pa

    recs = _records(6)
    pq.write_table(pa.Table.from_pylist(recs), tmp_path / "in.parquet")
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    report = run_batch([str(tmp_path / "in.parquet"), str(folder)], str(out), client=client, partition_size=4)
    assert report.documents == 7
    assert report.errors == [(str(folder / "b.txt"), "binary file, not text (expected UTF-8 or UTF-16 with BOM)")]
    texts = sorted(d["text"] for d in _documents(out).values())
    assert texts == sorted([r["text"] for r in recs] + [SENTENCES[0]])


def test_cli_refuses_an_output_folder_of_another_batch(tmp_path, client, capsys):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write_jsonl(a, _records(2))
    _write_jsonl(b, _records(3))
    out = tmp_path / "out"
    run_batch([str(a)], str(out), client=client, partition_size=10)
    assert main(["batch", str(b), "--out", str(out)]) == 1
    assert "holds the output of a different batch" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o2")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_ingest_loads_a_batch_output_without_reanalysing(tmp_path, client, monkeypatch, capsys):
    from khabar.store import Store

    src = tmp_path / "in.jsonl"
    records = _records(9)
    _write_jsonl(src, records)
    out = tmp_path / "out.parquet"
    run_batch([str(src)], str(out), client=client, partition_size=4)

    import khabar.pipeline

    def no_analysis(*args, **kwargs):
        raise AssertionError("ingest of a batch output must not analyse again")

    monkeypatch.setattr(khabar.pipeline, "analyze", no_analysis)
    db = tmp_path / "k.db"
    assert main(["ingest", str(out), "--db", str(db)]) == 0
    assert "added 9" in capsys.readouterr().out
    with Store(str(db), readonly=True) as store:
        assert store.stats()["documents"] == 9
        stored = store.document("doc-004")
    batch_doc = next(d for d in iter_batch_documents(str(out)) if d.id == "doc-004")
    assert stored["entities"] == batch_doc.to_dict()["entities"]
    assert stored["text"] == records[4]["text"]
    assert main(["ingest", str(out), "--db", str(db)]) == 0
    assert "added 0" in capsys.readouterr().out
