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
