"""The AI over real servers: the WebSocket stream with a real WebSocket client, and the per-user rate
limit shared through Redis by two API processes.

Two API processes (``handlers.cli serve`` and a second uvicorn on the same database) with
``REDIS_URL`` pointing at the Redis on 127.0.0.1:6379 (``.ci/run`` starts one; skipped without it)
and a small AI rate limit. Every test uses users of its own, so the Redis counters never collide.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
import websockets
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlmodel import col
from websockets.exceptions import ConnectionClosed

from handlers.config import ROOT
from handlers.security import create_access_token
from handlers.tables import User
from tests import support
from tests.live_server import LiveServer, free_port, server_env, stop, wait_until_ready

LIMIT = 6


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


pytestmark = [
    pytest.mark.skipif(not _redis_up(), reason="needs Redis on 127.0.0.1:6379 (.ci/run starts one)"),
    pytest.mark.xdist_group("ai_servers"),
]


@dataclass(frozen=True)
class Servers:
    a: LiveServer
    b: LiveServer

    def ws_url(self, server: LiveServer) -> str:
        return server.origin.replace("http://", "ws://") + "/api/v1/ai/stream"


@pytest.fixture(scope="module")
def servers(database_url: str) -> Iterator[Servers]:
    """Two uvicorn processes on this worker's (already migrated) test database."""
    data_dir = Path(tempfile.mkdtemp(prefix="tollgate-ai-"))
    procs: list[subprocess.Popen[bytes]] = []
    extra = {
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "TOLLGATE_AI_RATE_LIMIT": str(LIMIT),
        "TOLLGATE_AI_RATE_WINDOW_SECONDS": "120",
        "TOLLGATE_AI_ENGINE": "stub",  # the engines have their own tests; here the transport matters
    }
    try:
        started = []
        for name in ("a", "b"):
            port = free_port()
            server = LiveServer(origin=f"http://127.0.0.1:{port}", log=data_dir / f"{name}.log")
            with server.log.open("wb") as out:
                procs.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "uvicorn",
                            "handlers.main:app",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            str(port),
                        ],
                        cwd=ROOT,
                        env=server_env(database_url, data_dir, port, **extra),
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    )
                )
            started.append(server)
        for server, proc in zip(started, procs, strict=True):
            wait_until_ready(server, proc)
        yield Servers(*started)
    finally:
        for proc in procs:
            stop(proc)
        shutil.rmtree(data_dir, ignore_errors=True)


async def new_user(engine: AsyncEngine) -> tuple[str, str]:
    """A committed user of this test (the servers see it): (id, token)."""
    async with AsyncSession(engine, expire_on_commit=False) as session:
        user = User(
            email=f"ai-{uuid4().hex[:10]}@example.com",
            full_name="AI Tester",
            role="analyst",
            password_hash="x",
        )
        session.add(user)
        await session.commit()
        return str(user.id), support.token_for(user.id)


async def deactivate(engine: AsyncEngine, user_id: str) -> None:
    async with engine.begin() as conn:
        await conn.execute(update(User).where(col(User.id) == UUID(user_id)).values(is_active=False))


async def _chat(server: LiveServer, token: str, message: str = "hello") -> httpx.Response:
    async with httpx.AsyncClient(timeout=30) as client:
        return await client.post(
            f"{server.api_url}/ai/chat",
            json={"message": message},
            headers={"Authorization": f"Bearer {token}"},
        )


async def test_the_limit_is_shared_by_two_api_processes(servers: Servers, engine: AsyncEngine) -> None:
    _, token = await new_user(engine)
    answers = [await _chat(servers.a if i % 2 == 0 else servers.b, token) for i in range(LIMIT)]
    assert [r.status_code for r in answers] == [200] * LIMIT
    assert [int(r.headers["ratelimit-remaining"]) for r in answers] == list(range(LIMIT - 1, -1, -1))
    for server in (servers.a, servers.b):
        refused = await _chat(server, token)
        body = support.assert_error(refused, 429)
        assert "rate limit" in body["detail"]
        assert 1 <= int(refused.headers["retry-after"]) <= 120
    # Another user is not limited, on either process.
    _, other = await new_user(engine)
    assert (await _chat(servers.b, other)).status_code == 200


async def _recv(ws: Any) -> dict[str, Any]:
    return dict(json.loads(await asyncio.wait_for(ws.recv(), 30)))


