"""Idempotency-Key on creating POSTs: replay, mismatch, scoping per user, failures not stored."""

from __future__ import annotations

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import Initiative, User
from tests.conftest import MakeUser, auth


async def _count(db: AsyncSession, title: str) -> int:
    return (await db.execute(select(func.count()).where(Initiative.title == title))).scalar_one()


async def test_same_key_and_body_replays_the_first_answer(
    client: httpx.AsyncClient, db: AsyncSession, admin: User
) -> None:
    headers = {**auth(admin), "Idempotency-Key": "create-1"}
    body = {"title": "Idempotent initiative"}
    first = await client.post("/initiatives", json=body, headers=headers)
    second = await client.post("/initiatives", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.json()["id"] == first.json()["id"]
    assert second.headers["idempotent-replayed"] == "true"
    assert second.headers["location"] == first.headers["location"]
    assert "idempotent-replayed" not in first.headers
    assert await _count(db, "Idempotent initiative") == 1


async def test_same_key_with_another_body_is_422(
    client: httpx.AsyncClient, db: AsyncSession, admin: User
) -> None:
    headers = {**auth(admin), "Idempotency-Key": "create-2"}
    assert (
        await client.post("/initiatives", json={"title": "First body"}, headers=headers)
    ).status_code == 201
    r = await client.post("/initiatives", json={"title": "Second body"}, headers=headers)
    assert r.status_code == 422
    assert r.json()["error"] == "validation_error"
    assert await _count(db, "Second body") == 0


async def test_keys_are_scoped_per_user(
    client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser
) -> None:
    alice, bob = await make_user("admin"), await make_user("admin")
    body = {"title": "Per-user key"}
    a = await client.post("/initiatives", json=body, headers={**auth(alice), "Idempotency-Key": "shared"})
    b = await client.post("/initiatives", json=body, headers={**auth(bob), "Idempotency-Key": "shared"})
    assert a.status_code == b.status_code == 201
    assert a.json()["id"] != b.json()["id"]
    assert await _count(db, "Per-user key") == 2


async def test_refused_requests_are_not_stored(
    client: httpx.AsyncClient, db: AsyncSession, admin: User
) -> None:
    headers = {**auth(admin), "Idempotency-Key": "retry-after-fix"}
    bad = await client.post(
        "/initiatives",
        json={"title": "x", "team_id": "00000000-0000-4000-8000-000000000000"},
        headers=headers,
    )
    assert bad.status_code == 422
    good = await client.post("/initiatives", json={"title": "x after fix"}, headers=headers)
    assert good.status_code == 201
    assert "idempotent-replayed" not in good.headers


async def test_without_key_each_post_creates(
    client: httpx.AsyncClient, db: AsyncSession, admin: User
) -> None:
    for _ in range(2):
        assert (
            await client.post("/initiatives", json={"title": "No key"}, headers=auth(admin))
        ).status_code == 201
    assert await _count(db, "No key") == 2


async def test_login_is_throttled_per_account(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    user = await make_user("viewer")
    limit = client._transport.app.state.settings.login_max_failures  # type: ignore[attr-defined]
    for _ in range(limit):
        r = await client.post("/auth/login", json={"email": user.email, "password": "wrong password"})
        assert r.status_code == 401
    r = await client.post(
        "/auth/login", json={"email": user.email, "password": "correct horse battery staple"}
    )
    assert r.status_code == 429
    assert r.json()["error"] == "rate_limited"
    assert int(r.headers["retry-after"]) > 0
