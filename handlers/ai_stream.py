"""The AI WebSocket: ``/api/v1/ai/stream`` streams the /ai/* exchanges (see POST /ai/chat's description).

Protocol:

- The client connects (no token in the URL) and sends first ``{"token": "<JWT>", "intent": "<intent>",
  "context": {…}}``; later turns send ``{"intent", "context"}``. ``context`` is the body of the
  matching /ai/* operation and is validated against the contract like that body.
- Per turn the server sends chunks ``{"agent", "content", "metadata"}`` and then one complete
  AgentResponse (with ``conversation_id``); the exchange is stored exactly as the HTTP operations
  store it (handlers/ai.py) and counts against the same per-user rate limit.
- A turn that fails (404, 409, 422, 503) answers the standard Error body and the connection stays
  open. Close codes: 1008 when the first message is not valid or its token is missing, invalid or
  expired, or when the user is deactivated / the token expires during the connection; 1009 when a
  message exceeds ``MAX_MESSAGE_BYTES``; 1013 when the rate limit is spent or the user already has
  ``TOLLGATE_AI_MAX_STREAMS_PER_USER`` streams open (counted per API process).
- The first message must come within ``FIRST_MESSAGE_TIMEOUT`` seconds (else 1008).
- Graceful shutdown (``drain``, called by ``make run``'s server on SIGTERM): the turn in flight
  finishes and is stored, then the stream closes with 1012 (service restart); no new turn starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import Counter
from typing import Any, cast
from uuid import UUID

from fastapi import Request, Response, WebSocket
from pydantic import ValidationError
from starlette.websockets import WebSocketDisconnect, WebSocketState

from handlers import contract
from handlers.ai import INTENT_BODIES, count_call, prepare, stream_exchange
from handlers.config import Settings
from handlers.context import Ctx, authenticate_token
from handlers.errors import APIError, RateLimited, Unauthorized, ValidationFailed
from handlers.tables import User

log = logging.getLogger("tollgate.ai.stream")

PATH = "/api/v1/ai/stream"
MAX_MESSAGE_BYTES = 64 * 1024
FIRST_MESSAGE_TIMEOUT = 30.0
ACTIVE_CHECK_SECONDS = 2.0  # how often an open stream re-reads whether its user is still active

POLICY_VIOLATION = 1008
MESSAGE_TOO_BIG = 1009
SERVICE_RESTART = 1012
TRY_AGAIN_LATER = 1013

OPERATIONS = {
    "chat": "ai_chat",
    "triage": "ai_triage",
    "coach": "ai_coach",
    "stats_recommend": "ai_stats_recommend",
    "stats_interpret": "ai_stats_interpret",
    "report_generate": "ai_report_generate",
}

_open_streams: Counter[UUID] = Counter()
_turns_in_flight = 0
_no_turns = asyncio.Event()
_no_turns.set()
_draining = False


async def drain(grace_seconds: float) -> bool:
    """For a graceful shutdown (handlers/cli.py): refuse new turns (streams close with 1012 after
    their current turn) and wait up to ``grace_seconds`` for the turns in flight; True when none is left."""
    global _draining
    _draining = True
    try:
        async with asyncio.timeout(grace_seconds):
            await _no_turns.wait()
    except TimeoutError:
        return False
    return True


class Close(Exception):
    """Close the WebSocket with this code and reason."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason[:120]  # a close reason is at most 123 bytes


