"""OWASP API1 (broken object-level authorization): every resource kind, by id, across teams and users.

Everyone signed in reads initiatives, requests and everything under them (API.md: viewers read
everything), so reads by id are 200 for a viewer and for another team's analyst. Writes by id under
team A's initiative are 403 for team B's analyst and manager, and change nothing. Private objects
(another user's workload entries, AI conversations, reports) are 404 to those who may not see them;
team and user roll-ups are 403 outside the team (as the contract says). A child addressed through
another initiative's path is 404, never written.
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import httpx
import pytest

from tests.conftest import auth
from tests.not_implemented import NOT_IMPLEMENTED
from tests.security.conftest import World
from tests.support import assert_error

# kind -> (GET path of the object, [(method, path, json body) of every write by id])
WRITES: dict[str, tuple[str, list[tuple[str, str, dict[str, Any] | None]]]] = {
    "initiative": (
        "/initiatives/{initiative}",
        [("PATCH", "/initiatives/{initiative}", {"title": "Taken over"})],
    ),
    "phase": (
        "/initiatives/{initiative}/phases/define",
        [("PATCH", "/initiatives/{initiative}/phases/define", {"due_date": "2031-01-01"})],
    ),
    "artifact": (
        "/artifacts/{artifact}",
        [
            ("PATCH", "/artifacts/{artifact}", {"title": "Taken over"}),
            ("DELETE", "/artifacts/{artifact}", None),
        ],
    ),
    "action": (
        "/actions/{action}",
        [("PATCH", "/actions/{action}", {"title": "Taken over"}), ("DELETE", "/actions/{action}", None)],
    ),
    "metric": (
        "/metrics/{metric}",
        [
            ("PATCH", "/metrics/{metric}", {"name": "Taken over"}),
            ("DELETE", "/metrics/{metric}", None),
            ("POST", "/metrics/{metric}/values", {"period_start": "2026-02-02", "value": 1}),
        ],
    ),
    "document": ("/documents/{document}", [("DELETE", "/documents/{document}", None)]),
    "file_document": ("/documents/{file_document}", [("DELETE", "/documents/{file_document}", None)]),
    "stakeholder": (
        "/initiatives/{initiative}/stakeholders",
        [
            ("PATCH", "/initiatives/{initiative}/stakeholders/{stakeholder}", {"raci": "informed"}),
            ("DELETE", "/initiatives/{initiative}/stakeholders/{stakeholder}", None),
        ],
    ),
    "external_stakeholder": (
        "/initiatives/{initiative}/external-stakeholders",
        [
            ("PATCH", "/external-stakeholders/{external_stakeholder}", {"name": "Mallory"}),
            ("DELETE", "/external-stakeholders/{external_stakeholder}", None),
        ],
    ),
    "dataset": (
        "/datasets/{dataset}",
        [
            ("DELETE", "/datasets/{dataset}", None),
            (
                "POST",
                "/datasets/{dataset}/analyze",
                {"test_type": "two_sample_t", "configuration": {"y_column": "extra", "group_column": "drug"}},
            ),
        ],
    ),
    "analysis": (
        "/analyses/{analysis}",
        [("DELETE", "/analyses/{analysis}", None), ("POST", "/analyses/{analysis}/interpret", None)],
    ),
    "children": (
        "/initiatives/{initiative}",
        [
            ("POST", "/initiatives/{initiative}/actions", {"title": "Planted"}),
            (
                "POST",
                "/initiatives/{initiative}/phases/define/artifacts",
                {"artifact_type": "sipoc", "title": "x"},
            ),
            ("POST", "/initiatives/{initiative}/metrics", {"name": "Planted"}),
            ("POST", "/initiatives/{initiative}/notes", {"content": "Planted"}),
            (
                "POST",
                "/initiatives/{initiative}/documents",
                {"name": "x", "document_type": "reference", "external_url": "https://evil.example/x"},
            ),
            ("POST", "/initiatives/{initiative}/stakeholders", {"user_id": "{me}", "role": "sme"}),
            ("POST", "/initiatives/{initiative}/external-stakeholders", {"name": "Planted"}),
        ],
    ),
}
# Reads of everything under initiative A, open to every signed-in user.
READS = [
    "/initiatives/{initiative}",
    "/initiatives/{initiative}/timeline",
    "/initiatives/{initiative}/phases",
    "/initiatives/{initiative}/phases/define",
    "/initiatives/{initiative}/phases/define/artifacts",
    "/initiatives/{initiative}/phases/define/gate-reviews",
    "/initiatives/{initiative}/actions",
    "/initiatives/{initiative}/metrics",
    "/initiatives/{initiative}/notes",
    "/initiatives/{initiative}/documents",
    "/initiatives/{initiative}/stakeholders",
    "/initiatives/{initiative}/external-stakeholders",
    "/initiatives/{initiative}/datasets",
    "/initiatives/{initiative}/analyses",
    "/dashboards/initiatives/{initiative}",
    "/artifacts/{artifact}",
    "/actions/{action}",
    "/metrics/{metric}",
    "/metrics/{metric}/values",
    "/documents/{document}",
    "/documents/{file_document}/download",
    "/datasets/{dataset}",
    "/datasets/{dataset}/preview",
    "/datasets/{dataset}/download",
    "/datasets/{dataset}/recommended-tests",
    "/analyses/{analysis}",
    "/jobs/{job}",
    "/requests/{request}",
    "/teams/{team}",
    "/teams/{team}/members",
    "/users/{user}",
]


def fill(template: str, w: World, **extra: str) -> str:
    return template.format(**w.ids, **extra)


def _body(body: dict[str, Any] | None, me: str) -> dict[str, Any] | None:
    if body is None:
        return None
    return {k: (me if v == "{me}" else v) for k, v in body.items()}


async def _snapshot(client: httpx.AsyncClient, w: World, path: str) -> Any:
    r = await client.get(path, headers=auth(w.admin))
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize("kind", sorted(WRITES))
async def test_other_teams_cannot_write_by_id(client: httpx.AsyncClient, world: World, kind: str) -> None:
    """Team B's analyst and manager are 403 on every write under team A's initiative; so is the viewer,
    although a stakeholder of it (being on an initiative gives a viewer no write). Nothing changes."""
    if kind in ("dataset", "analysis"):
        await world.with_data(client)
    read, writes = WRITES[kind]
    before = await _snapshot(client, world, fill(read, world))
    before_ini = await _snapshot(client, world, fill("/initiatives/{initiative}", world))
    for actor in ("analyst_b", "manager_b", "viewer"):
        user = world.user(actor)
        for method, template, body in writes:
            r = await client.request(
                method, fill(template, world), json=_body(body, str(user.id)), headers=auth(user)
            )
            assert r.status_code == 403, f"{actor} {method} {template}: {r.status_code} {r.text}"
            assert_error(r, 403)
    assert await _snapshot(client, world, fill(read, world)) == before
    after_ini = await _snapshot(client, world, fill("/initiatives/{initiative}", world))
    assert after_ini == before_ini


async def test_the_owners_may_write(client: httpx.AsyncClient, world: World) -> None:
    """The refusals above are about who asks: team A's analyst and manager get through."""
    a, m = auth(world.analyst_a), auth(world.manager_a)
    r = await client.patch(fill("/actions/{action}", world), json={"title": "Renamed"}, headers=a)
    assert r.status_code == 200 and r.json()["title"] == "Renamed", r.text
    r = await client.patch(fill("/metrics/{metric}", world), json={"name": "Renamed"}, headers=m)
    assert r.status_code == 200 and r.json()["name"] == "Renamed", r.text
    assert (await client.delete(fill("/artifacts/{artifact}", world), headers=m)).status_code == 204


