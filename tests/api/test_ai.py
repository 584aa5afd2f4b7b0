"""The /ai/* operations: conversations (stored, private, closing), what the body references, the
per-user rate limit and its headers, and 503 when the AI provider is down (nothing stored).

The orchestrator here is a recording fake (what the API sends it is part of the behaviour); the
engines themselves are tested in tests/ai/. The WebSocket and the Redis-backed limiter across two
API processes are in tests/test_ai_stream.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from generated.models import AgentResponse, AgentType, TriageResult
from handlers.ai_ratelimit import MemoryRateLimiter, RedisRateLimiter
from handlers.app import create_app
from handlers.config import Settings
from handlers.context import utcnow
from handlers.jobs_runtime import run_job
from handlers.services import ServiceUnavailableError
from handlers.services.ai import INTENT_AGENTS, StubAIOrchestrator
from handlers.tables import AIConversation, User
from tests.conftest import auth
from tests.support import assert_error


class Recorder:
    """An orchestrator that answers like the stub and remembers every call's context."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.down = False
        self._stub = StubAIOrchestrator()

    async def route(self, intent: str, context: dict[str, Any]) -> AgentResponse:
        if self.down:
            raise ServiceUnavailableError("provider timed out")
        self.calls.append((intent, context))
        answer = await self._stub.route(intent, context)
        return answer.model_copy(
            update={"content": f"answer {len(self.calls)}", "context_update": {"turn": len(self.calls)}}
        )

    def stream(self, intent: str, context: dict[str, Any]) -> AsyncIterator[AgentResponse]:
        return self._stub.stream(intent, context)

    async def triage_request(self, request_data: dict[str, Any]) -> TriageResult:
        return await self._stub.triage_request(request_data)


@pytest.fixture(name="limit")
def limit_fixture() -> int:
    return 30


@pytest.fixture(name="app")
def app_fixture(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    limit: int,
) -> FastAPI:
    app = create_app(
        settings.model_copy(update={"data_dir": tmp_path, "ai_rate_limit": limit, "redis_url": None}),
        engine=engine,
    )
    app.state.sessionmaker = sessionmaker
    app.state.ai_orchestrator = Recorder()
    jobs: list[UUID] = []
    app.state.job_dispatcher = jobs.append
    app.state.test_jobs = jobs
    return app


@pytest.fixture(name="recorder")
def recorder_fixture(app: FastAPI) -> Recorder:
    recorder: Recorder = app.state.ai_orchestrator
    return recorder


async def _initiative(client: httpx.AsyncClient, admin: User, team_id: UUID | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"title": "Cut invoice cycle time", "methodology": "dmaic"}
    if team_id:
        body["team_id"] = str(team_id)
    r = await client.post("/initiatives", json=body, headers=auth(admin))
    assert r.status_code == 201, r.text
    return dict(r.json())


# --- conversations ---------------------------------------------------------------------------------


async def test_chat_stores_the_exchange_and_continues_the_conversation(
    client: httpx.AsyncClient, analyst: User, admin: User, recorder: Recorder
) -> None:
    ini = await _initiative(client, admin)
    r = await client.post(
        "/ai/chat",
        json={"message": "Which data should I collect?", "initiative_id": ini["id"], "phase": "measure"},
        headers=auth(analyst),
    )
    assert r.status_code == 200, r.text
    first = r.json()
    conversation_id = first["conversation_id"]
    assert first["content"] == "answer 1" and first["agent_type"] == "orchestrator"
    intent, context = recorder.calls[0]
    assert intent == "chat"
    assert context["message"] == "Which data should I collect?" and context["history"] == []

    r = await client.post(
        "/ai/chat",
        json={"message": "And how much of it?", "conversation_id": conversation_id},
        headers=auth(analyst),
    )
    assert r.status_code == 200, r.text
    assert r.json()["conversation_id"] == conversation_id
    # The second call saw the first exchange and the remembered facts.
    _, context = recorder.calls[1]
    assert context["history"] == [
        {"role": "user", "content": "Which data should I collect?"},
        {"role": "assistant", "content": "answer 1"},
    ]
    assert context["conversation_summary"] == "turn: 1"

    r = await client.get(f"/ai/conversations/{conversation_id}", headers=auth(analyst))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["user_id"] == str(analyst.id)
    assert body["initiative_id"] == ini["id"] and body["phase_name"] == "measure" and body["phase_id"]
    assert body["message_count"] == 4 and body["is_active"] is True
    assert [(m["role"], m["content"], m["agent_type"]) for m in body["messages"]] == [
        ("user", "Which data should I collect?", None),
        ("assistant", "answer 1", "orchestrator"),
        ("user", "And how much of it?", None),
        ("assistant", "answer 2", "orchestrator"),
    ]
    assert body["last_message_at"] == body["messages"][-1]["timestamp"]
    assert body["context_summary"] == "turn: 2"


