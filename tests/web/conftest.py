import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "test-artifacts"

HOSTILE = {
    "id": "hostile-1",
    "title": "<script>window.__pwned = 1</script>سرخی",
    "published": "2022-03-01",
    "source": "<b onmouseover=alert(1)>ذریعہ</b>",
    "url": "javascript:alert(1)",
    "text": "لاہور میں ایک تقریب منعقد ہوئی <img src=x onerror=\"window.__pwned=2\"> جس میں وزیراعظم نے شرکت کی۔ "
            "<script>window.__pwned = 3</script> تقریب کے بعد پاکستان اور چین کے وفود نے ملاقات کی۔",
}


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    from khabar.store import Store

    root = tmp_path_factory.mktemp("webdb")
    hostile = root / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = root / "khabar.db"
    with Store(str(db)) as store:
        store.ingest([str(EXAMPLES), str(hostile)], workers=1)
    return db


@pytest.fixture(scope="session")
def client(corpus_db):
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    with TestClient(create_app(str(corpus_db), max_analyze_bytes=50_000)) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(corpus_db):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "khabar", "serve", "--db", str(corpus_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("khabar serve did not start: " + proc.stdout.read().decode(errors="replace"))
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "Debian's chromium is needed for the browser tests: apt-get install chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--no-first-run", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="ur-PK")
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def shot():
    def take(page, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(scope="session")
def hostile() -> dict:
    return HOSTILE


os.environ.setdefault("KHABAR_TEST", "1")
