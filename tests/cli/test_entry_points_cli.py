"""Entry-points audit (docs/robustness.md): commands and options used the wrong way.

Each test names the defect it pins; the texts are our own Urdu sentences.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3

import pytest

from khabar.cli import main
from khabar.errors import InputError

FIRST = "ملتان میں آم کی نمائش شروع ہو گئی۔"
SECOND = "کوئٹہ میں برف باری سے سردی بڑھ گئی۔"


@pytest.fixture
def db(tmp_path) -> str:
    path = tmp_path / "k.db"
    src = tmp_path / "a.txt"
    src.write_text(FIRST, encoding="utf-8")
    assert main(["ingest", str(src), "--db", str(path)]) == 0
    return str(path)


@pytest.mark.parametrize("argv", [["ingest", "x.txt", "--db", ""], ["search", "ملتان", "--db", ""],
                                  ["export", "--format", "jsonl", "--out", ""]])
def test_empty_paths_are_usage_errors(tmp_path, capsys, monkeypatch, argv):
    # empty-db-path: `--db ''` ingested into a temporary database and reported success;
    # `--out ''` wrote parquet and gdelt tables into the current folder
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "khabar.db").write_bytes(b"")
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err in ("khabar: --db needs a file name\n", "khabar: --out needs a file or folder name\n")


def test_ingest_into_another_programs_database_exits_2(tmp_path, capsys):
    path = tmp_path / "app.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (body TEXT)").connection.close()
    src = tmp_path / "a.txt"
    src.write_text(FIRST, encoding="utf-8")
    assert main(["ingest", str(src), "--db", str(path)]) == 2
    assert capsys.readouterr().err == (f"khabar: {path}: not a khabar database: it holds other tables (notes); "
                                       "choose another --db file\n")


def test_ingest_of_an_unreadable_folder_is_reported(tmp_path, capsys, monkeypatch):
    # unreadable-folder: the batch-output check met PermissionError first: an internal error
    from pathlib import Path

    folder = tmp_path / "locked"
    folder.mkdir()
    real = Path.is_file

    def is_file(self: Path) -> bool:
        if self.parent == folder:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    assert main(["ingest", str(folder), "--db", str(tmp_path / "k.db")]) == 1
    assert "internal error" not in capsys.readouterr().err


def test_sigterm_closes_the_command_and_exits_143(db, capsys, monkeypatch):
    # sigterm-orphans: SIGTERM killed ingest on the spot and its pool's worker processes ran on
    # for ever; now it unwinds like Ctrl-C (pools shut down, transactions rolled back)
    from khabar.cli import corpus

    def terminated(args):
        os.kill(os.getpid(), signal.SIGTERM)
        raise AssertionError("SIGTERM did not interrupt the command")

    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(corpus, "run_search", terminated)  # main() builds its parser after this
    assert main(["search", "ملتان", "--db", db]) == 143
    assert capsys.readouterr().err == "khabar: terminated\n"
    assert signal.getsignal(signal.SIGTERM) == before


def test_analyze_goes_on_after_an_article_analysis_refuses(tmp_path, capsys, monkeypatch):
    # analyze-stops: an InputError from analyze() (not from reading) ended the command: the
    # files after it were never analysed
    import khabar.pipeline

    real = khabar.pipeline.analyze

    def picky(text, **kw):
        if text == FIRST:
            raise InputError("published '2022-06' is not a date like 2021-12-20")
        return real(text, **kw)

    monkeypatch.setattr(khabar.pipeline, "analyze", picky)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FIRST, encoding="utf-8")
    b.write_text(SECOND, encoding="utf-8")
    assert main(["analyze", str(a), str(b), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["text"] for line in out.splitlines()] == [SECOND]
    assert err == f"khabar: {a}: published '2022-06' is not a date like 2021-12-20\n"


@pytest.mark.parametrize("extra,code,message", [
    # serve-get-path: a path without / was sent anyway; `--get ''` started a real server
    (["--get", "api/health"], 1, "khabar: --get needs a path that starts with /, e.g. /api/health (got 'api/health')"),
    # serve-options: a zero size limit answered every analysis 413; ports out of range and busy
    # ports ended in uvicorn's own message and exit code 3
    (["--max-analyze-bytes", "0", "--get", "/api/health"], 1, "khabar: --max-analyze-bytes must be at least 1"),
    (["--port", "-1"], 1, "khabar: --port -1 is not a port number (0 to 65535)"),
])
def test_serve_refuses_bad_options(db, capsys, extra, code, message):
    assert main(["serve", "--db", db, *extra]) == code
    assert capsys.readouterr().err.strip().splitlines()[-1] == message


def test_serve_refuses_a_busy_port(db, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--db", db, "--port", str(port)]) == 1
    assert capsys.readouterr().err == f"khabar: cannot serve on 127.0.0.1:{port}: Address already in use\n"


def test_serve_refuses_a_file_that_is_no_database(tmp_path, capsys):
    # serve-bad-db: the server started and answered every request 503
    bad = tmp_path / "notes.db"
    bad.write_text("یہ ڈیٹابیس نہیں ہے\n" * 50, encoding="utf-8")
    assert main(["serve", "--db", str(bad), "--get", "/api/health"]) == 2
    assert capsys.readouterr().err == f"khabar: {bad}: cannot open the database: file is not a database\n"


@pytest.mark.parametrize("task", ["ud", "sentences", "tokens"])
def test_eval_names_an_undecodable_file_once(tmp_path, capsys, task):
    # eval-path-twice: "khabar: PATH: PATH: not UTF-8 text"
    bad = tmp_path / "gold.txt"
    bad.write_bytes("ملتان".encode("cp1256"))  # Windows Arabic: not UTF-8
    assert main(["eval", task, str(bad)]) == 1
    assert capsys.readouterr().err == f"khabar: {bad}: not UTF-8 text\n"


@pytest.mark.parametrize("command", [["ingest", "a.txt", "--db", "w.db"], ["batch", "a.txt", "--out", "out"],
                                     ["serve", "--db", "k.db"]])
@pytest.mark.parametrize("workers", ["0", "65", "100000"])
def test_worker_counts_out_of_range_are_usage_errors(db, tmp_path, capsys, monkeypatch, command, workers):
    # --workers 100000 started that many processes, each loading the models, until memory ran out
    monkeypatch.chdir(tmp_path)
    assert main([*command, "--workers", workers]) == 1
    assert capsys.readouterr().err == f"khabar: --workers must be between 1 and 64 (got {workers})\n"
    assert not (tmp_path / "w.db").exists() and not (tmp_path / "out").exists()