async def test_every_signed_in_user_reads_by_id(client: httpx.AsyncClient, world: World) -> None:
    await world.with_data(client)
    for actor in ("viewer", "analyst_b", "manager_b"):
        for template in READS:
            r = await client.get(fill(template, world), headers=auth(world.user(actor)))
            assert r.status_code == 200, f"{actor} GET {template}: {r.status_code} {r.text}"


async def test_a_child_through_another_initiatives_path_is_404(
    client: httpx.AsyncClient, world: World
) -> None:
    """Analyst B may write initiative B: A's stakeholder addressed under B's path must be 404."""
    b = auth(world.analyst_b)
    other = world.ini_b["id"]
    stakeholder = world.ids["stakeholder"]
    before = await _snapshot(client, world, fill("/initiatives/{initiative}/stakeholders", world))
    r = await client.patch(
        f"/initiatives/{other}/stakeholders/{stakeholder}", json={"raci": "informed"}, headers=b
    )
    assert_error(r, 404)
    assert_error(await client.delete(f"/initiatives/{other}/stakeholders/{stakeholder}", headers=b), 404)
    assert await _snapshot(client, world, fill("/initiatives/{initiative}/stakeholders", world)) == before


async def test_references_to_another_initiatives_objects_are_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    """Analyst B may write initiative B, but not point B's action at A's external stakeholder."""
    b = auth(world.analyst_b)
    other = world.ini_b["id"]
    external = world.ids["external_stakeholder"]
    r = await client.post(
        f"/initiatives/{other}/actions", json={"title": "x", "external_stakeholder_id": external}, headers=b
    )
    assert_error(r, 422)
    own = await client.post(f"/initiatives/{other}/actions", json={"title": "mine"}, headers=b)
    assert own.status_code == 201, own.text
    r = await client.patch(
        f"/actions/{own.json()['id']}", json={"external_stakeholder_id": external}, headers=b
    )
    assert_error(r, 422)
    # A's analysis' dataset cannot be analyzed through B's rights either (covered above: 403).


