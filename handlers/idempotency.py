"""``Idempotency-Key`` on creating POSTs (as Stripe does it).

The first request with a key stores its answer; repeating the same key with the same request
replays that answer (``Idempotent-Replayed: true``) without running the operation again; the same
key with another request is 422; while the first is still running, a repeat is 409. Keys are scoped
per user and kept for 24 hours. Only successful answers are stored: a request refused (4xx) or
failed (5xx) may be retried with the same key. Applies to authenticated JSON requests of the operations whose contract declares the header
(multipart uploads and the public ``register`` are not covered).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from uuid import UUID

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from handlers import contract
from handlers.context import verified_claims
from handlers.errors import APIError, Conflict, ValidationFailed
from handlers.security import InvalidToken
from handlers.tables import IdempotencyKey

TTL = timedelta(hours=24)
HEADER = b"idempotency-key"
_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")
_REPLAYED_HEADERS = {"content-type", "location", "etag"}


@cache
def _idempotent_paths() -> list[re.Pattern[str]]:
    patterns = []
    for op in contract.operations().values():
        if op.method == "POST" and op.idempotent and not op.public:
            regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape("/api/v1" + op.path))
            patterns.append(re.compile(f"^{regex}$"))
    return patterns


def _applies(scope: Scope) -> bool:
    return scope["method"] == "POST" and any(p.match(scope["path"]) for p in _idempotent_paths())


async def _send_json(send: Send, status: int, body: Any, headers: list[tuple[bytes, bytes]]) -> None:
    payload = json.dumps(body).encode() if body is not None else b""
    headers = [*headers, (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


async def _send_error(send: Send, exc: APIError) -> None:
    await _send_json(send, exc.status_code, exc.body(), [(b"content-type", b"application/json")])


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _applies(scope):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        key = headers.get(HEADER, b"").decode("latin-1")
        content_type = headers.get(b"content-type", b"").decode("latin-1").lower()
        user_id = self._user_id(scope, headers)
        if not key or not _KEY.match(key) or user_id is None or content_type.startswith("multipart/"):
            await self.app(scope, receive, send)  # the route validates the header and the token
            return

        # Buffer the (JSON, size-capped) body: it is part of the request's identity.
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        digest = hashlib.sha256(
            b"\n".join(
                [scope["method"].encode(), scope["path"].encode(), scope.get("query_string", b""), body]
            )
        ).hexdigest()

        sessionmaker = scope["app"].state.sessionmaker
        async with sessionmaker() as session:
            now = datetime.now(UTC)
            await session.execute(
                delete(IdempotencyKey).where(
                    IdempotencyKey.user_id == user_id,
                    IdempotencyKey.key == key,
                    IdempotencyKey.expires_at < now,
                )
            )
            inserted = await session.execute(
                insert(IdempotencyKey)
                .values(
                    user_id=user_id, key=key, request_hash=digest, response_headers={}, expires_at=now + TTL
                )
                .on_conflict_do_nothing(index_elements=["user_id", "key"])
                .returning(IdempotencyKey.id)
            )
            row_id = inserted.scalar_one_or_none()
            existing = None
            if row_id is None:
                existing = (
                    await session.execute(
                        select(IdempotencyKey).where(
                            IdempotencyKey.user_id == user_id, IdempotencyKey.key == key
                        )
                    )
                ).scalar_one()
            await session.commit()

        if existing is not None:
            if existing.request_hash != digest:
                await _send_error(
                    send,
                    ValidationFailed(
                        "This Idempotency-Key was used with a different request",
                        fields=[{"loc": ["header", "Idempotency-Key"], "msg": "reused with another request"}],
                    ),
                )
            elif existing.response_status is None:
                await _send_error(
                    send, Conflict("A request with this Idempotency-Key is still being processed")
                )
            else:
                replay = [(k.encode(), str(v).encode()) for k, v in existing.response_headers.items()]
                replay.append((b"idempotent-replayed", b"true"))
                await _send_json(send, existing.response_status, existing.response_body, replay)
            return

        replayed_body = False

        async def replay_receive() -> Message:
            nonlocal replayed_body
            if not replayed_body:
                replayed_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        status = 500
        response_headers: dict[str, str] = {}
        response_chunks: list[bytes] = []

        async def capture_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                for k, v in message.get("headers", []):
                    name = k.decode("latin-1").lower()
                    if name in _REPLAYED_HEADERS:
                        response_headers[name] = v.decode("latin-1")
            elif message["type"] == "http.response.body":
                response_chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_receive, capture_send)
        finally:
            async with sessionmaker() as session:
                if status >= 400:
                    # Only what ran and succeeded is kept (as Stripe does): a request refused for
                    # validation, permission or a conflict may be retried with the same key.
                    await session.execute(delete(IdempotencyKey).where(IdempotencyKey.id == row_id))
                else:
                    raw = b"".join(response_chunks)
                    try:
                        stored: Any = json.loads(raw) if raw else None
                    except ValueError:
                        stored = None
                    await session.execute(
                        update(IdempotencyKey)
                        .where(IdempotencyKey.id == row_id)
                        .values(
                            response_status=status, response_body=stored, response_headers=response_headers
                        )
                    )
                await session.commit()

    @staticmethod
    def _user_id(scope: Scope, headers: dict[bytes, bytes]) -> UUID | None:
        authorization = headers.get(b"authorization", b"").decode("latin-1")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        settings = scope["app"].state.settings
        try:
            claims = verified_claims(token.strip(), settings.secret_key.get_secret_value())
        except InvalidToken:
            return None
        return UUID(claims["sub"])
