"""Action items: per-initiative CRUD, the list across initiatives, filters, overdue, completed_at,
the owner rule, permissions (incl. the assignee's own item) and ETags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import httpx
import pytest
from sqlalchemy import func, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import ActionItem, ExternalStakeholder, InitiativeStakeholder, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

TODAY = datetime.now(UTC).date()
PAST = TODAY - timedelta(days=10)
FUTURE = TODAY + timedelta(days=10)


@dataclass
class World:
    admin: User
    manager: User  # manages the team
    member: User  # analyst, member of the team
    outsider: User  # analyst on nothing
    other_manager: User  # manages another team
    viewer: User
    team_id: UUID
    initiative: dict[str, Any]  # dmaic, of the team

    @property
    def ini(self) -> str:
        return str(self.initiative["id"])


async def _new_initiative(client: httpx.AsyncClient, admin: User, **body: Any) -> dict[str, Any]:
    r = await client.post(
        "/initiatives", json={"title": "Actions test initiative", **body}, headers=auth(admin)
    )
    assert r.status_code == 201, r.text
    return dict(r.json())


@pytest.fixture
async def world(client: httpx.AsyncClient, make_user: MakeUser, make_team: Any) -> World:
    admin = await make_user("admin")
    manager = await make_user("manager")
    member = await make_user("analyst", full_name="Member Analyst")
    other_manager = await make_user("manager")
    team = await make_team(members=[(member, "member")], manager_id=manager.id)
    await make_team(manager_id=other_manager.id)
    initiative = await _new_initiative(client, admin, team_id=str(team.id), methodology="dmaic")
    return World(
        admin=admin,
        manager=manager,
        member=member,
        outsider=await make_user("analyst"),
        other_manager=other_manager,
        viewer=await make_user("viewer"),
        team_id=team.id,
        initiative=initiative,
    )


async def _create(client: httpx.AsyncClient, ini: str, user: User, **body: Any) -> dict[str, Any]:
    r = await client.post(f"/initiatives/{ini}/actions", json={"title": "Do it", **body}, headers=auth(user))
    assert r.status_code == 201, r.text
    return dict(r.json())


async def _row(db: AsyncSession, action_id: str) -> dict[str, Any] | None:
    result = await db.execute(text("SELECT * FROM action_items WHERE id = :id"), {"id": action_id})
    row = result.mappings().one_or_none()
    return dict(row) if row else None


async def _audit(db: AsyncSession, entity_id: str) -> list[dict[str, Any]]:
    result = await db.execute(
        text("SELECT * FROM audit_events WHERE entity_id = :id ORDER BY occurred_at, id"), {"id": entity_id}
    )
    return [dict(r) for r in result.mappings().all()]


async def _touch(db: AsyncSession, action_id: str) -> None:
    """Another writer changes the row (a new updated_at), so ETags read before are stale."""
    await db.execute(
        update(ActionItem)
        .where(ActionItem.id == UUID(action_id))  # type: ignore[arg-type]
        .values(updated_at=func.clock_timestamp() + timedelta(seconds=1))
    )
    await db.commit()


# --- create ----------------------------------------------------------------------------------------


async def test_create_returns_the_item_with_computed_fields_location_etag_and_audit(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    r = await client.post(
        f"/initiatives/{world.initiative['initiative_number']}/actions",
        json={
            "title": "Validate the export",
            "description": "Check timestamps",
            "phase": "measure",
            "classification": "risk",
            "assigned_to": str(world.member.id),
            "priority": "high",
            "due_date": FUTURE.isoformat(),
        },
        headers=auth(world.member),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/actions/{body['id']}"
    assert r.headers["etag"]
    assert body["initiative_id"] == world.ini
    assert body["initiative_number"] == world.initiative["initiative_number"]
    assert body["phase_name"] == "measure"
    assert body["classification"] == "risk"
    assert body["status"] == "not_started"
    assert body["source"] == "manual"
    assert body["completed_at"] is None
    assert body["overdue"] is False
    row = await _row(db, body["id"])
    assert row is not None
    phase_id = (
        await db.execute(
            text("SELECT id FROM phases WHERE initiative_id = :i AND phase_name = 'measure'"),
            {"i": world.ini},
        )
    ).scalar_one()
    assert row["phase_id"] == phase_id and body["phase_id"] == str(phase_id)
    assert row["assigned_to"] == world.member.id
    assert row["due_date"] == FUTURE
    events = await _audit(db, body["id"])
    assert [(e["entity_type"], e["action"], str(e["initiative_id"])) for e in events] == [
        ("action_item", "create", world.ini)
    ]
    assert events[0]["actor_id"] == world.member.id
    assert events[0]["changes"]["title"] == [None, "Validate the export"]
    get = await client.get(f"/actions/{body['id']}", headers=auth(world.viewer))
    assert get.status_code == 200
    assert get.json() == body
    assert get.headers["etag"] == r.headers["etag"]


async def test_create_as_completed_sets_completed_at(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    body = await _create(client, world.ini, world.member, status="completed", due_date=PAST.isoformat())
    assert body["completed_at"] is not None
    assert body["overdue"] is False  # completed items are never overdue
    row = await _row(db, body["id"])
    assert row is not None and row["completed_at"] is not None


async def test_create_needs_a_token(client: httpx.AsyncClient, world: World) -> None:
    r = await client.post(f"/initiatives/{world.ini}/actions", json={"title": "x"})
    assert_error(r, 401)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("viewer", 403),
        ("outsider", 403),
        ("other_manager", 403),
        ("member", 201),
        ("manager", 201),
        ("admin", 201),
    ],
)
async def test_create_permissions_per_role(
    client: httpx.AsyncClient, db: AsyncSession, world: World, who: str, expected: int
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/actions", json={"title": f"by {who}"}, headers=auth(getattr(world, who))
    )
    if expected == 201:
        assert r.status_code == 201, r.text
    else:
        assert_error(r, expected)
    count = (
        await db.execute(text("SELECT count(*) FROM action_items WHERE title = :t"), {"t": f"by {who}"})
    ).scalar_one()
    assert count == (1 if expected == 201 else 0)


async def test_lead_analyst_and_stakeholder_may_create(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    lead = await make_user("analyst")
    stakeholder = await make_user("analyst")
    ini = await _new_initiative(client, world.admin, lead_analyst_id=str(lead.id))
    db.add(InitiativeStakeholder(initiative_id=UUID(ini["id"]), user_id=stakeholder.id, role="sme"))
    await db.commit()
    await _create(client, ini["id"], lead)
    await _create(client, ini["id"], stakeholder)
    r = await client.post(
        f"/initiatives/{ini['id']}/actions", json={"title": "x"}, headers=auth(world.member)
    )
    assert_error(r, 403)


async def test_create_on_a_missing_or_deleted_initiative_is_404(
    client: httpx.AsyncClient, world: World
) -> None:
    r = await client.post("/initiatives/INI-99999/actions", json={"title": "x"}, headers=auth(world.admin))
    assert_error(r, 404)
    r = await client.delete(f"/initiatives/{world.ini}", headers=auth(world.admin))
    assert r.status_code == 204
    for user in (world.admin, world.outsider):  # 404 before any permission check
        r = await client.post(f"/initiatives/{world.ini}/actions", json={"title": "x"}, headers=auth(user))
        assert_error(r, 404)


async def test_owner_rule_at_most_one_owner(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    ext = ExternalStakeholder(initiative_id=UUID(world.ini), name="Dana Ortiz")
    db.add(ext)
    await db.commit()
    for body in (
        {"assigned_to": str(world.member.id), "owner_name": "Someone"},
        {"assigned_to": str(world.member.id), "external_stakeholder_id": str(ext.id)},
        {"external_stakeholder_id": str(ext.id), "owner_name": "Someone"},
    ):
        r = await client.post(
            f"/initiatives/{world.ini}/actions",
            json={"title": "two owners", **body},
            headers=auth(world.admin),
        )
        fields = assert_error(r, 422)["fields"]
        assert {f["loc"][-1] for f in fields} == set(body)
    # One owner of each kind is fine; nulls do not count.
    for body in (
        {"assigned_to": str(world.member.id), "owner_name": None},
        {"external_stakeholder_id": str(ext.id)},
        {"owner_name": "Someone outside"},
    ):
        created = await _create(client, world.ini, world.admin, **body)
        for key, value in body.items():
            assert created[key] == value
    count = (
        await db.execute(text("SELECT count(*) FROM action_items WHERE title = 'two owners'"))
    ).scalar_one()
    assert count == 0


async def test_referenced_rows_must_exist_and_belong_to_the_initiative(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    inactive = await make_user("analyst", is_active=False)
    other = await _new_initiative(client, world.admin)
    foreign = ExternalStakeholder(initiative_id=UUID(other["id"]), name="Elsewhere")
    db.add(foreign)
    await db.commit()
    cases = [
        ({"assigned_to": "00000000-0000-4000-8000-000000000000"}, "assigned_to"),
        ({"assigned_to": str(inactive.id)}, "assigned_to"),
        ({"external_stakeholder_id": str(foreign.id)}, "external_stakeholder_id"),
        ({"external_stakeholder_id": "00000000-0000-4000-8000-000000000000"}, "external_stakeholder_id"),
        ({"phase": "plan"}, "phase"),  # a PDSA phase, not one of this DMAIC initiative
        ({"phase": "nonsense"}, "phase"),
        ({"title": ""}, "title"),
        ({"priority": "urgent"}, "priority"),
        ({"completed_at": "2026-01-01T00:00:00Z"}, None),  # server-owned
        ({"due_date": "2026-02-30"}, "due_date"),
    ]
    for body, field in cases:
        r = await client.post(
            f"/initiatives/{world.ini}/actions", json={"title": "bad", **body}, headers=auth(world.admin)
        )
        assert_error(r, 422, field=field)
    r = await client.post(f"/initiatives/{world.ini}/actions", json={}, headers=auth(world.admin))
    assert_error(r, 422)
    count = (await db.execute(text("SELECT count(*) FROM action_items WHERE title = 'bad'"))).scalar_one()
    assert count == 0


# --- get -------------------------------------------------------------------------------------------


async def test_get_computes_overdue(client: httpx.AsyncClient, world: World) -> None:
    cases = [
        ({"due_date": PAST.isoformat()}, True),
        ({"due_date": PAST.isoformat(), "status": "blocked"}, True),
        ({"due_date": PAST.isoformat(), "status": "completed"}, False),
        ({"due_date": PAST.isoformat(), "status": "cancelled"}, False),
        ({"due_date": TODAY.isoformat()}, False),
        ({"due_date": FUTURE.isoformat()}, False),
        ({}, False),
    ]
    for body, overdue in cases:
        created = await _create(client, world.ini, world.member, **body)
        assert created["overdue"] is overdue, body
        r = await client.get(f"/actions/{created['id']}", headers=auth(world.viewer))
        assert r.status_code == 200
        assert r.json()["overdue"] is overdue, body


async def test_get_missing_or_of_a_deleted_initiative_is_404(client: httpx.AsyncClient, world: World) -> None:
    r = await client.get("/actions/00000000-0000-4000-8000-000000000000", headers=auth(world.viewer))
    assert_error(r, 404)
    created = await _create(client, world.ini, world.member)
    assert (await client.get(f"/actions/{created['id']}")).status_code == 401
    assert (await client.delete(f"/initiatives/{world.ini}", headers=auth(world.admin))).status_code == 204
    assert_error(await client.get(f"/actions/{created['id']}", headers=auth(world.admin)), 404)
    r = await client.patch(f"/actions/{created['id']}", json={"title": "x"}, headers=auth(world.admin))
    assert_error(r, 404)
    assert_error(await client.delete(f"/actions/{created['id']}", headers=auth(world.admin)), 404)
    assert_error(await client.get("/actions/not-a-uuid", headers=auth(world.admin)), 422)


# --- update ----------------------------------------------------------------------------------------


async def test_completed_at_is_set_on_completion_and_cleared_on_leaving(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    created = await _create(client, world.ini, world.member, due_date=PAST.isoformat())
    assert created["overdue"] is True
    url = f"/actions/{created['id']}"
    r = await client.patch(url, json={"status": "completed"}, headers=auth(world.member))
    assert r.status_code == 200, r.text
    done = r.json()
    assert done["completed_at"] is not None and done["overdue"] is False
    row = await _row(db, created["id"])
    assert row is not None and row["completed_at"] is not None and row["status"] == "completed"
    stamp = row["completed_at"]
    # Other changes while completed keep the original completion time.
    r = await client.patch(url, json={"title": "Renamed", "status": "completed"}, headers=auth(world.member))
    assert r.status_code == 200
    assert (await _row(db, created["id"]))["completed_at"] == stamp  # type: ignore[index]
    r = await client.patch(url, json={"status": "in_progress"}, headers=auth(world.member))
    assert r.status_code == 200
    assert r.json()["completed_at"] is None and r.json()["overdue"] is True
    assert (await _row(db, created["id"]))["completed_at"] is None  # type: ignore[index]
    # (One test transaction: occurred_at is the same for all, so compare without order.)
    events = await _audit(db, created["id"])
    assert sorted(e["action"] for e in events) == ["create", "status_change", "status_change", "update"]
    reopened = [e["changes"] for e in events if e["changes"].get("status") == ["completed", "in_progress"]]
    assert len(reopened) == 1 and reopened[0]["completed_at"][1] is None
    assert {e["actor_id"] for e in events} == {world.member.id}


async def test_update_honours_if_match_and_returns_a_fresh_etag(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    created = await _create(client, world.ini, world.member)
    url = f"/actions/{created['id']}"
    etag = (await client.get(url, headers=auth(world.member))).headers["etag"]
    await _touch(db, created["id"])  # someone else wrote meanwhile
    r = await client.patch(
        url, json={"title": "Lost update"}, headers={**auth(world.member), "If-Match": etag}
    )
    assert_error(r, 412)
    assert (await _row(db, created["id"]))["title"] == "Do it"  # type: ignore[index]
    r = await client.delete(url, headers={**auth(world.member), "If-Match": etag})
    assert_error(r, 412)
    assert await _row(db, created["id"]) is not None
    current = (await client.get(url, headers=auth(world.member))).headers["etag"]
    assert current != etag
    r = await client.patch(url, json={"title": "Kept"}, headers={**auth(world.member), "If-Match": current})
    assert r.status_code == 200, r.text
    assert r.json()["title"] == "Kept"
    assert r.headers["etag"]
    r = await client.patch(url, json={"title": "Star"}, headers={**auth(world.member), "If-Match": "*"})
    assert r.status_code == 200


async def test_update_permissions_and_the_assignee_exception(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    assigned_viewer = await make_user("viewer")
    mine = await _create(client, world.ini, world.admin, assigned_to=str(world.outsider.id))
    theirs = await _create(client, world.ini, world.admin, assigned_to=str(world.member.id))
    by_viewer = await _create(client, world.ini, world.admin, assigned_to=str(assigned_viewer.id))
    # The assignee (analyst, not on the initiative) may update their own item...
    r = await client.patch(
        f"/actions/{mine['id']}", json={"status": "in_progress"}, headers=auth(world.outsider)
    )
    assert r.status_code == 200, r.text
    assert (await _row(db, mine["id"]))["status"] == "in_progress"  # type: ignore[index]
    # ...but not somebody else's, nor delete their own.
    r = await client.patch(
        f"/actions/{theirs['id']}", json={"status": "blocked"}, headers=auth(world.outsider)
    )
    assert_error(r, 403)
    assert_error(await client.delete(f"/actions/{mine['id']}", headers=auth(world.outsider)), 403)
    # A viewer assignee stays read-only; another team's manager has no say.
    r = await client.patch(f"/actions/{by_viewer['id']}", json={"title": "x"}, headers=auth(assigned_viewer))
    assert_error(r, 403)
    r = await client.patch(f"/actions/{theirs['id']}", json={"title": "x"}, headers=auth(world.other_manager))
    assert_error(r, 403)
    assert (await _row(db, theirs["id"]))["status"] == "not_started"  # type: ignore[index]
    for user in (world.member, world.manager, world.admin):
        r = await client.patch(f"/actions/{theirs['id']}", json={"priority": "low"}, headers=auth(user))
        assert r.status_code == 200, r.text
    assert_error(await client.patch(f"/actions/{theirs['id']}", json={"title": "x"}), 401)


async def test_update_keeps_the_owner_rule_and_references(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    created = await _create(client, world.ini, world.member, assigned_to=str(world.member.id))
    url = f"/actions/{created['id']}"
    r = await client.patch(url, json={"owner_name": "Outside Person"}, headers=auth(world.member))
    assert_error(r, 422, field="owner_name")
    r = await client.patch(
        url, json={"owner_name": "Outside Person", "assigned_to": None}, headers=auth(world.member)
    )
    assert r.status_code == 200, r.text
    assert r.json()["owner_name"] == "Outside Person" and r.json()["assigned_to"] is None
    inactive = await make_user("analyst", is_active=False)
    for body, field in (
        ({"owner_name": None, "assigned_to": str(inactive.id)}, "assigned_to"),
        ({"phase": "study"}, "phase"),
        ({"source": "ai_suggested"}, None),  # cannot change (an unknown field of ActionUpdate)
        ({"status": None}, "status"),
        ({"title": None}, "title"),
    ):
        r = await client.patch(url, json=body, headers=auth(world.member))
        assert_error(r, 422, field=field)
    assert_error(await client.patch(url, json={}, headers=auth(world.member)), 422)
    row = await _row(db, created["id"])
    assert row is not None and row["owner_name"] == "Outside Person" and row["assigned_to"] is None
    r = await client.patch(url, json={"phase": "control"}, headers=auth(world.member))
    assert r.status_code == 200 and r.json()["phase_name"] == "control"
    r = await client.patch(url, json={"phase": None}, headers=auth(world.member))
    assert r.status_code == 200 and r.json()["phase_name"] is None and r.json()["phase_id"] is None


async def test_delete_removes_the_item_and_keeps_the_audit_event(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    created = await _create(client, world.ini, world.member)
    url = f"/actions/{created['id']}"
    assert_error(await client.delete(url, headers=auth(world.viewer)), 403)
    assert_error(await client.delete(url, headers=auth(world.other_manager)), 403)
    etag = (await client.get(url, headers=auth(world.member))).headers["etag"]
    r = await client.delete(url, headers={**auth(world.manager), "If-Match": etag})
    assert r.status_code == 204 and r.content == b""
    assert await _row(db, created["id"]) is None
    assert sorted(e["action"] for e in await _audit(db, created["id"])) == ["create", "delete"]
    assert_error(await client.get(url, headers=auth(world.member)), 404)
    assert_error(await client.delete(url, headers=auth(world.member)), 404)


# --- lists -----------------------------------------------------------------------------------------


@pytest.fixture
async def listed(client: httpx.AsyncClient, db: AsyncSession, world: World) -> dict[str, str]:
    """A known set of items on the world's initiative; returns title → id."""
    ext = ExternalStakeholder(initiative_id=UUID(world.ini), name="Supplier Contact")
    db.add(ext)
    await db.commit()
    specs: list[dict[str, Any]] = [
        {"title": "Alpha pareto", "priority": "low", "status": "in_progress", "phase": "define",
         "due_date": PAST.isoformat(), "assigned_to": str(world.member.id)},
        {"title": "Bravo gage", "priority": "critical", "status": "completed", "phase": "measure",
         "due_date": PAST.isoformat(), "assigned_to": str(world.member.id), "classification": "blocker"},
        {"title": "Charlie risk", "priority": "high", "classification": "risk", "phase": "measure",
         "due_date": FUTURE.isoformat(), "assigned_to": str(world.manager.id)},
        {"title": "Delta vendor", "priority": "medium", "status": "blocked", "classification": "escalation",
         "due_date": (PAST - timedelta(days=5)).isoformat(), "owner_name": "Vendor Desk",
         "description": "Waiting on the WMS vendor"},
        {"title": "Echo decision", "priority": "critical", "classification": "decision_needed",
         "external_stakeholder_id": str(ext.id)},
        {"title": "Foxtrot cancelled", "priority": "high", "status": "cancelled",
         "due_date": PAST.isoformat(), "assigned_to": str(world.manager.id)},
    ]  # fmt: skip
    ids = {}
    for spec in specs:
        ids[spec["title"]] = (await _create(client, world.ini, world.member, **spec))["id"]
    return ids


