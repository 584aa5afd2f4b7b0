"""Initiatives: create (with phases), read by UUID or number, partial update, soft delete, and the
filtered, sorted, paginated list."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import and_, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from handlers.tables import AuditEvent, Initiative, InitiativeStakeholder, Phase, Team, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

MakeTeam = Callable[..., Awaitable[Team]]
PAST = datetime(2025, 1, 1, tzinfo=UTC)

# DOMAIN.md's table, written out here rather than imported from the code under test.
PHASES = {
    "dmaic": ["define", "measure", "analyze", "improve", "control"],
    "dmadv": ["define", "measure", "analyze", "design", "verify"],
    "kaizen": ["prepare", "execute", "sustain"],
    "a3": [
        "background",
        "current_condition",
        "goal",
        "root_cause",
        "countermeasures",
        "implementation",
        "follow_up",
    ],
    "pdsa": ["plan", "do", "study", "act"],
    "just_do_it": ["implement", "verify"],
}
PRIORITY_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}


async def create(client: httpx.AsyncClient, user: User, **fields: Any) -> dict[str, Any]:
    body = {"title": f"Initiative {uuid4().hex[:8]}", **fields}
    r = await client.post("/initiatives", json=body, headers=auth(user))
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


async def row(db: AsyncSession, initiative_id: UUID | str) -> Initiative:
    stmt = (
        select(Initiative)
        .where(Initiative.id == UUID(str(initiative_id)))
        .execution_options(populate_existing=True)
    )
    return (await db.execute(stmt)).scalar_one()


async def backdate(db: AsyncSession, initiative_id: UUID | str) -> None:
    """Tests run in one transaction, where now() never moves: push updated_at into the past so an
    update visibly changes it (and the ETag)."""
    await db.execute(
        update(Initiative).where(Initiative.id == UUID(str(initiative_id))).values(updated_at=PAST)
    )
    await db.commit()


async def events(db: AsyncSession, initiative_id: UUID | str) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity_type == "initiative", AuditEvent.entity_id == UUID(str(initiative_id)))
        .order_by(AuditEvent.occurred_at, AuditEvent.id)
    )
    return list((await db.execute(stmt)).scalars().all())


async def live_count(db: AsyncSession, *where: Any) -> int:
    stmt = select(func.count()).select_from(Initiative).where(col(Initiative.deleted_at).is_(None), *where)
    return int((await db.execute(stmt)).scalar_one())


# --- POST /initiatives ----------------------------------------------------------------------


class TestCreateInitiative:
    @pytest.mark.parametrize("methodology", list(PHASES))
    async def test_creates_number_and_phases_in_methodology_order(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, methodology: str
    ) -> None:
        seq = (await db.execute(text("SELECT last_value, is_called FROM initiative_number_seq"))).one()
        expected_number = f"INI-{seq.last_value + 1 if seq.is_called else seq.last_value:04d}"
        r = await client.post(
            "/initiatives", json={"title": "Faster invoices", "methodology": methodology}, headers=auth(admin)
        )
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["initiative_number"] == expected_number
        assert body["methodology"] == methodology
        names = PHASES[methodology]
        assert [p["phase_name"] for p in body["phases"]] == names
        assert [p["phase_order"] for p in body["phases"]] == list(range(1, len(names) + 1))
        first, *rest = body["phases"]
        assert first["status"] == "in_progress" and first["started_at"] is not None
        assert all(p["status"] == "not_started" and p["started_at"] is None for p in rest)
        assert all(p["gate_decision"] == "pending" for p in body["phases"])
        assert body["current_phase"] == names[0]
        assert body["phase_progress"] == dict.fromkeys(names, 0)
        assert r.headers["location"] == f"/api/v1/initiatives/{body['id']}"
        got = await client.get(r.headers["location"].removeprefix("/api/v1"), headers=auth(admin))
        assert got.status_code == 200 and got.headers["etag"] == r.headers["etag"]
        stored = await row(db, body["id"])
        assert stored.initiative_number == expected_number and stored.deleted_at is None
        phases = (
            (
                await db.execute(
                    select(Phase).where(Phase.initiative_id == stored.id).order_by(Phase.phase_order)
                )
            )
            .scalars()
            .all()
        )
        assert [p.phase_name for p in phases] == names
        assert [p.status for p in phases] == ["in_progress"] + ["not_started"] * (len(names) - 1)
        (event,) = await events(db, stored.id)
        assert (event.action, event.actor_id, event.initiative_id) == ("create", admin.id, stored.id)
        assert event.changes["initiative_number"] == [None, expected_number]
        assert event.changes["title"] == [None, "Faster invoices"]

    async def test_defaults(self, client: httpx.AsyncClient, analyst: User) -> None:
        body = await create(client, analyst)
        assert {
            k: body[k] for k in ("methodology", "initiative_type", "priority", "status", "health", "currency")
        } == {
            "methodology": "dmaic",
            "initiative_type": "process_improvement",
            "priority": "medium",
            "status": "active",
            "health": "on_track",
            "currency": "USD",
        }
        assert (body["tags"], body["custom_fields"], body["team_id"], body["status_reason"]) == (
            [],
            {},
            None,
            None,
        )
        assert body["counts"] == dict.fromkeys(
            [
                "actions_open",
                "actions_overdue",
                "metrics",
                "notes",
                "documents",
                "datasets",
                "analyses",
                "artifacts",
                "stakeholders",
            ],
            0,
        )

    async def test_every_field(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        lead, sponsor, owner = (
            await make_user("analyst"),
            await make_user("viewer"),
            await make_user("viewer"),
        )
        team = await make_team(members=[(lead, "member")])
        sent = {
            "title": "Cut scrap on line 3",
            "problem_statement": "Scrap is 7%.",
            "desired_outcome": "Scrap under 3%.",
            "goal_statement": "Halve scrap by Q3.",
            "scope": "Line 3",
            "out_of_scope": "Line 4",
            "business_case": "Saves money.",
            "methodology": "kaizen",
            "initiative_type": "quality",
            "priority": "critical",
            "status": "planned",
            "health": "at_risk",
            "lead_analyst_id": str(lead.id),
            "sponsor_id": str(sponsor.id),
            "process_owner_id": str(owner.id),
            "team_id": str(team.id),
            "start_date": "2026-03-01",
            "target_completion": "2026-03-01",
            "projected_savings": "120000.50",
            "currency": "EUR",
            "projected_impact": "Less rework",
            "tags": ["scrap", "line-3"],
            "custom_fields": {"plant": "Dayton", "cost_center": 4410, "capex": False, "note": None},
        }
        r = await client.post("/initiatives", json=sent, headers=auth(admin))
        assert r.status_code == 201, r.text
        body = r.json()
        assert {k: body[k] for k in sent} == sent
        stored = await row(db, body["id"])
        assert stored.projected_savings == Decimal("120000.50")
        assert stored.start_date == stored.target_completion == date(2026, 3, 1)
        assert body["current_phase"] == "prepare"

    async def test_viewer_is_403(self, client: httpx.AsyncClient, db: AsyncSession, viewer: User) -> None:
        title = f"Viewer {uuid4().hex[:6]}"
        assert_error(await client.post("/initiatives", json={"title": title}, headers=auth(viewer)), 403)
        assert await live_count(db, Initiative.title == title) == 0

    async def test_analyst_only_into_their_own_teams(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: MakeTeam
    ) -> None:
        me = await make_user("analyst")
        mine, theirs = await make_team(members=[(me, "member")]), await make_team()
        assert (await create(client, me, team_id=str(mine.id)))["team_id"] == str(mine.id)
        title = f"Not mine {uuid4().hex[:6]}"
        r = await client.post(
            "/initiatives", json={"title": title, "team_id": str(theirs.id)}, headers=auth(me)
        )
        assert_error(r, 403)
        assert await live_count(db, Initiative.title == title) == 0

    async def test_manager_into_teams_they_manage(
        self, client: httpx.AsyncClient, make_user: MakeUser, make_team: MakeTeam
    ) -> None:
        boss = await make_user("manager")
        managed, other = await make_team(manager_id=boss.id), await make_team()
        assert (await create(client, boss, team_id=str(managed.id)))["team_id"] == str(managed.id)
        r = await client.post(
            "/initiatives", json={"title": "x", "team_id": str(other.id)}, headers=auth(boss)
        )
        assert_error(r, 403)

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"id": str(uuid4())}, None),
            ({"initiative_number": "INI-0001"}, None),
            ({"current_phase": "control"}, None),
            ({"deleted_at": None}, None),
            ({"title": None}, "title"),
            ({"title": ""}, "title"),
            ({"title": False}, "title"),
            ({"title": "x" * 201}, "title"),
            ({"title": "nul \u0000 byte"}, "title"),
            ({"problem_statement": "p" * 10001}, "problem_statement"),
            ({"status": "on_hold"}, "status"),
            ({"status": "completed"}, "status"),
            ({"methodology": "six_sigma"}, "methodology"),
            ({"priority": "urgent"}, "priority"),
            ({"priority": None}, "priority"),
            ({"projected_savings": 1.5}, "projected_savings"),
            ({"projected_savings": "12.345"}, "projected_savings"),
            ({"projected_savings": "1e5"}, "projected_savings"),
            ({"currency": "usd"}, "currency"),
            ({"tags": ["a", "a"]}, "tags"),
            ({"tags": "a"}, "tags"),
            ({"custom_fields": {"nested": {"no": 1}}}, None),
            ({"team_id": "not-a-uuid"}, "team_id"),
            ({"start_date": "2026-02-30"}, "start_date"),
            ({"start_date": "2026-05-01", "target_completion": "2026-04-30"}, "target_completion"),
            ({"lead_analyst_id": str(uuid4())}, "lead_analyst_id"),
            ({"sponsor_id": str(uuid4())}, "sponsor_id"),
            ({"process_owner_id": str(uuid4())}, "process_owner_id"),
            ({"team_id": str(uuid4())}, "team_id"),
        ],
    )
    async def test_bad_input_is_422_and_creates_nothing(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        fields: dict[str, Any],
        field: str | None,
    ) -> None:
        title = f"Bad {uuid4().hex[:8]}"
        before = await live_count(db)
        r = await client.post("/initiatives", json={"title": title, **fields}, headers=auth(admin))
        assert_error(r, 422, field=field)
        assert await live_count(db) == before

    async def test_body_must_be_an_object(self, client: httpx.AsyncClient, admin: User) -> None:
        assert_error(await client.post("/initiatives", json=["title"], headers=auth(admin)), 422)


# --- GET /initiatives/{id} ------------------------------------------------------------------


class TestGetInitiative:
    async def test_by_uuid_and_by_number(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, viewer: User
    ) -> None:
        created = await create(client, admin, methodology="pdsa")
        by_id = await client.get(f"/initiatives/{created['id']}", headers=auth(viewer))
        by_number = await client.get(f"/initiatives/{created['initiative_number']}", headers=auth(viewer))
        upper = await client.get(f"/initiatives/{created['id'].upper()}", headers=auth(viewer))
        assert by_id.status_code == by_number.status_code == upper.status_code == 200
        assert by_id.json() == by_number.json() == upper.json()
        assert by_id.headers["etag"] == by_number.headers["etag"]
        assert [p["phase_name"] for p in by_id.json()["phases"]] == PHASES["pdsa"]

    async def test_seeded_first_initiative(
        self, client: httpx.AsyncClient, db: AsyncSession, viewer: User
    ) -> None:
        seeded = (
            await db.execute(select(Initiative).where(Initiative.initiative_number == "INI-0001"))
        ).scalar_one()
        r = await client.get("/initiatives/INI-0001", headers=auth(viewer))
        assert r.status_code == 200
        assert (r.json()["id"], r.json()["title"]) == (str(seeded.id), seeded.title)
        phase_count = select(func.count()).where(Phase.initiative_id == seeded.id)
        assert len(r.json()["phases"]) == (await db.execute(phase_count)).scalar_one()

    async def test_unknown_is_404(self, client: httpx.AsyncClient, viewer: User) -> None:
        assert_error(await client.get("/initiatives/INI-999999", headers=auth(viewer)), 404)
        assert_error(await client.get(f"/initiatives/{uuid4()}", headers=auth(viewer)), 404)

    @pytest.mark.parametrize(
        "ident", ["ini-0001", "INI-1", "INI-12", "INI-ABCD", "REQ-0001", "42", "INI-0001x", "not-a-uuid"]
    )
    async def test_malformed_id_is_422(self, client: httpx.AsyncClient, viewer: User, ident: str) -> None:
        assert_error(await client.get(f"/initiatives/{ident}", headers=auth(viewer)), 422)


# --- PATCH /initiatives/{id} ----------------------------------------------------------------


class TestUpdateInitiative:
    async def test_changes_only_the_fields_sent(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        created = await create(
            client, admin, problem_statement="Slow.", priority="low", tags=["a"], projected_savings="10.00"
        )
        await backdate(db, created["id"])
        got = await client.get(f"/initiatives/{created['id']}", headers=auth(admin))
        before, etag_before = got.json(), got.headers["etag"]
        r = await client.patch(
            f"/initiatives/{created['initiative_number']}",
            json={"priority": "high", "projected_savings": "2500.75", "goal_statement": "Fast."},
            headers=auth(admin),
        )
        assert r.status_code == 200, r.text
        after = r.json()
        changed = {"priority", "projected_savings", "goal_statement", "updated_at"}
        assert {k: v for k, v in after.items() if k not in changed} == {
            k: v for k, v in before.items() if k not in changed
        }
        assert (after["priority"], after["projected_savings"], after["goal_statement"]) == (
            "high",
            "2500.75",
            "Fast.",
        )
        assert after["updated_at"] != before["updated_at"]
        assert r.headers["etag"] != etag_before
        stored = await row(db, created["id"])
        assert stored.updated_at > PAST
        assert (stored.priority, stored.projected_savings, stored.problem_statement) == (
            "high",
            Decimal("2500.75"),
            "Slow.",
        )
        (update_event,) = [e for e in await events(db, created["id"]) if e.action != "create"]
        assert (update_event.action, update_event.actor_id) == ("update", admin.id)
        assert update_event.changes == {
            "priority": ["low", "high"],
            "projected_savings": ["10.00", "2500.75"],
            "goal_statement": [None, "Fast."],
        }

    async def test_null_clears_nullable_fields(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        created = await create(client, admin, scope="Everything", projected_savings="5.00")
        r = await client.patch(
            f"/initiatives/{created['id']}",
            json={"scope": None, "projected_savings": None},
            headers=auth(admin),
        )
        assert r.status_code == 200
        stored = await row(db, created["id"])
        assert stored.scope is None and stored.projected_savings is None

    async def test_if_match(self, client: httpx.AsyncClient, db: AsyncSession, admin: User) -> None:
        created = await create(client, admin)
        await backdate(db, created["id"])
        etag = (await client.get(f"/initiatives/{created['id']}", headers=auth(admin))).headers["etag"]
        ok = await client.patch(
            f"/initiatives/{created['id']}",
            json={"title": "First"},
            headers={**auth(admin), "If-Match": etag},
        )
        assert ok.status_code == 200 and ok.headers["etag"] != etag
        stale = await client.patch(
            f"/initiatives/{created['id']}",
            json={"title": "Second"},
            headers={**auth(admin), "If-Match": etag},
        )
        assert_error(stale, 412)
        assert (await row(db, created["id"])).title == "First"
        assert len(await events(db, created["id"])) == 2, "a refused update records nothing"
        current = await client.patch(
            f"/initiatives/{created['id']}",
            json={"title": "Third"},
            headers={**auth(admin), "If-Match": f"W/{ok.headers['etag']}"},
        )
        assert current.status_code == 200 and current.json()["title"] == "Third"

    @pytest.mark.parametrize("status", ["on_hold", "cancelled"])
    async def test_status_reason_required_for_on_hold_and_cancelled(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, status: str
    ) -> None:
        created = await create(client, admin)
        path = f"/initiatives/{created['id']}"
        assert_error(
            await client.patch(path, json={"status": status}, headers=auth(admin)), 422, field="status_reason"
        )
        assert_error(
            await client.patch(path, json={"status": status, "status_reason": ""}, headers=auth(admin)),
            422,
            field="status_reason",
        )
        assert (await row(db, created["id"])).status == "active"
        r = await client.patch(
            path, json={"status": status, "status_reason": "Waiting on ERP"}, headers=auth(admin)
        )
        assert r.status_code == 200 and (r.json()["status"], r.json()["status_reason"]) == (
            status,
            "Waiting on ERP",
        )
        (event,) = [e for e in await events(db, created["id"]) if e.action != "create"]
        assert event.action == "status_change"
        assert event.changes == {"status": ["active", status], "status_reason": [None, "Waiting on ERP"]}
        assert_error(
            await client.patch(path, json={"status_reason": None}, headers=auth(admin)),
            422,
            field="status_reason",
        )
        assert_error(
            await client.patch(path, json={"status_reason": "   "}, headers=auth(admin)),
            422,
            field="status_reason",
        )
        again = await client.patch(path, json={"status": status, "priority": "high"}, headers=auth(admin))
        assert again.status_code == 200, "staying on_hold/cancelled keeps the stored reason"
        assert again.json()["status_reason"] == "Waiting on ERP"
        r = await client.patch(path, json={"status": "active"}, headers=auth(admin))
        assert r.status_code == 200 and r.json()["status_reason"] is None

    async def test_completing_sets_actual_completion(self, client: httpx.AsyncClient, admin: User) -> None:
        created = await create(client, admin)
        r = await client.patch(
            f"/initiatives/{created['id']}", json={"status": "completed"}, headers=auth(admin)
        )
        assert r.status_code == 200 and r.json()["actual_completion"] == date.today().isoformat()
        other = await create(client, admin)
        r = await client.patch(
            f"/initiatives/{other['id']}",
            json={"status": "completed", "actual_completion": "2026-01-15"},
            headers=auth(admin),
        )
        assert r.json()["actual_completion"] == "2026-01-15"

    async def test_dates_are_checked_against_the_stored_ones(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        created = await create(client, admin, start_date="2026-05-01", target_completion="2026-06-01")
        path = f"/initiatives/{created['id']}"
        assert_error(
            await client.patch(path, json={"target_completion": "2026-04-01"}, headers=auth(admin)),
            422,
            field="target_completion",
        )
        assert_error(
            await client.patch(path, json={"start_date": "2026-07-01"}, headers=auth(admin)),
            422,
            field="target_completion",
        )
        stored = await row(db, created["id"])
        assert (stored.start_date, stored.target_completion) == (date(2026, 5, 1), date(2026, 6, 1))
        ok = await client.patch(
            path, json={"start_date": "2026-07-01", "target_completion": None}, headers=auth(admin)
        )
        assert ok.status_code == 200

    @pytest.mark.parametrize("field", ["lead_analyst_id", "sponsor_id", "process_owner_id", "team_id"])
    async def test_unknown_references_are_422(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, field: str
    ) -> None:
        created = await create(client, admin)
        r = await client.patch(
            f"/initiatives/{created['id']}", json={field: str(uuid4())}, headers=auth(admin)
        )
        assert_error(r, 422, field=field)
        assert getattr(await row(db, created["id"]), field) is None

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({}, None),
            ({"initiative_number": "INI-0002"}, None),
            ({"methodology": "kaizen"}, None),
            ({"current_phase": "measure"}, None),
            ({"title": None}, "title"),
            ({"title": "t" * 201}, "title"),
            ({"status": "archived"}, "status"),
            ({"health": None}, "health"),
            ({"priority": 5}, "priority"),
            ({"projected_savings": 100}, "projected_savings"),
            ({"actual_savings": "-"}, "actual_savings"),
            ({"status_reason": "r" * 2001}, "status_reason"),
            ({"tags": None}, "tags"),
            ({"custom_fields": None}, "custom_fields"),
            ({"target_completion": "tomorrow"}, "target_completion"),
        ],
    )
    async def test_bad_input_is_422(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        body: dict[str, Any],
        field: str | None,
    ) -> None:
        created = await create(client, admin)
        assert_error(
            await client.patch(f"/initiatives/{created['id']}", json=body, headers=auth(admin)),
            422,
            field=field,
        )
        assert len(await events(db, created["id"])) == 1

    @pytest.mark.parametrize("how", ["lead analyst", "team member", "stakeholder"])
    async def test_analyst_on_the_initiative_may_update(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
        how: str,
    ) -> None:
        me = await make_user("analyst")
        team = await make_team(members=[(me, "member")] if how == "team member" else [])
        created = await create(
            client, admin, team_id=str(team.id), lead_analyst_id=str(me.id) if how == "lead analyst" else None
        )
        if how == "stakeholder":
            db.add(
                InitiativeStakeholder(initiative_id=UUID(created["id"]), user_id=me.id, role="contributor")
            )
            await db.commit()
        r = await client.patch(f"/initiatives/{created['id']}", json={"health": "at_risk"}, headers=auth(me))
        assert r.status_code == 200, r.text
        assert (await row(db, created["id"])).health == "at_risk"

    async def test_analyst_of_another_team_is_403(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        me = await make_user("analyst")
        await make_team(members=[(me, "lead")])  # team A
        team_b = await make_team()
        created = await create(client, admin, team_id=str(team_b.id))
        r = await client.patch(f"/initiatives/{created['id']}", json={"title": "Mine now"}, headers=auth(me))
        assert_error(r, 403)
        assert (await row(db, created["id"])).title == created["title"]

    async def test_analyst_may_not_move_it_into_a_foreign_team(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        me = await make_user("analyst")
        created = await create(client, admin, lead_analyst_id=str(me.id))
        foreign = await make_team()
        r = await client.patch(
            f"/initiatives/{created['id']}", json={"team_id": str(foreign.id)}, headers=auth(me)
        )
        assert_error(r, 403)
        assert (await row(db, created["id"])).team_id is None

    @pytest.mark.parametrize("how", ["manager_id", "lead member"])
    async def test_manager_of_the_team_may_update(
        self, client: httpx.AsyncClient, admin: User, make_user: MakeUser, make_team: MakeTeam, how: str
    ) -> None:
        boss = await make_user("manager")
        team = await make_team(
            manager_id=boss.id if how == "manager_id" else None,
            members=[(boss, "lead")] if how == "lead member" else [],
        )
        created = await create(client, admin, team_id=str(team.id))
        r = await client.patch(
            f"/initiatives/{created['id']}", json={"priority": "critical"}, headers=auth(boss)
        )
        assert r.status_code == 200, r.text

    async def test_manager_of_another_team_is_403(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        boss = await make_user("manager")
        await make_team(manager_id=boss.id)
        created = await create(client, admin, team_id=str((await make_team()).id))
        assert_error(
            await client.patch(
                f"/initiatives/{created['id']}", json={"priority": "critical"}, headers=auth(boss)
            ),
            403,
        )
        unteamed = await create(client, admin)
        assert_error(
            await client.patch(
                f"/initiatives/{unteamed['id']}", json={"priority": "critical"}, headers=auth(boss)
            ),
            403,
        )
        assert (await row(db, created["id"])).priority == "medium"

    async def test_viewer_is_403_even_when_on_it(
        self, client: httpx.AsyncClient, admin: User, make_user: MakeUser, make_team: MakeTeam
    ) -> None:
        me = await make_user("viewer")
        created = await create(client, admin, team_id=str((await make_team(members=[(me, "lead")])).id))
        assert_error(
            await client.patch(f"/initiatives/{created['id']}", json={"title": "x"}, headers=auth(me)), 403
        )

    async def test_unknown_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        assert_error(
            await client.patch("/initiatives/INI-999999", json={"title": "x"}, headers=auth(admin)), 404
        )
        assert_error(
            await client.patch("/initiatives/ini-0001", json={"title": "x"}, headers=auth(admin)), 422
        )


# --- DELETE /initiatives/{id} ---------------------------------------------------------------


class TestDeleteInitiative:
    async def test_soft_delete(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        boss = await make_user("manager")
        team = await make_team(manager_id=boss.id)
        created = await create(client, admin, team_id=str(team.id), title=f"Soon gone {uuid4().hex[:6]}")
        total_before = (await client.get("/initiatives", headers=auth(boss))).json()["total"]
        r = await client.delete(f"/initiatives/{created['initiative_number']}", headers=auth(boss))
        assert r.status_code == 204 and r.content == b""
        stored = await row(db, created["id"])
        assert stored.deleted_at is not None, "the row stays, marked deleted"
        phases = select(func.count()).where(Phase.initiative_id == stored.id)
        assert (await db.execute(phases)).scalar_one() == 5
        (last,) = [e for e in await events(db, created["id"]) if e.action == "delete"]
        assert (last.action, last.actor_id, last.initiative_id) == ("delete", boss.id, stored.id)
        for ident in (created["id"], created["initiative_number"]):
            assert_error(await client.get(f"/initiatives/{ident}", headers=auth(admin)), 404)
            assert_error(
                await client.patch(f"/initiatives/{ident}", json={"title": "x"}, headers=auth(admin)), 404
            )
            assert_error(await client.delete(f"/initiatives/{ident}", headers=auth(admin)), 404)
            assert_error(await client.get(f"/initiatives/{ident}/phases", headers=auth(admin)), 404)
        listed = (await client.get("/initiatives?page_size=100&sort=created_at", headers=auth(admin))).json()
        assert created["id"] not in [i["id"] for i in listed["items"]]
        assert listed["total"] == total_before - 1 == await live_count(db)
        search = (
            await client.get(f"/initiatives?q={created['initiative_number']}", headers=auth(admin))
        ).json()
        assert search == {"items": [], "total": 0, "page": 1, "page_size": 25, "has_more": False}

    @pytest.mark.parametrize("role", ["viewer", "analyst"])
    async def test_below_manager_is_403_even_when_leading_it(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser, role: str
    ) -> None:
        me = await make_user(role)
        created = await create(client, admin, lead_analyst_id=str(me.id))
        assert_error(await client.delete(f"/initiatives/{created['id']}", headers=auth(me)), 403)
        assert (await row(db, created["id"])).deleted_at is None

    async def test_manager_of_another_team_is_403(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        boss = await make_user("manager")
        await make_team(manager_id=boss.id)
        created = await create(client, admin, team_id=str((await make_team()).id))
        assert_error(await client.delete(f"/initiatives/{created['id']}", headers=auth(boss)), 403)
        assert (await row(db, created["id"])).deleted_at is None

    async def test_if_match(self, client: httpx.AsyncClient, db: AsyncSession, admin: User) -> None:
        created = await create(client, admin)
        await backdate(db, created["id"])
        etag = (await client.get(f"/initiatives/{created['id']}", headers=auth(admin))).headers["etag"]
        assert (
            await client.patch(
                f"/initiatives/{created['id']}", json={"title": "Moved on"}, headers=auth(admin)
            )
        ).status_code == 200
        assert_error(
            await client.delete(f"/initiatives/{created['id']}", headers={**auth(admin), "If-Match": etag}),
            412,
        )
        assert (await row(db, created["id"])).deleted_at is None
        fresh = (await client.get(f"/initiatives/{created['id']}", headers=auth(admin))).headers["etag"]
        r = await client.delete(f"/initiatives/{created['id']}", headers={**auth(admin), "If-Match": fresh})
        assert r.status_code == 204

    async def test_unknown_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        assert_error(await client.delete("/initiatives/INI-999999", headers=auth(admin)), 404)
        assert_error(await client.delete(f"/initiatives/{uuid4()}", headers=auth(admin)), 404)


# --- GET /initiatives -----------------------------------------------------------------------


class TestListInitiatives:
    async def test_status_and_priority_filters_match_the_database(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, viewer: User
    ) -> None:
        await create(client, admin, priority="critical")
        held = await create(client, admin, priority="high")
        assert (
            await client.patch(
                f"/initiatives/{held['id']}",
                json={"status": "on_hold", "status_reason": "r"},
                headers=auth(admin),
            )
        ).status_code == 200
        gone = await create(client, admin, priority="high")
        assert (await client.delete(f"/initiatives/{gone['id']}", headers=auth(admin))).status_code == 204
        expected = await live_count(
            db,
            col(Initiative.status).in_(["active", "on_hold"]),
            col(Initiative.priority).in_(["critical", "high"]),
        )
        for query in (
            "status=active,on_hold&priority=critical,high",
            "status=active&status=on_hold&priority=critical&priority=high",
            "status=active,on_hold&priority=critical&priority=high",
        ):
            r = await client.get(f"/initiatives?page_size=100&{query}", headers=auth(viewer))
            assert r.status_code == 200, r.text
            body = r.json()
            assert body["total"] == expected == len(body["items"])
            assert {i["status"] for i in body["items"]} <= {"active", "on_hold"}
            assert {i["priority"] for i in body["items"]} <= {"critical", "high"}
            assert held["id"] in [i["id"] for i in body["items"]]
            assert gone["id"] not in [i["id"] for i in body["items"]]

    async def test_id_filters(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        lead1, lead2 = await make_user("analyst"), await make_user("analyst")
        t1, t2 = await make_team(), await make_team()
        a = await create(
            client, admin, team_id=str(t1.id), lead_analyst_id=str(lead1.id), methodology="kaizen"
        )
        b = await create(
            client, admin, team_id=str(t2.id), lead_analyst_id=str(lead2.id), initiative_type="safety"
        )
        c = await create(client, admin, team_id=str(t1.id), lead_analyst_id=str(lead2.id), health="blocked")

        async def ids(query: str) -> set[str]:
            r = await client.get(f"/initiatives?page_size=100&{query}", headers=auth(admin))
            assert r.status_code == 200, r.text
            assert r.json()["total"] == len(r.json()["items"])
            return {i["id"] for i in r.json()["items"]}

        assert await ids(f"team_id={t1.id}") == {a["id"], c["id"]}
        assert await ids(f"team_id={t1.id},{t2.id}") == {a["id"], b["id"], c["id"]}
        assert await ids(f"lead_analyst_id={lead2.id}") == {b["id"], c["id"]}
        assert await ids(f"lead_analyst_id={lead2.id}&team_id={t1.id}") == {c["id"]}
        assert await ids(f"team_id={t1.id}&methodology=kaizen") == {a["id"]}
        assert await ids(f"team_id={t1.id},{t2.id}&initiative_type=safety") == {b["id"]}
        assert await ids(f"team_id={t1.id},{t2.id}&health=blocked,at_risk") == {c["id"]}
        assert await ids(f"team_id={uuid4()}") == set()
        total = (await client.get("/initiatives?methodology=kaizen,pdsa", headers=auth(admin))).json()[
            "total"
        ]
        assert total == await live_count(db, col(Initiative.methodology).in_(["kaizen", "pdsa"]))

    async def test_full_text_search(self, client: httpx.AsyncClient, admin: User) -> None:
        tag = "zq" + uuid4().hex[:6]
        a = await create(client, admin, title=f"Reduce invoice processing time {tag}")
        b = await create(
            client, admin, title=f"Warehouse picking {tag}", problem_statement="Invoices are misrouted"
        )
        c = await create(client, admin, title=f"Unrelated {tag}")

        async def ids(q: str, **params: str) -> set[str]:
            r = await client.get(
                "/initiatives", params={"q": q, "page_size": "100", **params}, headers=auth(admin)
            )
            assert r.status_code == 200, r.text
            return {i["id"] for i in r.json()["items"]}

        assert await ids(tag) == {a["id"], b["id"], c["id"]}
        assert await ids(f"invoi {tag}") == {a["id"], b["id"]}, "word prefixes, title or problem statement"
        assert await ids(f"INVOICE {tag}") == {a["id"], b["id"]}, "case-insensitive"
        assert await ids(f"process {tag}") == {a["id"]}
        assert await ids(f"voice {tag}") == set(), "a prefix of a word, not any substring"
        assert await ids(f"invoice unrelated {tag}") == set(), "every word must match"
        assert await ids(a["initiative_number"]) == {a["id"]}
        assert await ids(a["initiative_number"].lower()) == {a["id"]}
        assert await ids("!!!") == set()
        assert await ids("it's & | ! :* (") is not None  # tsquery syntax in q is never a 500

    async def test_date_ranges_match_the_database(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        await create(client, admin, target_completion="2026-06-15")
        await create(client, admin, target_completion="2026-09-30")
        target_from, target_to = date(2026, 6, 15), date(2026, 9, 30)
        r = await client.get(
            "/initiatives",
            params={
                "target_from": target_from.isoformat(),
                "target_to": target_to.isoformat(),
                "page_size": "100",
            },
            headers=auth(admin),
        )
        assert r.status_code == 200, r.text
        expected = await live_count(
            db,
            Initiative.target_completion >= target_from,
            Initiative.target_completion <= target_to,  # type: ignore[operator]
        )
        assert r.json()["total"] == expected >= 2
        assert all(
            target_from.isoformat() <= i["target_completion"] <= target_to.isoformat()
            for i in r.json()["items"]
        )
        created = sorted(
            (
                await db.execute(select(Initiative.created_at).where(col(Initiative.deleted_at).is_(None)))
            ).scalars()
        )
        lo, hi = created[len(created) // 4], created[3 * len(created) // 4]
        r = await client.get(
            "/initiatives",
            params={"created_from": lo.isoformat(), "created_to": hi.isoformat(), "page_size": "100"},
            headers=auth(admin),
        )
        assert r.status_code == 200, r.text
        assert r.json()["total"] == await live_count(
            db,
            and_(Initiative.created_at >= lo, Initiative.created_at <= hi),  # type: ignore[operator]
        )
        r = await client.get(
            "/initiatives", params={"created_from": "2100-01-01T00:00:00Z"}, headers=auth(admin)
        )
        assert r.json()["total"] == 0

    @pytest.mark.parametrize(
        "key",
        ["created_at", "updated_at", "title", "initiative_number", "priority", "status", "target_completion"],
    )
    @pytest.mark.parametrize("order", ["asc", "desc"])
    async def test_sort(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, key: str, order: str
    ) -> None:
        tag = "zs" + uuid4().hex[:6]
        specs = [  # title word, priority, status, target, created day, updated day
            ("bravo", "low", "planned", "2026-05-01", 3, 1),
            ("alpha", "critical", "active", None, 1, 4),
            ("delta", "medium", "completed", "2026-02-01", 4, 2),
            ("charlie", "high", "on_hold", "2026-09-01", 2, 3),
        ]
        made: dict[str, dict[str, Any]] = {}
        for word, priority, status, target, created_day, updated_day in specs:
            body = await create(
                client, admin, title=f"{word} {tag}", priority=priority, target_completion=target
            )
            made[word] = body
            values: dict[str, Any] = {
                "status": status,
                "status_reason": "r" if status == "on_hold" else None,
                "created_at": datetime(2026, 1, created_day, tzinfo=UTC),
                "updated_at": datetime(2026, 2, updated_day, tzinfo=UTC),
            }
            await db.execute(update(Initiative).where(Initiative.id == UUID(body["id"])).values(**values))
        # A number past 9999 sorts numerically, after the 4-digit ones.
        db.add(
            Initiative(
                title=f"echo {tag}",
                initiative_number="INI-10000",
                current_phase="define",
                priority="medium",
                status="cancelled",
                status_reason="r",
                created_at=datetime(2026, 1, 5, tzinfo=UTC),
                updated_at=datetime(2026, 2, 5, tzinfo=UTC),
            )
        )
        await db.commit()
        specs.append(("echo", "medium", "cancelled", None, 5, 5))
        r = await client.get(f"/initiatives?q={tag}&sort={key}&order={order}", headers=auth(admin))
        assert r.status_code == 200, r.text
        got = [i["title"].split()[0] for i in r.json()["items"]]
        numbers = {w: int(m["initiative_number"][4:]) for w, m in made.items()} | {"echo": 10000}

        def value(spec: tuple[Any, ...]) -> Any:
            word = spec[0]
            return {
                "title": word,
                "priority": PRIORITY_RANK[spec[1]],
                "status": spec[2],
                "target_completion": spec[3],
                "created_at": spec[4],
                "updated_at": spec[5],
                "initiative_number": numbers[word],
            }[key]

        with_value = [s for s in specs if value(s) is not None]
        # Ties (two mediums) are broken by id in the same direction.
        ids = {w: UUID(m["id"]) for w, m in made.items()}
        ids["echo"] = (
            await db.execute(select(Initiative.id).where(Initiative.initiative_number == "INI-10000"))
        ).scalar_one()
        ordered = sorted(with_value, key=lambda s: (value(s), ids[s[0]]), reverse=order == "desc")
        nulls = sorted(
            [s for s in specs if value(s) is None], key=lambda s: ids[s[0]], reverse=order == "desc"
        )
        expected = [s[0] for s in ordered] + [s[0] for s in nulls]
        assert got == expected
        if key == "priority":
            assert got[0 if order == "desc" else -1] == "alpha"

    async def test_pagination_edges(self, client: httpx.AsyncClient, db: AsyncSession, admin: User) -> None:
        for _ in range(3):
            await create(client, admin)
        total = await live_count(db)

        async def page(query: str) -> dict[str, Any]:
            r = await client.get(f"/initiatives?{query}", headers=auth(admin))
            assert r.status_code == 200, r.text
            result: dict[str, Any] = r.json()
            return result

        first = await page("page_size=1")
        assert (
            len(first["items"]),
            first["total"],
            first["page"],
            first["page_size"],
            first["has_more"],
        ) == (1, total, 1, 1, True)
        last = await page(f"page_size=1&page={total}")
        assert (len(last["items"]), last["total"], last["has_more"]) == (1, total, False)
        beyond = await page(f"page_size=10&page={total}")
        assert (beyond["items"], beyond["total"], beyond["page"], beyond["has_more"]) == (
            [],
            total,
            total,
            False,
        )
        hundred = await page("page_size=100")
        assert (len(hundred["items"]), hundred["total"], hundred["has_more"]) == (
            min(total, 100),
            total,
            total > 100,
        )
        default = await page("")
        assert (default["page"], default["page_size"], len(default["items"])) == (1, 25, min(total, 25))
        seen: list[str] = []
        for n in range(1, total // 4 + 2):
            chunk = await page(f"page_size=4&page={n}&sort=initiative_number&order=asc")
            assert chunk["total"] == total and chunk["has_more"] is (n * 4 < total)
            seen += [i["initiative_number"] for i in chunk["items"]]
        assert len(seen) == len(set(seen)) == total
        default_order = await page("page_size=100")
        created = [i["created_at"] for i in default_order["items"]]
        assert created == sorted(created, reverse=True), "newest first by default"

    async def test_items_are_briefs(self, client: httpx.AsyncClient, admin: User) -> None:
        created = await create(client, admin, projected_savings="99.90")
        r = await client.get(f"/initiatives?q={created['initiative_number']}", headers=auth(admin))
        (item,) = r.json()["items"]
        assert set(item) == {
            "id",
            "initiative_number",
            "title",
            "methodology",
            "initiative_type",
            "priority",
            "status",
            "health",
            "current_phase",
            "team_id",
            "lead_analyst_id",
            "target_completion",
            "projected_savings",
            "currency",
            "created_at",
            "updated_at",
        }
        assert item["projected_savings"] == "99.90" and item["current_phase"] == "define"

    @pytest.mark.parametrize(
        "query",
        [
            "page_size=101",
            "page_size=0",
            "page=0",
            "page=1.5",
            "sort=unknown",
            "sort=priority_rank",
            "order=random",
            "status=unknown",
            "status=active,unknown",
            "priority=urgent",
            "methodology=lean",
            "health=green",
            "initiative_type=other",
            "team_id=not-a-uuid",
            "lead_analyst_id=1",
            "created_from=yesterday",
            "created_to=2026-13-01T00:00:00Z",
            "target_from=2026-02-30",
            "q=",
            "q=%00",
            "status=" + ",".join(["active"] * 11),
        ],
    )
    async def test_bad_query_is_422(self, client: httpx.AsyncClient, viewer: User, query: str) -> None:
        assert_error(await client.get(f"/initiatives?{query}", headers=auth(viewer)), 422)
