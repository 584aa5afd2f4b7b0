"""Pure ASGI middleware: request id and JSON-lines access log, security headers, body size cap."""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Callable

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from handlers.errors import APIError, MethodNotAllowed, PayloadTooLarge
from handlers.logs import JsonFields

access_log = logging.getLogger("tollgate.access")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cache-control", b"no-store"),
]
# The docs pages load their own scripts and styles (served from this app, never a CDN).
API_CSP = b"default-src 'none'; frame-ancestors 'none'"
DOCS_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'none'"
)


class RequestContextMiddleware:
    """Adds ``X-Request-ID`` (kept from the client when well-formed), security headers, and logs
    one JSON line per request: method, path, status, duration in ms, request id."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        path: str = scope["path"]
        is_docs = path in ("/docs", "/redoc") or path.startswith("/static/")

        started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal status, started
            if message["type"] == "http.response.start":
                started = True
                status = message["status"]
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.append((b"x-request-id", request_id.encode()))
                for key, value in SECURITY_HEADERS:
                    if key not in present and not (is_docs and key == b"cache-control"):
                        headers.append((key, value))
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", DOCS_CSP if is_docs else API_CSP))
                message["headers"] = headers
            await send(message)

        try:
            try:
                await self.app(scope, receive, send_wrapper)
            except Exception as exc:
                # Answered here rather than by Starlette's outermost ServerErrorMiddleware, so a 500
                # carries the request id and the security headers too.
                if started:
                    raise
                logging.getLogger("tollgate.errors").exception("unhandled error", exc_info=exc)
                await _send_error(send_wrapper, APIError())
        finally:
            if access_log.isEnabledFor(logging.INFO):  # nothing built when the level is higher
                access_log.info(
                    JsonFields(
                        method=scope["method"],
                        path=path,
                        status=status,
                        duration_ms=round((time.perf_counter() - start) * 1000, 2),
                        request_id=request_id,
                    )
                )


class BodySizeLimitMiddleware:
    """Refuses bodies over the cap with 413 while reading (Content-Length or counted chunks).

    JSON bodies get ``json_limit``; multipart uploads get ``upload_limit`` plus room for the form
    fields (the upload handlers enforce the exact file cap themselves while streaming).
    """

    def __init__(self, app: ASGIApp, *, json_limit: int, upload_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit + 64 * 1024

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        content_type = headers.get(b"content-type", b"").decode("latin-1").lower()
        limit = self.upload_limit if content_type.startswith("multipart/") else self.json_limit
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = False
            if too_big:
                await _send_error(send, PayloadTooLarge(f"The request body exceeds {limit} bytes"))
                return
        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # An HTTPException so FastAPI's body reader re-raises it instead of answering 400.
                    raise StarletteHTTPException(413, f"The request body exceeds {limit} bytes")
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except StarletteHTTPException as exc:
            if exc.status_code != 413 or response_started:
                raise
            await _send_error(send, PayloadTooLarge(str(exc.detail)))


class MethodNotAllowedMiddleware:
    """405 (with ``Allow``) when the contract path a request matches lacks its method.

    The router alone would hand ``DELETE /users/me`` to ``DELETE /users/{user_id}`` (and answer 422
    for the id ``me``); the contract's most concrete matching path decides instead.
    """

    def __init__(self, app: ASGIApp, *, allowed_methods: Callable[[str], list[str]]) -> None:
        self.app = app
        self.allowed_methods = allowed_methods

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            methods = self.allowed_methods(scope["path"])
            if methods and scope["method"] not in methods:
                detail = f"Method {scope['method']} is not allowed on {scope['path']}"
                await _send_error(send, MethodNotAllowed(detail, headers={"Allow": ", ".join(methods)}))
                return
        await self.app(scope, receive, send)


async def _send_error(send: Send, exc: APIError) -> None:
    body = json.dumps(exc.body()).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in exc.headers.items()]
    await send({"type": "http.response.start", "status": exc.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body})
