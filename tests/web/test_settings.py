import os
import threading

import pytest
from tests.store.conftest import make_doc

from khabar.errors import StoreError
from khabar.store import Store
from khabar.web.settings import Settings


def _db(path, texts):
    with Store(str(path)) as store:
        store.add_documents([make_doc(t, f"d{i}") for i, t in enumerate(texts)])
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_a_thread_keeps_one_read_only_store_and_threads_do_not_share_it(tmp_path):
    _db(tmp_path / "a.db", ["کراچی میں بارش ہوئی۔"])
    settings = Settings(db=str(tmp_path / "a.db"))
    with settings.store() as first, settings.store() as again:
        assert first is again
        assert first.readonly
        assert first.search("بارش")["total"] == 1
    other = []

    def grab():
        with settings.store() as store:
            other.append((store, store.search("کراچی")["total"]))

    t = threading.Thread(target=grab)
    t.start()
    t.join()
    assert other[0][0] is not first and other[0][1] == 1


def test_a_database_replaced_at_the_same_path_is_reopened_and_a_missing_one_is_an_error(tmp_path):
    path = tmp_path / "k.db"
    _db(path, ["لاہور میں میچ ہوا۔"])
    settings = Settings(db=str(path))
    with settings.store() as store:
        assert store.search("میچ")["total"] == 1
    _db(tmp_path / "new.db", ["پشاور میں پولیو مہم شروع ہوئی۔", "پولیو کے قطرے پلائے گئے۔"])
    os.replace(tmp_path / "new.db", path)
    with settings.store() as store:
        assert (store.search("میچ")["total"], store.search("پولیو")["total"]) == (0, 2)
    path.unlink()
    with pytest.raises(StoreError, match="does not exist"), settings.store():
        pass
