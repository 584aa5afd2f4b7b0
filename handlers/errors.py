"""The error hierarchy and the one place that renders every failure as the standard body.

Body: ``{"error": <code>, "detail": <sentence>, "status_code": <int>}``; 422 adds ``fields``, a gate
refusal adds ``blockers``. A 500 never shows a stack trace or SQL.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("tollgate.errors")


class APIError(Exception):
    status_code = 500
    error = "internal_error"
    default_detail = "An unexpected error occurred"

    def __init__(
        self,
        detail: str | None = None,
        *,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.detail = detail or self.default_detail
        self.headers = headers or {}
        self.extra = extra or {}
        super().__init__(self.detail)

    def body(self) -> dict[str, Any]:
        return {"error": self.error, "detail": self.detail, "status_code": self.status_code, **self.extra}


class BadRequest(APIError):
    status_code, error, default_detail = 400, "bad_request", "The request is malformed"


class Unauthorized(APIError):
    status_code, error, default_detail = 401, "unauthorized", "Not authenticated"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        super().__init__(detail, **kwargs)
        self.headers.setdefault("WWW-Authenticate", "Bearer")


class Forbidden(APIError):
    status_code, error, default_detail = 403, "forbidden", "You are not allowed to do this"


class NotFound(APIError):
    status_code, error, default_detail = 404, "not_found", "Not found"


class MethodNotAllowed(APIError):
    status_code, error, default_detail = 405, "method_not_allowed", "Method not allowed"


class Conflict(APIError):
    status_code, error, default_detail = 409, "conflict", "The request conflicts with the current state"


class PreconditionFailed(APIError):
    status_code, error = 412, "precondition_failed"
    default_detail = "The resource has changed since it was read (If-Match does not match)"


class PayloadTooLarge(APIError):
    status_code, error, default_detail = 413, "payload_too_large", "The request body is too large"


class UnsupportedMediaType(APIError):
    status_code, error, default_detail = 415, "unsupported_media_type", "Unsupported media type"


class ValidationFailed(APIError):
    status_code, error, default_detail = 422, "validation_error", "Request validation failed"

    def __init__(
        self, detail: str | None = None, *, fields: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(detail, **kwargs)
        if fields is not None:
            self.extra["fields"] = fields

    @classmethod
    def field(cls, loc: list[str | int], msg: str) -> ValidationFailed:
        """A single-field validation error, e.g. ``ValidationFailed.field(["body", "team_id"], "…")``."""
        return cls(f"{'.'.join(str(p) for p in loc[1:]) or loc[0]}: {msg}", fields=[{"loc": loc, "msg": msg}])


class RateLimited(APIError):
    status_code, error, default_detail = 429, "rate_limited", "Too many requests"


class NotImplementedYet(APIError):
    status_code, error = 501, "not_implemented"
    default_detail = "This operation is part of the contract but is not implemented yet"


class ServiceUnavailable(APIError):
    status_code, error, default_detail = 503, "service_unavailable", "A required service is unavailable"


_STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    501: "not_implemented",
    503: "service_unavailable",
}


def error_response(exc: APIError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers)


def _clean_loc(loc: tuple[Any, ...] | list[Any]) -> list[str | int]:
    return [p if isinstance(p, int) else str(p) for p in loc]


def validation_fields(errors: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "loc": _clean_loc(e.get("loc", ())),
            "msg": str(e.get("msg", ""))[:1000],
            "type": str(e.get("type", ""))[:100],
        }
        for e in errors[:200]
    ]


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, APIError)
    return error_response(exc)


async def _request_validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    # A body that is not JSON at all is 400, not 422.
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(BadRequest("Request body is not valid JSON"))
    fields = validation_fields(errors)
    first = fields[0] if fields else None
    detail = "Request validation failed"
    if first:
        detail = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return error_response(ValidationFailed(detail, fields=fields))


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "internal_error" if exc.status_code >= 500 else "bad_request")
    detail = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No route matches {request.url.path}"
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        from handlers.app import allowed_methods  # the contract knows every path's methods

        headers["Allow"] = ", ".join(allowed_methods(request.url.path))
        detail = f"Method {request.method} is not allowed on {request.url.path}"
    body = {"error": code, "detail": detail, "status_code": exc.status_code}
    return JSONResponse(body, status_code=exc.status_code, headers=headers)


async def _integrity_error(_: Request, exc: Exception) -> JSONResponse:
    # Handlers check what they can first; this catches races (e.g. two creates of one unique name).
    log.info("integrity error: %s", getattr(exc, "orig", exc))
    return error_response(
        Conflict("The change conflicts with existing data (a uniqueness or reference rule)")
    )


# Seconds a client should wait before retrying while the database is unavailable.
DATABASE_RETRY_AFTER_SECONDS = 5


def database_unavailable() -> ServiceUnavailable:
    return ServiceUnavailable(
        "The database is unavailable", headers={"Retry-After": str(DATABASE_RETRY_AFTER_SECONDS)}
    )


async def _db_unavailable(_: Request, exc: Exception) -> JSONResponse:
    log.error("database error: %s", type(exc).__name__)
    return error_response(database_unavailable())


async def _dbapi_error(request: Request, exc: Exception) -> JSONResponse:
    """A lost connection or a server that is down, restarting or refusing is 503 (retry later);
    any other database error is a bug: 500."""
    from handlers.database import is_connection_failure

    if is_connection_failure(exc):
        return await _db_unavailable(request, exc)
    return await _unexpected(request, exc)


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return error_response(APIError())


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(APIError, _api_error)
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(IntegrityError, _integrity_error)
    app.add_exception_handler(OperationalError, _db_unavailable)
    # Raised as they are (not wrapped) when a new database connection is refused or reset.
    app.add_exception_handler(ConnectionError, _db_unavailable)
    app.add_exception_handler(PoolTimeoutError, _db_unavailable)  # no pooled connection in time
    app.add_exception_handler(DBAPIError, _dbapi_error)
    app.add_exception_handler(Exception, _unexpected)