async def _titles(client: httpx.AsyncClient, url: str, user: User) -> list[str]:
    r = await client.get(url, headers=auth(user))
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] == len(page["items"]), page  # all on one page here
    return [i["title"] for i in page["items"]]


async def test_initiative_list_filters(
    client: httpx.AsyncClient, world: World, listed: dict[str, str]
) -> None:
    base = f"/initiatives/{world.ini}/actions?page_size=100&sort=title&order=asc"
    me = world.member
    cases: list[tuple[str, list[str]]] = [
        ("", sorted(listed)),
        ("&status=blocked,cancelled", ["Delta vendor", "Foxtrot cancelled"]),
        ("&priority=critical", ["Bravo gage", "Echo decision"]),
        ("&classification=risk,escalation", ["Charlie risk", "Delta vendor"]),
        ("&phase=measure", ["Bravo gage", "Charlie risk"]),
        ("&phase=define,measure&priority=low,high", ["Alpha pareto", "Charlie risk"]),
        (f"&assigned_to={world.manager.id}", ["Charlie risk", "Foxtrot cancelled"]),
        ("&assigned_to=me", ["Alpha pareto", "Bravo gage"]),
        (
            f"&assigned_to=me,{world.manager.id}&status=completed,cancelled",
            ["Bravo gage", "Foxtrot cancelled"],
        ),
        ("&overdue=true", ["Alpha pareto", "Delta vendor"]),
        ("&overdue=false", ["Bravo gage", "Charlie risk", "Echo decision", "Foxtrot cancelled"]),
        ("&overdue=true&priority=low", ["Alpha pareto"]),
        (
            f"&due_from={PAST.isoformat()}",
            ["Alpha pareto", "Bravo gage", "Charlie risk", "Foxtrot cancelled"],
        ),
        (f"&due_to={PAST.isoformat()}", ["Alpha pareto", "Bravo gage", "Delta vendor", "Foxtrot cancelled"]),
        (f"&due_from={TODAY.isoformat()}&due_to={FUTURE.isoformat()}", ["Charlie risk"]),
        ("&q=VENDOR", ["Delta vendor"]),  # title, case-insensitive
        ("&q=wms", ["Delta vendor"]),  # description
        ("&q=desk", ["Delta vendor"]),  # owner_name
        ("&q=100%25", []),  # % is literal
        ("&q=r_sk", []),  # _ is literal
    ]
    for query, expected in cases:
        assert await _titles(client, base + query, me) == expected, query