async def test_workload_entries_of_others_are_invisible(client: httpx.AsyncClient, world: World) -> None:
    entry = world.ids["workload"]
    for actor in ("analyst_b", "manager_b"):
        h = auth(world.user(actor))
        assert_error(await client.patch(f"/workload/{entry}", json={"hours_allocated": 1}, headers=h), 404)
        assert_error(await client.delete(f"/workload/{entry}", headers=h), 404)
        r = await client.get("/workload", params={"user_id": str(world.analyst_a.id)}, headers=h)
        assert r.status_code == 200 and r.json()["total"] == 0, r.text
    # the viewer is below the minimum role of writes (403), and sees only their own entries
    assert_error(await client.delete(f"/workload/{entry}", headers=auth(world.viewer)), 403)
    r = await client.get("/workload", headers=auth(world.viewer))
    assert r.status_code == 200 and r.json()["total"] == 0, r.text
    # team A's manager manages its members' entries
    r = await client.patch(f"/workload/{entry}", json={"hours_allocated": 2}, headers=auth(world.manager_a))
    assert r.status_code == 200 and float(r.json()["hours_allocated"]) == 2.0, r.text


async def test_team_and_user_rollups_are_403_outside_the_team(
    client: httpx.AsyncClient, world: World
) -> None:
    team, user = world.team_a, str(world.analyst_a.id)
    mb, ab = auth(world.manager_b), auth(world.analyst_b)
    assert_error(await client.get(f"/teams/{team}/workload", headers=mb), 403)
    assert_error(await client.get(f"/dashboards/teams/{team}", headers=ab), 403)
    assert_error(await client.get(f"/dashboards/teams/{team}", headers=mb), 403)
    assert_error(await client.get(f"/users/{user}/workload", headers=ab), 403)
    assert_error(await client.get(f"/dashboards/users/{user}", headers=ab), 403)
    assert_error(await client.get(f"/dashboards/users/{user}", headers=auth(world.viewer)), 403)
    # the team's own manager does see them
    r = await client.get(f"/teams/{team}/workload", headers=auth(world.manager_a))
    assert r.status_code == 200, r.text