async def test_conversations_are_private_to_their_owner_and_admins(
    client: httpx.AsyncClient, analyst: User, viewer: User, admin: User
) -> None:
    r = await client.post("/ai/chat", json={"message": "hello"}, headers=auth(analyst))
    mine = r.json()["conversation_id"]
    r = await client.post("/ai/chat", json={"message": "hi from a viewer"}, headers=auth(viewer))
    theirs = r.json()["conversation_id"]

    assert_error(await client.get(f"/ai/conversations/{mine}", headers=auth(viewer)), 404)
    assert_error(
        await client.post(
            "/ai/chat", json={"message": "hijack", "conversation_id": mine}, headers=auth(viewer)
        ),
        404,
    )
    assert (await client.get(f"/ai/conversations/{mine}", headers=auth(admin))).status_code == 200
    assert_error(await client.get(f"/ai/conversations/{uuid4()}", headers=auth(analyst)), 404)

    listed = (await client.get("/ai/conversations", headers=auth(viewer))).json()
    assert [c["id"] for c in listed["items"]] == [theirs] and listed["total"] == 1
    assert listed["items"][0]["preview"] == "hi from a viewer" and listed["items"][0]["message_count"] == 2
    # Admins list their own too (others' only by id).
    assert (await client.get("/ai/conversations", headers=auth(admin))).json()["total"] == 0


async def test_list_filters_and_sorts(
    client: httpx.AsyncClient, analyst: User, admin: User, db: AsyncSession
) -> None:
    ini = await _initiative(client, admin)
    ids = []
    for body in (
        {"message": "one"},
        {"message": "two", "initiative_id": ini["id"]},
        {"message": "three", "initiative_id": ini["id"], "phase": "define"},
    ):
        r = await client.post("/ai/chat", json=body, headers=auth(analyst))
        ids.append(r.json()["conversation_id"])
    r = await client.post(
        "/ai/coach",
        json={"initiative_id": ini["id"], "phase": "define", "message": "next?"},
        headers=auth(analyst),
    )
    coach_id = r.json()["conversation_id"]
    # The first conversation gets a later message: it sorts first by last_message_at desc.
    await client.post("/ai/chat", json={"message": "again", "conversation_id": ids[0]}, headers=auth(analyst))

    async def listed(query: str) -> list[str]:
        r = await client.get(f"/ai/conversations?{query}", headers=auth(analyst))
        assert r.status_code == 200, r.text
        return [c["id"] for c in r.json()["items"]]

    # (created_at is the transaction's time: equal for everything a test makes, so compare sets)
    assert set(await listed(f"initiative_id={ini['id']}&sort=created_at")) == {ids[1], ids[2], coach_id}
    assert await listed("agent_type=dmaic_coach") == [coach_id]
    assert await listed("sort=last_message_at&order=desc") == [ids[0], coach_id, ids[2], ids[1]]
    assert await listed("sort=last_message_at&order=asc") == [ids[1], ids[2], coach_id, ids[0]]
    assert await listed("is_active=false") == []
    conversation = await db.get(AIConversation, UUID(ids[1]))
    assert conversation is not None
    conversation.is_active = False
    await db.flush()
    assert await listed("is_active=false") == [ids[1]]


