from khabar.cli import run

raise SystemExit(run())
