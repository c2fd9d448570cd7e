"""Entry-points audit (docs/robustness.md): ``khabar batch`` used the wrong way.

Each test names the defect it pins; the texts are our own Urdu sentences.
"""

from __future__ import annotations

import json

import pytest

from khabar.errors import InputError

pytest.importorskip("distributed")

TEXT = "ملتان میں آم کی نمائش شروع ہو گئی۔"


def _input(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(src)


def test_a_corrupt_manifest_in_out_is_an_input_error(tmp_path):
    # batch-manifest: json.loads on the old manifest raised JSONDecodeError: an internal error
    from khabar.scale.batch import run_batch

    out = tmp_path / "out"
    out.mkdir()
    (out / "_manifest.json").write_text("{آدھا", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read the batch manifest _manifest.json"):
        run_batch([_input(tmp_path)], str(out))


def test_an_unwritable_out_is_an_input_error(tmp_path):
    # batch-out: PermissionError from mkdir was an internal error
    from khabar.scale.batch import run_batch

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="cannot write the output folder"):
        run_batch([_input(tmp_path)], str(blocker / "out"))


def test_a_malformed_scheduler_address_is_an_input_error():
    # batch-scheduler: ValueError (bad address) and OSError (nobody listening, after 30 s) were internal errors
    from distributed import Client

    from khabar.scale.batch import _connect

    with pytest.raises(InputError, match="cannot connect to the Dask scheduler 'garbage::'"):
        _connect(Client, "garbage::")


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz"])
def test_an_overlong_jsonl_line_is_an_error_row_not_held_whole(tmp_path, monkeypatch, name):
    # batch-line-bomb: lines were read whole, so one 4 GB line (a gzip bomb without line breaks)
    # took gigabytes in the planner and in the worker
    import gzip

    from khabar.scale import sources

    monkeypatch.setattr(sources, "MAX_LINE_BYTES", 1000)
    second = "کوئٹہ میں برف باری سے سردی بڑھ گئی۔"
    lines = [json.dumps({"text": TEXT}, ensure_ascii=False), " " * 5000 + json.dumps({"text": "لمبی"}),
             json.dumps({"text": second}, ensure_ascii=False)]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(body) if name.endswith(".gz") else body)
    rows = [r for part in sources.plan_partitions([str(path)], 2) for r in sources._records(part)]
    assert [(r[1], r[2]) for r in rows] == [(f"{path}:1", TEXT), (f"{path}:2", None), (f"{path}:3", second)]
    assert json.loads(rows[1][7]) == {"error": "line is over 1,000 bytes; split it into records"}
