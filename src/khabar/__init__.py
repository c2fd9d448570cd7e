"""khabar: Urdu news text to structured, searchable knowledge.

>>> import khabar
>>> doc = khabar.analyze("پاکستان اور چین نے معاہدے پر دستخط کیے۔")
>>> doc.to_dict()["schema"]
'khabar.document/1'
"""

from khabar.document import Document
from khabar.errors import (
    DataError,
    DecodeError,
    FormatError,
    InputError,
    KhabarError,
    QueryError,
    SchemaVersionError,
    StoreError,
    TooLargeError,
)
from khabar.pipeline import analyze
from khabar.text import normalize, split_sentences, tokenize

__version__ = "0.1.0"


def __getattr__(name: str):  # Store pulls in sqlite and the readers: load it on first use
    if name == "Store":
        from khabar.store import Store

        return Store
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")


__all__ = [
    "DataError",
    "DecodeError",
    "Document",
    "FormatError",
    "InputError",
    "KhabarError",
    "QueryError",
    "SchemaVersionError",
    "Store",
    "StoreError",
    "TooLargeError",
    "__version__",
    "analyze",
    "normalize",
    "split_sentences",
    "tokenize",
]