async def test_another_teams_manager_cannot_manage_the_team(client: httpx.AsyncClient, world: World) -> None:
    team = world.team_a
    mb = auth(world.manager_b)
    before = await _snapshot(client, world, f"/teams/{team}")
    members = await _snapshot(client, world, f"/teams/{team}/members")
    assert_error(await client.patch(f"/teams/{team}", json={"name": "Hijacked"}, headers=mb), 403)
    r = await client.post(f"/teams/{team}/members", json={"user_id": str(world.analyst_b.id)}, headers=mb)
    assert_error(r, 403)
    assert_error(await client.delete(f"/teams/{team}/members/{world.analyst_a.id}", headers=mb), 403)
    # a team member (not a lead) cannot either
    r = await client.post(
        f"/teams/{team}/members", json={"user_id": str(world.viewer.id)}, headers=auth(world.analyst_a)
    )
    assert_error(r, 403)
    assert await _snapshot(client, world, f"/teams/{team}") == before
    assert await _snapshot(client, world, f"/teams/{team}/members") == members
    # its own manager may not hand the team to someone else (admins only change manager_id)
    r = await client.patch(
        f"/teams/{team}", json={"manager_id": str(world.manager_b.id)}, headers=auth(world.manager_a)
    )
    assert_error(r, 403)


async def test_only_admins_change_other_users(client: httpx.AsyncClient, world: World) -> None:
    target = world.analyst_a
    before = await _snapshot(client, world, f"/users/{target.id}")
    for actor in ("viewer", "analyst_b", "manager_a"):
        h = auth(world.user(actor))
        assert_error(await client.patch(f"/users/{target.id}", json={"full_name": "Pwned"}, headers=h), 403)
        r = await client.patch(f"/users/{target.id}", json={"password": "new-password-123456"}, headers=h)
        assert_error(r, 403)
        assert_error(await client.delete(f"/users/{target.id}", headers=h), 403)
    assert await _snapshot(client, world, f"/users/{target.id}") == before
    # the target still signs in with the old token (nothing was revoked)
    assert (await client.get("/users/me", headers=auth(target))).status_code == 200


async def test_requests_of_others(client: httpx.AsyncClient, world: World) -> None:
    """Another viewer or analyst cannot edit or delete someone's request; a requester cannot review
    their own (status needs manager+)."""
    req = world.ids["request"]
    before = await _snapshot(client, world, f"/requests/{req}")
    for actor in ("viewer", "analyst_b"):
        h = auth(world.user(actor))
        assert_error(await client.patch(f"/requests/{req}", json={"title": "Taken"}, headers=h), 403)
        assert_error(await client.delete(f"/requests/{req}", headers=h), 403)
    r = await client.patch(f"/requests/{req}", json={"status": "under_review"}, headers=auth(world.requester))
    assert_error(r, 403)
    assert await _snapshot(client, world, f"/requests/{req}") == before


async def test_notes_of_others(
    client: httpx.AsyncClient, world: World, make_user: Any, make_team: Any
) -> None:
    """An analyst on the initiative who is not the note's author may not edit or delete it."""
    note = world.ids["note"]
    colleague = await make_user("analyst")
    # a stakeholder of initiative A: may write the initiative, but not someone else's note
    r = await client.post(
        fill("/initiatives/{initiative}/stakeholders", world),
        json={"user_id": str(colleague.id), "role": "sme"},
        headers=auth(world.admin),
    )
    assert r.status_code == 201, r.text
    before = await _snapshot(client, world, fill("/initiatives/{initiative}/notes", world))
    h = auth(colleague)
    assert_error(await client.patch(f"/notes/{note}", json={"content": "edited"}, headers=h), 403)
    assert_error(await client.delete(f"/notes/{note}", headers=h), 403)
    assert await _snapshot(client, world, fill("/initiatives/{initiative}/notes", world)) == before


async def test_a_lead_analyst_cannot_decide_their_own_gate(client: httpx.AsyncClient, world: World) -> None:
    """A manager who leads the initiative may not review its gate (403 whatever their role)."""
    ini_b = world.ini_b["id"]
    r = await client.patch(
        f"/initiatives/{ini_b}", json={"lead_analyst_id": str(world.manager_b.id)}, headers=auth(world.admin)
    )
    assert r.status_code == 200, r.text
    r = await client.post(
        f"/initiatives/{ini_b}/phases/define/gate",
        json={"decision": "approved"},
        headers=auth(world.manager_b),
    )
    assert_error(r, 403)


