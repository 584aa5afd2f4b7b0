"""The portfolio roll-up tables (migration 20261126rollup) stay exact: after every kind of write
(creates, updates, status and team changes, soft and hard deletes, action items opened, closed,
moved and deleted, a team deleted) their non-zero rows equal what plain Python recomputes from the
base rows; the rebuild function agrees; and the dashboard served from them still equals the
independent computation of test_dashboards (including partial months and the nil-UUID team)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from generated.models import ActionStatus
from handlers.tables import ActionItem, Team, User
from tests.api.test_dashboards import (
    add,
    default_months,
    expected_portfolio,
    fetch,
    initiative,
    months,
    today,
    without_generated_at,
)
from tests.conftest import auth

NIL = UUID(int=0)
CLOSED = {"completed", "cancelled"}
DIMS = ("currency", "status", "priority", "current_phase", "methodology", "health")
LIST_COLUMNS = ("status", "priority", "methodology", "health", "initiative_type")
Key = tuple[Any, ...]


def _month(day: date) -> date:
    return day.replace(day=1)


def _utc_day(value: datetime) -> date:
    return value.astimezone(UTC).date()


async def expected_rollups(db: AsyncSession) -> dict[str, dict[Key, tuple[Any, ...]]]:
    """The three roll-up tables recomputed in Python from every initiative and action row."""
    inits = await fetch(db, "SELECT * FROM initiatives")
    actions = await fetch(db, "SELECT initiative_id, status, due_date FROM action_items")
    live = {i["id"]: i for i in inits if i["deleted_at"] is None}
    totals: dict[Key, list[Any]] = defaultdict(lambda: [0, Decimal(0), Decimal(0), 0])
    monthly: dict[Key, list[Any]] = defaultdict(lambda: [0, Decimal(0), Decimal(0), 0])
    days: dict[Key, int] = defaultdict(int)

    def bump(key: tuple[UUID, date], dim: str, value: str, i: dict[str, Any] | None) -> None:
        team, month = key
        for table, k in ((totals, (team, dim, value)), (monthly, (month, team, dim, value))):
            if table is monthly and dim in ("started", "completed"):
                continue
            row = table[k]
            row[0] += 1
            if i is not None and dim == "currency":
                row[1] += i["projected_savings"] or 0
                row[2] += i["actual_savings"] or 0
                row[3] += int(i["projected_savings"] is not None or i["actual_savings"] is not None)

    def key_of(i: dict[str, Any]) -> tuple[UUID, date]:
        return i["team_id"] or NIL, _month(_utc_day(i["created_at"]))

    for i in live.values():
        for dim in DIMS:
            bump(key_of(i), dim, str(i[dim]), i)
        started = i["start_date"] or _utc_day(i["created_at"])
        bump(key_of(i), "started", started.strftime("%Y-%m"), None)
        if i["actual_completion"]:
            bump(key_of(i), "completed", i["actual_completion"].strftime("%Y-%m"), None)
    for a in actions:
        owner = live.get(a["initiative_id"])
        if owner is None or a["status"] in CLOSED:
            continue
        due = a["due_date"]
        bump(key_of(owner), "open_actions", due.strftime("%Y-%m") if due else "", None)
        if due:
            team, month = key_of(owner)
            days[(due, team, month)] += 1
    listed: dict[Key, int] = defaultdict(int)
    for i in live.values():
        listed[(i["team_id"] or NIL, *(i[c] for c in LIST_COLUMNS))] += 1
    return {
        "totals": {k: tuple(v) for k, v in totals.items()},
        "monthly": {k: tuple(v) for k, v in monthly.items()},
        "days": {k: (v,) for k, v in days.items()},
        "list": {k: (v,) for k, v in listed.items()},
    }


async def stored_rollups(db: AsyncSession) -> dict[str, dict[Key, tuple[Any, ...]]]:
    """The roll-up tables' rows that count anything."""
    totals = await fetch(db, "SELECT * FROM portfolio_rollup_totals")
    monthly = await fetch(db, "SELECT * FROM portfolio_rollups")
    days = await fetch(db, "SELECT * FROM portfolio_action_due_days")
    listed = await fetch(db, "SELECT * FROM initiative_list_counts")

    def values(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["initiatives"], r["projected_savings"], r["actual_savings"], r["with_savings"])

    return {
        "totals": {(r["team_key"], r["dimension"], r["value"]): values(r) for r in totals if any(values(r))},
        "monthly": {
            (r["created_month"], r["team_key"], r["dimension"], r["value"]): values(r)
            for r in monthly
            if any(values(r))
        },
        "days": {
            (r["due_date"], r["team_key"], r["created_month"]): (r["open_actions"],)
            for r in days
            if r["open_actions"]
        },
        "list": {
            (r["team_key"], *(r[c] for c in LIST_COLUMNS)): (r["initiatives"],)
            for r in listed
            if r["initiatives"]
        },
    }


