"""Readers: bytes and files in, ``Article`` records (or per-item errors) out."""

from khabar.io.readers import Article, read_path, read_stdin

__all__ = ["Article", "read_path", "read_stdin"]
