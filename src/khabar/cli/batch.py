"""Commands of the batch work. PLACEHOLDER (skeleton): registers nothing yet."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:
    return None