async def test_closed_conversations_are_read_only(
    client: httpx.AsyncClient, analyst: User, db: AsyncSession, app: FastAPI
) -> None:
    r = await client.post("/ai/chat", json={"message": "hello"}, headers=auth(analyst))
    conversation_id = r.json()["conversation_id"]
    conversation = await db.get(AIConversation, UUID(conversation_id))
    assert conversation is not None
    # Idle longer than the limit: the next message is refused and the conversation is closed for good.
    old = (utcnow() - timedelta(days=app.state.settings.ai_conversation_idle_days + 1)).isoformat()
    conversation.messages = [{**m, "timestamp": old} for m in conversation.messages]
    await db.flush()
    body = assert_error(
        await client.post(
            "/ai/chat",
            json={"message": "still there?", "conversation_id": conversation_id},
            headers=auth(analyst),
        ),
        409,
    )
    assert "closed" in body["detail"]
    await db.refresh(conversation)
    assert conversation.is_active is False and len(conversation.messages) == 2
    r = await client.get(f"/ai/conversations/{conversation_id}", headers=auth(analyst))
    assert r.json()["is_active"] is False


async def test_a_conversation_closes_at_its_message_cap(
    client: httpx.AsyncClient, analyst: User, app: FastAPI
) -> None:
    app.state.settings = app.state.settings.model_copy(update={"ai_conversation_max_messages": 4})
    r = await client.post("/ai/chat", json={"message": "1"}, headers=auth(analyst))
    conversation_id = r.json()["conversation_id"]
    r = await client.post(
        "/ai/chat", json={"message": "2", "conversation_id": conversation_id}, headers=auth(analyst)
    )
    assert r.status_code == 200, r.text
    r = await client.get(f"/ai/conversations/{conversation_id}", headers=auth(analyst))
    assert r.json()["message_count"] == 4 and r.json()["is_active"] is False
    assert_error(
        await client.post(
            "/ai/chat", json={"message": "3", "conversation_id": conversation_id}, headers=auth(analyst)
        ),
        409,
    )


async def test_every_intent_answers_with_its_agent(
    client: httpx.AsyncClient, analyst: User, admin: User, recorder: Recorder
) -> None:
    ini = await _initiative(client, admin)
    requests = (
        await client.post(
            "/requests",
            json={"title": "Fix the label printer", "description": "It jams daily"},
            headers=auth(analyst),
        )
    ).json()
    cases = {
        "chat": ("/ai/chat", {"message": "hi"}),
        "triage": ("/ai/triage", {"message": "assess", "request_id": requests["id"]}),
        "coach": ("/ai/coach", {"message": "next?", "initiative_id": ini["id"], "phase": "define"}),
        "report_generate": (
            "/ai/report/generate",
            {"report_type": "initiative_report", "initiative_id": ini["id"]},
        ),
    }
    for intent, (path, body) in cases.items():
        r = await client.post(path, json=body, headers=auth(analyst))
        assert r.status_code == 200, (intent, r.text)
        assert r.json()["agent_type"] == INTENT_AGENTS[intent].value
        assert recorder.calls[-1][0] == intent
    # The report agent's default message stands in for the missing one.
    assert recorder.calls[-1][1]["message"] == "Draft the narrative of this report."
    r = await client.get(f"/ai/conversations/{r.json()['conversation_id']}", headers=auth(analyst))
    assert r.json()["agent_type"] == AgentType.report_agent.value


