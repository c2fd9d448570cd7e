import inspect

import khabar


def test_all_lists_exactly_the_public_names():
    # submodules become attributes once imported; they are reachable, not re-exported names
    public = {name for name in dir(khabar)
              if not name.startswith("_") and not inspect.ismodule(getattr(khabar, name))}
    assert set(khabar.__all__) == public | {"Store", "__version__"}


def test_every_exported_name_resolves():
    for name in khabar.__all__:
        assert getattr(khabar, name) is not None