async def test_initiative_list_sort_and_pagination(
    client: httpx.AsyncClient, world: World, listed: dict[str, str]
) -> None:
    base = f"/initiatives/{world.ini}/actions"
    by_priority = await _titles(client, f"{base}?sort=priority&order=desc&page_size=100", world.viewer)
    ranks = {"critical": 4, "high": 3, "medium": 2, "low": 1}
    r = await client.get(f"{base}?sort=priority&order=desc&page_size=100", headers=auth(world.viewer))
    priorities = [ranks[i["priority"]] for i in r.json()["items"]]
    assert priorities == sorted(priorities, reverse=True)
    assert by_priority[-1] == "Alpha pareto"
    r = await client.get(f"{base}?sort=priority&order=asc&page_size=100", headers=auth(world.viewer))
    assert r.json()["items"][0]["priority"] == "low"
    # Null due dates sort last in both directions.
    for order in ("asc", "desc"):
        r = await client.get(f"{base}?sort=due_date&order={order}&page_size=100", headers=auth(world.viewer))
        dues = [i["due_date"] for i in r.json()["items"]]
        assert dues[-1] is None and None not in dues[:-1]
        known = [d for d in dues if d]
        assert known == sorted(known, reverse=order == "desc")
    # Pages: 6 items, 4 per page.
    r1 = await client.get(f"{base}?sort=title&order=asc&page_size=4", headers=auth(world.viewer))
    r2 = await client.get(f"{base}?sort=title&order=asc&page_size=4&page=2", headers=auth(world.viewer))
    r3 = await client.get(f"{base}?sort=title&order=asc&page_size=4&page=3", headers=auth(world.viewer))
    p1, p2, p3 = r1.json(), r2.json(), r3.json()
    assert (p1["total"], p1["page"], p1["page_size"], p1["has_more"], len(p1["items"])) == (6, 1, 4, True, 4)
    assert (p2["total"], p2["has_more"], len(p2["items"])) == (6, False, 2)
    assert (p3["total"], p3["items"], p3["has_more"]) == (6, [], False)
    assert [i["title"] for i in p1["items"] + p2["items"]] == sorted(listed)
    item = p1["items"][0]
    assert item["initiative_number"] == world.initiative["initiative_number"]
    assert item["phase_name"] == "define" and item["overdue"] is True


