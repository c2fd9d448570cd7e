"""The docs tell the truth: the CLI reference is current, every command is documented with an
example, and the README's first session runs as written."""

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    import argparse

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_cli_reference_is_current():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_an_example(command):
    docs = README + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")
                            if p.name != "cli.md")
    assert re.search(rf"(^|\$ |\n)khabar {command}\b", docs), f"no example of 'khabar {command}' in the docs"


def test_readme_links_resolve():
    for target in re.findall(r"\]\(([^)#]+)\)", README):
        if "://" not in target:
            assert (ROOT / target).exists(), target


def _first_session() -> list[list[str]]:
    block = README.split("## A first session", 1)[1].split("```console", 1)[1].split("```", 1)[0]
    runs = []
    for line in block.splitlines():
        if not line.startswith("$ khabar "):
            continue
        cmd = line[2:].split("  #", 1)[0].split(" > ", 1)[0].split(" && ", 1)[0].strip()
        args = shlex.split(cmd)[1:]
        if args[0] in ("serve", "batch"):  # a server and a Dask cluster: tested in tests/web and tests/scale
            continue
        runs.append(args)
    return runs


def test_readme_first_session_runs(tmp_path, monkeypatch, capsys):
    from khabar.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.delenv("KHABAR_DB", raising=False)
    runs = _first_session()
    assert [a[0] for a in runs] == ["analyze", "analyze", "ingest", "search", "search", "entities", "entity",
                                    "events", "export"]
    for args in runs:
        code = main(args)
        out, err = capsys.readouterr()
        assert code == 0, (args, err)
        assert out.strip() or args[0] == "export", args
    assert (tmp_path / "khabar.db").exists()
    assert any((tmp_path / "out").iterdir())
