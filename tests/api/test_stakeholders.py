"""Stakeholders (users in a role, unique per user and role) and external stakeholders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID

import httpx
import pytest
from sqlalchemy import func, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import ExternalStakeholder, InitiativeStakeholder, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error


@dataclass
class World:
    admin: User
    manager: User  # manages the team
    member: User  # analyst of the team
    outsider: User  # analyst on nothing
    other_manager: User
    viewer: User
    initiative: dict[str, Any]

    @property
    def ini(self) -> str:
        return str(self.initiative["id"])


async def _new_initiative(client: httpx.AsyncClient, admin: User, **body: Any) -> dict[str, Any]:
    r = await client.post("/initiatives", json={"title": "Stakeholder test", **body}, headers=auth(admin))
    assert r.status_code == 201, r.text
    return dict(r.json())


@pytest.fixture
async def world(client: httpx.AsyncClient, make_user: MakeUser, make_team: Any) -> World:
    admin = await make_user("admin")
    manager = await make_user("manager")
    member = await make_user("analyst")
    other_manager = await make_user("manager")
    team = await make_team(members=[(member, "member")], manager_id=manager.id)
    await make_team(manager_id=other_manager.id)
    return World(
        admin=admin,
        manager=manager,
        member=member,
        outsider=await make_user("analyst"),
        other_manager=other_manager,
        viewer=await make_user("viewer"),
        initiative=await _new_initiative(client, admin, team_id=str(team.id)),
    )


async def _rows(db: AsyncSession, table: str, where: str, **params: Any) -> list[dict[str, Any]]:
    result = await db.execute(text(f"SELECT * FROM {table} WHERE {where}"), params)
    return [dict(r) for r in result.mappings().all()]


async def _audit(db: AsyncSession, entity_id: Any) -> list[dict[str, Any]]:
    return await _rows(db, "audit_events", "entity_id = :id", id=str(entity_id))


async def _add(client: httpx.AsyncClient, ini: str, user: User, **body: Any) -> dict[str, Any]:
    r = await client.post(f"/initiatives/{ini}/stakeholders", json=body, headers=auth(user))
    assert r.status_code == 201, r.text
    return dict(r.json())


# --- internal stakeholders -------------------------------------------------------------------------


async def test_add_stakeholder_returns_user_details_location_etag_and_audit(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    person = await make_user("viewer", full_name="Helen Sponsor", email="helen.sponsor@example.com")
    r = await client.post(
        f"/initiatives/{world.initiative['initiative_number']}/stakeholders",
        json={"user_id": str(person.id), "role": "sponsor", "raci": "accountable", "influence": "high"},
        headers=auth(world.member),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/initiatives/{world.ini}/stakeholders/{body['id']}"
    assert r.headers["etag"]
    assert body["initiative_id"] == world.ini
    assert (body["full_name"], body["email"], body["role"], body["raci"]) == (
        "Helen Sponsor",
        "helen.sponsor@example.com",
        "sponsor",
        "accountable",
    )
    assert body["support_level"] is None and body["added_at"]
    rows = await _rows(db, "initiative_stakeholders", "id = :id", id=body["id"])
    assert rows and rows[0]["user_id"] == person.id and rows[0]["influence"] == "high"
    # A stakeholder role does not change the initiative's own sponsor.
    ini = (await client.get(f"/initiatives/{world.ini}", headers=auth(world.viewer))).json()
    assert ini["sponsor_id"] is None
    events = await _audit(db, body["id"])
    assert [(e["entity_type"], e["action"], str(e["initiative_id"])) for e in events] == [
        ("initiative_stakeholder", "create", world.ini)
    ]


async def test_same_user_and_role_twice_is_409_other_roles_are_fine(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    person = await make_user("analyst")
    await _add(client, world.ini, world.admin, user_id=str(person.id), role="sme")
    r = await client.post(
        f"/initiatives/{world.ini}/stakeholders",
        json={"user_id": str(person.id), "role": "sme", "raci": "informed"},
        headers=auth(world.admin),
    )
    assert_error(r, 409)
    await _add(client, world.ini, world.admin, user_id=str(person.id), role="contributor")
    other = await _new_initiative(client, world.admin)
    await _add(client, other["id"], world.admin, user_id=str(person.id), role="sme")
    rows = await _rows(db, "initiative_stakeholders", "user_id = :u", u=person.id)
    assert sorted((str(r["initiative_id"]), r["role"]) for r in rows) == sorted(
        [(world.ini, "sme"), (world.ini, "contributor"), (other["id"], "sme")]
    )


async def test_add_validates_the_user_and_body(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    inactive = await make_user("analyst", is_active=False)
    cases = [
        ({"user_id": "00000000-0000-4000-8000-000000000000", "role": "sme"}, "user_id"),
        ({"user_id": str(inactive.id), "role": "sme"}, "user_id"),
        ({"user_id": str(world.member.id), "role": "boss"}, "role"),
        ({"user_id": str(world.member.id)}, None),
        ({"user_id": str(world.member.id), "role": "sme", "influence": "huge"}, "influence"),
        ({"user_id": str(world.member.id), "role": "sme", "added_at": "2026-01-01T00:00:00Z"}, None),
    ]
    for body, field in cases:
        r = await client.post(f"/initiatives/{world.ini}/stakeholders", json=body, headers=auth(world.admin))
        assert_error(r, 422, field=field)
    assert await _rows(db, "initiative_stakeholders", "initiative_id = :i", i=world.ini) == []


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
async def test_add_permissions_per_role(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser, who: str, expected: int
) -> None:
    person = await make_user("analyst")
    r = await client.post(
        f"/initiatives/{world.ini}/stakeholders",
        json={"user_id": str(person.id), "role": "informed"},
        headers=auth(getattr(world, who)),
    )
    if expected == 201:
        assert r.status_code == 201, r.text
    else:
        assert_error(r, expected)
    rows = await _rows(db, "initiative_stakeholders", "user_id = :u", u=person.id)
    assert len(rows) == (1 if expected == 201 else 0)


async def test_becoming_a_stakeholder_grants_write_access(client: httpx.AsyncClient, world: World) -> None:
    url = f"/initiatives/{world.ini}/external-stakeholders"
    assert_error(await client.post(url, json={"name": "X"}, headers=auth(world.outsider)), 403)
    await _add(client, world.ini, world.member, user_id=str(world.outsider.id), role="contributor")
    r = await client.post(url, json={"name": "X"}, headers=auth(world.outsider))
    assert r.status_code == 201, r.text


async def test_stakeholder_endpoints_404_and_401(client: httpx.AsyncClient, world: World) -> None:
    body = {"user_id": str(world.member.id), "role": "sme"}
    assert_error(await client.post(f"/initiatives/{world.ini}/stakeholders", json=body), 401)
    assert_error(await client.get(f"/initiatives/{world.ini}/stakeholders"), 401)
    for ini in ("INI-99999", "00000000-0000-4000-8000-000000000000"):
        assert_error(await client.get(f"/initiatives/{ini}/stakeholders", headers=auth(world.viewer)), 404)
        r = await client.post(f"/initiatives/{ini}/stakeholders", json=body, headers=auth(world.admin))
        assert_error(r, 404)
    added = await _add(client, world.ini, world.admin, **body)
    assert (await client.delete(f"/initiatives/{world.ini}", headers=auth(world.admin))).status_code == 204
    for user in (world.admin, world.outsider):  # deleted: 404 before permissions
        url = f"/initiatives/{world.ini}/stakeholders"
        assert_error(await client.get(url, headers=auth(user)), 404)
        assert_error(await client.post(url, json=body, headers=auth(user)), 404)
        r = await client.patch(f"{url}/{added['id']}", json={"raci": "informed"}, headers=auth(user))
        assert_error(r, 404)
        assert_error(await client.delete(f"{url}/{added['id']}", headers=auth(user)), 404)


async def test_patch_and_delete_are_scoped_to_the_initiative_of_the_path(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    other = await _new_initiative(client, world.admin)
    foreign = await _add(client, other["id"], world.admin, user_id=str(world.member.id), role="sme")
    url = f"/initiatives/{world.ini}/stakeholders/{foreign['id']}"
    assert_error(await client.patch(url, json={"raci": "informed"}, headers=auth(world.admin)), 404)
    assert_error(await client.delete(url, headers=auth(world.admin)), 404)
    rows = await _rows(db, "initiative_stakeholders", "id = :id", id=foreign["id"])
    assert rows and rows[0]["raci"] is None
    missing = f"/initiatives/{world.ini}/stakeholders/00000000-0000-4000-8000-000000000000"
    assert_error(await client.patch(missing, json={"raci": "informed"}, headers=auth(world.admin)), 404)


async def test_update_stakeholder(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    person = await make_user("analyst")
    a = await _add(client, world.ini, world.member, user_id=str(person.id), role="sme")
    await _add(client, world.ini, world.member, user_id=str(person.id), role="coach")
    url = f"/initiatives/{world.ini}/stakeholders/{a['id']}"
    r = await client.patch(url, json={"role": "coach"}, headers=auth(world.member))
    assert_error(r, 409)  # the same user already holds that role here
    assert_error(
        await client.patch(url, json={"user_id": str(world.member.id)}, headers=auth(world.member)), 422
    )
    assert_error(await client.patch(url, json={}, headers=auth(world.member)), 422)
    assert_error(await client.patch(url, json={"raci": "informed"}, headers=auth(world.outsider)), 403)
    assert_error(await client.patch(url, json={"raci": "informed"}, headers=auth(world.viewer)), 403)
    r = await client.patch(
        url, json={"role": "gate_reviewer", "support_level": "strongly_supportive", "raci": None},
        headers=auth(world.manager),
    )  # fmt: skip
    assert r.status_code == 200, r.text
    assert r.headers["etag"]
    body = r.json()
    assert (body["role"], body["support_level"], body["user_id"]) == (
        "gate_reviewer",
        "strongly_supportive",
        str(person.id),
    )
    row = (await _rows(db, "initiative_stakeholders", "id = :id", id=a["id"]))[0]
    assert (row["role"], row["support_level"]) == ("gate_reviewer", "strongly_supportive")
    events = [e for e in await _audit(db, a["id"]) if e["action"] == "update"]
    assert len(events) == 1 and events[0]["changes"]["role"] == ["sme", "gate_reviewer"]
    assert "raci" not in events[0]["changes"]  # it was null already


async def test_stakeholder_if_match(client: httpx.AsyncClient, db: AsyncSession, world: World) -> None:
    a = await _add(client, world.ini, world.admin, user_id=str(world.member.id), role="sme")
    url = f"/initiatives/{world.ini}/stakeholders/{a['id']}"
    await db.execute(
        update(InitiativeStakeholder)
        .where(InitiativeStakeholder.id == UUID(a["id"]))  # type: ignore[arg-type]
        .values(updated_at=func.clock_timestamp() + timedelta(seconds=1))
    )
    await db.commit()
    stale = {**auth(world.admin), "If-Match": '"stale"'}
    assert_error(await client.patch(url, json={"raci": "informed"}, headers=stale), 412)
    assert_error(await client.delete(url, headers=stale), 412)
    fresh = (await client.patch(url, json={"raci": "consulted"}, headers=auth(world.admin))).headers["etag"]
    r = await client.delete(url, headers={**auth(world.admin), "If-Match": fresh})
    assert r.status_code == 204


async def test_remove_stakeholder_removes_one_role_only(
    client: httpx.AsyncClient, db: AsyncSession, world: World, make_user: MakeUser
) -> None:
    person = await make_user("analyst")
    a = await _add(client, world.ini, world.member, user_id=str(person.id), role="sme")
    b = await _add(client, world.ini, world.member, user_id=str(person.id), role="coach")
    url = f"/initiatives/{world.ini}/stakeholders/{a['id']}"
    assert_error(await client.delete(url, headers=auth(world.outsider)), 403)
    r = await client.delete(url, headers=auth(world.member))
    assert r.status_code == 204 and r.content == b""
    rows = await _rows(db, "initiative_stakeholders", "user_id = :u", u=person.id)
    assert [str(r["id"]) for r in rows] == [b["id"]]
    assert sorted(e["action"] for e in await _audit(db, a["id"])) == ["create", "delete"]
    assert_error(await client.delete(url, headers=auth(world.member)), 404)


async def test_list_stakeholders_filters_sort_and_pages(
    client: httpx.AsyncClient, world: World, make_user: MakeUser
) -> None:
    anna = await make_user("analyst", full_name="Anna Able", email="anna@example.com")
    bob = await make_user("viewer", full_name="bob Baker", email="bob.baker@example.org")
    cara = await make_user("manager", full_name="Cara Cole", email="cara@example.com")
    for user, role, influence, support in (
        (anna, "sponsor", "high", "strongly_supportive"),
        (anna, "sme", "low", "neutral"),
        (bob, "contributor", "medium", "against"),
        (cara, "gate_reviewer", None, "supportive"),
    ):
        await _add(
            client,
            world.ini,
            world.admin,
            user_id=str(user.id),
            role=role,
            influence=influence,
            support_level=support,
        )
    base = f"/initiatives/{world.ini}/stakeholders"

    async def rows(query: str) -> list[tuple[str, str]]:
        r = await client.get(f"{base}?page_size=100{query}", headers=auth(world.viewer))
        assert r.status_code == 200, r.text
        page = r.json()
        assert page["total"] == len(page["items"])
        return [(i["full_name"], i["role"]) for i in page["items"]]

    assert await rows("&sort=full_name&order=asc&role=sponsor,contributor") == [
        ("Anna Able", "sponsor"),
        ("bob Baker", "contributor"),
    ]
    assert await rows(f"&user_id={anna.id}&sort=role&order=asc") == [
        ("Anna Able", "sme"),
        ("Anna Able", "sponsor"),
    ]
    assert await rows("&q=EXAMPLE.ORG") == [("bob Baker", "contributor")]
    assert await rows("&q=cole") == [("Cara Cole", "gate_reviewer")]
    assert await rows("&influence=high,medium&sort=influence&order=desc") == [
        ("Anna Able", "sponsor"),
        ("bob Baker", "contributor"),
    ]
    assert await rows("&sort=influence&order=asc") == [
        ("Anna Able", "sme"),
        ("bob Baker", "contributor"),
        ("Anna Able", "sponsor"),
        ("Cara Cole", "gate_reviewer"),  # null last
    ]
    assert [r[1] for r in await rows("&sort=support_level&order=desc")] == [
        "sponsor",
        "gate_reviewer",
        "sme",
        "contributor",
    ]
    assert await rows("&support_level=against&influence=medium") == [("bob Baker", "contributor")]
    assert await rows("&support_level=against&influence=high") == []
    r = await client.get(f"{base}?sort=full_name&order=desc&page_size=3&page=2", headers=auth(world.viewer))
    page = r.json()
    assert (page["total"], page["page"], page["has_more"]) == (4, 2, False)
    assert [i["full_name"] for i in page["items"]] == ["Anna Able"]
    r = await client.get(f"{base}?sort=full_name&order=desc&page_size=3", headers=auth(world.viewer))
    assert r.json()["has_more"] is True and r.json()["items"][0]["full_name"] == "Cara Cole"
    for bad in ("?role=boss", "?sort=email", "?page_size=0", "?user_id=me"):
        assert_error(await client.get(base + bad, headers=auth(world.viewer)), 422)


async def test_seeded_stakeholders_are_listed_with_db_totals(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User
) -> None:
    ini_id, expected = (
        await db.execute(
            text(
                "SELECT s.initiative_id, count(*) FROM initiative_stakeholders s GROUP BY s.initiative_id "
                "ORDER BY count(*) DESC LIMIT 1"
            )
        )
    ).one()
    r = await client.get(f"/initiatives/{ini_id}/stakeholders?page_size=2", headers=auth(viewer))
    assert r.status_code == 200
    assert r.json()["total"] == expected > 2 and r.json()["has_more"] is True


# --- external stakeholders -------------------------------------------------------------------------


async def _add_external(client: httpx.AsyncClient, ini: str, user: User, **body: Any) -> dict[str, Any]:
    r = await client.post(f"/initiatives/{ini}/external-stakeholders", json=body, headers=auth(user))
    assert r.status_code == 201, r.text
    return dict(r.json())


async def test_external_stakeholder_crud(client: httpx.AsyncClient, db: AsyncSession, world: World) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/external-stakeholders",
        json={
            "name": "Dana Ortiz",
            "organization": "Acme Supplies Ltd",
            "email": "dana@example.com",
            "phone": "+1 (555) 010-2000",
            "role": "Supplier contact",
            "raci": "consulted",
        },
        headers=auth(world.member),
    )
    assert r.status_code == 201, r.text
    created = r.json()
    assert r.headers["location"] == f"/api/v1/external-stakeholders/{created['id']}"
    assert r.headers["etag"]
    assert created["initiative_id"] == world.ini and created["influence"] is None
    url = f"/external-stakeholders/{created['id']}"
    assert_error(await client.patch(url, json={"notes": "x"}, headers=auth(world.outsider)), 403)
    assert_error(await client.patch(url, json={"notes": "x"}, headers=auth(world.viewer)), 403)
    assert_error(await client.patch(url, json={"name": ""}, headers=auth(world.member)), 422)
    assert_error(await client.patch(url, json={"email": "not-an-email"}, headers=auth(world.member)), 422)
    assert_error(await client.patch(url, json={"phone": "call me"}, headers=auth(world.member)), 422)
    assert_error(await client.patch(url, json={"initiative_id": world.ini}, headers=auth(world.member)), 422)
    r = await client.patch(
        url, json={"support_level": "supportive", "email": None}, headers=auth(world.manager)
    )
    assert r.status_code == 200, r.text
    assert r.headers["etag"]
    assert (r.json()["support_level"], r.json()["email"], r.json()["name"]) == (
        "supportive",
        None,
        "Dana Ortiz",
    )
    row = (await _rows(db, "external_stakeholders", "id = :id", id=created["id"]))[0]
    assert (row["support_level"], row["email"]) == ("supportive", None)
    assert_error(await client.delete(url, headers=auth(world.other_manager)), 403)
    assert (await client.delete(url, headers=auth(world.member))).status_code == 204
    assert await _rows(db, "external_stakeholders", "id = :id", id=created["id"]) == []
    events = await _audit(db, created["id"])
    assert sorted(e["action"] for e in events) == ["create", "delete", "update"]
    assert {e["entity_type"] for e in events} == {"external_stakeholder"}
    assert {str(e["initiative_id"]) for e in events} == {world.ini}
    assert_error(await client.patch(url, json={"notes": "x"}, headers=auth(world.member)), 404)
    assert_error(await client.delete(url, headers=auth(world.member)), 404)


async def test_external_stakeholder_if_match_and_deleted_initiative(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/external-stakeholders", json={"name": "Eve"}, headers=auth(world.admin)
    )
    created, first_etag = r.json(), r.headers["etag"]
    url = f"/external-stakeholders/{created['id']}"
    await db.execute(
        update(ExternalStakeholder)
        .where(ExternalStakeholder.id == UUID(created["id"]))  # type: ignore[arg-type]
        .values(updated_at=func.clock_timestamp() + timedelta(seconds=1))
    )
    await db.commit()
    stale = {**auth(world.admin), "If-Match": first_etag}
    assert_error(await client.patch(url, json={"name": "Eve 2"}, headers=stale), 412)
    assert_error(await client.delete(url, headers=stale), 412)
    assert (await _rows(db, "external_stakeholders", "id = :id", id=created["id"]))[0]["name"] == "Eve"
    assert (await client.delete(f"/initiatives/{world.ini}", headers=auth(world.admin))).status_code == 204
    assert_error(await client.patch(url, json={"name": "Eve 2"}, headers=auth(world.admin)), 404)
    assert_error(await client.delete(url, headers=auth(world.admin)), 404)
    url = f"/initiatives/{world.ini}/external-stakeholders"
    assert_error(await client.get(url, headers=auth(world.admin)), 404)
    assert_error(await client.post(url, json={"name": "x"}, headers=auth(world.outsider)), 404)


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
async def test_create_external_permissions_per_role(
    client: httpx.AsyncClient, db: AsyncSession, world: World, who: str, expected: int
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/external-stakeholders",
        json={"name": f"by {who}"},
        headers=auth(getattr(world, who)),
    )
    if expected == 201:
        assert r.status_code == 201, r.text
    else:
        assert_error(r, expected)
    assert len(await _rows(db, "external_stakeholders", "name = :n", n=f"by {who}")) == (
        1 if expected == 201 else 0
    )


async def test_create_external_validation(client: httpx.AsyncClient, db: AsyncSession, world: World) -> None:
    url = f"/initiatives/{world.ini}/external-stakeholders"
    for body, field in (
        ({}, None),
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"name": "A", "raci": "owner"}, "raci"),
        ({"name": "A", "email": "nope"}, "email"),
        ({"name": "A\u0000"}, "name"),
        ({"name": "A", "id": "00000000-0000-4000-8000-000000000000"}, None),
    ):
        assert_error(await client.post(url, json=body, headers=auth(world.admin)), 422, field=field)
    assert await _rows(db, "external_stakeholders", "initiative_id = :i", i=world.ini) == []
    assert_error(await client.post(url, json={"name": "A"}), 401)
    # Any address shape is stored as sent (no deliverability check: internal domains are fine).
    r = await client.post(url, json={"name": "A", "email": "ops@plant.local"}, headers=auth(world.admin))
    assert r.status_code == 201, r.text
    assert r.json()["email"] == "ops@plant.local"


async def test_deleting_an_external_stakeholder_hands_their_actions_to_owner_name(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    dana = await _add_external(client, world.ini, world.member, name="Dana Ortiz")
    keep = await _add_external(client, world.ini, world.member, name="Kept Person")
    owned = []
    for title in ("First", "Second"):
        r = await client.post(
            f"/initiatives/{world.ini}/actions",
            json={"title": title, "external_stakeholder_id": dana["id"]},
            headers=auth(world.member),
        )
        assert r.status_code == 201, r.text
        owned.append(r.json()["id"])
    r = await client.post(
        f"/initiatives/{world.ini}/actions",
        json={"title": "Other", "external_stakeholder_id": keep["id"]},
        headers=auth(world.member),
    )
    other = r.json()["id"]
    assert (
        await client.delete(f"/external-stakeholders/{dana['id']}", headers=auth(world.member))
    ).status_code == 204
    for action_id in owned:
        body = (await client.get(f"/actions/{action_id}", headers=auth(world.viewer))).json()
        assert (body["external_stakeholder_id"], body["owner_name"], body["assigned_to"]) == (
            None,
            "Dana Ortiz",
            None,
        )
        row = (await _rows(db, "action_items", "id = :id", id=action_id))[0]
        assert (row["external_stakeholder_id"], row["owner_name"]) == (None, "Dana Ortiz")
        updates = [e for e in await _audit(db, action_id) if e["action"] == "update"]
        assert len(updates) == 1
        assert updates[0]["changes"]["owner_name"] == [None, "Dana Ortiz"]
        assert updates[0]["changes"]["external_stakeholder_id"] == [dana["id"], None]
    row = (await _rows(db, "action_items", "id = :id", id=other))[0]
    assert (str(row["external_stakeholder_id"]), row["owner_name"]) == (keep["id"], None)


async def test_list_external_stakeholders(client: httpx.AsyncClient, world: World) -> None:
    for name, org, email, role, influence, support in (
        ("zed Zimmer", "Acme", "zed@acme-corp.com", "Auditor", "low", "against"),
        ("Amy Adams", "Beta Corp", None, "Supplier contact", "high", "supportive"),
        ("Mo Moss", None, "mo@gamma-ltd.com", None, None, "neutral"),
    ):
        await _add_external(
            client, world.ini, world.admin, name=name, organization=org, email=email, role=role,
            influence=influence, support_level=support,
        )  # fmt: skip
    other = await _new_initiative(client, world.admin)
    await _add_external(client, other["id"], world.admin, name="Elsewhere")
    base = f"/initiatives/{world.ini}/external-stakeholders"

    async def names(query: str) -> list[str]:
        r = await client.get(f"{base}?page_size=100{query}", headers=auth(world.viewer))
        assert r.status_code == 200, r.text
        assert r.json()["total"] == len(r.json()["items"])
        return [i["name"] for i in r.json()["items"]]

    assert await names("&sort=name&order=asc") == ["Amy Adams", "Mo Moss", "zed Zimmer"]
    assert await names("&sort=organization&order=asc") == ["zed Zimmer", "Amy Adams", "Mo Moss"]
    assert await names("&sort=influence&order=desc") == ["Amy Adams", "zed Zimmer", "Mo Moss"]
    assert await names("&sort=support_level&order=asc") == ["zed Zimmer", "Mo Moss", "Amy Adams"]
    assert await names("&q=beta") == ["Amy Adams"]  # organization
    assert await names("&q=GAMMA") == ["Mo Moss"]  # email
    assert await names("&q=auditor") == ["zed Zimmer"]  # role
    assert await names("&q=moss") == ["Mo Moss"]  # name
    assert await names("&influence=high,low&support_level=against") == ["zed Zimmer"]
    assert await names("&raci=consulted") == []
    r = await client.get(f"{base}?sort=name&order=asc&page_size=2&page=2", headers=auth(world.viewer))
    page = r.json()
    assert (page["total"], page["has_more"], [i["name"] for i in page["items"]]) == (3, False, ["zed Zimmer"])
    assert_error(await client.get(f"{base}?sort=email", headers=auth(world.viewer)), 422)
    assert_error(await client.get(base), 401)