async def test_list_rejects_bad_parameters(client: httpx.AsyncClient, world: World) -> None:
    for url in (
        "/actions?page_size=101",
        "/actions?page=0",
        "/actions?sort=owner",
        "/actions?order=up",
        "/actions?status=done",
        "/actions?assigned_to=you",
        "/actions?initiative_id=INI-0001",
        "/actions?due_from=yesterday",
        "/actions?overdue=maybe",
        f"/initiatives/{world.ini}/actions?phase=nonsense",
    ):
        assert_error(await client.get(url, headers=auth(world.viewer)), 422)
    assert_error(await client.get("/actions"), 401)
    assert_error(await client.get("/initiatives/INI-99999/actions", headers=auth(world.viewer)), 404)


async def _db_count(db: AsyncSession, where: str = "TRUE", **params: Any) -> int:
    sql = (
        "SELECT count(*) FROM action_items a JOIN initiatives i ON i.id = a.initiative_id "
        f"WHERE i.deleted_at IS NULL AND ({where})"
    )
    return int((await db.execute(text(sql), params)).scalar_one())


OVERDUE_SQL = "a.due_date < :today AND a.status NOT IN ('completed', 'cancelled')"


async def test_global_list_totals_match_the_database(
    client: httpx.AsyncClient, db: AsyncSession, world: World, listed: dict[str, str]
) -> None:
    deleted = await _new_initiative(client, world.admin, team_id=str(world.team_id))
    gone = await _create(
        client, deleted["id"], world.admin, title="Of a deleted initiative", due_date=PAST.isoformat()
    )
    assert (
        await client.delete(f"/initiatives/{deleted['id']}", headers=auth(world.admin))
    ).status_code == 204
    assert await _db_count(db) >= 10  # the seeded sample plus ours

    async def total(query: str) -> int:
        r = await client.get(f"/actions?page_size=5{query}", headers=auth(world.viewer))
        assert r.status_code == 200, r.text
        page = r.json()
        assert page["has_more"] == (page["total"] > 5)
        return int(page["total"])

    assert await total("") == await _db_count(db)
    assert await total("&overdue=true") == await _db_count(db, OVERDUE_SQL, today=TODAY)
    assert await total("&overdue=false") == await _db_count(
        db, f"NOT ({OVERDUE_SQL}) OR a.due_date IS NULL", today=TODAY
    )
    assert await total("&status=in_progress,blocked") == await _db_count(
        db, "a.status IN ('in_progress', 'blocked')"
    )
    assert await total("&priority=high&classification=action_item") == await _db_count(
        db, "a.priority = 'high' AND a.classification = 'action_item'"
    )
    assert (
        await total(f"&team_id={world.team_id}")
        == await _db_count(db, "i.team_id = :t", t=world.team_id)
        == 6
    )
    assert await total(f"&initiative_id={world.ini}") == 6
    assert await total(f"&assigned_to={world.member.id}") == 2
    # The deleted initiative's item never appears, even when asked for by id.
    assert await total(f"&initiative_id={deleted['id']}") == 0
    r = await client.get("/actions?page_size=100&q=deleted initiative", headers=auth(world.viewer))
    assert gone["id"] not in [i["id"] for i in r.json()["items"]]
    # Seeded team of a seeded initiative: the filter keeps exactly that team's items.
    seeded_team = (
        await db.execute(
            text(
                "SELECT i.team_id FROM action_items a JOIN initiatives i ON i.id = a.initiative_id "
                "WHERE i.team_id IS NOT NULL AND i.team_id <> :t LIMIT 1"
            ),
            {"t": world.team_id},
        )
    ).scalar_one()
    assert await total(f"&team_id={seeded_team}") == await _db_count(db, "i.team_id = :t", t=seeded_team) > 0
    assert (
        await total(f"&team_id={seeded_team},{world.team_id}")
        == await _db_count(db, "i.team_id = :t", t=seeded_team) + 6
    )