async def assert_exact(db: AsyncSession) -> dict[str, dict[Key, tuple[Any, ...]]]:
    stored, expected = await stored_rollups(db), await expected_rollups(db)
    for table in ("totals", "monthly", "days", "list"):
        assert stored[table] == expected[table], table
    return stored


async def total_row(db: AsyncSession, team: UUID, dimension: str, value: str) -> int:
    rows = await fetch(
        db,
        "SELECT initiatives FROM portfolio_rollup_totals WHERE team_key = :t AND dimension = :d AND value = :v",
        t=team,
        d=dimension,
        v=value,
    )
    return int(rows[0]["initiatives"]) if rows else 0


async def test_rollups_follow_every_write(client: httpx.AsyncClient, admin: User, db: AsyncSession) -> None:
    headers = auth(admin)
    team_a, team_b = Team(name=f"Rollup A {uuid4().hex[:6]}"), Team(name=f"Rollup B {uuid4().hex[:6]}")
    await add(db, team_a, team_b)
    a_id, b_id = team_a.id, team_b.id
    await assert_exact(db)  # the migration's backfill of the seeded sample

    # Creates through the API (phases, audit: the real write path).
    created = []
    for body in (
        {"title": "Rollup one", "team_id": str(a_id), "priority": "high", "projected_savings": "100.50"},
        {"title": "Rollup two", "team_id": str(a_id), "methodology": "kaizen", "currency": "EUR"},
        {"title": "Rollup three", "priority": "critical", "projected_savings": "7.25", "currency": "JPY"},
    ):
        r = await client.post("/initiatives", json=body, headers=headers)
        assert r.status_code == 201, r.text
        created.append(r.json())
    one, two, three = created
    await assert_exact(db)
    assert await total_row(db, a_id, "priority", "high") == 1
    assert await total_row(db, a_id, "methodology", "kaizen") == 1

    # Status, savings, team and dates change; the initiative's open actions must follow the team.
    await add(
        db,
        ActionItem(
            initiative_id=UUID(one["id"]), title="open, overdue", due_date=today() - timedelta(days=40)
        ),
        ActionItem(initiative_id=UUID(one["id"]), title="open, due this month", due_date=today()),
        ActionItem(initiative_id=UUID(one["id"]), title="open, no date"),
        ActionItem(
            initiative_id=UUID(one["id"]),
            title="done",
            status=ActionStatus.completed,
            due_date=date(2024, 1, 2),
        ),
    )
    await assert_exact(db)
    for patch in (
        {"initiative_type": "safety"},
        {"status": "on_hold", "status_reason": "waiting"},
        {"status": "completed"},  # sets actual_completion: a completed month
        {"projected_savings": "80.00", "health": "at_risk", "start_date": "2025-03-04"},
        {"team_id": str(b_id)},
        {"team_id": None},
    ):
        r = await client.patch(f"/initiatives/{one['id']}", json=patch, headers=headers)
        assert r.status_code == 200, (patch, r.text)
        await assert_exact(db)
    assert await total_row(db, a_id, "open_actions", "") == 0
    assert await total_row(db, NIL, "status", "completed") >= 1

    # Action items: closed, reopened, moved to another day and initiative, deleted.
    actions = (
        (
            await db.execute(
                text("SELECT id FROM action_items WHERE initiative_id = :i"), {"i": UUID(one["id"])}
            )
        )
        .scalars()
        .all()
    )
    statements = [
        ("UPDATE action_items SET status = 'completed' WHERE id = :a", actions[0]),
        ("UPDATE action_items SET status = 'in_progress' WHERE id = :a", actions[0]),
        ("UPDATE action_items SET due_date = DATE '2023-05-06' WHERE id = :a", actions[1]),
        ("UPDATE action_items SET due_date = NULL WHERE id = :a", actions[1]),
        (f"UPDATE action_items SET initiative_id = '{two['id']}' WHERE id = :a", actions[2]),
        ("UPDATE action_items SET title = 'renamed' WHERE id = :a", actions[2]),  # no roll-up change
        ("DELETE FROM action_items WHERE id = :a", actions[3]),
        ("DELETE FROM action_items WHERE id = :a", actions[0]),
    ]
    for sql, action_id in statements:
        await db.execute(text(sql), {"a": action_id})
        await db.commit()
        await assert_exact(db)

    # The creation month moves (e.g. an import fixing dates): rows move between months.
    await db.execute(
        text("UPDATE initiatives SET created_at = created_at - interval '95 days' WHERE id = :i"),
        {"i": UUID(two["id"])},
    )
    await db.commit()
    await assert_exact(db)

    # Soft delete through the API, restore, soft delete again.
    r = await client.delete(f"/initiatives/{two['id']}", headers=headers)
    assert r.status_code == 204, r.text
    await assert_exact(db)
    await db.execute(text("UPDATE initiatives SET deleted_at = NULL WHERE id = :i"), {"i": UUID(two["id"])})
    await db.commit()
    await assert_exact(db)
    await client.delete(f"/initiatives/{two['id']}", headers=headers)
    await assert_exact(db)

    # Hard delete (cascading to action items and phases) of a live and of a soft-deleted one.
    await add(db, ActionItem(initiative_id=UUID(three["id"]), title="goes with it", due_date=today()))
    await assert_exact(db)
    for gone in (three, two):
        await db.execute(text("DELETE FROM initiatives WHERE id = :i"), {"i": UUID(gone["id"])})
        await db.commit()
        await assert_exact(db)

    # Deleting a team sets its initiatives' team to NULL: they move to the nil key.
    await add(db, initiative(team_id=b_id, status="active", projected_savings=Decimal("3.00")))
    await assert_exact(db)
    await db.execute(text("DELETE FROM teams WHERE id = :t"), {"t": b_id})
    await db.commit()
    stored = await assert_exact(db)
    assert not any(k[0] == b_id for k in stored["totals"])


