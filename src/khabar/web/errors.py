"""One JSON error shape for the API, a friendly page for the UI, and never a stack trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from khabar.errors import USER_ERRORS, KhabarError, QueryError, StoreError, TooLargeError

log = logging.getLogger("khabar.web")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def _respond(request: Request, status: int, code: str, message: str):
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return JSONResponse(error_body(code, message), status_code=status)
    from khabar.web.pages import render_error_page

    return HTMLResponse(render_error_page(request, status, message), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _respond(request, exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return _respond(request, exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return _respond(request, 422, "invalid_parameter", "; ".join(parts) or "invalid request")

    @app.exception_handler(KhabarError)
    async def _khabar_error(request: Request, exc: KhabarError):
        if isinstance(exc, TooLargeError):
            return _respond(request, 413, "too_large", str(exc))
        if isinstance(exc, QueryError):
            return _respond(request, 400, "bad_query", str(exc))
        if isinstance(exc, USER_ERRORS):
            return _respond(request, 400, "invalid_parameter", str(exc))
        if isinstance(exc, StoreError):
            return _respond(request, 503, "store_unavailable", str(exc))
        log.exception("khabar error")
        return _respond(request, 500, "internal_error", "internal error")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error")
        return _respond(request, 500, "internal_error", "internal error; see the server log")
