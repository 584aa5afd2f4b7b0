"""Notes: the caller is the author; only the author or a manager+ edits or deletes; filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import httpx
import pytest
from sqlalchemy import func, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import Note, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error


@dataclass
class World:
    admin: User
    manager: User  # manages the team
    member: User  # analyst of the team
    member2: User  # another analyst of the team
    outsider: User  # analyst on nothing
    other_manager: User  # a manager of another team
    viewer: User
    initiative: dict[str, Any]  # kaizen: prepare, execute, sustain

    @property
    def ini(self) -> str:
        return str(self.initiative["id"])


@pytest.fixture
async def world(client: httpx.AsyncClient, make_user: MakeUser, make_team: Any) -> World:
    admin = await make_user("admin")
    manager = await make_user("manager")
    member = await make_user("analyst", full_name="Nora Member")
    member2 = await make_user("analyst", full_name="Otto Member")
    other_manager = await make_user("manager")
    team = await make_team(members=[(member, "member"), (member2, "member")], manager_id=manager.id)
    await make_team(manager_id=other_manager.id)
    r = await client.post(
        "/initiatives",
        json={"title": "Notes test", "team_id": str(team.id), "methodology": "kaizen"},
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    return World(
        admin=admin,
        manager=manager,
        member=member,
        member2=member2,
        outsider=await make_user("analyst"),
        other_manager=other_manager,
        viewer=await make_user("viewer"),
        initiative=r.json(),
    )


async def _note(client: httpx.AsyncClient, ini: str, user: User, **body: Any) -> dict[str, Any]:
    r = await client.post(f"/initiatives/{ini}/notes", json={"content": "A note", **body}, headers=auth(user))
    assert r.status_code == 201, r.text
    return dict(r.json())


async def _row(db: AsyncSession, note_id: str) -> dict[str, Any] | None:
    row = (
        (await db.execute(text("SELECT * FROM notes WHERE id = :id"), {"id": note_id}))
        .mappings()
        .one_or_none()
    )
    return dict(row) if row else None


async def _audit(db: AsyncSession, entity_id: str) -> list[dict[str, Any]]:
    result = await db.execute(text("SELECT * FROM audit_events WHERE entity_id = :id"), {"id": entity_id})
    return [dict(r) for r in result.mappings().all()]


async def test_create_note_the_caller_is_the_author(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    r = await client.post(
        f"/initiatives/{world.initiative['initiative_number']}/notes",
        json={"content": "Pilot with two suppliers.", "note_type": "decision", "phase": "execute"},
        headers=auth(world.member),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/notes/{body['id']}"
    assert r.headers["etag"]
    assert (body["author_id"], body["author_name"]) == (str(world.member.id), "Nora Member")
    assert (body["note_type"], body["phase_name"], body["initiative_id"]) == (
        "decision",
        "execute",
        world.ini,
    )
    row = await _row(db, body["id"])
    assert (
        row is not None
        and row["author_id"] == world.member.id
        and row["content"] == "Pilot with two suppliers."
    )
    phase_id = (
        await db.execute(
            text("SELECT id FROM phases WHERE initiative_id = :i AND phase_name = 'execute'"),
            {"i": world.ini},
        )
    ).scalar_one()
    assert row["phase_id"] == phase_id and body["phase_id"] == str(phase_id)
    events = await _audit(db, body["id"])
    assert [(e["entity_type"], e["action"], str(e["initiative_id"]), e["actor_id"]) for e in events] == [
        ("note", "create", world.ini, world.member.id)
    ]
    plain = await _note(client, world.ini, world.member)
    assert (plain["note_type"], plain["phase_name"], plain["phase_id"]) == ("general", None, None)


async def test_create_note_validation(client: httpx.AsyncClient, db: AsyncSession, world: World) -> None:
    url = f"/initiatives/{world.ini}/notes"
    for body, field in (
        ({"content": "x", "phase": "define"}, "phase"),  # a DMAIC phase; this is a kaizen initiative
        ({"content": "x", "phase": "nope"}, "phase"),
        ({"content": ""}, "content"),
        ({"content": "x" * 20001}, "content"),
        ({"content": "x", "note_type": "gossip"}, "note_type"),
        ({"content": "x", "author_id": str(world.admin.id)}, None),  # the author is the caller
        ({}, None),
    ):
        assert_error(await client.post(url, json=body, headers=auth(world.admin)), 422, field=field)
    count = (
        await db.execute(text("SELECT count(*) FROM notes WHERE initiative_id = :i"), {"i": world.ini})
    ).scalar_one()
    assert count == 0


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
async def test_create_note_permissions_per_role(
    client: httpx.AsyncClient, db: AsyncSession, world: World, who: str, expected: int
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/notes", json={"content": f"by {who}"}, headers=auth(getattr(world, who))
    )
    if expected == 201:
        assert r.status_code == 201, r.text
    else:
        assert_error(r, expected)
    count = (
        await db.execute(text("SELECT count(*) FROM notes WHERE content = :c"), {"c": f"by {who}"})
    ).scalar_one()
    assert count == (1 if expected == 201 else 0)


async def test_notes_of_missing_or_deleted_initiatives_are_404(
    client: httpx.AsyncClient, world: World
) -> None:
    assert_error(await client.get("/initiatives/INI-99999/notes", headers=auth(world.viewer)), 404)
    assert_error(
        await client.post("/initiatives/INI-99999/notes", json={"content": "x"}, headers=auth(world.admin)),
        404,
    )
    note = await _note(client, world.ini, world.member)
    assert (await client.delete(f"/initiatives/{world.ini}", headers=auth(world.admin))).status_code == 204
    for user in (world.admin, world.outsider):
        assert_error(await client.get(f"/initiatives/{world.ini}/notes", headers=auth(user)), 404)
        r = await client.post(f"/initiatives/{world.ini}/notes", json={"content": "x"}, headers=auth(user))
        assert_error(r, 404)
        assert_error(
            await client.patch(f"/notes/{note['id']}", json={"content": "y"}, headers=auth(user)), 404
        )
        assert_error(await client.delete(f"/notes/{note['id']}", headers=auth(user)), 404)
    missing = "/notes/00000000-0000-4000-8000-000000000000"
    assert_error(await client.patch(missing, json={"content": "y"}, headers=auth(world.admin)), 404)
    assert_error(await client.get(f"/initiatives/{world.ini}/notes"), 401)
    assert_error(await client.patch(missing, json={"content": "y"}), 401)


async def test_only_the_author_or_a_manager_edits(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    note = await _note(client, world.ini, world.member, content="Original")
    url = f"/notes/{note['id']}"
    # On the initiative but not the author: 403. So is a viewer.
    for user in (world.member2, world.outsider, world.viewer):
        assert_error(await client.patch(url, json={"content": "Hijacked"}, headers=auth(user)), 403)
        assert_error(await client.delete(url, headers=auth(user)), 403)
    row = await _row(db, note["id"])
    assert row is not None and row["content"] == "Original"
    r = await client.patch(
        url, json={"content": "Edited by author", "note_type": "blocker"}, headers=auth(world.member)
    )
    assert r.status_code == 200, r.text
    assert r.headers["etag"]
    assert (r.json()["content"], r.json()["note_type"], r.json()["author_id"]) == (
        "Edited by author",
        "blocker",
        str(world.member.id),
    )
    # Any manager (even of another team) and admins may edit; the author never changes.
    for user in (world.other_manager, world.admin):
        r = await client.patch(url, json={"content": f"Edited by {user.role}"}, headers=auth(user))
        assert r.status_code == 200, r.text
        assert r.json()["author_id"] == str(world.member.id)
    row = await _row(db, note["id"])
    assert row is not None and (row["content"], row["author_id"]) == ("Edited by admin", world.member.id)
    events = [e for e in await _audit(db, note["id"]) if e["action"] == "update"]
    assert len(events) == 3
    assert {e["actor_id"] for e in events} == {world.member.id, world.other_manager.id, world.admin.id}
    assert_error(
        await client.patch(url, json={"author_id": str(world.admin.id)}, headers=auth(world.admin)), 422
    )
    assert_error(await client.patch(url, json={"phase": "measure"}, headers=auth(world.admin)), 422)
    assert_error(await client.patch(url, json={}, headers=auth(world.admin)), 422)
    r = await client.patch(url, json={"phase": "sustain"}, headers=auth(world.member))
    assert r.status_code == 200 and r.json()["phase_name"] == "sustain"
    r = await client.patch(url, json={"phase": None}, headers=auth(world.member))
    assert r.status_code == 200 and r.json()["phase_name"] is None and r.json()["phase_id"] is None


async def test_delete_by_author_and_by_manager(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    mine = await _note(client, world.ini, world.member)
    theirs = await _note(client, world.ini, world.member2)
    assert (await client.delete(f"/notes/{mine['id']}", headers=auth(world.member))).status_code == 204
    r = await client.delete(f"/notes/{theirs['id']}", headers=auth(world.other_manager))
    assert r.status_code == 204 and r.content == b""
    assert await _row(db, mine["id"]) is None and await _row(db, theirs["id"]) is None
    for note in (mine, theirs):
        assert sorted(e["action"] for e in await _audit(db, note["id"])) == ["create", "delete"]
    assert_error(await client.delete(f"/notes/{mine['id']}", headers=auth(world.member)), 404)


async def test_note_if_match(client: httpx.AsyncClient, db: AsyncSession, world: World) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/notes", json={"content": "v1"}, headers=auth(world.member)
    )
    note, etag = r.json(), r.headers["etag"]
    url = f"/notes/{note['id']}"
    await db.execute(
        update(Note)
        .where(Note.id == UUID(note["id"]))  # type: ignore[arg-type]
        .values(updated_at=func.clock_timestamp() + timedelta(seconds=1))
    )
    await db.commit()
    stale = {**auth(world.member), "If-Match": etag}
    assert_error(await client.patch(url, json={"content": "v2"}, headers=stale), 412)
    assert_error(await client.delete(url, headers=stale), 412)
    assert (await _row(db, note["id"]))["content"] == "v1"  # type: ignore[index]
    r = await client.patch(url, json={"content": "v2"}, headers=auth(world.member))
    assert r.status_code == 200
    r = await client.delete(url, headers={**auth(world.member), "If-Match": r.headers["etag"]})
    assert r.status_code == 204


async def test_list_notes_filters_sort_and_pages(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    specs = [
        (world.member, "Decided to pilot", "decision", "prepare"),
        (world.member, "Blocked on 100% of approvals", "blocker", "execute"),
        (world.member2, "Weekly status", "status_update", None),
        (world.manager, "Meeting: agreed scope", "meeting_notes", "execute"),
        (world.member2, "Another blocker_here", "blocker", None),
    ]
    ids = {}
    for author, content, note_type, phase in specs:
        ids[content] = (
            await _note(client, world.ini, author, content=content, note_type=note_type, phase=phase)
        )["id"]
    base = f"/initiatives/{world.ini}/notes"

    async def contents(query: str) -> list[str]:
        r = await client.get(
            f"{base}?page_size=100&sort=note_type&order=asc{query}", headers=auth(world.viewer)
        )
        assert r.status_code == 200, r.text
        page = r.json()
        assert page["total"] == len(page["items"])
        return sorted(i["content"] for i in page["items"])

    assert await contents("") == sorted(ids)
    assert await contents("&note_type=blocker") == ["Another blocker_here", "Blocked on 100% of approvals"]
    assert await contents("&note_type=decision,meeting_notes") == [
        "Decided to pilot",
        "Meeting: agreed scope",
    ]
    assert await contents("&phase=execute") == ["Blocked on 100% of approvals", "Meeting: agreed scope"]
    assert await contents("&phase=execute&note_type=blocker") == ["Blocked on 100% of approvals"]
    assert await contents(f"&author_id={world.member2.id}") == ["Another blocker_here", "Weekly status"]
    assert await contents(f"&author_id={world.member2.id},{world.manager.id}&note_type=blocker") == [
        "Another blocker_here"
    ]
    assert await contents("&q=BLOCK") == ["Another blocker_here", "Blocked on 100% of approvals"]
    assert await contents("&q=100%25") == ["Blocked on 100% of approvals"]
    assert await contents("&q=r_h") == ["Another blocker_here"]
    now = datetime.now(UTC)
    past = (now - timedelta(days=1)).isoformat().replace("+00:00", "Z")
    future = (now + timedelta(days=1)).isoformat().replace("+00:00", "Z")
    assert len(await contents(f"&created_from={past}&created_to={future}")) == 5
    assert await contents(f"&created_from={future}") == []
    assert await contents(f"&created_to={past}") == []
    r = await client.get(f"{base}?sort=note_type&order=asc&page_size=2", headers=auth(world.viewer))
    page = r.json()
    assert (page["total"], page["has_more"]) == (5, True)
    assert [i["note_type"] for i in page["items"]] == ["blocker", "blocker"]
    item = page["items"][0]
    assert item["author_name"] in ("Nora Member", "Otto Member") and "content" in item
    r = await client.get(f"{base}?sort=note_type&order=desc&page_size=2&page=3", headers=auth(world.viewer))
    page = r.json()
    assert (page["total"], page["has_more"], [i["note_type"] for i in page["items"]]) == (
        5,
        False,
        ["blocker"],
    )
    for bad in (
        "?note_type=gossip",
        "?sort=content",
        "?phase=nope",
        "?author_id=me",
        "?created_from=yesterday",
    ):
        assert_error(await client.get(base + bad, headers=auth(world.viewer)), 422)


async def test_seeded_notes_total_matches_the_database(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User
) -> None:
    ini_id, expected = (
        await db.execute(
            text(
                "SELECT initiative_id, count(*) FROM notes GROUP BY initiative_id ORDER BY count(*) DESC LIMIT 1"
            )
        )
    ).one()
    r = await client.get(f"/initiatives/{ini_id}/notes?page_size=1", headers=auth(viewer))
    assert r.status_code == 200
    assert r.json()["total"] == expected and r.json()["has_more"] is (expected > 1)
    names = dict(
        (
            await db.execute(text("SELECT n.id, u.full_name FROM notes n JOIN users u ON u.id = n.author_id"))
        ).all()
    )
    r = await client.get(f"/initiatives/{ini_id}/notes?page_size=100", headers=auth(viewer))
    for item in r.json()["items"]:
        assert item["author_name"] == names[UUID(item["id"])]