async def test_global_list_assigned_to_me_and_due_range(
    client: httpx.AsyncClient, db: AsyncSession, world: World, listed: dict[str, str]
) -> None:
    r = await client.get("/actions?assigned_to=me&sort=title&order=asc", headers=auth(world.manager))
    assert [i["title"] for i in r.json()["items"]] == ["Charlie risk", "Foxtrot cancelled"]
    assert all(i["assigned_to"] == str(world.manager.id) for i in r.json()["items"])
    r = await client.get("/actions?assigned_to=me", headers=auth(world.viewer))
    assert r.json()["total"] == 0
    r = await client.get(
        f"/actions?due_from={PAST.isoformat()}&due_to={PAST.isoformat()}&team_id={world.team_id}"
        "&sort=title&order=desc&page_size=2",
        headers=auth(world.viewer),
    )
    page = r.json()
    assert page["total"] == 3 and page["has_more"] is True
    assert [i["title"] for i in page["items"]] == ["Foxtrot cancelled", "Bravo gage"]
    expected = await _db_count(db, "a.due_date BETWEEN :a AND :b", a=PAST, b=FUTURE)
    r = await client.get(
        f"/actions?due_from={PAST.isoformat()}&due_to={FUTURE.isoformat()}", headers=auth(world.viewer)
    )
    assert r.json()["total"] == expected
    # An action of the seeded sample: its answer names its initiative and phase.
    seeded = (
        await db.execute(
            text(
                "SELECT a.id, i.initiative_number, p.phase_name FROM action_items a "
                "JOIN initiatives i ON i.id = a.initiative_id JOIN phases p ON p.id = a.phase_id "
                "WHERE i.deleted_at IS NULL LIMIT 1"
            )
        )
    ).one()
    body = (await client.get(f"/actions/{seeded[0]}", headers=auth(world.viewer))).json()
    assert (body["initiative_number"], body["phase_name"]) == (seeded[1], seeded[2])
