import khabar


def test_all_lists_exactly_the_public_names():
    public = {name for name in dir(khabar) if not name.startswith("_")} | {"Store", "__version__"}
    modules = {"document", "errors", "pipeline", "text", "entities", "events", "digest", "io",
               "store", "render", "cli", "eval", "web", "scale"}
    assert set(khabar.__all__) == public - modules


def test_every_exported_name_resolves():
    for name in khabar.__all__:
        assert getattr(khabar, name) is not None