async def test_deleted_initiatives_children_are_404(client: httpx.AsyncClient, world: World) -> None:
    await world.with_data(client)
    assert (
        await client.delete(fill("/initiatives/{initiative}", world), headers=auth(world.admin))
    ).status_code == 204
    for template in ("/initiatives/{initiative}", "/actions/{action}", "/artifacts/{artifact}", "/metrics/{metric}",
                     "/documents/{document}", "/datasets/{dataset}", "/analyses/{analysis}"):  # fmt: skip
        assert_error(await client.get(fill(template, world), headers=auth(world.admin)), 404)
    r = await client.patch(fill("/actions/{action}", world), json={"title": "x"}, headers=auth(world.admin))
    assert_error(r, 404)


@pytest.mark.skipif(
    bool({"ai_chat", "get_conversation", "list_conversations"} & NOT_IMPLEMENTED),
    reason="AI conversations are not implemented yet (501)",
)
async def test_conversations_are_private(client: httpx.AsyncClient, world: World) -> None:
    r = await client.post("/ai/chat", json={"message": "How do I start?"}, headers=auth(world.analyst_a))
    assert r.status_code == 200, r.text
    conversation = r.json()["conversation_id"]
    for actor in ("viewer", "analyst_b", "manager_a"):
        h = auth(world.user(actor))
        assert_error(await client.get(f"/ai/conversations/{conversation}", headers=h), 404)
        r = await client.post("/ai/chat", json={"message": "hi", "conversation_id": conversation}, headers=h)
        assert_error(r, 404)
        listed = await client.get("/ai/conversations", headers=h)
        assert conversation not in [c["id"] for c in listed.json()["items"]]
    r = await client.get(f"/ai/conversations/{conversation}", headers=auth(world.admin))
    assert r.status_code == 200, r.text


@pytest.mark.skipif(
    bool({"create_report", "get_report", "download_report", "list_reports"} & NOT_IMPLEMENTED),
    reason="reports are not implemented yet (501)",
)
async def test_reports_are_visible_to_their_requester_and_managers(
    client: httpx.AsyncClient, world: World
) -> None:
    r = await client.post(
        "/reports",
        json={
            "report_type": "initiative_report",
            "format": "html",
            "parameters": {"initiative_id": world.ids["initiative"]},
        },
        headers=auth(world.analyst_a),
    )
    assert r.status_code == 202, r.text
    report, job = r.json()["report"]["id"], r.json()["job"]["id"]
    for actor in ("viewer", "analyst_b"):
        h = auth(world.user(actor))
        assert_error(await client.get(f"/reports/{report}", headers=h), 404)
        assert_error(await client.get(f"/reports/{report}/download", headers=h), 404)
        assert_error(await client.get(f"/jobs/{job}", headers=h), 404)  # the report's job too
        listed = await client.get("/reports", headers=h)
        assert report not in [x["id"] for x in listed.json()["items"]]
    assert (await client.get(f"/reports/{report}", headers=auth(world.manager_b))).status_code == 200
    assert (await client.get(f"/jobs/{job}", headers=auth(world.analyst_a))).status_code == 200


async def test_unknown_ids_are_404(client: httpx.AsyncClient, world: World) -> None:
    unknown = str(uuid4())
    for template in ("/actions/{x}", "/artifacts/{x}", "/metrics/{x}", "/documents/{x}", "/datasets/{x}",
                     "/analyses/{x}", "/jobs/{x}", "/requests/{x}", "/teams/{x}", "/users/{x}",
                     "/workload/{x}", "/notes/{x}", "/external-stakeholders/{x}"):  # fmt: skip
        path = template.format(x=unknown)
        method = (
            "DELETE" if template in ("/workload/{x}", "/notes/{x}", "/external-stakeholders/{x}") else "GET"
        )
        assert_error(await client.request(method, path, headers=auth(world.admin)), 404)