async def _receive(websocket: WebSocket, *, first: bool = False) -> dict[str, Any]:
    try:
        message = await asyncio.wait_for(websocket.receive(), FIRST_MESSAGE_TIMEOUT if first else None)
    except TimeoutError:
        raise Close(POLICY_VIOLATION, "No first message in time") from None
    if message["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(message.get("code", 1000))
    raw: str | bytes | None = message.get("text") if message.get("text") is not None else message.get("bytes")
    if raw is None:
        raise Close(POLICY_VIOLATION, "Empty message")
    if len(raw.encode() if isinstance(raw, str) else raw) > MAX_MESSAGE_BYTES:
        raise Close(MESSAGE_TOO_BIG, f"A message may be at most {MAX_MESSAGE_BYTES} bytes")
    try:
        data = json.loads(raw)
    except ValueError:
        raise ValidationFailed("The message is not JSON") from None
    if not isinstance(data, dict):
        raise ValidationFailed("The message must be a JSON object")
    return data


def _turn(data: dict[str, Any]) -> tuple[str, Any]:
    """The intent and the validated body of one turn (422 ValidationFailed otherwise)."""
    intent = data.get("intent")
    if intent not in OPERATIONS:
        raise ValidationFailed.field(["body", "intent"], f"intent must be one of {sorted(OPERATIONS)}")
    payload = data.get("context", {})
    operation = contract.operations()[OPERATIONS[intent]]
    assert operation.json_body_schema is not None
    errors = list(contract.body_validator(operation.json_body_schema).iter_errors(payload))
    if errors:
        first = errors[0]
        where = ".".join(str(p) for p in first.absolute_path) or "context"
        raise ValidationFailed.field(
            ["body", "context", *first.absolute_path], f"{where}: {first.message}"[:1000]
        )
    try:
        body = INTENT_BODIES[intent].model_validate(payload)
    except ValidationError as exc:
        raise ValidationFailed(f"context: {exc.errors()[0]['msg']}") from None
    return intent, body


async def endpoint(websocket: WebSocket) -> None:
    await websocket.accept()
    settings = cast(Settings, websocket.app.state.settings)
    user_id: UUID | None = None
    try:
        first = await _receive(websocket, first=True)
        token = first.get("token")
        if not isinstance(token, str) or not token:
            raise Close(POLICY_VIOLATION, "The first message must carry the token")
        async with websocket.app.state.sessionmaker() as session:
            try:
                user, claims = await authenticate_token(token, session, settings)
            except Unauthorized as exc:
                raise Close(POLICY_VIOLATION, exc.detail) from None
        try:
            turn = _turn(first)
        except ValidationFailed as exc:
            raise Close(POLICY_VIOLATION, exc.detail) from None
        if _open_streams[user.id] >= settings.ai_max_streams_per_user:
            raise Close(TRY_AGAIN_LATER, "Too many open AI streams for this user")
        user_id = user.id
        _open_streams[user_id] += 1
        # The conversation and a watcher that ends it when the user is deactivated or the token expires.
        serving = asyncio.create_task(_serve(websocket, settings, user.id, token, turn))
        watching = asyncio.create_task(_watch(websocket, user.id, float(claims.get("exp", 0))))
        done, _ = await asyncio.wait({serving, watching}, return_when=asyncio.FIRST_COMPLETED)
        for task in (serving, watching):
            task.cancel()
        await asyncio.gather(serving, watching, return_exceptions=True)
        finished = done.pop()
        if not finished.cancelled() and (failure := finished.exception()) is not None:
            raise failure
    except Close as close:
        if websocket.application_state == WebSocketState.CONNECTED:
            # The server may have closed it meanwhile (uvicorn's shutdown sends 1012 itself).
            with contextlib.suppress(WebSocketDisconnect):
                await websocket.close(code=close.code, reason=close.reason)
    except WebSocketDisconnect:
        pass
    finally:
        if user_id is not None:
            _open_streams[user_id] -= 1
            if _open_streams[user_id] <= 0:
                del _open_streams[user_id]


async def _serve(
    websocket: WebSocket, settings: Settings, user_id: UUID, token: str, turn: tuple[str, Any]
) -> None:
    global _turns_in_flight
    current: tuple[str, Any] | None = turn
    while True:
        if _draining:
            raise Close(SERVICE_RESTART, "The server is restarting; reconnect")
        if current is not None:
            _turns_in_flight += 1
            _no_turns.clear()
            try:
                await _run_turn(websocket, settings, user_id, token, *current)
            finally:
                _turns_in_flight -= 1
                if not _turns_in_flight:
                    _no_turns.set()
            if _draining:
                raise Close(SERVICE_RESTART, "The server is restarting; reconnect")
        try:
            current = _turn(await _receive(websocket))
        except ValidationFailed as exc:  # a bad later turn: say why, keep the connection
            await websocket.send_json(exc.body())
            current = None


async def _watch(websocket: WebSocket, user_id: UUID, expires_at: float) -> None:
    """Raise ``Close`` once the token expires or the user is deactivated."""
    while True:
        await asyncio.sleep(max(0.0, min(ACTIVE_CHECK_SECONDS, expires_at - time.time())))
        if time.time() >= expires_at:
            raise Close(POLICY_VIOLATION, "The token has expired")
        if not await _still_active(websocket, user_id):
            raise Close(POLICY_VIOLATION, "The user was deactivated")


async def _run_turn(
    websocket: WebSocket, settings: Settings, user_id: UUID, token: str, intent: str, body: Any
) -> None:
    operation = contract.operations()[OPERATIONS[intent]]
    async with websocket.app.state.sessionmaker() as session:
        try:
            user, _ = await authenticate_token(token, session, settings)  # still active, password unchanged
        except Unauthorized as exc:
            raise Close(POLICY_VIOLATION, exc.detail) from None
        ctx = Ctx(cast(Request, websocket), Response(), session, settings, operation, _user=user)
        try:
            try:
                await count_call(ctx)
            except RateLimited as exc:
                await websocket.send_json(
                    {**exc.body(), "retry_after": int(exc.headers.get("Retry-After", "1"))}
                )
                raise Close(TRY_AGAIN_LATER, exc.detail) from None
            prepared = await prepare(ctx, intent, body)
            async for item in stream_exchange(ctx, prepared):
                if item.conversation_id is None:
                    await websocket.send_json(
                        {
                            "agent": item.agent_type.value,
                            "content": item.content,
                            "metadata": {"intent": intent},
                        }
                    )
                else:
                    await session.commit()
                    await websocket.send_text(item.model_dump_json())
        except APIError as exc:
            await session.rollback()
            await websocket.send_json(exc.body())
        except BaseException:
            await session.rollback()
            raise


async def _still_active(websocket: WebSocket, user_id: UUID) -> bool:
    async with websocket.app.state.sessionmaker() as session:
        user = await session.get(User, user_id)
        return user is not None and user.is_active