async def _turn(ws: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Chunks until the final AgentResponse (or an error body)."""
    chunks = []
    while True:
        message = await _recv(ws)
        if "agent" in message:
            chunks.append(message)
        else:
            return chunks, message


async def test_stream_sends_chunks_then_the_stored_answer(servers: Servers, engine: AsyncEngine) -> None:
    user_id, token = await new_user(engine)
    async with websockets.connect(servers.ws_url(servers.a)) as ws:
        await ws.send(
            json.dumps({"token": token, "intent": "chat", "context": {"message": "Where do I start?"}})
        )
        chunks, final = await _turn(ws)
        assert len(chunks) >= 2
        assert all(c["agent"] == "orchestrator" and c["metadata"] == {"intent": "chat"} for c in chunks)
        assert "".join(c["content"] for c in chunks) == final["content"]
        assert final["agent_type"] == "orchestrator" and final["conversation_id"]
        conversation_id = final["conversation_id"]
        # A next turn on the same connection continues the conversation; a bad one gets an error body.
        await ws.send(json.dumps({"intent": "coach", "context": {"message": "x"}}))
        _, error = await _turn(ws)
        assert error["status_code"] == 422 and error["error"] == "validation_error"
        await ws.send(
            json.dumps(
                {"intent": "chat", "context": {"message": "And then?", "conversation_id": conversation_id}}
            )
        )
        _, second = await _turn(ws)
        assert second["conversation_id"] == conversation_id
    async with httpx.AsyncClient(timeout=30) as client:
        r = await client.get(
            f"{servers.b.api_url}/ai/conversations/{conversation_id}",
            headers={"Authorization": f"Bearer {token}"},
        )
    assert r.status_code == 200, r.text
    assert r.json()["user_id"] == user_id
    assert [m["content"] for m in r.json()["messages"] if m["role"] == "user"] == [
        "Where do I start?",
        "And then?",
    ]


async def _closed_with(ws: Any) -> tuple[int | None, str]:
    """Read until the server closes; its close code and reason."""
    try:
        while True:
            await asyncio.wait_for(ws.recv(), 30)
    except ConnectionClosed as closed:
        frame = closed.rcvd
        return (frame.code, frame.reason) if frame else (None, "")


@pytest.mark.parametrize(
    "first",
    [
        {"intent": "chat", "context": {"message": "no token"}},
        {"token": "not-a-jwt", "intent": "chat", "context": {"message": "x"}},
    ],
)
async def test_bad_tokens_close_with_1008(
    servers: Servers, first: dict[str, Any], engine: AsyncEngine
) -> None:
    async with websockets.connect(servers.ws_url(servers.a)) as ws:
        await ws.send(json.dumps(first))
        code, _ = await _closed_with(ws)
        assert code == 1008


async def test_an_expired_token_and_an_invalid_first_message_close_with_1008(
    servers: Servers, engine: AsyncEngine
) -> None:
    user_id, token = await new_user(engine)
    expired, _ = create_access_token(UUID(user_id), secret=support.TEST_SECRET, minutes=-1)
    async with websockets.connect(servers.ws_url(servers.a)) as ws:
        await ws.send(json.dumps({"token": expired, "intent": "chat", "context": {"message": "x"}}))
        code, reason = await _closed_with(ws)
        assert code == 1008 and "expired" in reason
    async with websockets.connect(servers.ws_url(servers.a)) as ws:
        await ws.send(json.dumps({"token": token, "intent": "dance", "context": {}}))
        code, reason = await _closed_with(ws)
        assert code == 1008 and "intent" in reason


async def test_an_oversized_message_closes_with_1009(servers: Servers, engine: AsyncEngine) -> None:
    _, token = await new_user(engine)
    async with websockets.connect(servers.ws_url(servers.a), max_size=None) as ws:
        await ws.send(json.dumps({"token": token, "intent": "chat", "context": {"message": "x" * 70_000}}))
        assert (await _closed_with(ws))[0] == 1009


async def test_a_deactivated_users_stream_ends(servers: Servers, engine: AsyncEngine) -> None:
    user_id, token = await new_user(engine)
    async with websockets.connect(servers.ws_url(servers.a)) as ws:
        await ws.send(json.dumps({"token": token, "intent": "chat", "context": {"message": "hi"}}))
        _, final = await _turn(ws)
        assert final["conversation_id"]
        await deactivate(engine, user_id)
        code, reason = await _closed_with(ws)  # without sending anything: the server ends it
        assert code == 1008 and "deactivated" in reason


async def test_streams_per_user_are_bounded_and_the_limit_closes_with_1013(
    servers: Servers, engine: AsyncEngine
) -> None:
    _, token = await new_user(engine)
    url = servers.ws_url(servers.a)
    first = json.dumps({"token": token, "intent": "chat", "context": {"message": "hi"}})
    async with websockets.connect(url) as one, websockets.connect(url) as two:
        for ws in (one, two):
            await ws.send(first)
            await _turn(ws)
        async with websockets.connect(url) as three:  # TOLLGATE_AI_MAX_STREAMS_PER_USER defaults to 2
            await three.send(first)
            code, reason = await _closed_with(three)
            assert code == 1013 and "streams" in reason
        # Spend the rest of the window (2 calls made), then the stream closes with 1013.
        for _ in range(LIMIT - 2):
            await one.send(json.dumps({"intent": "chat", "context": {"message": "again"}}))
            _, final = await _turn(one)
            assert final.get("conversation_id"), final
        await one.send(json.dumps({"intent": "chat", "context": {"message": "one too many"}}))
        refused = await _recv(one)
        assert refused["status_code"] == 429 and refused["retry_after"] >= 1
        assert (await _closed_with(one))[0] == 1013
