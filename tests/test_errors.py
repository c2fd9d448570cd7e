import inspect

import pytest

import khabar.errors as errors
from khabar.cli import main

TREE = {
    "KhabarError": None,
    "InputError": "KhabarError",
    "DecodeError": "InputError",
    "FormatError": "InputError",
    "TooLargeError": "InputError",
    "QueryError": "KhabarError",
    "StoreError": "KhabarError",
    "SchemaVersionError": "StoreError",
    "DataError": "KhabarError",
}


def test_the_error_tree_is_the_documented_one():
    classes = {name: cls for name, cls in inspect.getmembers(errors, inspect.isclass)
               if issubclass(cls, errors.KhabarError)}
    assert set(classes) == set(TREE)
    for name, parent in TREE.items():
        if parent:
            assert classes[name].__bases__ == (classes[parent],)
    doc = errors.__doc__ or ""
    for name in TREE:
        assert name in doc


def test_every_error_maps_to_an_http_status():
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from khabar.web.errors import install_error_handlers

    expected = {"InputError": 400, "DecodeError": 400, "FormatError": 400, "TooLargeError": 413,
                "QueryError": 400, "StoreError": 503, "SchemaVersionError": 503, "DataError": 500,
                "KhabarError": 500}
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/api/raise/{name}")
    def raise_it(name: str):
        raise getattr(errors, name)("خرابی کا پیغام", path="x.txt")

    client = TestClient(app, raise_server_exceptions=False)
    for name, status in expected.items():
        r = client.get(f"/api/raise/{name}")
        assert r.status_code == status, name
        assert set(r.json()["error"]) == {"code", "message"}


@pytest.mark.parametrize("name,code", [("InputError", 1), ("DecodeError", 1), ("FormatError", 1),
                                       ("TooLargeError", 1), ("QueryError", 1), ("StoreError", 2),
                                       ("SchemaVersionError", 2), ("DataError", 2), ("KhabarError", 2)])
def test_every_error_maps_to_an_exit_code(monkeypatch, capsys, name, code):
    import khabar.cli.analyze as analyze_cmd

    def boom(args):
        raise getattr(errors, name)("فائل خراب ہے", path="خبر.txt", line=3)

    monkeypatch.setattr(analyze_cmd, "run_analyze", boom)
    assert main(["analyze", "x"]) == code
    err = capsys.readouterr().err
    assert err == "khabar: خبر.txt:3: فائل خراب ہے\n"


def test_unexpected_errors_never_show_a_traceback(monkeypatch, capsys):
    import khabar.cli.analyze as analyze_cmd

    monkeypatch.setattr(analyze_cmd, "run_analyze", lambda args: 1 / 0)
    assert main(["analyze", "x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("khabar: internal error: ZeroDivisionError")
    assert "Traceback" not in err
