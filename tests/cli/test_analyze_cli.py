import json

import pytest

from khabar.cli import main

ARTICLE = "پشاور میں انسداد پولیو مہم کا آغاز ہو گیا ہے۔ مہم 20 نومبر تک جاری رہے گی۔"


def test_analyze_file_prints_one_document(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", str(f)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["text"] == ARTICLE
    assert [ARTICLE[s["start"]:s["end"]] for s in d["sentences"]] == [
        "پشاور میں انسداد پولیو مہم کا آغاز ہو گیا ہے۔", "مہم 20 نومبر تک جاری رہے گی۔"]


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                          ("utf-16-be", b"\xfe\xff")])
def test_analyze_reads_boms(tmp_path, capsys, encoding, bom):
    f = tmp_path / "a.txt"
    f.write_bytes(bom + ARTICLE.encode(encoding))
    assert main(["analyze", str(f)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ARTICLE


def test_bad_files_are_reported_and_the_good_ones_still_processed(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    bad_jsonl = tmp_path / "x.jsonl"
    bad_jsonl.write_text(json.dumps({"text": ARTICLE}) + "\n{not json\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    rc = main(["analyze", "--format", "jsonl", str(good), str(binary), str(latin), str(empty),
               str(bad_jsonl), str(missing), str(tmp_path / "nodir")])
    out, err = capsys.readouterr()
    assert rc == 1
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["text"] for d in docs] == [ARTICLE, ARTICLE]
    lines = err.strip().splitlines()
    assert len(lines) == 6
    assert f"{binary}: binary file" in lines[0]
    assert f"{latin}:1: not valid UTF-8 at byte 3" in lines[1]
    assert f"{empty}: empty file" in lines[2]
    assert f"{bad_jsonl}:2: malformed JSON line" in lines[3]
    assert f"{missing}: no such file" in lines[4]
    assert "Traceback" not in err


def test_bad_published_date_is_a_usage_error(capsys):
    assert main(["analyze", "--published", "20-12-2021", "-"]) == 1
    assert "--published" in capsys.readouterr().err