async def test_rebuild_agrees_with_the_triggers(db: AsyncSession) -> None:
    await add(
        db,
        initiative(status="active", projected_savings=Decimal("12.34"), currency="GBP"),
        initiative(status="completed", current_phase="complete", actual_completion=date(2025, 7, 1)),
        initiative(status="active", deleted_at=datetime.now(UTC)),
    )
    before = await assert_exact(db)
    await db.execute(text("SELECT tollgate_portfolio_rollups_rebuild()"))
    await db.commit()
    assert await assert_exact(db) == before


async def test_dashboard_from_rollups_matches_independent_computation(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession
) -> None:
    headers = auth(viewer)
    team = (await db.execute(text("SELECT id FROM teams ORDER BY name LIMIT 1"))).scalar_one()
    now = datetime.now(UTC)
    # Spread over months (some created on a month's first and last day, in UTC) with actions due
    # before this month, earlier this month, today and later.
    first_of_month = now.replace(day=1, hour=0, minute=0, second=1, microsecond=0)
    rows = [
        initiative(
            team_id=team, created_at=first_of_month - timedelta(days=61), projected_savings=Decimal("1")
        ),
        initiative(created_at=first_of_month - timedelta(seconds=2), status="planned"),
        initiative(team_id=team, created_at=first_of_month, actual_savings=Decimal("2.50"), currency="EUR"),
        initiative(created_at=now - timedelta(days=400), status="completed", current_phase="complete"),
    ]
    await add(db, *rows)
    due_days = [today() - timedelta(days=45), first_of_month.date(), today(), today() + timedelta(days=9)]
    await add(
        db,
        *[
            ActionItem(initiative_id=i.id, title=f"due {d}", due_date=d)
            for i in rows
            for d in due_days
            if d < today() or i.team_id is not None
        ],
    )
    await assert_exact(db)

    def period(date_from: date | None, date_to: date | None) -> dict[str, str]:
        params = {}
        if date_from:
            params["date_from"] = date_from.isoformat()
        if date_to:
            params["date_to"] = date_to.isoformat()
        return params

    this_month = first_of_month.date()
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    cases: list[tuple[dict[str, str], list[UUID] | None, date | None, date | None]] = [
        ({}, None, None, None),
        ({"team_id": str(team)}, [team], None, None),
        (
            period(last_month, this_month - timedelta(days=1)),
            None,
            last_month,
            this_month - timedelta(days=1),
        ),
        (period(last_month + timedelta(days=3), today()), None, last_month + timedelta(days=3), today()),
        (period(None, last_month + timedelta(days=10)), None, None, last_month + timedelta(days=10)),
        (period(this_month, None), None, this_month, None),
        ({"team_id": str(team), **period(last_month, None)}, [team], last_month, None),
    ]
    for params, teams, date_from, date_to in cases:
        r = await client.get("/dashboards/portfolio", params=params, headers=headers)
        assert r.status_code == 200, (params, r.text)
        if date_from is None and date_to is None:
            month_range = default_months()
        elif date_to is None:
            assert date_from is not None
            month_range = (date_from, today())
        elif date_from is None:
            last = date_to.replace(day=1)
            month_range = (date(last.year - 1, last.month, 1) + timedelta(days=31), date_to)
        else:
            month_range = (date_from, date_to)
        expected = await expected_portfolio(
            db, team_ids=teams, date_from=date_from, date_to=date_to, month_range=month_range
        )
        body = without_generated_at(r.json())
        assert [t["month"] for t in body["throughput"]] == months(*month_range), params
        assert body == expected, params