async def test_referenced_records_are_checked(
    client: httpx.AsyncClient, analyst: User, admin: User, db: AsyncSession, recorder: Recorder
) -> None:
    ini = await _initiative(client, admin)
    h = auth(analyst)
    assert_error(
        await client.post("/ai/chat", json={"message": "x", "initiative_id": str(uuid4())}, headers=h), 404
    )
    assert_error(
        await client.post("/ai/chat", json={"message": "x", "request_id": str(uuid4())}, headers=h), 404
    )
    # A phase of another methodology.
    assert_error(
        await client.post(
            "/ai/coach", json={"message": "x", "initiative_id": ini["id"], "phase": "plan"}, headers=h
        ),
        422,
        field="phase",
    )
    assert_error(await client.post("/ai/stats/recommend", json={"dataset_id": str(uuid4())}, headers=h), 404)
    assert_error(await client.post("/ai/stats/interpret", json={"analysis_id": str(uuid4())}, headers=h), 404)
    assert_error(
        await client.post(
            "/ai/report/generate", json={"report_type": "executive_brief", "team_id": str(uuid4())}, headers=h
        ),
        404,
    )
    assert recorder.calls == []
    assert (await db.execute(select(func.count()).select_from(AIConversation))).scalar_one() == 0


async def test_stats_intents_need_a_profiled_dataset_and_a_completed_analysis(
    client: httpx.AsyncClient, admin: User, app: FastAPI, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    ini = await _initiative(client, admin)
    csv = b"y,g\n" + b"".join(f"{i * 1.5},{'ab'[i % 2]}\n".encode() for i in range(12))
    r = await client.post(
        f"/initiatives/{ini['id']}/datasets", files={"file": ("d.csv", csv, "text/csv")}, headers=auth(admin)
    )
    assert r.status_code == 202, r.text
    dataset_id = r.json()["dataset"]["id"]
    body = assert_error(
        await client.post("/ai/stats/recommend", json={"dataset_id": dataset_id}, headers=auth(admin)), 409
    )
    assert "not profiled" in body["detail"]
    jobs: list[UUID] = app.state.test_jobs
    while jobs:
        await run_job(sessionmaker, app.state.settings, jobs.pop(0))
    r = await client.post("/ai/stats/recommend", json={"dataset_id": dataset_id}, headers=auth(admin))
    assert r.status_code == 200, r.text
    r = await client.post(
        f"/datasets/{dataset_id}/analyze",
        json={"test_type": "descriptive_summary", "configuration": {"y_column": "y"}},
        headers=auth(admin),
    )
    analysis_id = r.json()["analysis"]["id"]
    assert_error(
        await client.post("/ai/stats/interpret", json={"analysis_id": analysis_id}, headers=auth(admin)), 409
    )
    while jobs:
        await run_job(sessionmaker, app.state.settings, jobs.pop(0))
    r = await client.post("/ai/stats/interpret", json={"analysis_id": analysis_id}, headers=auth(admin))
    assert r.status_code == 200, r.text
    r = await client.get(f"/ai/conversations/{r.json()['conversation_id']}", headers=auth(admin))
    assert r.json()["initiative_id"] == ini["id"]


async def test_provider_down_is_503_and_nothing_is_stored(
    client: httpx.AsyncClient, analyst: User, recorder: Recorder, db: AsyncSession
) -> None:
    r = await client.post("/ai/chat", json={"message": "first"}, headers=auth(analyst))
    conversation_id = r.json()["conversation_id"]
    recorder.down = True
    assert_error(await client.post("/ai/chat", json={"message": "lost?"}, headers=auth(analyst)), 503)
    assert_error(
        await client.post(
            "/ai/chat", json={"message": "lost?", "conversation_id": conversation_id}, headers=auth(analyst)
        ),
        503,
    )
    assert (await db.execute(select(func.count()).select_from(AIConversation))).scalar_one() == 1
    conversation = await db.get(AIConversation, UUID(conversation_id))
    assert conversation is not None
    await db.refresh(conversation)
    assert len(conversation.messages) == 2


# --- rate limits -----------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [3])
async def test_the_n_plus_first_call_in_a_window_is_429(
    client: httpx.AsyncClient, analyst: User, viewer: User, recorder: Recorder
) -> None:
    remaining = []
    for _ in range(3):
        r = await client.post("/ai/chat", json={"message": "hi"}, headers=auth(analyst))
        assert r.status_code == 200, r.text
        assert r.headers["ratelimit-limit"] == "3"
        assert 0 < int(r.headers["ratelimit-reset"]) <= 60
        remaining.append(int(r.headers["ratelimit-remaining"]))
    assert remaining == [2, 1, 0]
    r = await client.post("/ai/triage", json={"message": "hi"}, headers=auth(analyst))
    body = assert_error(r, 429)
    assert "retry in" in body["detail"]
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert r.headers["ratelimit-remaining"] == "0"
    assert len(recorder.calls) == 3
    # Per user, not per client address: another user on the same connection is not limited.
    r = await client.post("/ai/chat", json={"message": "hi"}, headers=auth(viewer))
    assert r.status_code == 200 and r.headers["ratelimit-remaining"] == "2"
    # Errors after counting carry the headers too.
    r = await client.post(
        "/ai/chat", json={"message": "x", "initiative_id": str(uuid4())}, headers=auth(viewer)
    )
    assert r.status_code == 404 and r.headers["ratelimit-remaining"] == "1"
    # Other operations are not counted.
    assert (await client.get("/ai/conversations", headers=auth(analyst))).status_code == 200


async def test_memory_limiter_windows() -> None:
    now = [100.0]
    limiter = MemoryRateLimiter(limit=2, window=10, clock=lambda: now[0])
    user = uuid4()
    assert [(await limiter.hit(user)).allowed for _ in range(3)] == [True, True, False]
    refused = await limiter.hit(user)
    assert refused.headers()["Retry-After"] == "10" and refused.remaining == 0
    now[0] = 105.5
    assert (await limiter.hit(user)).reset_seconds == 5
    now[0] = 110.0  # the window is over
    fresh = await limiter.hit(user)
    assert fresh.allowed and fresh.remaining == 1 and fresh.reset_seconds == 10


def _redis_up() -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _redis_up(), reason="needs Redis on 127.0.0.1:6379 (.ci/run starts one)")
async def test_redis_limiter_is_shared_and_atomic() -> None:
    import asyncio

    prefix = f"tollgate-test:{uuid4()}"
    # Two limiters = two API processes sharing one Redis.
    a = RedisRateLimiter("redis://127.0.0.1:6379/0", limit=5, window=30, prefix=prefix)
    b = RedisRateLimiter("redis://127.0.0.1:6379/0", limit=5, window=30, prefix=prefix)
    user = uuid4()
    try:
        decisions = await asyncio.gather(*(limiter.hit(user) for limiter in (a, b) * 4))
        assert sorted(d.remaining for d in decisions) == [0, 0, 0, 0, 1, 2, 3, 4]
        assert [d.allowed for d in decisions].count(True) == 5
        assert all(0 < d.reset_seconds <= 30 for d in decisions)
        assert (await a.hit(uuid4())).allowed  # another user has a window of its own
    finally:
        await a.close()
        await b.close()


async def test_ai_fails_closed_when_redis_is_down_and_the_rest_works(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    analyst: User,
) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    app = create_app(
        settings.model_copy(update={"data_dir": tmp_path, "redis_url": f"redis://127.0.0.1:{dead}/0"}),
        engine=engine,
    )
    app.state.sessionmaker = sessionmaker
    app.state.ai_orchestrator = Recorder()
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver/api/v1") as client:
        r = await client.post("/ai/chat", json={"message": "hi"}, headers=auth(analyst))
        body = assert_error(r, 503)
        assert "Redis" in body["detail"] and r.headers["retry-after"] == "5"
        assert (await client.get("/users/me", headers=auth(analyst))).status_code == 200
        assert (await client.get("/ai/conversations", headers=auth(analyst))).status_code == 200
    await app.state.ai_rate_limiter.close()
