"""Workload entries (the Monday rule, hours, uniqueness, who may see and write whose hours) and the
weekly roll-ups of a user and of a team (zero-filled weeks, utilization computed here independently)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import User, WorkloadEntry
from tests.conftest import MakeUser, auth
from tests.support import assert_error

MONDAY = date(2025, 3, 3)
W2, W3 = MONDAY + timedelta(weeks=1), MONDAY + timedelta(weeks=2)


@dataclass
class World:
    admin: User
    manager: User  # manages team A (Team.manager_id)
    lead: User  # a manager who leads team B (role_in_team = lead)
    other_manager: User  # manages a team with nobody of ours
    member: User  # analyst in team A, 40 h
    colleague: User  # analyst in team A, 30 h
    member_b: User  # analyst in team B
    analyst_lead: User  # an analyst who leads team B: not a manager
    viewer: User
    team_a: UUID
    team_b: UUID
    initiative: dict[str, Any]
    other_initiative: dict[str, Any]


@pytest.fixture
async def world(client: httpx.AsyncClient, make_user: MakeUser, make_team: Any) -> World:
    admin = await make_user("admin")
    manager = await make_user("manager", full_name="Mara Manager")
    lead = await make_user("manager", full_name="Leo Lead")
    other_manager = await make_user("manager")
    member = await make_user("analyst", full_name="Zoe Member")
    colleague = await make_user("analyst", full_name="Adam Colleague", capacity_hours=Decimal("30"))
    member_b = await make_user("analyst", full_name="Bea B")
    analyst_lead = await make_user("analyst")
    inactive = await make_user("analyst", full_name="Ina Inactive", is_active=False)
    team_a = await make_team(
        members=[(member, "member"), (colleague, "member"), (inactive, "member")], manager_id=manager.id
    )
    team_b = await make_team(members=[(lead, "lead"), (member_b, "member"), (analyst_lead, "lead")])
    await make_team(manager_id=other_manager.id)
    initiatives = []
    for title in ("Workload test", "Another initiative"):
        r = await client.post("/initiatives", json={"title": title}, headers=auth(admin))
        assert r.status_code == 201, r.text
        initiatives.append(r.json())
    return World(
        admin=admin,
        manager=manager,
        lead=lead,
        other_manager=other_manager,
        member=member,
        colleague=colleague,
        member_b=member_b,
        analyst_lead=analyst_lead,
        viewer=await make_user("viewer"),
        team_a=team_a.id,
        team_b=team_b.id,
        initiative=initiatives[0],
        other_initiative=initiatives[1],
    )


async def log(client: httpx.AsyncClient, user: User, week: date, hours: float, **body: Any) -> httpx.Response:
    return await client.post(
        "/workload", json={"week_of": week.isoformat(), "hours_allocated": hours, **body}, headers=auth(user)
    )


async def entry_count(db: AsyncSession, user: User) -> int:
    return int(
        (
            await db.execute(text("SELECT count(*) FROM workload_entries WHERE user_id = :u"), {"u": user.id})
        ).scalar_one()
    )


async def audit_events(db: AsyncSession, entity_id: str) -> list[dict[str, Any]]:
    rows = await db.execute(text("SELECT * FROM audit_events WHERE entity_id = :id"), {"id": entity_id})
    return [dict(r) for r in rows.mappings().all()]


# --- create -------------------------------------------------------------------------------------


async def test_create_own_entry(client: httpx.AsyncClient, db: AsyncSession, world: World) -> None:
    r = await log(
        client,
        world.member,
        MONDAY,
        12.345,
        actual_hours=10,
        initiative_id=world.initiative["id"],
        notes="Data collection",
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/workload/{body['id']}"
    assert r.headers["etag"]
    assert body["user_id"] == str(world.member.id)  # defaults to the caller
    assert body["user_full_name"] == "Zoe Member"
    assert body["initiative_id"] == world.initiative["id"]
    assert body["initiative_number"] == world.initiative["initiative_number"]
    assert (body["week_of"], body["hours_allocated"], body["actual_hours"]) == ("2025-03-03", 12.35, 10)
    assert body["notes"] == "Data collection"
    row = (
        (await db.execute(text("SELECT * FROM workload_entries WHERE id = :id"), {"id": body["id"]}))
        .mappings()
        .one()
    )
    assert (row["user_id"], row["week_of"], row["hours_allocated"], row["actual_hours"]) == (
        world.member.id,
        MONDAY,
        Decimal("12.35"),
        Decimal("10.00"),
    )
    [event] = await audit_events(db, body["id"])
    assert (event["entity_type"], event["action"], str(event["initiative_id"])) == (
        "workload_entry",
        "create",
        world.initiative["id"],
    )
    assert event["actor_id"] == world.member.id


async def test_time_outside_initiatives_and_uniqueness(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    r = await log(client, world.member, MONDAY, 8)
    assert r.status_code == 201, r.text
    assert (r.json()["initiative_id"], r.json()["initiative_number"], r.json()["actual_hours"]) == (
        None,
        None,
        0,
    )
    assert_error(await log(client, world.member, MONDAY, 3), 409)  # one "outside" entry per week
    assert (
        await log(client, world.member, MONDAY, 4, initiative_id=world.initiative["id"])
    ).status_code == 201
    assert_error(await log(client, world.member, MONDAY, 5, initiative_id=world.initiative["id"]), 409)
    assert (
        await log(client, world.member, MONDAY, 6, initiative_id=world.other_initiative["id"])
    ).status_code == 201
    assert (await log(client, world.member, W2, 6, initiative_id=world.initiative["id"])).status_code == 201
    assert (
        await log(client, world.colleague, MONDAY, 4, initiative_id=world.initiative["id"])
    ).status_code == 201
    assert await entry_count(db, world.member) == 4


@pytest.mark.parametrize("day", [MONDAY + timedelta(days=n) for n in range(1, 7)])
async def test_week_of_must_be_a_monday(
    client: httpx.AsyncClient, db: AsyncSession, world: World, day: date
) -> None:
    r = await log(client, world.member, day, 8)
    body = assert_error(r, 422, field="week_of")
    assert "Monday" in body["detail"] and "2025-03-03" in body["detail"]
    assert await entry_count(db, world.member) == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"hours_allocated": -1}, "hours_allocated"),
        ({"hours_allocated": 168.5}, "hours_allocated"),
        ({"hours_allocated": "8"}, "hours_allocated"),
        ({"hours_allocated": None}, "hours_allocated"),
        ({"actual_hours": -0.5}, "actual_hours"),
        ({"actual_hours": 200}, "actual_hours"),
        ({"week_of": "2025-02-30"}, "week_of"),
        ({"initiative_id": "not-a-uuid"}, "initiative_id"),
        ({"initiative_id": str(uuid4())}, "initiative_id"),  # does not exist
        ({"user_id": str(uuid4())}, "user_id"),
        ({"utilization": 1}, None),
    ],
)
async def test_create_validation(
    client: httpx.AsyncClient, db: AsyncSession, world: World, body: dict[str, Any], field: str | None
) -> None:
    r = await client.post(
        "/workload",
        json={"week_of": MONDAY.isoformat(), "hours_allocated": 8, **body},
        headers=auth(world.manager),
    )
    error = assert_error(r, 422)
    if field:
        assert field in [f["loc"][-1] for f in error["fields"]] or field in error["detail"], error
    assert await entry_count(db, world.manager) == 0


async def test_a_deleted_initiative_is_422(client: httpx.AsyncClient, world: World) -> None:
    assert (
        await client.delete(f"/initiatives/{world.initiative['id']}", headers=auth(world.admin))
    ).status_code == 204
    r = await log(client, world.member, MONDAY, 8, initiative_id=world.initiative["id"])
    assert_error(r, 422, field="initiative_id")


@pytest.mark.parametrize(
    ("who", "whom", "expected"),
    [
        ("member", "member", 201),
        ("member", "colleague", 403),  # analysts log only their own hours
        ("analyst_lead", "member_b", 403),  # leading a team is not enough without the manager role
        ("viewer", "viewer", 403),  # the contract's minimum role is analyst
        ("manager", "member", 201),  # manages team A
        ("manager", "member_b", 403),
        ("lead", "member_b", 201),  # leads team B
        ("lead", "member", 403),
        ("other_manager", "member", 403),
        ("admin", "member_b", 201),
    ],
)
async def test_who_may_log_whose_hours(
    client: httpx.AsyncClient, db: AsyncSession, world: World, who: str, whom: str, expected: int
) -> None:
    target = getattr(world, whom)
    r = await log(client, getattr(world, who), MONDAY, 8, user_id=str(target.id))
    if expected == 201:
        assert r.status_code == 201, r.text
        assert r.json()["user_id"] == str(target.id)
    else:
        assert_error(r, expected)
    assert await entry_count(db, target) == (1 if expected == 201 else 0)


async def test_needs_a_token(client: httpx.AsyncClient) -> None:
    assert_error(await client.post("/workload", json={"week_of": "2025-03-03", "hours_allocated": 1}), 401)
    assert_error(await client.get("/workload"), 401)
    assert_error(await client.get(f"/users/{uuid4()}/workload"), 401)


# --- list -----------------------------------------------------------------------------------------


@pytest.fixture
async def entries(client: httpx.AsyncClient, world: World) -> dict[str, str]:
    made = {}
    for key, who, week, hours, ini in [
        ("member-1", world.member, MONDAY, 10, world.initiative),
        ("member-2", world.member, W2, 20, None),
        ("colleague-1", world.colleague, MONDAY, 5, world.other_initiative),
        ("member_b-1", world.member_b, W3, 7, world.initiative),
        ("manager-1", world.manager, W3, 1, None),
    ]:
        r = await log(
            client, world.admin, week, hours, user_id=str(who.id), initiative_id=ini["id"] if ini else None
        )
        assert r.status_code == 201, r.text
        made[r.json()["id"]] = key
    return made


async def test_list_visibility_filters_and_sort(
    client: httpx.AsyncClient, world: World, entries: dict[str, str]
) -> None:
    ours = ",".join(str(u.id) for u in (world.member, world.colleague, world.member_b, world.manager))

    async def listed(user: User, query: str = "") -> list[str]:
        r = await client.get(f"/workload?sort=week_of&order=asc&{query}", headers=auth(user))
        assert r.status_code == 200, r.text
        return [entries.get(i["id"], "other") for i in r.json()["items"]]

    assert await listed(world.member) == ["member-1", "member-2"]
    assert await listed(world.member_b) == ["member_b-1"]
    assert await listed(world.viewer) == []
    # team A's manager: their own and team A's members' (not team B's)
    assert sorted(await listed(world.manager)) == ["colleague-1", "manager-1", "member-1", "member-2"]
    assert await listed(world.lead) == ["member_b-1"]
    assert await listed(world.analyst_lead) == []  # leading without the manager role shows nothing more
    assert sorted(await listed(world.admin, f"user_id={ours}")) == sorted(entries.values())
    # a user_id outside the caller's scope: an empty page, not 403
    r = await client.get(f"/workload?user_id={world.member_b.id}", headers=auth(world.member))
    assert r.status_code == 200 and r.json()["total"] == 0
    assert sorted(await listed(world.admin, f"team_id={world.team_a}")) == [
        "colleague-1",
        "member-1",
        "member-2",
    ]
    assert await listed(world.admin, f"initiative_id={world.initiative['id']}") == ["member-1", "member_b-1"]
    assert await listed(world.admin, f"user_id={ours}&week_from=2025-03-04&week_to=2025-03-10") == [
        "member-2"
    ]
    r = await client.get(
        f"/workload?user_id={ours}&sort=hours_allocated&order=desc", headers=auth(world.admin)
    )
    assert [i["hours_allocated"] for i in r.json()["items"]] == [20, 10, 7, 5, 1]
    r = await client.get(
        f"/workload?user_id={ours}&page_size=2&page=3&sort=week_of", headers=auth(world.admin)
    )
    page = r.json()
    assert (page["total"], page["page"], page["has_more"], len(page["items"])) == (5, 3, False, 1)
    item = r.json()["items"][0]
    assert set(item) >= {"user_full_name", "initiative_number", "week_of", "hours_allocated", "actual_hours"}
    for bad in ("sort=notes", "user_id=me", "week_from=2025-02-30", "page_size=0"):
        assert_error(await client.get(f"/workload?{bad}", headers=auth(world.admin)), 422)


# --- update and delete ------------------------------------------------------------------------------


async def test_update_and_delete(
    client: httpx.AsyncClient, db: AsyncSession, world: World, entries: dict[str, str]
) -> None:
    ids = {v: k for k, v in entries.items()}
    mine = ids["member-1"]
    # not visible: 404 (another analyst, another team's manager)
    for who in (world.colleague, world.lead, world.other_manager):
        assert_error(
            await client.patch(f"/workload/{mine}", json={"actual_hours": 1}, headers=auth(who)), 404
        )
        assert_error(await client.delete(f"/workload/{mine}", headers=auth(who)), 404)
    assert_error(
        await client.patch(f"/workload/{mine}", json={"actual_hours": 1}, headers=auth(world.viewer)), 403
    )
    assert_error(
        await client.patch(f"/workload/{uuid4()}", json={"actual_hours": 1}, headers=auth(world.admin)), 404
    )
    for bad in (
        {},
        {"hours_allocated": None},
        {"hours_allocated": 169},
        {"week_of": "2025-03-10"},
        {"user_id": str(world.colleague.id)},
    ):
        assert_error(await client.patch(f"/workload/{mine}", json=bad, headers=auth(world.member)), 422)
    assert_error(
        await client.patch(
            f"/workload/{mine}", json={"actual_hours": 1}, headers={**auth(world.member), "If-Match": '"0"'}
        ),
        412,
    )
    r = await client.patch(
        f"/workload/{mine}", json={"actual_hours": 9.5, "notes": "done"}, headers=auth(world.member)
    )
    assert r.status_code == 200, r.text
    etag = r.headers["etag"]
    assert (r.json()["actual_hours"], r.json()["hours_allocated"], r.json()["notes"]) == (9.5, 10, "done")
    r = await client.patch(
        f"/workload/{mine}", json={"hours_allocated": 11}, headers={**auth(world.manager), "If-Match": etag}
    )
    assert r.status_code == 200, r.text
    row = await db.get(WorkloadEntry, UUID(mine))
    assert row is not None
    await db.refresh(row)
    assert (row.hours_allocated, row.actual_hours, row.notes) == (Decimal("11.00"), Decimal("9.50"), "done")
    updates = [e for e in await audit_events(db, mine) if e["action"] == "update"]
    assert sorted(
        e["changes"]["actual_hours" if "actual_hours" in e["changes"] else "hours_allocated"][1]
        for e in updates
    ) == [
        "11.00",
        "9.50",
    ]

    assert_error(
        await client.delete(f"/workload/{mine}", headers={**auth(world.member), "If-Match": '"0"'}), 412
    )
    r = await client.delete(f"/workload/{mine}", headers=auth(world.member))
    assert r.status_code == 204, r.text
    assert await db.get(WorkloadEntry, UUID(mine), populate_existing=True) is None
    deleted = [e for e in await audit_events(db, mine) if e["action"] == "delete"]
    assert len(deleted) == 1 and deleted[0]["actor_id"] == world.member.id
    assert str(deleted[0]["initiative_id"]) == world.initiative["id"]
    # a manager deletes a member's entry; the admin anyone's
    assert (
        await client.delete(f"/workload/{ids['colleague-1']}", headers=auth(world.manager))
    ).status_code == 204
    assert (
        await client.delete(f"/workload/{ids['member_b-1']}", headers=auth(world.admin))
    ).status_code == 204
    assert_error(await client.delete(f"/workload/{ids['member_b-1']}", headers=auth(world.admin)), 404)


# --- weekly roll-ups --------------------------------------------------------------------------------


def utilization(allocated: float, capacity: float) -> float | None:
    return allocated / capacity if capacity else None


async def test_user_workload_zero_fills_and_computes_utilization(
    client: httpx.AsyncClient, world: World
) -> None:
    for week, hours, actual, ini in [
        (MONDAY, 10, 12, world.initiative),
        (MONDAY, 5, 5, None),
        (MONDAY, 2.5, 0, world.other_initiative),
        (W3, 42, 40, world.initiative),
        (W3 + timedelta(weeks=1), 99, 0, None),  # after the range
        (MONDAY - timedelta(weeks=1), 99, 0, None),  # before it
    ]:
        r = await log(
            client, world.member, week, hours, actual_hours=actual, initiative_id=ini["id"] if ini else None
        )
        assert r.status_code == 201, r.text
    # any day of the first and last weeks
    r = await client.get(
        f"/users/{world.member.id}/workload?week_from=2025-03-05&week_to=2025-03-23",
        headers=auth(world.member),
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["user_id"], body["full_name"], body["capacity_hours"]) == (
        str(world.member.id),
        "Zoe Member",
        40,
    )
    assert (body["week_from"], body["week_to"]) == ("2025-03-03", "2025-03-17")
    expected = [
        ("2025-03-03", 17.5, 17, utilization(10 + 5 + 2.5, 40)),
        ("2025-03-10", 0, 0, 0),
        ("2025-03-17", 42, 40, utilization(42, 40)),
    ]
    got = [(w["week_of"], w["hours_allocated"], w["actual_hours"], w["utilization"]) for w in body["weeks"]]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    assert [g[3] for g in got] == pytest.approx([e[3] for e in expected])
    assert got[0][3] == pytest.approx(0.4375) and got[2][3] == pytest.approx(1.05)


async def test_user_workload_defaults_and_range_rules(
    client: httpx.AsyncClient, world: World, make_user: MakeUser
) -> None:
    this_monday = datetime.now(UTC).date() - timedelta(days=datetime.now(UTC).date().weekday())
    assert (await log(client, world.member, this_monday, 20)).status_code == 201
    r = await client.get(f"/users/{world.member.id}/workload", headers=auth(world.member))
    body = r.json()
    assert body["week_from"] == this_monday.isoformat()
    assert body["week_to"] == (this_monday + timedelta(weeks=7)).isoformat()
    assert [w["week_of"] for w in body["weeks"]] == [
        (this_monday + timedelta(weeks=n)).isoformat() for n in range(8)
    ]
    assert body["weeks"][0]["hours_allocated"] == 20 and body["weeks"][0]["utilization"] == 0.5
    # week_from alone: eight weeks from it
    r = await client.get(
        f"/users/{world.member.id}/workload?week_from=2025-01-01", headers=auth(world.member)
    )
    assert (r.json()["week_from"], r.json()["week_to"]) == ("2024-12-30", "2025-02-17")
    # 53 weeks is the most
    r = await client.get(
        f"/users/{world.member.id}/workload?week_from=2025-01-06&week_to=2026-01-05",
        headers=auth(world.member),
    )
    assert r.status_code == 200 and len(r.json()["weeks"]) == 53
    for query in (
        "week_from=2025-01-06&week_to=2026-01-12",
        "week_from=2025-03-10&week_to=2025-03-09",
        "week_from=x",
    ):
        assert_error(
            await client.get(f"/users/{world.member.id}/workload?{query}", headers=auth(world.member)), 422
        )
    # no capacity: utilization is null
    idle = await make_user("viewer", capacity_hours=Decimal(0))
    r = await client.get(
        f"/users/{idle.id}/workload?week_from=2025-03-03&week_to=2025-03-03", headers=auth(idle)
    )
    assert r.status_code == 200, r.text
    assert r.json()["weeks"] == [
        {"week_of": "2025-03-03", "hours_allocated": 0, "actual_hours": 0, "utilization": None}
    ]


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("member", 200),
        ("colleague", 403),
        ("viewer", 403),
        ("manager", 200),
        ("other_manager", 200),
        ("admin", 200),
    ],
)
async def test_user_workload_permissions(
    client: httpx.AsyncClient, world: World, who: str, expected: int
) -> None:
    r = await client.get(f"/users/{world.member.id}/workload", headers=auth(getattr(world, who)))
    if expected == 200:
        assert r.status_code == 200, r.text
    else:
        assert_error(r, expected)
    assert_error(await client.get(f"/users/{uuid4()}/workload", headers=auth(world.admin)), 404)


async def test_team_workload_totals(client: httpx.AsyncClient, world: World, make_team: Any) -> None:
    logged = [
        (world.member, MONDAY, 30, 28),
        (world.member, W2, 10, 10),
        (world.colleague, MONDAY, 20, 25),
        (world.member_b, MONDAY, 99, 99),  # team B
    ]
    for user, week, hours, actual in logged:
        r = await log(client, world.admin, week, hours, actual_hours=actual, user_id=str(user.id))
        assert r.status_code == 201, r.text
    r = await client.get(
        f"/teams/{world.team_a}/workload?week_from=2025-03-03&week_to=2025-03-10", headers=auth(world.manager)
    )
    assert r.status_code == 200, r.text
    body = r.json()
    capacity = 40 + 30  # active members only (the inactive one is left out)
    assert (body["team_id"], body["capacity_hours"], body["week_from"], body["week_to"]) == (
        str(world.team_a),
        capacity,
        "2025-03-03",
        "2025-03-10",
    )
    assert [m["full_name"] for m in body["members"]] == ["Adam Colleague", "Zoe Member"]  # by full_name
    weeks = [(w["week_of"], w["hours_allocated"], w["actual_hours"]) for w in body["weeks"]]
    assert weeks == [("2025-03-03", 50, 53), ("2025-03-10", 10, 10)]
    assert [w["utilization"] for w in body["weeks"]] == pytest.approx([50 / capacity, 10 / capacity])
    colleague, member = body["members"]
    assert colleague["capacity_hours"] == 30
    assert [w["utilization"] for w in colleague["weeks"]] == pytest.approx([20 / 30, 0])
    assert [w["hours_allocated"] for w in member["weeks"]] == [30, 10]
    # a team without members: zeros and no utilization
    empty = (await make_team()).id
    r = await client.get(
        f"/teams/{empty}/workload?week_from=2025-03-03&week_to=2025-03-03", headers=auth(world.admin)
    )
    assert r.json()["members"] == [] and r.json()["capacity_hours"] == 0
    assert r.json()["weeks"] == [
        {"week_of": "2025-03-03", "hours_allocated": 0, "actual_hours": 0, "utilization": None}
    ]


@pytest.mark.parametrize(
    ("who", "team", "expected"),
    [
        ("manager", "team_a", 200),
        ("lead", "team_b", 200),
        ("lead", "team_a", 403),
        ("other_manager", "team_a", 403),
        ("admin", "team_b", 200),
        ("member", "team_a", 403),
        ("analyst_lead", "team_b", 403),
    ],
)
async def test_team_workload_permissions(
    client: httpx.AsyncClient, world: World, who: str, team: str, expected: int
) -> None:
    r = await client.get(f"/teams/{getattr(world, team)}/workload", headers=auth(getattr(world, who)))
    if expected == 200:
        assert r.status_code == 200, r.text
        assert len(r.json()["weeks"]) == 8
    else:
        assert_error(r, expected)


async def test_team_workload_404_and_422(client: httpx.AsyncClient, world: World) -> None:
    assert_error(await client.get(f"/teams/{uuid4()}/workload", headers=auth(world.admin)), 404)
    assert_error(
        await client.get(
            f"/teams/{world.team_a}/workload?week_from=2025-03-10&week_to=2025-03-03",
            headers=auth(world.admin),
        ),
        422,
    )
    assert_error(
        await client.get(
            f"/teams/{world.team_a}/workload?week_from=2024-01-01&week_to=2025-03-03",
            headers=auth(world.admin),
        ),
        422,
    )
