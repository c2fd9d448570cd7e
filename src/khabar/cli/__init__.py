"""The ``khabar`` command: parse arguments, call the API, print. No logic of its own.

Each command group lives in its own module with an ``add_parsers(subparsers)`` function; every
parser sets ``func`` to a handler ``(args) -> int``. Errors are mapped to exit codes here only:
bad input or usage → 1 (one line on stderr), anything else → 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from collections.abc import Sequence

from khabar.errors import USER_ERRORS, KhabarError

#: command modules, in the order their commands appear in ``--help``
COMMAND_MODULES = (
    "khabar.cli.analyze",
    "khabar.cli.corpus",
    "khabar.cli.serve",
    "khabar.cli.eval",
    "khabar.cli.batch",
)


#: More worker processes than this on one machine is a slip of the keyboard, not a plan: each one
#: loads the models (about 100 MB), so ``--workers 10000`` would exhaust memory before any work.
MAX_WORKERS = 64


def check_workers(workers: int) -> None:
    """Refuse a ``--workers`` count below 1 or above :data:`MAX_WORKERS` (a usage error, exit 1)."""
    from khabar.errors import InputError

    if not 1 <= workers <= MAX_WORKERS:
        raise InputError(f"--workers must be between 1 and {MAX_WORKERS} (got {workers})")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors; the contract says 1
        self.print_usage(sys.stderr)
        print(f"khabar: error: {message}", file=sys.stderr)
        raise SystemExit(1)


def build_parser() -> argparse.ArgumentParser:
    from khabar import __version__

    parser = _Parser(prog="khabar", description="Urdu news text to structured, searchable knowledge.")
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parsers(sub)
    return parser


class Terminated(Exception):
    """SIGTERM (``kill PID``, a service manager, ``timeout``) received by the command."""


def _on_sigterm(signum: int, frame: object) -> None:
    if os.getpid() != _MAIN_PID[0]:  # a worker process of a pool: die the default way
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        return
    raise Terminated


_MAIN_PID = [0]


def run() -> int:
    """The ``khabar`` command and ``python -m khabar``: ``main`` in a process khabar owns, so the
    first analysis may freeze what it loads (``pipeline.own_process``); ``main`` itself, called from
    a host program or a test, leaves the host's collector alone."""
    from khabar.pipeline import own_process

    own_process()
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    # without a handler SIGTERM killed the command on the spot and left the ingest's worker
    # processes running for ever; raised as an exception, the pools and databases close first
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)
    _MAIN_PID[0] = os.getpid()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 1
    try:
        return int(args.func(args) or 0)
    except USER_ERRORS as exc:
        print(f"khabar: {exc}", file=sys.stderr)
        return 1
    except KhabarError as exc:
        print(f"khabar: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("khabar: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("khabar: terminated", file=sys.stderr)
        return 143
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the one place that keeps tracebacks from users
        print(f"khabar: internal error: {type(exc).__name__}: {exc} "
              "(please report this with the input that caused it)", file=sys.stderr)
        return 2