async def test_nil_uuid_team_matches_nothing(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession
) -> None:
    """Team-less initiatives sit under the nil UUID in the roll-ups, but team_id=<nil> must not
    select them (no team has that id): that request is answered from the base tables."""
    await add(db, initiative(status="active"))
    r = await client.get("/dashboards/portfolio", params={"team_id": str(NIL)}, headers=auth(viewer))
    assert r.status_code == 200, r.text
    assert r.json()["totals"] == {"initiatives": 0, "open": 0, "active": 0, "completed": 0, "open_actions": 0}
    assert r.json()["savings"] == []
    assert sum(t["started"] for t in r.json()["throughput"]) == 0


async def test_list_total_from_the_roll_up_is_exact(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession
) -> None:
    """GET /initiatives takes its total from initiative_list_counts when only its columns are
    filtered (a full first page: the page cannot prove it); compared with Python over the rows."""
    headers = auth(viewer)
    team = (await db.execute(text("SELECT id FROM teams ORDER BY name LIMIT 1"))).scalar_one()
    await add(
        db,
        initiative(team_id=team, status="active", priority="high"),
        initiative(status="on_hold", priority="high", initiative_type="safety"),
        initiative(team_id=team, status="active", priority="high", deleted_at=datetime.now(UTC)),
    )
    inits = await fetch(db, "SELECT * FROM initiatives WHERE deleted_at IS NULL")
    cases: list[tuple[dict[str, str], Any]] = [
        (
            {"status": "active,on_hold", "priority": "high"},
            lambda i: i["status"] in ("active", "on_hold") and i["priority"] == "high",
        ),
        ({"status": "active"}, lambda i: i["status"] == "active"),
        (
            {"team_id": str(team), "priority": "high"},
            lambda i: i["team_id"] == team and i["priority"] == "high",
        ),
        ({"initiative_type": "safety"}, lambda i: i["initiative_type"] == "safety"),
        ({"team_id": str(NIL)}, lambda i: False),  # no team has the nil id (counted from the base table)
        ({}, lambda i: True),
    ]
    for params, keep in cases:
        expected = sum(1 for i in inits if keep(i))
        r = await client.get("/initiatives", params={**params, "page_size": 1}, headers=headers)
        assert r.status_code == 200, r.text
        assert r.json()["total"] == expected, params
        assert r.json()["has_more"] == (expected > 1), params
