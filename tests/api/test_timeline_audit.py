"""The initiative timeline and the admin's audit log: writes through the API appear in both with
their actor, action and changes ([old, new]); the log is append-only down to the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import AuditEvent, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error


async def fetch(db: AsyncSession, sql: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(text(sql), params)).mappings().all()]


def sort_key(item: dict[str, Any]) -> tuple[datetime, str]:
    return datetime.fromisoformat(item["occurred_at"]), item["id"]


@pytest.fixture
async def story(
    client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: Any
) -> dict[str, Any]:
    """An initiative written through the API by a manager and an analyst, plus two older events."""
    manager = await make_user("manager")
    analyst = await make_user("analyst")
    team = await make_team(members=[(analyst, "member")], manager_id=manager.id)
    r = await client.post(
        "/initiatives", json={"title": "Timeline story", "team_id": str(team.id)}, headers=auth(manager)
    )
    assert r.status_code == 201, r.text
    ini = r.json()
    path = f"/initiatives/{ini['id']}"
    r = await client.patch(
        path, json={"title": "Timeline story, renamed", "priority": "high"}, headers=auth(analyst)
    )
    assert r.status_code == 200, r.text
    r = await client.post(
        f"{path}/notes",
        json={"content": "Kick-off held", "note_type": "meeting_notes"},
        headers=auth(analyst),
    )
    assert r.status_code == 201, r.text
    note = r.json()
    r = await client.post(f"{path}/actions", json={"title": "Book the room"}, headers=auth(manager))
    assert r.status_code == 201, r.text
    action = r.json()
    r = await client.patch(
        path, json={"status": "on_hold", "status_reason": "Waiting for budget"}, headers=auth(manager)
    )
    assert r.status_code == 200, r.text
    # Two older events recorded earlier (the API's own all share this transaction's timestamp).
    now = datetime.now(UTC)
    old = [
        AuditEvent(
            entity_type="phase",
            entity_id=uuid4(),
            initiative_id=UUID(ini["id"]),
            action="status_change",
            actor_id=manager.id,
            changes={"status": ["not_started", "in_progress"]},
            occurred_at=now - timedelta(days=days),
            created_at=now - timedelta(days=days),
        )
        for days in (3, 10)
    ]
    db.add_all(old)
    await db.commit()
    return {"ini": ini, "manager": manager, "analyst": analyst, "note": note, "action": action, "old": old}


async def test_timeline_shows_the_writes_newest_first(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession, story: dict[str, Any]
) -> None:
    ini, manager, analyst = story["ini"], story["manager"], story["analyst"]
    r = await client.get(f"/initiatives/{ini['initiative_number']}/timeline", headers=auth(viewer))
    assert r.status_code == 200, r.text
    body = r.json()
    items = body["items"]
    audit_rows = await fetch(db, "SELECT id FROM audit_events WHERE initiative_id = :i", i=UUID(ini["id"]))
    note_rows = await fetch(db, "SELECT id FROM notes WHERE initiative_id = :i", i=UUID(ini["id"]))
    assert body["total"] == len(audit_rows) + len(note_rows) == len(items)
    assert {i["id"] for i in items} == {str(r["id"]) for r in audit_rows + note_rows}
    assert (body["page"], body["page_size"], body["has_more"]) == (1, 25, False)
    assert items == sorted(items, key=sort_key, reverse=True)
    assert [i["id"] for i in items[-2:]] == [str(story["old"][0].id), str(story["old"][1].id)]

    events = [i for i in items if i["kind"] == "audit"]
    created = next(e for e in events if e["entity_type"] == "initiative" and e["action"] == "create")
    assert created["actor_id"] == str(manager.id)
    assert created["changes"]["title"] == [None, "Timeline story"]
    renamed = next(e for e in events if e["entity_type"] == "initiative" and e["action"] == "update")
    assert renamed["actor_id"] == str(analyst.id)
    assert renamed["changes"]["title"] == ["Timeline story", "Timeline story, renamed"]
    assert renamed["changes"]["priority"] == ["medium", "high"]
    held = next(e for e in events if e["entity_type"] == "initiative" and e["action"] == "status_change")
    assert held["changes"]["status"] == ["active", "on_hold"]
    assert held["changes"]["status_reason"] == [None, "Waiting for budget"]
    assert all(e["note_type"] is None and e["content"] is None for e in events)
    # Rows under the initiative are in it too.
    note_event = next(e for e in events if e["entity_type"] == "note")
    assert (note_event["entity_id"], note_event["actor_id"], note_event["action"]) == (
        story["note"]["id"],
        str(analyst.id),
        "create",
    )
    assert any(e["entity_type"] == "action_item" and e["entity_id"] == story["action"]["id"] for e in events)

    note = next(i for i in items if i["kind"] == "note")
    assert note == {
        "id": story["note"]["id"],
        "kind": "note",
        "occurred_at": note["occurred_at"],
        "actor_id": str(analyst.id),
        "entity_type": "note",
        "entity_id": story["note"]["id"],
        "action": None,
        "changes": {},
        "note_type": "meeting_notes",
        "content": "Kick-off held",
    }


async def test_timeline_pages_are_exact(
    client: httpx.AsyncClient, viewer: User, story: dict[str, Any]
) -> None:
    path = f"/initiatives/{story['ini']['id']}/timeline"
    full = (await client.get(path, params={"page_size": 100}, headers=auth(viewer))).json()
    total = full["total"]
    assert total >= 7
    seen: list[str] = []
    for page in range(1, total // 3 + 2):
        body = (await client.get(path, params={"page": page, "page_size": 3}, headers=auth(viewer))).json()
        assert body["total"] == total
        assert body["has_more"] == (page * 3 < total)
        seen += [i["id"] for i in body["items"]]
    assert seen == [i["id"] for i in full["items"]]
    beyond = (await client.get(path, params={"page": 50, "page_size": 3}, headers=auth(viewer))).json()
    assert (beyond["items"], beyond["total"], beyond["has_more"]) == ([], total, False)
    assert_error(await client.get(path, params={"page_size": 101}, headers=auth(viewer)), 422)
    assert_error(await client.get(path, params={"page": 0}, headers=auth(viewer)), 422)


async def test_timeline_of_seeded_initiative_holds_its_notes(
    client: httpx.AsyncClient, viewer: User, db: AsyncSession
) -> None:
    notes = await fetch(
        db,
        "SELECT n.id, n.content FROM notes n JOIN initiatives i ON i.id = n.initiative_id "
        "WHERE i.initiative_number = 'INI-0001' ORDER BY n.created_at DESC",
    )
    body = (await client.get("/initiatives/INI-0001/timeline", headers=auth(viewer))).json()
    assert [i["content"] for i in body["items"] if i["kind"] == "note"] == [n["content"] for n in notes]


async def test_timeline_not_found_and_unauthenticated(
    client: httpx.AsyncClient, admin: User, viewer: User, db: AsyncSession
) -> None:
    r = await client.post("/initiatives", json={"title": "To delete"}, headers=auth(admin))
    ini = r.json()
    assert (await client.delete(f"/initiatives/{ini['id']}", headers=auth(admin))).status_code == 204
    assert_error(await client.get(f"/initiatives/{ini['id']}/timeline", headers=auth(viewer)), 404)
    assert_error(await client.get(f"/initiatives/{uuid4()}/timeline", headers=auth(viewer)), 404)
    assert_error(await client.get("/initiatives/INI-0001/timeline"), 401)
    # The deleted initiative's events stay in the log (the admin still finds them).
    r = await client.get("/audit-events", params={"initiative_id": ini["id"]}, headers=auth(admin))
    assert sorted(e["action"] for e in r.json()["items"]) == ["create", "delete"]
    assert r.json()["total"] == 2


# --- the audit log ------------------------------------------------------------------------------


async def test_audit_log_lists_and_filters(
    client: httpx.AsyncClient, admin: User, db: AsyncSession, story: dict[str, Any]
) -> None:
    ini, manager, analyst = story["ini"], story["manager"], story["analyst"]
    h = auth(admin)
    r = await client.get("/audit-events", params={"initiative_id": ini["id"], "page_size": 100}, headers=h)
    assert r.status_code == 200, r.text
    rows = await fetch(db, "SELECT * FROM audit_events WHERE initiative_id = :i", i=UUID(ini["id"]))
    body = r.json()
    assert body["total"] == len(rows) and {e["id"] for e in body["items"]} == {str(r["id"]) for r in rows}
    row = body["items"][0]
    assert set(row) == {
        "id",
        "entity_type",
        "entity_id",
        "initiative_id",
        "action",
        "actor_id",
        "changes",
        "occurred_at",
        "created_at",
    }
    # Default sort: created_at descending (the two older events come last).
    assert [e["id"] for e in body["items"][-2:]] == [str(story["old"][0].id), str(story["old"][1].id)]

    async def ids(**params: Any) -> set[str]:
        r = await client.get(
            "/audit-events", params={"initiative_id": ini["id"], "page_size": 100, **params}, headers=h
        )
        assert r.status_code == 200, r.text
        return {e["id"] for e in r.json()["items"]}

    def expect(pred: Any) -> set[str]:
        return {str(r["id"]) for r in rows if pred(r)}

    assert await ids(entity_type="note,action_item") == expect(
        lambda r: r["entity_type"] in ("note", "action_item")
    )
    assert await ids(entity_type="note") == expect(lambda r: r["entity_type"] == "note") != set()
    assert await ids(actor_id=str(analyst.id)) == expect(lambda r: r["actor_id"] == analyst.id) != set()
    assert await ids(action="update,status_change") == expect(
        lambda r: r["action"] in ("update", "status_change")
    )
    assert await ids(action="update", actor_id=str(manager.id)) == expect(
        lambda r: r["action"] == "update" and r["actor_id"] == manager.id
    )
    assert await ids(entity_id=story["action"]["id"]) == expect(
        lambda r: str(r["entity_id"]) == story["action"]["id"]
    )
    older = story["old"]
    window = {
        "occurred_from": (older[1].occurred_at - timedelta(seconds=1)).isoformat(),
        "occurred_to": (older[0].occurred_at + timedelta(seconds=1)).isoformat(),
    }
    assert await ids(**window) == {str(older[0].id), str(older[1].id)}
    assert await ids(occurred_to=older[0].occurred_at.isoformat()) == {str(older[0].id), str(older[1].id)}
    assert await ids(occurred_from=older[0].occurred_at.isoformat()) == expect(
        lambda r: r["id"] != older[1].id
    )
    utc = older[1].occurred_at.astimezone(UTC) + timedelta(seconds=1)
    assert await ids(occurred_to=utc.isoformat().replace("+00:00", "Z")) == {str(older[1].id)}
    naive = await client.get(
        "/audit-events", params={"occurred_to": utc.replace(tzinfo=None).isoformat()}, headers=h
    )
    assert_error(naive, 422, field="occurred_to")  # an instant needs its offset
    other = await client.get("/audit-events", params={"initiative_id": str(uuid4())}, headers=h)
    assert other.json()["total"] == 0

    # Sorting and paging.
    by_type = (
        await client.get(
            "/audit-events",
            params={"initiative_id": ini["id"], "sort": "entity_type", "order": "asc", "page_size": 100},
            headers=h,
        )
    ).json()["items"]
    assert [e["entity_type"] for e in by_type] == sorted(r["entity_type"] for r in rows)
    oldest = (
        await client.get(
            "/audit-events",
            params={"initiative_id": ini["id"], "sort": "occurred_at", "order": "asc", "page_size": 1},
            headers=h,
        )
    ).json()
    assert oldest["items"][0]["id"] == str(older[1].id)
    assert (oldest["total"], oldest["has_more"]) == (len(rows), True)


async def test_audit_log_records_writes_outside_initiatives(
    client: httpx.AsyncClient, admin: User, make_user: MakeUser
) -> None:
    user = await make_user("analyst")
    r = await client.patch(f"/users/{user.id}", json={"title": "Black Belt"}, headers=auth(admin))
    assert r.status_code == 200, r.text
    body = (await client.get("/audit-events", params={"entity_id": str(user.id)}, headers=auth(admin))).json()
    assert body["total"] == 1
    event = body["items"][0]
    assert (event["entity_type"], event["action"], event["actor_id"], event["initiative_id"]) == (
        "user",
        "update",
        str(admin.id),
        None,
    )
    assert event["changes"] == {"title": [None, "Black Belt"]}


async def test_audit_log_is_admin_only(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    for role in ("manager", "analyst", "viewer"):
        assert_error(await client.get("/audit-events", headers=auth(await make_user(role))), 403)
    assert_error(await client.get("/audit-events"), 401)


@pytest.mark.parametrize(
    "params",
    [
        {"action": "erase"},
        {"actor_id": "someone"},
        {"entity_type": "Not-A-Table"},
        {"sort": "actor_id"},
        {"order": "sideways"},
        {"page_size": 0},
        {"occurred_from": "yesterday"},
    ],
)
async def test_audit_log_rejects_bad_filters(
    client: httpx.AsyncClient, admin: User, params: dict[str, Any]
) -> None:
    assert_error(await client.get("/audit-events", params=params, headers=auth(admin)), 422)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_events SET action = 'delete' WHERE id = :id",
        "UPDATE audit_events SET changes = '{}'::jsonb WHERE id = :id",
        "DELETE FROM audit_events WHERE id = :id",
    ],
)
async def test_audit_rows_cannot_be_updated_or_deleted(
    client: httpx.AsyncClient, admin: User, db: AsyncSession, sql: str
) -> None:
    r = await client.post("/initiatives", json={"title": "Audited"}, headers=auth(admin))
    event = (await fetch(db, "SELECT * FROM audit_events WHERE entity_id = :i", i=UUID(r.json()["id"])))[0]
    with pytest.raises(DBAPIError, match="append-only"):
        async with db.begin_nested():
            await db.execute(text(sql), {"id": event["id"]})
    after = await fetch(db, "SELECT * FROM audit_events WHERE id = :id", id=event["id"])
    assert after == [event]
