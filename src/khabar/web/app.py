"""The ASGI app behind ``khabar serve``: the JSON API under ``/api`` and the HTML pages.

Every HTML page is rendered from the same dict its ``/api/...`` twin returns (see ``views.py``),
so anything the UI shows, the API returns too. Queries open the database read-only.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from khabar import __version__
from khabar.web.api import build_api_router
from khabar.web.errors import install_error_handlers
from khabar.web.pages import build_page_router
from khabar.web.settings import Settings

STATIC = Path(__file__).parent / "static"


def create_app(db: str = "khabar.db", *, max_analyze_bytes: int = 1_000_000,
               analyze_timeout: float = 20.0) -> FastAPI:
    settings = Settings(db=db, max_analyze_bytes=max_analyze_bytes, analyze_timeout=analyze_timeout)
    app = FastAPI(title="khabar", version=__version__,
                  description="Urdu news corpus: search, documents, entities, events, analysis.",
                  docs_url="/api/docs", redoc_url=None)
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(build_api_router(settings))
    app.include_router(build_page_router(settings))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def create_app_from_env() -> FastAPI:
    """Factory for uvicorn worker processes (``khabar serve --workers N``), configured by environment."""
    return create_app(os.environ["KHABAR_SERVE_DB"],
                      max_analyze_bytes=int(os.environ.get("KHABAR_SERVE_MAX_ANALYZE_BYTES", "1000000")))
