import khabar
from khabar.document import Entity
from khabar.pipeline import STAGES, merge_entities

TEXT = "وزیراعظم شہباز شریف نے 15 دسمبر کو 2 ارب روپے کا اعلان کیا۔"


def _ent(text: str, part: str, type_: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Entity(start, start + len(part), part, type_)


def test_merge_keeps_the_longer_span_and_names_on_a_tie():
    names = [_ent(TEXT, "شہباز شریف", "PERSON"), _ent(TEXT, "شریف", "PERSON")]
    values = [_ent(TEXT, "15 دسمبر", "DATE"), _ent(TEXT, "15", "CARDINAL"), _ent(TEXT, "2 ارب روپے", "MONEY"),
              _ent(TEXT, "2 ارب", "CARDINAL")]
    merged = merge_entities(names, values)
    assert [(e.text, e.type) for e in merged] == [("شہباز شریف", "PERSON"), ("15 دسمبر", "DATE"),
                                                  ("2 ارب روپے", "MONEY")]
    tie = merge_entities([_ent(TEXT, "دسمبر", "PERSON")], [_ent(TEXT, "دسمبر", "DATE")])
    assert [(e.text, e.type) for e in tie] == [("دسمبر", "PERSON")]


def test_stages_run_in_the_documented_order():
    assert [s.name for s in STAGES] == ["normalize", "sentences", "tokens", "entities", "events", "quotes",
                                        "digest"]
    doc = khabar.analyze(TEXT, stages=("normalize", "sentences", "tokens"))
    assert [TEXT[s.start:s.end] for s in doc.sentences] == [TEXT]
    assert doc.entities == [] and doc.events == []
    assert doc.tokens[1].norm == "شہباز"


def test_the_collector_is_paused_only_while_the_first_full_analysis_loads(monkeypatch):
    import gc

    from khabar import pipeline

    seen: list[bool] = []

    def probe(doc):  # a stage that notes whether the collector runs
        seen.append(gc.isenabled())
        return doc

    monkeypatch.setattr(pipeline, "_loaded", False)
    monkeypatch.setattr(pipeline, "STAGES", (pipeline.Stage("probe", probe, (), ()),))
    assert gc.isenabled()
    khabar.analyze(TEXT, stages=("probe",))  # some stages only: the loading is not over
    khabar.analyze(TEXT)  # the first full analysis: paused
    khabar.analyze(TEXT)  # later ones: as the host has it
    assert seen == [True, False, True] and gc.isenabled()
    monkeypatch.setattr(pipeline, "_loaded", False)
    gc.disable()  # a host that runs without the collector keeps it off
    try:
        khabar.analyze(TEXT)
        assert not gc.isenabled() and not pipeline._loaded
    finally:
        gc.enable()


def test_the_first_analysis_freezes_what_it_loaded_only_in_a_process_khabar_owns(monkeypatch):
    import gc

    from khabar import pipeline

    calls: list[str] = []
    monkeypatch.setattr(gc, "collect", lambda *args: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(pipeline, "_loaded", False)
    monkeypatch.setattr(pipeline, "_freeze_loaded", False)
    khabar.analyze(TEXT)  # a host program: one full collection, nothing of the host's frozen
    monkeypatch.setattr(pipeline, "_loaded", False)
    pipeline.own_process()
    khabar.analyze(TEXT)  # the khabar command: the loaded tables frozen instead
    khabar.analyze(TEXT)  # loaded already: neither
    assert calls == ["collect", "freeze"]


def test_the_khabar_command_freezes_its_tables_and_main_from_a_host_does_not(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "article.txt"
    article.write_text(TEXT + "\n", encoding="utf-8")
    probe = ("import gc, sys; from khabar import cli; entry, path = sys.argv[1:]; "
             "sys.argv = ['khabar', 'analyze', path]; "
             "rc = cli.run() if entry == 'run' else cli.main(['analyze', path]); "
             "print(rc, gc.get_freeze_count(), file=sys.stderr)")
    out = {}
    for entry in ("run", "main"):
        proc = subprocess.run([sys.executable, "-c", probe, entry, str(article)],
                              capture_output=True, text=True, check=False)
        rc, frozen = proc.stderr.split()
        out[entry] = (int(rc), int(frozen), proc.stdout)
    assert out["run"][0] == out["main"][0] == 0
    assert out["run"][1] > 100_000 and out["main"][1] == 0
    assert out["run"][2] == out["main"][2] and "شہباز" in out["run"][2]  # the same document either way
