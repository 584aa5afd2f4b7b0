"""Phases of an initiative: list, read, and PATCH (status transitions, current_phase)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import AuditEvent, Initiative, Phase, Team, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

MakeTeam = Callable[..., Awaitable[Team]]
PAST = datetime(2025, 1, 1, tzinfo=UTC)
DMAIC = ["define", "measure", "analyze", "improve", "control"]
STATUSES = ["not_started", "in_progress", "pending_review", "completed", "skipped"]
# The contract's legal PATCH transitions (openapi/paths/phases.yaml).
LEGAL = {
    ("not_started", "in_progress"),
    ("not_started", "skipped"),
    ("in_progress", "pending_review"),
    ("in_progress", "not_started"),
    ("pending_review", "in_progress"),
}
SETTABLE = ["not_started", "in_progress", "pending_review", "skipped"]


async def create(client: httpx.AsyncClient, user: User, **fields: Any) -> dict[str, Any]:
    r = await client.post(
        "/initiatives", json={"title": f"Phased {uuid4().hex[:6]}", **fields}, headers=auth(user)
    )
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


async def phase_row(db: AsyncSession, initiative_id: str, name: str) -> Phase:
    stmt = (
        select(Phase)
        .where(Phase.initiative_id == UUID(initiative_id), Phase.phase_name == name)
        .execution_options(populate_existing=True)
    )
    return (await db.execute(stmt)).scalar_one()


async def set_phase(db: AsyncSession, initiative_id: str, name: str, **values: Any) -> None:
    await db.execute(
        update(Phase)
        .where(Phase.initiative_id == UUID(initiative_id), Phase.phase_name == name)
        .values(**values)
    )
    await db.commit()


async def current_phase(db: AsyncSession, initiative_id: str) -> str:
    stmt = (
        select(Initiative.current_phase)
        .where(Initiative.id == UUID(initiative_id))
        .execution_options(populate_existing=True)
    )
    return str((await db.execute(stmt)).scalar_one())


# --- GET /initiatives/{id}/phases -----------------------------------------------------------


class TestListPhases:
    async def test_phases_in_order_by_default(
        self, client: httpx.AsyncClient, admin: User, viewer: User
    ) -> None:
        created = await create(client, admin, methodology="a3")
        for ident in (created["id"], created["initiative_number"]):
            r = await client.get(f"/initiatives/{ident}/phases", headers=auth(viewer))
            assert r.status_code == 200, r.text
            body = r.json()
            assert [p["phase_name"] for p in body["items"]] == [
                "background",
                "current_condition",
                "goal",
                "root_cause",
                "countermeasures",
                "implementation",
                "follow_up",
            ]
            assert (body["total"], body["page"], body["page_size"], body["has_more"]) == (7, 1, 25, False)
            assert body["items"][0]["status"] == "in_progress"

    async def test_sort_filter_and_pagination(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        created = await create(client, admin)
        path = f"/initiatives/{created['id']}/phases"
        await set_phase(db, created["id"], "control", due_date=datetime(2026, 1, 1).date())
        await set_phase(db, created["id"], "measure", due_date=datetime(2026, 3, 1).date())

        async def names(query: str) -> list[str]:
            r = await client.get(f"{path}?{query}", headers=auth(admin))
            assert r.status_code == 200, r.text
            return [p["phase_name"] for p in r.json()["items"]]

        assert await names("order=desc") == DMAIC[::-1]
        assert await names("sort=phase_order&order=asc") == DMAIC
        assert await names("sort=due_date&order=asc") == [
            "control",
            "measure",
            "define",
            "analyze",
            "improve",
        ]
        assert await names("sort=due_date&order=desc") == [
            "measure",
            "control",
            "improve",
            "analyze",
            "define",
        ]
        assert (await names("sort=started_at"))[0] == "define"
        assert await names("status=not_started") == DMAIC[1:]
        assert await names("status=in_progress,completed") == ["define"]
        assert await names("status=in_progress&status=not_started") == DMAIC
        page = (await client.get(f"{path}?page_size=2&page=3", headers=auth(admin))).json()
        assert ([p["phase_name"] for p in page["items"]], page["total"], page["has_more"]) == (
            ["control"],
            5,
            False,
        )
        page = (await client.get(f"{path}?page_size=2&page=2", headers=auth(admin))).json()
        assert ([p["phase_name"] for p in page["items"]], page["total"], page["has_more"]) == (
            DMAIC[2:4],
            5,
            True,
        )
        page = (await client.get(f"{path}?page_size=2&page=9", headers=auth(admin))).json()
        assert (page["items"], page["total"], page["has_more"]) == ([], 5, False)

    async def test_unknown_or_deleted_initiative_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        created = await create(client, admin)
        assert (await client.delete(f"/initiatives/{created['id']}", headers=auth(admin))).status_code == 204
        assert_error(await client.get(f"/initiatives/{created['id']}/phases", headers=auth(admin)), 404)
        assert_error(await client.get("/initiatives/INI-999999/phases", headers=auth(admin)), 404)

    @pytest.mark.parametrize(
        "query", ["status=done", "sort=phase_name", "order=up", "page_size=101", "page=0"]
    )
    async def test_bad_query_is_422(self, client: httpx.AsyncClient, admin: User, query: str) -> None:
        created = await create(client, admin)
        assert_error(
            await client.get(f"/initiatives/{created['id']}/phases?{query}", headers=auth(admin)), 422
        )

    async def test_malformed_initiative_id_is_422(self, client: httpx.AsyncClient, viewer: User) -> None:
        assert_error(await client.get("/initiatives/ini-0001/phases", headers=auth(viewer)), 422)


# --- GET /initiatives/{id}/phases/{phase} ---------------------------------------------------


class TestGetPhase:
    async def test_reads_a_phase_with_readiness(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, viewer: User
    ) -> None:
        created = await create(client, admin)
        r = await client.get(
            f"/initiatives/{created['initiative_number']}/phases/measure", headers=auth(viewer)
        )
        assert r.status_code == 200, r.text
        body = r.json()
        stored = await phase_row(db, created["id"], "measure")
        assert (body["id"], body["initiative_id"], body["phase_order"], body["status"]) == (
            str(stored.id),
            created["id"],
            2,
            "not_started",
        )
        assert body["artifacts"] == []
        assert set(body["readiness"]) == {"ready", "blockers", "warnings"}
        assert r.headers["etag"]

    async def test_phase_outside_the_methodology_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        created = await create(client, admin, methodology="kaizen")
        assert_error(
            await client.get(f"/initiatives/{created['id']}/phases/define", headers=auth(admin)), 404
        )
        assert (
            await client.get(f"/initiatives/{created['id']}/phases/sustain", headers=auth(admin))
        ).status_code == 200

    async def test_unknown_phase_name_is_422(self, client: httpx.AsyncClient, admin: User) -> None:
        created = await create(client, admin)
        assert_error(
            await client.get(f"/initiatives/{created['id']}/phases/celebrate", headers=auth(admin)), 422
        )

    async def test_deleted_initiative_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        created = await create(client, admin)
        await client.delete(f"/initiatives/{created['id']}", headers=auth(admin))
        assert_error(
            await client.get(f"/initiatives/{created['id']}/phases/define", headers=auth(admin)), 404
        )


# --- PATCH /initiatives/{id}/phases/{phase} -------------------------------------------------


class TestUpdatePhase:
    @pytest.mark.parametrize(("start", "target"), [(a, b) for a in STATUSES for b in SETTABLE if a != b])
    async def test_transitions(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, start: str, target: str
    ) -> None:
        created = await create(client, admin)
        await set_phase(db, created["id"], "measure", status=start)
        r = await client.patch(
            f"/initiatives/{created['id']}/phases/measure", json={"status": target}, headers=auth(admin)
        )
        stored = await phase_row(db, created["id"], "measure")
        if (start, target) in LEGAL:
            assert r.status_code == 200, r.text
            assert r.json()["status"] == target == stored.status
            (event,) = (
                (await db.execute(select(AuditEvent).where(AuditEvent.entity_id == stored.id)))
                .scalars()
                .all()
            )
            assert (event.action, event.actor_id, event.initiative_id) == (
                "status_change",
                admin.id,
                UUID(created["id"]),
            )
            assert event.changes["status"] == [start, target]
        else:
            assert_error(r, 409)
            assert stored.status == start

    async def test_completed_is_not_settable(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        created = await create(client, admin)
        await set_phase(db, created["id"], "define", status="pending_review")
        r = await client.patch(
            f"/initiatives/{created['id']}/phases/define", json={"status": "completed"}, headers=auth(admin)
        )
        assert_error(r, 422, field="status")
        assert (await phase_row(db, created["id"], "define")).status == "pending_review"

    async def test_entering_in_progress_sets_started_at_once(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        created = await create(client, admin)
        path = f"/initiatives/{created['id']}/phases/measure"
        assert (await phase_row(db, created["id"], "measure")).started_at is None
        r = await client.patch(path, json={"status": "in_progress"}, headers=auth(admin))
        assert r.status_code == 200 and r.json()["started_at"] is not None
        assert (await phase_row(db, created["id"], "measure")).started_at is not None
        await set_phase(db, created["id"], "measure", status="not_started", started_at=PAST)
        r = await client.patch(path, json={"status": "in_progress"}, headers=auth(admin))
        assert r.status_code == 200
        assert (await phase_row(db, created["id"], "measure")).started_at == PAST, "an earlier start is kept"

    async def test_current_phase_is_recomputed(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        created = await create(client, admin)
        base = f"/initiatives/{created['id']}/phases"
        assert await current_phase(db, created["id"]) == "define"
        assert (
            await client.patch(f"{base}/define", json={"status": "not_started"}, headers=auth(admin))
        ).status_code == 200
        assert (
            await client.patch(f"{base}/define", json={"status": "skipped"}, headers=auth(admin))
        ).status_code == 200
        assert await current_phase(db, created["id"]) == "measure"
        assert (
            await client.patch(f"{base}/measure", json={"status": "skipped"}, headers=auth(admin))
        ).status_code == 200
        assert await current_phase(db, created["id"]) == "analyze"
        got = await client.get(f"/initiatives/{created['id']}", headers=auth(admin))
        assert got.json()["current_phase"] == "analyze"
        await set_phase(db, created["id"], "analyze", status="completed")
        await set_phase(db, created["id"], "improve", status="completed")
        assert (
            await client.patch(f"{base}/control", json={"status": "skipped"}, headers=auth(admin))
        ).status_code == 200
        assert await current_phase(db, created["id"]) == "complete"

    @pytest.mark.parametrize("status", ["completed", "cancelled"])
    async def test_no_status_change_while_the_initiative_is_closed(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, status: str
    ) -> None:
        created = await create(client, admin)
        patch = {"status": status, "status_reason": "Closed" if status == "cancelled" else None}
        assert (
            await client.patch(f"/initiatives/{created['id']}", json=patch, headers=auth(admin))
        ).status_code == 200
        path = f"/initiatives/{created['id']}/phases/define"
        assert_error(await client.patch(path, json={"status": "pending_review"}, headers=auth(admin)), 409)
        assert (await phase_row(db, created["id"], "define")).status == "in_progress"
        r = await client.patch(path, json={"ai_summary": "Wrapped up."}, headers=auth(admin))
        assert r.status_code == 200 and r.json()["ai_summary"] == "Wrapped up."

    async def test_other_fields(self, client: httpx.AsyncClient, db: AsyncSession, admin: User) -> None:
        created = await create(client, admin)
        await set_phase(db, created["id"], "analyze", updated_at=PAST)
        r = await client.patch(
            f"/initiatives/{created['id']}/phases/analyze",
            json={"due_date": "2026-08-31", "completeness_score": 40, "ai_summary": "Halfway."},
            headers=auth(admin),
        )
        assert r.status_code == 200, r.text
        stored = await phase_row(db, created["id"], "analyze")
        assert (str(stored.due_date), stored.completeness_score, stored.ai_summary, stored.status) == (
            "2026-08-31",
            40,
            "Halfway.",
            "not_started",
        )
        assert stored.updated_at > PAST
        (event,) = (
            (await db.execute(select(AuditEvent).where(AuditEvent.entity_id == stored.id))).scalars().all()
        )
        assert event.action == "update" and event.changes["completeness_score"] == [0, 40]

    async def test_if_match(self, client: httpx.AsyncClient, db: AsyncSession, admin: User) -> None:
        created = await create(client, admin)
        path = f"/initiatives/{created['id']}/phases/improve"
        await set_phase(db, created["id"], "improve", updated_at=PAST)
        etag = (await client.get(path, headers=auth(admin))).headers["etag"]
        first = await client.patch(
            path, json={"completeness_score": 10}, headers={**auth(admin), "If-Match": etag}
        )
        assert first.status_code == 200 and first.headers["etag"] != etag
        stale = await client.patch(
            path, json={"completeness_score": 20}, headers={**auth(admin), "If-Match": etag}
        )
        assert_error(stale, 412)
        assert (await phase_row(db, created["id"], "improve")).completeness_score == 10

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({}, None),
            ({"phase_order": 3}, None),
            ({"gate_decision": "approved"}, None),
            ({"status": "done"}, "status"),
            ({"status": None}, "status"),
            ({"completeness_score": 101}, "completeness_score"),
            ({"completeness_score": -1}, "completeness_score"),
            ({"completeness_score": "50"}, "completeness_score"),
            ({"completeness_score": 50.5}, "completeness_score"),
            ({"due_date": "31/08/2026"}, "due_date"),
            ({"ai_summary": "a\u0000b"}, "ai_summary"),
        ],
    )
    async def test_bad_input_is_422(
        self, client: httpx.AsyncClient, admin: User, body: dict[str, Any], field: str | None
    ) -> None:
        created = await create(client, admin)
        r = await client.patch(f"/initiatives/{created['id']}/phases/define", json=body, headers=auth(admin))
        assert_error(r, 422, field=field)

    async def test_phase_outside_the_methodology_or_deleted_initiative_is_404(
        self, client: httpx.AsyncClient, admin: User
    ) -> None:
        created = await create(client, admin, methodology="just_do_it")
        path = f"/initiatives/{created['id']}/phases"
        assert_error(await client.patch(f"{path}/define", json={"due_date": None}, headers=auth(admin)), 404)
        assert (
            await client.patch(f"{path}/implement", json={"due_date": None}, headers=auth(admin))
        ).status_code == 200
        await client.delete(f"/initiatives/{created['id']}", headers=auth(admin))
        assert_error(
            await client.patch(f"{path}/implement", json={"due_date": None}, headers=auth(admin)), 404
        )

    async def test_who_may_update(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        lead, member, outsider = (
            await make_user("analyst"),
            await make_user("analyst"),
            await make_user("analyst"),
        )
        boss, other_boss, viewer = (
            await make_user("manager"),
            await make_user("manager"),
            await make_user("viewer"),
        )
        team = await make_team(manager_id=boss.id, members=[(member, "member"), (viewer, "lead")])
        await make_team(manager_id=other_boss.id, members=[(outsider, "member")])
        created = await create(client, admin, team_id=str(team.id), lead_analyst_id=str(lead.id))
        path = f"/initiatives/{created['id']}/phases/define"
        for caller in (outsider, other_boss, viewer):
            assert_error(await client.patch(path, json={"completeness_score": 99}, headers=auth(caller)), 403)
        assert (await phase_row(db, created["id"], "define")).completeness_score == 0
        for score, caller in enumerate((lead, member, boss, admin), start=1):
            r = await client.patch(path, json={"completeness_score": score}, headers=auth(caller))
            assert r.status_code == 200, r.text
        assert (await phase_row(db, created["id"], "define")).completeness_score == 4
