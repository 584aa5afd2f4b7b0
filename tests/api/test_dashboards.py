"""Dashboards: every number is recomputed here independently (plain Python over the database rows,
on the seeded sample plus rows each test adds) and compared with the API's answer; filters,
validation and who may read what."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from generated.models import (
    ActionStatus,
    CurrentPhase,
    Health,
    InitiativeStatus,
    Methodology,
    Priority,
    RequestStatus,
)
from handlers.tables import (
    ActionItem,
    Initiative,
    InitiativeStakeholder,
    Metric,
    Request,
    User,
    WorkloadEntry,
)
from tests.conftest import MakeUser, auth
from tests.support import assert_error

CLOSED = {"completed", "cancelled"}
OPEN_INITIATIVE = {"planned", "active", "on_hold"}


def today() -> date:
    return datetime.now(UTC).date()


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def months(first: date, last: date) -> list[str]:
    out, m = [], month_start(first)
    while m <= month_start(last):
        out.append(m.strftime("%Y-%m"))
        m = next_month(m)
    return out


def default_months() -> tuple[date, date]:
    """The 12 months ending with the current one."""
    current = month_start(today())
    first = date(current.year - 1, current.month, 1)
    return next_month(first), current


def utc_day(value: datetime) -> date:
    return value.astimezone(UTC).date()


async def fetch(db: AsyncSession, sql: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(text(sql), params)).mappings().all()]


async def add(db: AsyncSession, *rows: Any) -> None:
    for row in rows:
        db.add(row)
    await db.commit()
    for row in rows:
        await db.refresh(row)


def initiative(**fields: Any) -> Initiative:
    values: dict[str, Any] = {
        "title": f"Dashboard test {uuid4().hex[:6]}",
        "methodology": "dmaic",
        "current_phase": "define",
        "phase_progress": {},
    }
    values.update(fields)
    if values.get("status") in ("on_hold", "cancelled"):
        values.setdefault("status_reason", "test")
    return Initiative(**values)


# --- portfolio ----------------------------------------------------------------------------------


async def expected_portfolio(
    db: AsyncSession,
    *,
    team_ids: list[UUID] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    month_range: tuple[date, date],
) -> dict[str, Any]:
    """The portfolio computed in Python from every initiative and action row."""
    inits = await fetch(db, "SELECT * FROM initiatives")
    actions = await fetch(db, "SELECT initiative_id, status, due_date FROM action_items")
    live = [i for i in inits if i["deleted_at"] is None and (not team_ids or i["team_id"] in set(team_ids))]
    counted = [
        i
        for i in live
        if (date_from is None or utc_day(i["created_at"]) >= date_from)
        and (date_to is None or utc_day(i["created_at"]) <= date_to)
    ]
    ids = {i["id"] for i in counted}
    open_actions = [a for a in actions if a["initiative_id"] in ids and a["status"] not in CLOSED]

    def counts(field: str, values: Any) -> dict[str, int]:
        c = Counter(i[field] for i in counted)
        return {v.value: c.get(v.value, 0) for v in values}

    savings = []
    for currency in sorted({i["currency"] for i in counted}):
        rows = [
            i
            for i in counted
            if i["currency"] == currency
            and (i["projected_savings"] is not None or i["actual_savings"] is not None)
        ]
        if rows:
            savings.append(
                {
                    "currency": currency,
                    "projected_savings": f"{sum(i['projected_savings'] or Decimal(0) for i in rows):.2f}",
                    "actual_savings": f"{sum(i['actual_savings'] or Decimal(0) for i in rows):.2f}",
                    "initiatives": len(rows),
                }
            )
    started = Counter((i["start_date"] or utc_day(i["created_at"])).strftime("%Y-%m") for i in live)
    completed = Counter(i["actual_completion"].strftime("%Y-%m") for i in live if i["actual_completion"])
    status = counts("status", InitiativeStatus)
    return {
        "team_ids": [str(t) for t in team_ids or []],
        "period": {
            "date_from": date_from.isoformat() if date_from else None,
            "date_to": date_to.isoformat() if date_to else None,
        },
        "totals": {
            "initiatives": len(counted),
            "open": status["planned"] + status["active"] + status["on_hold"],
            "active": status["active"],
            "completed": status["completed"],
            "open_actions": len(open_actions),
        },
        "by_status": status,
        "by_priority": counts("priority", Priority),
        "by_phase": counts("current_phase", CurrentPhase),
        "by_methodology": counts("methodology", Methodology),
        "by_health": counts("health", Health),
        "savings": savings,
        "overdue_actions": sum(1 for a in open_actions if a["due_date"] and a["due_date"] < today()),
        "throughput": [
            {"month": m, "started": started.get(m, 0), "completed": completed.get(m, 0)}
            for m in months(*month_range)
        ],
    }


def without_generated_at(body: dict[str, Any]) -> dict[str, Any]:
    assert datetime.fromisoformat(body.pop("generated_at")).tzinfo is not None
    return body


@pytest.fixture
async def extra_portfolio(db: AsyncSession) -> dict[str, Initiative]:
    """Rows that exercise the edges: a deleted initiative (never counted), another currency, no
    team, a completion this month, actions open/closed/overdue."""
    now = datetime.now(UTC)
    team = (await db.execute(text("SELECT id FROM teams ORDER BY name LIMIT 1"))).scalar_one()
    deleted = initiative(
        team_id=team,
        status="active",
        projected_savings=Decimal("999.99"),
        currency="EUR",
        start_date=today(),
        deleted_at=now,
    )
    eur = initiative(
        status="active",
        priority="critical",
        health="blocked",
        methodology="pdsa",
        current_phase="do",
        projected_savings=Decimal("1000.10"),
        currency="EUR",
    )
    eur2 = initiative(status="planned", actual_savings=Decimal("0.45"), currency="EUR", team_id=team)
    done = initiative(
        status="completed",
        current_phase="complete",
        team_id=team,
        start_date=today() - timedelta(days=400),
        actual_completion=today(),
        created_at=now - timedelta(days=400),
    )
    await add(db, deleted, eur, eur2, done)
    await add(
        db,
        ActionItem(initiative_id=deleted.id, title="gone", due_date=today() - timedelta(days=3)),
        ActionItem(initiative_id=eur.id, title="overdue", due_date=today() - timedelta(days=1)),
        ActionItem(initiative_id=eur.id, title="due today", due_date=today()),
        ActionItem(initiative_id=eur.id, title="no date"),
        ActionItem(
            initiative_id=eur.id, title="late but done", status="completed", due_date=date(2020, 1, 1)
        ),
        ActionItem(initiative_id=eur.id, title="dropped", status="cancelled", due_date=date(2020, 1, 1)),
        ActionItem(initiative_id=done.id, title="blocked", status="blocked", due_date=date(2021, 5, 5)),
    )
    return {"deleted": deleted, "eur": eur, "eur2": eur2, "done": done}


async def test_portfolio_matches_independent_computation(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession, extra_portfolio: dict[str, Initiative]
) -> None:
    r = await client.get("/dashboards/portfolio", headers=auth(viewer))  # viewers read the portfolio
    assert r.status_code == 200, r.text
    body = without_generated_at(r.json())
    first, current = default_months()
    expected = await expected_portfolio(db, month_range=(first, current))
    assert body == expected
    # Anchors that do not depend on the reference implementation above.
    assert len(body["throughput"]) == 12 and body["throughput"][-1]["month"] == current.strftime("%Y-%m")
    eur = next(s for s in body["savings"] if s["currency"] == "EUR")
    assert eur == {
        "currency": "EUR",
        "projected_savings": "1000.10",
        "actual_savings": "0.45",
        "initiatives": 2,
    }
    seeded = await fetch(db, "SELECT count(*) AS n FROM initiatives WHERE deleted_at IS NULL")
    assert body["totals"]["initiatives"] == seeded[0]["n"]
    assert body["throughput"][-1]["completed"] >= 1  # `done` completed today


async def test_portfolio_team_filter(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession, extra_portfolio: dict[str, Initiative]
) -> None:
    teams = [r["id"] for r in await fetch(db, "SELECT id FROM teams ORDER BY name LIMIT 2")]
    r = await client.get(
        "/dashboards/portfolio", params={"team_id": ",".join(map(str, teams))}, headers=auth(viewer)
    )
    assert r.status_code == 200, r.text
    body = without_generated_at(r.json())
    expected = await expected_portfolio(db, team_ids=teams, month_range=default_months())
    assert body == expected
    # The team-less EUR initiative is out; the team's EUR one is in.
    assert next(s for s in body["savings"] if s["currency"] == "EUR")["initiatives"] == 1

    unknown = await client.get(
        "/dashboards/portfolio", params={"team_id": str(uuid4())}, headers=auth(viewer)
    )
    assert unknown.status_code == 200
    assert unknown.json()["totals"] == {
        "initiatives": 0,
        "open": 0,
        "active": 0,
        "completed": 0,
        "open_actions": 0,
    }
    assert unknown.json()["savings"] == [] and set(unknown.json()["by_status"].values()) == {0}


async def test_portfolio_date_range(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession, extra_portfolio: dict[str, Initiative]
) -> None:
    date_from, date_to = date(2026, 2, 1), date(2026, 8, 31)
    r = await client.get(
        "/dashboards/portfolio",
        params={"date_from": date_from.isoformat(), "date_to": date_to.isoformat()},
        headers=auth(viewer),
    )
    assert r.status_code == 200, r.text
    body = without_generated_at(r.json())
    assert [t["month"] for t in body["throughput"]] == months(date_from, date_to)
    assert body == await expected_portfolio(
        db, date_from=date_from, date_to=date_to, month_range=(date_from, date_to)
    )

    # Only date_from: throughput runs up to the current month.
    since = today() - timedelta(days=70)
    r = await client.get(
        "/dashboards/portfolio", params={"date_from": since.isoformat()}, headers=auth(viewer)
    )
    body = without_generated_at(r.json())
    assert body == await expected_portfolio(db, date_from=since, month_range=(since, today()))
    assert body["totals"]["initiatives"] >= 2  # the EUR ones were created today

    # Both bounds on one day, inclusive: the initiatives created today.
    r = await client.get(
        "/dashboards/portfolio",
        params={"date_from": today().isoformat(), "date_to": today().isoformat()},
        headers=auth(viewer),
    )
    created_today = await fetch(
        db,
        "SELECT count(*) AS n FROM initiatives WHERE deleted_at IS NULL "
        "AND (created_at AT TIME ZONE 'UTC')::date = :d",
        d=today(),
    )
    assert r.json()["totals"]["initiatives"] == created_today[0]["n"] == 2


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2026-05-02", "date_to": "2026-05-01"},
        {"date_from": "2010-01-01", "date_to": "2020-01-31"},  # 121 months
        {"date_from": "2000-01-01"},  # up to now: over 120 months
        {"team_id": "not-a-uuid"},
        {"date_from": "2026-13-01"},
    ],
)
async def test_portfolio_rejects_bad_filters(
    client: httpx.AsyncClient, viewer: User, params: dict[str, str]
) -> None:
    assert_error(await client.get("/dashboards/portfolio", params=params, headers=auth(viewer)), 422)


async def test_portfolio_120_months_is_the_limit(client: httpx.AsyncClient, viewer: User) -> None:
    r = await client.get(
        "/dashboards/portfolio",
        params={"date_from": "2010-01-15", "date_to": "2019-12-01"},
        headers=auth(viewer),
    )
    assert r.status_code == 200, r.text
    assert len(r.json()["throughput"]) == 120


async def test_dashboards_need_a_token(client: httpx.AsyncClient) -> None:
    for path in (
        "/dashboards/portfolio",
        "/dashboards/pipeline",
        f"/dashboards/teams/{uuid4()}",
        f"/dashboards/users/{uuid4()}",
        "/dashboards/initiatives/INI-0001",
    ):
        assert_error(await client.get(path), 401)


# --- pipeline -----------------------------------------------------------------------------------


async def expected_pipeline(db: AsyncSession, date_from: date | None, date_to: date | None) -> dict[str, Any]:
    rows = [
        r
        for r in await fetch(db, "SELECT * FROM requests")
        if (date_from is None or utc_day(r["submitted_at"]) >= date_from)
        and (date_to is None or utc_day(r["submitted_at"]) <= date_to)
    ]
    status = Counter(r["status"] for r in rows)
    urgency = Counter(r["urgency"] for r in rows)
    hours = [
        max(0.0, (r["reviewed_at"] - r["submitted_at"]).total_seconds() / 3600)
        for r in rows
        if r["reviewed_at"] is not None
    ]
    decided = status["accepted"] + status["declined"] + status["converted"]
    return {
        "total": len(rows),
        "by_status": {s.value: status.get(s.value, 0) for s in RequestStatus},
        "by_urgency": {p.value: urgency.get(p.value, 0) for p in Priority},
        "triaged": len(hours),
        "median_hours_to_triage": statistics.median(hours) if hours else None,
        "avg_hours_to_triage": statistics.fmean(hours) if hours else None,
        "conversion_rate": status["converted"] / decided if decided else None,
    }


def assert_pipeline(body: dict[str, Any], expected: dict[str, Any]) -> None:
    for key in ("median_hours_to_triage", "avg_hours_to_triage", "conversion_rate"):
        if expected[key] is None:
            assert body[key] is None, key
        else:
            assert body[key] == pytest.approx(expected[key], rel=1e-9), key
    for key in ("total", "by_status", "by_urgency", "triaged"):
        assert body[key] == expected[key], key


async def test_pipeline_matches_independent_computation(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession
) -> None:
    now = datetime.now(UTC)
    await add(
        db,
        Request(title="fresh", urgency="critical", submitted_at=now - timedelta(hours=5)),
        Request(
            title="quick review",
            urgency="critical",
            status="under_review",
            submitted_at=now - timedelta(hours=30),
            reviewed_at=now - timedelta(hours=28, minutes=30),
        ),
        Request(
            title="declined",
            urgency="low",
            status="declined",
            decline_reason="out of scope",
            submitted_at=now - timedelta(days=3),
            reviewed_at=now - timedelta(days=1),
        ),
    )
    r = await client.get("/dashboards/pipeline", headers=auth(viewer))
    assert r.status_code == 200, r.text
    body = without_generated_at(r.json())
    assert body["period"] == {"date_from": None, "date_to": None}
    assert_pipeline(body, await expected_pipeline(db, None, None))
    assert body["by_urgency"]["critical"] >= 2

    window = {"date_from": (today() - timedelta(days=2)).isoformat(), "date_to": today().isoformat()}
    r = await client.get("/dashboards/pipeline", params=window, headers=auth(viewer))
    body = without_generated_at(r.json())
    assert body["period"] == window
    assert_pipeline(body, await expected_pipeline(db, today() - timedelta(days=2), today()))
    # Only "fresh" and "quick review" were submitted in the last two days.
    assert body["total"] == 2 and body["triaged"] == 1
    assert body["median_hours_to_triage"] == pytest.approx(1.5)
    assert body["conversion_rate"] is None  # none decided in the window

    seeded = await client.get(
        "/dashboards/pipeline",
        params={"date_from": "2026-01-01", "date_to": "2026-10-31"},
        headers=auth(viewer),
    )
    assert_pipeline(seeded.json(), await expected_pipeline(db, date(2026, 1, 1), date(2026, 10, 31)))


async def test_pipeline_empty_period_and_validation(client: httpx.AsyncClient, viewer: User) -> None:
    r = await client.get(
        "/dashboards/pipeline",
        params={"date_from": "1990-01-01", "date_to": "1990-12-31"},
        headers=auth(viewer),
    )
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 0 and set(body["by_status"].values()) == {0}
    assert body["median_hours_to_triage"] is None and body["avg_hours_to_triage"] is None
    assert body["conversion_rate"] is None
    bad = await client.get(
        "/dashboards/pipeline",
        params={"date_from": "2026-02-02", "date_to": "2026-02-01"},
        headers=auth(viewer),
    )
    assert_error(bad, 422, field="date_from")


# --- team ---------------------------------------------------------------------------------------


@pytest.fixture
async def team_world(db: AsyncSession, make_user: MakeUser, make_team: Any) -> dict[str, Any]:
    week = monday(today())
    lead = await make_user("analyst", full_name="Alice Lead", capacity_hours=Decimal(40))
    member = await make_user("analyst", full_name="Bob Member", capacity_hours=Decimal(30))
    gone = await make_user("analyst", full_name="Carl Gone", is_active=False)
    manager = await make_user("manager")
    team = await make_team(
        members=[(lead, "lead"), (member, "member"), (gone, "member")], manager_id=manager.id
    )
    other = await make_team()
    led = initiative(team_id=team.id, lead_analyst_id=lead.id, status="active")
    led_done = initiative(
        team_id=team.id, lead_analyst_id=lead.id, status="completed", current_phase="complete"
    )
    led_deleted = initiative(team_id=team.id, lead_analyst_id=lead.id, deleted_at=datetime.now(UTC))
    staked = initiative(team_id=other.id, status="on_hold")
    booked = initiative(team_id=other.id, status="planned")
    unbooked = initiative(team_id=other.id, status="active")
    cancelled = initiative(team_id=team.id, status="cancelled")
    await add(db, led, led_done, led_deleted, staked, booked, unbooked, cancelled)
    await add(
        db,
        InitiativeStakeholder(initiative_id=staked.id, user_id=member.id, role="sme"),
        InitiativeStakeholder(initiative_id=led.id, user_id=lead.id, role="lead"),  # led and staked: once
        WorkloadEntry(
            user_id=lead.id,
            initiative_id=led.id,
            week_of=week,
            hours_allocated=Decimal(20),
            actual_hours=Decimal(18),
        ),
        WorkloadEntry(
            user_id=lead.id,
            initiative_id=None,
            week_of=week,
            hours_allocated=Decimal(5),
            actual_hours=Decimal(6),
        ),
        WorkloadEntry(
            user_id=member.id,
            initiative_id=booked.id,
            week_of=week + timedelta(weeks=1),
            hours_allocated=Decimal("10.5"),
        ),
        WorkloadEntry(
            user_id=member.id,
            initiative_id=unbooked.id,
            week_of=week,
            hours_allocated=Decimal(0),
            actual_hours=Decimal(2),
        ),
        WorkloadEntry(
            user_id=member.id, initiative_id=led_deleted.id, week_of=week, hours_allocated=Decimal(8)
        ),
        WorkloadEntry(
            user_id=member.id,
            initiative_id=booked.id,
            week_of=week + timedelta(weeks=20),
            hours_allocated=Decimal(9),
        ),
        WorkloadEntry(user_id=gone.id, initiative_id=led.id, week_of=week, hours_allocated=Decimal(40)),
    )
    return {"team": team, "lead": lead, "member": member, "manager": manager, "week": week}


async def test_team_dashboard_numbers(client: httpx.AsyncClient, team_world: dict[str, Any]) -> None:
    w = team_world
    week = w["week"]
    r = await client.get(f"/dashboards/teams/{w['team'].id}", headers=auth(w["member"]))
    assert r.status_code == 200, r.text
    body = without_generated_at(r.json())
    weeks = [week + timedelta(weeks=n) for n in range(8)]
    assert (body["team_id"], body["team_name"]) == (str(w["team"].id), w["team"].name)
    assert (body["week_from"], body["week_to"]) == (weeks[0].isoformat(), weeks[-1].isoformat())
    assert body["capacity_hours"] == 70.0  # active members only (Carl is deactivated)
    totals = {t["week_of"]: t for t in body["weeks"]}
    assert list(totals) == [d.isoformat() for d in weeks]
    # Week 1: Alice 20 + 5, Bob 0 (the 8 h on a deleted initiative never count); Carl is inactive.
    assert totals[weeks[0].isoformat()] == {
        "week_of": weeks[0].isoformat(),
        "hours_allocated": 25.0,
        "actual_hours": 26.0,
        "utilization": pytest.approx(25 / 70),
    }
    assert totals[weeks[1].isoformat()]["hours_allocated"] == 10.5
    assert totals[weeks[2].isoformat()] == {
        "week_of": weeks[2].isoformat(),
        "hours_allocated": 0.0,
        "actual_hours": 0.0,
        "utilization": 0.0,
    }
    members = {m["full_name"]: m for m in body["members"]}
    assert list(members) == ["Alice Lead", "Bob Member"]
    alice, bob = members["Alice Lead"], members["Bob Member"]
    assert (alice["role_in_team"], alice["capacity_hours"]) == ("lead", 40.0)
    # Alice leads `led` (open; also a stakeholder of it: counted once); the completed and deleted
    # ones she leads are not open.
    assert (alice["initiatives_led"], alice["initiatives_involved"]) == (1, 1)
    # Bob: stakeholder of `staked`, hours in the period on `booked`; 0 h on `unbooked` is not work,
    # hours 20 weeks out are outside the period, the deleted one never counts.
    assert (bob["initiatives_led"], bob["initiatives_involved"]) == (0, 2)
    assert alice["weeks"][0] == {
        "week_of": weeks[0].isoformat(),
        "hours_allocated": 25.0,
        "actual_hours": 24.0,
        "utilization": 0.625,
    }
    assert bob["weeks"][0]["hours_allocated"] == 0.0 and bob["weeks"][0]["actual_hours"] == 2.0
    assert bob["weeks"][1]["utilization"] == pytest.approx(10.5 / 30)
    assert body["initiatives_by_status"] == {
        "planned": 0,
        "active": 1,
        "on_hold": 0,
        "completed": 1,
        "cancelled": 1,
    }

    # A custom range: the Monday on or before each bound; 20 weeks out is then included.
    r = await client.get(
        f"/dashboards/teams/{w['team'].id}",
        params={
            "week_from": (week + timedelta(days=3)).isoformat(),
            "week_to": (week + timedelta(weeks=20, days=6)).isoformat(),
        },
        headers=auth(w["manager"]),
    )
    body = r.json()
    assert body["week_from"] == week.isoformat() and len(body["weeks"]) == 21
    assert body["weeks"][-1]["hours_allocated"] == 9.0


async def test_team_dashboard_matches_seeded_team(
    client: httpx.AsyncClient, admin: User, db: AsyncSession
) -> None:
    team = (await fetch(db, "SELECT * FROM teams ORDER BY name LIMIT 1"))[0]
    weeks = (await fetch(db, "SELECT min(week_of) AS a, max(week_of) AS b FROM workload_entries"))[0]
    r = await client.get(
        f"/dashboards/teams/{team['id']}",
        params={"week_from": weeks["a"].isoformat(), "week_to": weeks["b"].isoformat()},
        headers=auth(admin),
    )
    assert r.status_code == 200, r.text
    body = r.json()
    members = await fetch(
        db,
        "SELECT u.id, u.capacity_hours FROM team_members m JOIN users u ON u.id = m.user_id "
        "WHERE m.team_id = :t AND u.is_active",
        t=team["id"],
    )
    entries = await fetch(
        db,
        "SELECT w.* FROM workload_entries w LEFT JOIN initiatives i ON i.id = w.initiative_id "
        "WHERE w.week_of BETWEEN :a AND :b AND i.deleted_at IS NULL",
        a=weeks["a"],
        b=weeks["b"],
    )
    ids = {m["id"] for m in members}
    per_week: dict[date, Decimal] = defaultdict(Decimal)
    for e in entries:
        if e["user_id"] in ids:
            per_week[e["week_of"]] += e["hours_allocated"]
    capacity = sum(m["capacity_hours"] for m in members)
    assert body["capacity_hours"] == float(capacity)
    assert {t["week_of"]: t["hours_allocated"] for t in body["weeks"]} == {
        d.isoformat(): float(per_week.get(d, 0))
        for d in (date.fromisoformat(t["week_of"]) for t in body["weeks"])
    }
    assert {m["user_id"] for m in body["members"]} == {str(i) for i in ids}
    statuses = Counter(
        i["status"]
        for i in await fetch(
            db, "SELECT status FROM initiatives WHERE team_id = :t AND deleted_at IS NULL", t=team["id"]
        )
    )
    assert body["initiatives_by_status"] == {s.value: statuses.get(s.value, 0) for s in InitiativeStatus}


async def test_team_dashboard_permissions(
    client: httpx.AsyncClient, make_user: MakeUser, make_team: Any, team_world: dict[str, Any]
) -> None:
    w = team_world
    path = f"/dashboards/teams/{w['team'].id}"
    for reader in (w["lead"], w["member"], w["manager"], await make_user("admin")):
        assert (await client.get(path, headers=auth(reader))).status_code == 200
    other_manager = await make_user("manager")
    await make_team(manager_id=other_manager.id)
    for outsider in (await make_user("analyst"), await make_user("viewer"), other_manager):
        assert_error(await client.get(path, headers=auth(outsider)), 403)
    assert_error(await client.get(f"/dashboards/teams/{uuid4()}", headers=auth(w["member"])), 404)
    week = w["week"]
    reversed_range = {"week_from": week.isoformat(), "week_to": (week - timedelta(days=1)).isoformat()}
    assert_error(await client.get(path, params=reversed_range, headers=auth(w["lead"])), 422)
    too_long = {"week_from": week.isoformat(), "week_to": (week + timedelta(weeks=53)).isoformat()}
    assert_error(await client.get(path, params=too_long, headers=auth(w["lead"])), 422)
    assert_error(await client.get("/dashboards/teams/nope", headers=auth(w["lead"])), 422)


# --- user ---------------------------------------------------------------------------------------


@pytest.fixture
async def user_world(db: AsyncSession, make_user: MakeUser) -> dict[str, Any]:
    me = await make_user("analyst", capacity_hours=Decimal(40))
    t = today()
    a = initiative(lead_analyst_id=me.id, status="active", target_completion=t + timedelta(days=45))
    b = initiative(sponsor_id=me.id, status="planned", target_completion=t + timedelta(days=5))
    c = initiative(process_owner_id=me.id, status="on_hold")
    d = initiative(status="active", target_completion=t + timedelta(days=60))
    done = initiative(lead_analyst_id=me.id, status="completed", current_phase="complete")
    deleted = initiative(lead_analyst_id=me.id, status="active", deleted_at=datetime.now(UTC))
    elsewhere = initiative(status="active")
    await add(db, a, b, c, d, done, deleted, elsewhere)
    await add(
        db,
        InitiativeStakeholder(initiative_id=d.id, user_id=me.id, role="contributor"),
        InitiativeStakeholder(initiative_id=d.id, user_id=me.id, role="sme"),  # twice on d: once
        ActionItem(
            initiative_id=a.id,
            title="overdue",
            assigned_to=me.id,
            due_date=t - timedelta(days=3),
            priority="low",
        ),
        ActionItem(
            initiative_id=elsewhere.id, title="soon", assigned_to=me.id, due_date=t + timedelta(days=5)
        ),
        ActionItem(initiative_id=a.id, title="today", assigned_to=me.id, due_date=t, status="blocked"),
        ActionItem(initiative_id=a.id, title="later", assigned_to=me.id, due_date=t + timedelta(days=20)),
        ActionItem(
            initiative_id=a.id,
            title="closed",
            assigned_to=me.id,
            due_date=t - timedelta(days=9),
            status="completed",
        ),
        ActionItem(initiative_id=a.id, title="undated", assigned_to=me.id),
        ActionItem(
            initiative_id=deleted.id, title="on deleted", assigned_to=me.id, due_date=t - timedelta(days=1)
        ),
        ActionItem(initiative_id=a.id, title="not mine", due_date=t - timedelta(days=1)),
        WorkloadEntry(
            user_id=me.id,
            initiative_id=a.id,
            week_of=monday(t),
            hours_allocated=Decimal(12),
            actual_hours=Decimal(10),
        ),
        WorkloadEntry(user_id=me.id, initiative_id=None, week_of=monday(t), hours_allocated=Decimal(4)),
        WorkloadEntry(
            user_id=me.id, initiative_id=deleted.id, week_of=monday(t), hours_allocated=Decimal(10)
        ),
        WorkloadEntry(
            user_id=me.id,
            initiative_id=a.id,
            week_of=monday(t) - timedelta(weeks=1),
            hours_allocated=Decimal(30),
        ),
    )
    return {"me": me, "order": [b, a, d, c]}


async def test_user_dashboard_my_work(client: httpx.AsyncClient, user_world: dict[str, Any]) -> None:
    me = user_world["me"]
    r = await client.get(f"/dashboards/users/{me.id}", headers=auth(me))
    assert r.status_code == 200, r.text
    body = without_generated_at(r.json())
    assert (body["user_id"], body["full_name"], body["capacity_hours"]) == (str(me.id), me.full_name, 40.0)
    # Open, not deleted, as lead / sponsor / process owner / stakeholder; soonest target first, none last.
    assert body["initiative_count"] == 4
    assert [i["id"] for i in body["initiatives"]] == [str(i.id) for i in user_world["order"]]
    # Open, assigned to me, overdue or due within 14 days, soonest first; not on deleted initiatives.
    assert [a["title"] for a in body["actions_due"]] == ["overdue", "today", "soon"]
    assert (body["actions_due_count"], body["actions_overdue_count"]) == (3, 1)
    assert [a["overdue"] for a in body["actions_due"]] == [True, False, False]
    first = body["actions_due"][0]
    assert first["initiative_number"].startswith("INI-") and first["phase_name"] is None
    assert body["hours"] == {
        "week_of": monday(today()).isoformat(),
        "hours_allocated": 16.0,
        "actual_hours": 10.0,
        "utilization": 0.4,
    }

    r = await client.get(
        f"/dashboards/users/{me.id}",
        params={"due_within_days": 30, "week_of": (monday(today()) - timedelta(days=2)).isoformat()},
        headers=auth(me),
    )
    body = r.json()
    assert [a["title"] for a in body["actions_due"]] == ["overdue", "today", "soon", "later"]
    assert body["actions_due_count"] == 4
    assert body["hours"]["week_of"] == (monday(today()) - timedelta(weeks=1)).isoformat()
    assert body["hours"]["hours_allocated"] == 30.0

    r = await client.get(f"/dashboards/users/{me.id}", params={"due_within_days": 0}, headers=auth(me))
    assert [a["title"] for a in r.json()["actions_due"]] == ["overdue", "today"]


async def test_user_dashboard_permissions(
    client: httpx.AsyncClient, make_user: MakeUser, user_world: dict[str, Any]
) -> None:
    me = user_world["me"]
    path = f"/dashboards/users/{me.id}"
    viewer = await make_user("viewer")
    own = await client.get(f"/dashboards/users/{viewer.id}", headers=auth(viewer))
    assert own.status_code == 200 and own.json()["initiative_count"] == 0
    assert own.json()["actions_due"] == [] and own.json()["hours"]["hours_allocated"] == 0.0
    for other in (viewer, await make_user("analyst")):
        assert_error(await client.get(path, headers=auth(other)), 403)
    for boss in (await make_user("manager"), await make_user("admin")):
        r = await client.get(path, headers=auth(boss))
        assert r.status_code == 200 and r.json()["initiative_count"] == 4
    assert_error(
        await client.get(f"/dashboards/users/{uuid4()}", headers=auth(await make_user("manager"))), 404
    )
    assert_error(await client.get(path, params={"due_within_days": 366}, headers=auth(me)), 422)
    assert_error(await client.get(path, params={"due_within_days": -1}, headers=auth(me)), 422)


# --- initiative ---------------------------------------------------------------------------------


async def expected_initiative(db: AsyncSession, initiative_id: UUID) -> dict[str, Any]:
    ini = (await fetch(db, "SELECT * FROM initiatives WHERE id = :i", i=initiative_id))[0]
    phases = await fetch(
        db, "SELECT * FROM phases WHERE initiative_id = :i ORDER BY phase_order", i=initiative_id
    )
    actions = await fetch(db, "SELECT * FROM action_items WHERE initiative_id = :i", i=initiative_id)
    hours = await fetch(db, "SELECT * FROM workload_entries WHERE initiative_id = :i", i=initiative_id)

    progress = [ini["phase_progress"].get(p["phase_name"], 0) for p in phases if p["status"] != "skipped"]
    status = Counter(a["status"] for a in actions)
    open_actions = [a for a in actions if a["status"] not in CLOSED]
    counts = {}
    for key, table in (
        ("metrics", "metrics"),
        ("notes", "notes"),
        ("documents", "documents"),
        ("datasets", "datasets"),
        ("analyses", "statistical_analyses"),
        ("artifacts", "phase_artifacts"),
        ("stakeholders", "initiative_stakeholders"),
    ):
        counts[key] = (
            await fetch(db, f"SELECT count(*) AS n FROM {table} WHERE initiative_id = :i", i=initiative_id)
        )[0]["n"]
    overdue = [a for a in open_actions if a["due_date"] and a["due_date"] < today()]
    return {
        "overall_progress": int(
            (Decimal(sum(progress)) / len(progress)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        )
        if progress
        else 0,
        "phases": [
            {
                "phase_name": p["phase_name"],
                "status": p["status"],
                "progress": ini["phase_progress"].get(p["phase_name"], 0),
                "overdue": bool(
                    p["due_date"] and p["due_date"] < today() and p["status"] not in ("completed", "skipped")
                ),
            }
            for p in phases
        ],
        "actions_by_status": {s.value: status.get(s.value, 0) for s in ActionStatus},
        "actions_open": len(open_actions),
        "actions_overdue": len(overdue),
        "upcoming": [
            str(a["id"])
            for a in sorted(
                (a for a in open_actions if a["due_date"]),
                key=lambda a: (
                    a["due_date"],
                    -["low", "medium", "high", "critical"].index(a["priority"]),
                    str(a["id"]),
                ),
            )[:10]
        ],
        "hours_allocated": float(sum(h["hours_allocated"] for h in hours)),
        "actual_hours": float(sum(h["actual_hours"] for h in hours)),
        "counts": {**counts, "actions_open": len(open_actions), "actions_overdue": len(overdue)},
        "projected_savings": None if ini["projected_savings"] is None else f"{ini['projected_savings']:.2f}",
    }


def assert_initiative_dashboard(body: dict[str, Any], expected: dict[str, Any]) -> None:
    assert body["overall_progress"] == expected["overall_progress"]
    assert [
        {k: p[k] for k in ("phase_name", "status", "progress", "overdue")} for p in body["phases"]
    ] == expected["phases"]
    for key in (
        "actions_by_status",
        "actions_open",
        "actions_overdue",
        "hours_allocated",
        "actual_hours",
        "counts",
        "projected_savings",
    ):
        assert body[key] == expected[key], key
    assert [a["id"] for a in body["upcoming_actions"]] == expected["upcoming"]


async def test_initiative_dashboard_seeded_sample(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession
) -> None:
    for number in ("INI-0001", "INI-0002", "INI-0005"):
        ini = (await fetch(db, "SELECT id FROM initiatives WHERE initiative_number = :n", n=number))[0]
        r = await client.get(f"/dashboards/initiatives/{number}", headers=auth(viewer))
        assert r.status_code == 200, r.text
        body = without_generated_at(r.json())
        assert body["initiative"]["initiative_number"] == number
        assert_initiative_dashboard(body, await expected_initiative(db, ini["id"]))
        metrics = await fetch(db, "SELECT * FROM metrics WHERE initiative_id = :i", i=ini["id"])
        assert sorted(m["metric_id"] for m in body["metrics"]) == sorted(str(m["id"]) for m in metrics)
        for m in body["metrics"]:
            row = next(x for x in metrics if str(x["id"]) == m["metric_id"])
            assert m["target_met"] == row["target_met"]
            if row["baseline_value"] is not None and row["current_value"] is not None:
                assert m["change"] == pytest.approx(float(row["current_value"] - row["baseline_value"]))


async def test_initiative_dashboard_built_up(
    client: httpx.AsyncClient, admin: User, db: AsyncSession, make_user: MakeUser
) -> None:
    r = await client.post(
        "/initiatives",
        json={"title": "Dashboard built up", "methodology": "kaizen", "projected_savings": "1500.50"},
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    ini_id = UUID(r.json()["id"])
    t = today()
    await db.execute(
        text("UPDATE initiatives SET phase_progress = CAST(:p AS jsonb), updated_at = now() WHERE id = :i"),
        {"p": '{"prepare": 100, "execute": 55, "sustain": 0}', "i": ini_id},
    )
    await db.execute(
        text("UPDATE phases SET status = 'skipped' WHERE initiative_id = :i AND phase_name = 'sustain'"),
        {"i": ini_id},
    )
    await db.execute(
        text("UPDATE phases SET due_date = :d WHERE initiative_id = :i AND phase_name = 'execute'"),
        {"d": t - timedelta(days=1), "i": ini_id},
    )
    await db.commit()
    worker = await make_user("analyst")
    await add(
        db,
        ActionItem(initiative_id=ini_id, title="late", due_date=t - timedelta(days=2), status="in_progress"),
        ActionItem(
            initiative_id=ini_id, title="same day low", due_date=t + timedelta(days=1), priority="low"
        ),
        ActionItem(
            initiative_id=ini_id,
            title="same day critical",
            due_date=t + timedelta(days=1),
            priority="critical",
        ),
        ActionItem(initiative_id=ini_id, title="no date"),
        ActionItem(
            initiative_id=ini_id, title="done late", due_date=t - timedelta(days=5), status="completed"
        ),
        ActionItem(initiative_id=ini_id, title="dropped", status="cancelled"),
        Metric(
            initiative_id=ini_id,
            name="Defects",
            direction="lower_is_better",
            baseline_value=Decimal(40),
            current_value=Decimal(30),
            target_value=Decimal(20),
        ),
        Metric(
            initiative_id=ini_id,
            name="Yield",
            direction="higher_is_better",
            baseline_value=Decimal(0),
            current_value=Decimal(3),
            target_value=Decimal(2),
        ),
        Metric(
            initiative_id=ini_id,
            name="Zone",
            direction="within_range",
            baseline_value=Decimal(5),
            current_value=Decimal(7),
            target_lower=Decimal(6),
            target_upper=Decimal(8),
        ),
        Metric(initiative_id=ini_id, name="New", direction="higher_is_better", baseline_value=Decimal(10)),
        WorkloadEntry(
            user_id=worker.id,
            initiative_id=ini_id,
            week_of=monday(t),
            hours_allocated=Decimal("7.5"),
            actual_hours=Decimal(3),
        ),
        WorkloadEntry(user_id=admin.id, initiative_id=ini_id, week_of=monday(t), hours_allocated=Decimal(2)),
    )
    r = await client.get(f"/dashboards/initiatives/{ini_id}", headers=auth(worker))
    assert r.status_code == 200, r.text
    body = without_generated_at(r.json())
    assert_initiative_dashboard(body, await expected_initiative(db, ini_id))
    # Hand-checked: (100 + 55) / 2 with sustain skipped; execute is past due and not done.
    assert body["overall_progress"] == 78
    assert [p["overdue"] for p in body["phases"]] == [False, True, False]
    assert body["actions_by_status"] == {
        "not_started": 3,
        "in_progress": 1,
        "blocked": 0,
        "completed": 1,
        "deferred": 0,
        "cancelled": 1,
    }
    assert (body["actions_open"], body["actions_overdue"]) == (4, 1)
    assert [a["title"] for a in body["upcoming_actions"]] == ["late", "same day critical", "same day low"]
    assert body["upcoming_actions"][0]["overdue"] is True
    assert (body["projected_savings"], body["actual_savings"], body["currency"]) == ("1500.50", None, "USD")
    assert (body["hours_allocated"], body["actual_hours"]) == (9.5, 3.0)
    metrics = {m["name"]: m for m in body["metrics"]}
    assert [m["name"] for m in body["metrics"]] == ["Defects", "New", "Yield", "Zone"]
    d = metrics["Defects"]
    assert (d["change"], d["change_percent"], d["improved"], d["target_met"]) == (-10.0, -25.0, True, False)
    y = metrics["Yield"]
    assert (y["change"], y["change_percent"], y["improved"], y["target_met"]) == (3.0, None, True, True)
    z = metrics["Zone"]
    assert (z["change"], z["change_percent"], z["improved"], z["target_met"]) == (2.0, 40.0, None, True)
    n = metrics["New"]
    assert (n["change"], n["change_percent"], n["improved"], n["current_value"]) == (None, None, None, None)
    assert body["counts"]["metrics"] == 4


async def test_initiative_dashboard_not_found(
    client: httpx.AsyncClient, admin: User, viewer: User, db: AsyncSession
) -> None:
    r = await client.post("/initiatives", json={"title": "Soon deleted"}, headers=auth(admin))
    ini = r.json()
    assert (await client.get(f"/dashboards/initiatives/{ini['id']}", headers=auth(viewer))).status_code == 200
    assert (await client.delete(f"/initiatives/{ini['id']}", headers=auth(admin))).status_code == 204
    assert_error(await client.get(f"/dashboards/initiatives/{ini['id']}", headers=auth(viewer)), 404)
    assert_error(
        await client.get(f"/dashboards/initiatives/{ini['initiative_number']}", headers=auth(viewer)), 404
    )
    assert_error(await client.get("/dashboards/initiatives/INI-99999", headers=auth(viewer)), 404)
    assert_error(await client.get(f"/dashboards/initiatives/{uuid4()}", headers=auth(viewer)), 404)


async def test_deleted_initiative_leaves_the_portfolio(
    client: httpx.AsyncClient, admin: User, viewer: User
) -> None:
    before = (await client.get("/dashboards/portfolio", headers=auth(viewer))).json()
    r = await client.post(
        "/initiatives",
        json={
            "title": "Counted then not",
            "priority": "critical",
            "projected_savings": "10.00",
            "currency": "JPY",
        },
        headers=auth(admin),
    )
    ini = r.json()
    during = (await client.get("/dashboards/portfolio", headers=auth(viewer))).json()
    assert during["totals"]["initiatives"] == before["totals"]["initiatives"] + 1
    assert during["by_priority"]["critical"] == before["by_priority"]["critical"] + 1
    assert {
        "currency": "JPY",
        "projected_savings": "10.00",
        "actual_savings": "0.00",
        "initiatives": 1,
    } in during["savings"]
    await client.delete(f"/initiatives/{ini['id']}", headers=auth(admin))
    after = (await client.get("/dashboards/portfolio", headers=auth(viewer))).json()
    for key in (
        "totals",
        "by_status",
        "by_priority",
        "by_phase",
        "by_methodology",
        "by_health",
        "savings",
        "throughput",
    ):
        assert after[key] == before[key], key


@pytest.mark.parametrize(
    ("params", "months_expected"),
    [
        ({"date_from": "0001-01-01", "date_to": "0001-12-31"}, [f"0001-{m:02d}" for m in range(1, 13)]),
        ({"date_to": "0001-03-15"}, ["0001-01", "0001-02", "0001-03"]),
        ({"date_from": "0999-11-30", "date_to": "1000-01-01"}, ["0999-11", "0999-12", "1000-01"]),
        ({"date_from": "9999-11-01", "date_to": "9999-12-31"}, ["9999-11", "9999-12"]),
        ({"date_from": "9999-12-31"}, ["9999-12"]),
    ],
)
async def test_portfolio_at_the_ends_of_the_calendar(
    client: httpx.AsyncClient, viewer: User, params: dict[str, str], months_expected: list[str]
) -> None:
    r = await client.get("/dashboards/portfolio", params=params, headers=auth(viewer))
    assert r.status_code == 200, r.text
    body = r.json()
    assert [t["month"] for t in body["throughput"]] == months_expected
    assert body["totals"]["initiatives"] == 0


async def test_pipeline_and_weeks_at_the_ends_of_the_calendar(
    client: httpx.AsyncClient, admin: User, make_team: Any
) -> None:
    r = await client.get(
        "/dashboards/pipeline",
        params={"date_from": "0001-01-01", "date_to": "9999-12-31"},
        headers=auth(admin),
    )
    assert r.status_code == 200, r.text
    everything = await client.get("/dashboards/pipeline", headers=auth(admin))
    assert r.json()["total"] == everything.json()["total"] > 0
    team = await make_team()
    path = f"/dashboards/teams/{team.id}"
    r = await client.get(
        path, params={"week_from": "9999-12-27", "week_to": "9999-12-31"}, headers=auth(admin)
    )
    assert r.status_code == 200, r.text
    assert [w["week_of"] for w in r.json()["weeks"]] == ["9999-12-27"]
    r = await client.get(
        path, params={"week_from": "0001-01-03", "week_to": "0001-01-08"}, headers=auth(admin)
    )
    assert [w["week_of"] for w in r.json()["weeks"]] == ["0001-01-01", "0001-01-08"]
    # The default week_to (seven weeks on) would fall past the calendar.
    assert_error(await client.get(path, params={"week_from": "9999-12-20"}, headers=auth(admin)), 422)
    r = await client.get(
        f"/dashboards/users/{admin.id}",
        params={"week_of": "9999-12-31", "due_within_days": 365},
        headers=auth(admin),
    )
    assert r.status_code == 200 and r.json()["hours"]["week_of"] == "9999-12-27"
