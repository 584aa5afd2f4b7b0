"""Artifacts: /initiatives/{id}/phases/{phase}/artifacts and /artifacts/{artifact_id}."""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import AuditEvent, PhaseArtifact, User
from tests.conftest import MakeUser, auth

CHARTER = {
    "problem_statement": "Invoices wait 12 days for approval",
    "goal_statement": "Approve 90% of invoices within 3 days by Q3",
    "scope": "Supplier invoices under 10k",
    "team": [{"name": "Ana", "role": "lead"}],
    "milestones": [{"name": "Baseline", "due_date": "2025-03-01", "done": False}],
}


async def make_initiative(
    client: httpx.AsyncClient, admin: User, lead: User, **fields: Any
) -> dict[str, Any]:
    body = {"title": "Shorten invoice approval", "lead_analyst_id": str(lead.id), **fields}
    r = await client.post("/initiatives", json=body, headers=auth(admin))
    assert r.status_code == 201, r.text
    return r.json()


def artifacts_url(ini: dict[str, Any], phase: str) -> str:
    return f"/initiatives/{ini['id']}/phases/{phase}/artifacts"


async def create(
    client: httpx.AsyncClient, ini: dict[str, Any], phase: str, who: User, **body: Any
) -> httpx.Response:
    return await client.post(artifacts_url(ini, phase), json=body, headers=auth(who))


async def stored(db: AsyncSession, artifact_id: str) -> PhaseArtifact | None:
    return await db.get(PhaseArtifact, UUID(artifact_id), populate_existing=True)


async def events(db: AsyncSession, artifact_id: str) -> list[AuditEvent]:
    rows = await db.execute(
        select(AuditEvent)
        .where(AuditEvent.entity_type == "phase_artifact", AuditEvent.entity_id == UUID(artifact_id))
        .order_by(AuditEvent.occurred_at, AuditEvent.created_at)
    )
    return list(rows.scalars())


async def test_create_get_and_the_audit_trail(
    client: httpx.AsyncClient, db: AsyncSession, admin: User, analyst: User, viewer: User
) -> None:
    ini = await make_initiative(client, admin, analyst)
    r = await create(
        client, ini, "define", analyst, artifact_type="project_charter", title="Charter", content=CHARTER
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["artifact_type"] == "project_charter"
    assert body["phase_name"] == "define"
    assert body["initiative_id"] == ini["id"]
    assert body["version"] == 1
    assert body["status"] == "draft"
    assert body["created_by"] == str(analyst.id)
    assert body["content"] == CHARTER
    assert r.headers["location"] == f"/api/v1/artifacts/{body['id']}"
    etag = r.headers["etag"]

    row = await stored(db, body["id"])
    assert row is not None
    assert row.version == 1 and row.created_by == analyst.id and row.content == CHARTER
    assert str(row.initiative_id) == ini["id"]
    trail = await events(db, body["id"])
    assert [e.action for e in trail] == ["create"]
    assert trail[0].actor_id == analyst.id and trail[0].initiative_id == UUID(ini["id"])
    assert trail[0].changes["artifact_type"] == [None, "project_charter"]

    r = await client.get(f"/artifacts/{body['id']}", headers=auth(viewer))
    assert r.status_code == 200, r.text
    assert r.json() == body
    assert r.headers["etag"] == etag
    # a free-form type takes any object; artifacts may be added whatever the phase's status
    r = await create(
        client,
        ini,
        "control",
        analyst,
        artifact_type="monitoring_plan",
        title="M",
        content={"any": [1, {"x": None}]},
    )
    assert r.status_code == 201, r.text
    assert r.json()["content"] == {"any": [1, {"x": None}]}
    r = await create(client, ini, "measure", analyst, artifact_type="process_map", title="Map")
    assert r.status_code == 201 and r.json()["content"] == {}


async def test_type_must_belong_to_the_phase(
    client: httpx.AsyncClient, db: AsyncSession, admin: User, analyst: User
) -> None:
    ini = await make_initiative(client, admin, analyst)
    for phase, wrong in (("define", "fmea"), ("measure", "project_charter"), ("control", "a3_report")):
        r = await create(client, ini, phase, analyst, artifact_type=wrong, title="Wrong")
        assert r.status_code == 422, r.text
        assert r.json()["fields"][0]["loc"] == ["body", "artifact_type"]
    r = await create(client, ini, "analyze", analyst, artifact_type="fmea", title="FMEA")
    assert r.status_code == 201, r.text
    rows = (
        await db.execute(select(PhaseArtifact).where(PhaseArtifact.initiative_id == UUID(ini["id"])))
    ).scalars()
    assert [a.artifact_type for a in rows] == ["fmea"]
    r = await create(client, ini, "define", analyst, artifact_type="not_a_type", title="X")
    assert r.status_code == 422

    # phases of other methodologies accept any type
    kaizen = await make_initiative(client, admin, analyst, methodology="kaizen")
    r = await create(client, kaizen, "prepare", analyst, artifact_type="kaizen_charter", title="K")
    assert r.status_code == 201, r.text
    r = await create(client, kaizen, "sustain", analyst, artifact_type="control_plan", title="CP")
    assert r.status_code == 201, r.text
    dmadv = await make_initiative(client, admin, analyst, methodology="dmadv")
    r = await create(client, dmadv, "design", analyst, artifact_type="fmea", title="Design FMEA")
    assert r.status_code == 201, r.text
    # … but a DMADV phase named define is a define phase
    r = await create(client, dmadv, "define", analyst, artifact_type="fmea", title="Early FMEA")
    assert r.status_code == 422
    # a phase outside the methodology is 404
    r = await create(client, ini, "prepare", analyst, artifact_type="kaizen_charter", title="K")
    assert r.status_code == 404, r.text


async def test_content_shapes_are_validated(client: httpx.AsyncClient, admin: User, analyst: User) -> None:
    ini = await make_initiative(client, admin, analyst)
    cases: list[tuple[str, str, dict[str, Any], list[Any]]] = [
        ("define", "project_charter", {"problem": "x"}, ["body", "content"]),
        ("define", "project_charter", {"team": [{"role": "lead"}]}, ["body", "content", "team", 0]),
        (
            "define",
            "project_charter",
            {"milestones": [{"name": "M", "due_date": "soon"}]},
            ["body", "content", "milestones", 0, "due_date"],
        ),
        ("define", "sipoc", {"suppliers": "Acme"}, ["body", "content", "suppliers"]),
        ("define", "sipoc", {"inputs": [1]}, ["body", "content", "inputs", 0]),
        ("analyze", "five_why", {"whys": "because"}, ["body", "content", "whys"]),
        (
            "analyze",
            "fishbone_diagram",
            {"categories": {"method": "none"}},
            ["body", "content", "categories", "method"],
        ),
        (
            "analyze",
            "fmea",
            {"rows": [{"failure_mode": "Lost", "severity": 11, "occurrence": 1, "detection": 1}]},
            ["body", "content", "rows", 0, "severity"],
        ),
        (
            "analyze",
            "fmea",
            {"rows": [{"failure_mode": "Lost", "severity": 2, "occurrence": 1}]},
            ["body", "content", "rows", 0],
        ),
        (
            "control",
            "control_plan",
            {"rows": [{"characteristic": "Cycle time", "sample_size": 0}]},
            ["body", "content", "rows", 0, "sample_size"],
        ),
    ]
    for phase, artifact_type, content, loc in cases:
        r = await create(client, ini, phase, analyst, artifact_type=artifact_type, title="T", content=content)
        assert r.status_code == 422, (artifact_type, content, r.text)
        body = r.json()
        assert body["error"] == "validation_error"
        assert body["fields"][0]["loc"] == loc, (artifact_type, body)
    r = await client.get(artifacts_url(ini, "define"), headers=auth(analyst))
    assert r.json()["total"] == 0
    good = [
        ("define", "sipoc", {"suppliers": ["Acme"], "customers": ["AP team"]}),
        ("analyze", "five_why", {"problem": "Late", "whys": ["a", "b"], "root_cause": "c"}),
        ("analyze", "fishbone_diagram", {"effect": "Late", "categories": {"method": ["No owner"]}}),
        ("control", "control_plan", {"rows": [{"characteristic": "Cycle time", "sample_size": 5}]}),
        ("define", "project_charter", {}),
    ]
    for phase, artifact_type, content in good:
        r = await create(client, ini, phase, analyst, artifact_type=artifact_type, title="T", content=content)
        assert r.status_code == 201, r.text
        assert r.json()["content"] == content


async def test_fmea_rpn_is_computed_by_the_server(
    client: httpx.AsyncClient, db: AsyncSession, admin: User, analyst: User
) -> None:
    ini = await make_initiative(client, admin, analyst)
    rows = [
        {
            "step": "Receive",
            "failure_mode": "Lost invoice",
            "severity": 7,
            "occurrence": 3,
            "detection": 4,
            "rpn": 1,
        },
        {"failure_mode": "Wrong amount", "severity": 9, "occurrence": 2, "detection": 5},
        {"failure_mode": "Late", "severity": 10, "occurrence": 10, "detection": 10, "rpn": 99999},
    ]
    r = await create(
        client, ini, "analyze", analyst, artifact_type="fmea", title="FMEA", content={"rows": rows}
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert [row["rpn"] for row in body["content"]["rows"]] == [84, 90, 1000]
    assert body["content"]["rows"][0]["step"] == "Receive"
    row = await stored(db, body["id"])
    assert row is not None and [x["rpn"] for x in row.content["rows"]] == [84, 90, 1000]

    r = await client.patch(
        f"/artifacts/{body['id']}",
        json={
            "content": {
                "rows": [
                    {
                        "failure_mode": "Lost invoice",
                        "severity": 2,
                        "occurrence": 3,
                        "detection": 4,
                        "rpn": 500,
                    }
                ]
            }
        },
        headers=auth(analyst),
    )
    assert r.status_code == 200, r.text
    assert r.json()["content"]["rows"] == [
        {"failure_mode": "Lost invoice", "severity": 2, "occurrence": 3, "detection": 4, "rpn": 24}
    ]
    assert r.json()["version"] == 2


async def test_updates_bump_the_version_and_a_stale_if_match_changes_nothing(
    client: httpx.AsyncClient, db: AsyncSession, admin: User, analyst: User
) -> None:
    ini = await make_initiative(client, admin, analyst)
    r = await create(
        client, ini, "define", analyst, artifact_type="sipoc", title="SIPOC", content={"suppliers": ["A"]}
    )
    artifact = r.json()
    url = f"/artifacts/{artifact['id']}"
    first_etag = r.headers["etag"]

    r = await client.patch(url, json={"title": "SIPOC v2"}, headers={**auth(analyst), "If-Match": first_etag})
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2 and r.json()["title"] == "SIPOC v2"
    second_etag = r.headers["etag"]
    assert second_etag != first_etag
    r = await client.get(url, headers=auth(analyst))
    assert r.headers["etag"] == second_etag

    # the first ETag is stale now: 412 and nothing changes
    r = await client.patch(
        url,
        json={"title": "Lost update", "status": "reviewed"},
        headers={**auth(analyst), "If-Match": first_etag},
    )
    assert r.status_code == 412, r.text
    assert r.json()["error"] == "precondition_failed"
    row = await stored(db, artifact["id"])
    assert row is not None and row.title == "SIPOC v2" and row.version == 2 and row.status == "draft"
    r = await client.delete(url, headers={**auth(analyst), "If-Match": first_etag})
    assert r.status_code == 412
    assert await stored(db, artifact["id"]) is not None

    # content is replaced as a whole and validated; status moves freely
    r = await client.patch(
        url,
        json={"content": {"customers": ["AP"]}, "status": "complete"},
        headers={**auth(analyst), "If-Match": second_etag},
    )
    assert r.status_code == 200, r.text
    assert r.json()["content"] == {"customers": ["AP"]} and r.json()["version"] == 3
    r = await client.patch(url, json={"status": "draft"}, headers=auth(analyst))
    assert r.status_code == 200 and r.json()["version"] == 4 and r.json()["status"] == "draft"
    r = await client.patch(url, json={"content": {"customers": "AP"}}, headers=auth(analyst))
    assert r.status_code == 422
    assert r.json()["fields"][0]["loc"] == ["body", "content", "customers"]
    # artifact_type is immutable (not part of ArtifactUpdate)
    r = await client.patch(url, json={"artifact_type": "project_charter"}, headers=auth(analyst))
    assert r.status_code == 422
    r = await client.patch(url, json={}, headers=auth(analyst))
    assert r.status_code == 422
    row = await stored(db, artifact["id"])
    assert row is not None
    assert (row.version, row.artifact_type, row.content, row.status) == (
        4,
        "sipoc",
        {"customers": ["AP"]},
        "draft",
    )

    trail = await events(db, artifact["id"])
    assert sorted(e.action for e in trail) == ["create", "status_change", "update", "update"]
    titled = [e for e in trail if e.action == "update" and "title" in e.changes]
    assert len(titled) == 1
    assert titled[0].changes["title"] == ["SIPOC", "SIPOC v2"]
    assert titled[0].changes["version"] == [1, 2]
    assert titled[0].actor_id == analyst.id


async def test_list_filters_sort_and_pagination(
    client: httpx.AsyncClient, admin: User, analyst: User, viewer: User
) -> None:
    ini = await make_initiative(client, admin, analyst)
    for artifact_type, title, status in (
        ("project_charter", "Charter", "complete"),
        ("sipoc", "sipoc of approvals", "draft"),
        ("voc_ctq_tree", "Voice of 100% customers", "reviewed"),
        ("stakeholder_map", "Stakeholders", "draft"),
    ):
        r = await create(
            client, ini, "define", analyst, artifact_type=artifact_type, title=title, status=status
        )
        assert r.status_code == 201, r.text
    await create(client, ini, "measure", analyst, artifact_type="process_map", title="Elsewhere")
    url = artifacts_url(ini, "define")
    r = await client.get(url, headers=auth(viewer))
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] == 4
    # (created_at is the transaction's time, the same for every row of this test's transaction)
    assert {a["title"] for a in page["items"]} == {
        "Stakeholders",
        "Voice of 100% customers",
        "sipoc of approvals",
        "Charter",
    }
    assert "content" not in page["items"][0]
    r = await client.get(f"{url}?sort=title&order=asc", headers=auth(viewer))
    assert [a["title"] for a in r.json()["items"]] == [
        "Charter",
        "sipoc of approvals",
        "Stakeholders",
        "Voice of 100% customers",
    ]
    r = await client.get(f"{url}?status=draft,reviewed&sort=artifact_type&order=asc", headers=auth(viewer))
    assert [a["artifact_type"] for a in r.json()["items"]] == ["sipoc", "stakeholder_map", "voc_ctq_tree"]
    r = await client.get(f"{url}?artifact_type=project_charter,sipoc", headers=auth(viewer))
    assert {a["artifact_type"] for a in r.json()["items"]} == {"project_charter", "sipoc"}
    r = await client.get(f"{url}?q=SIPOC", headers=auth(viewer))
    assert [a["title"] for a in r.json()["items"]] == ["sipoc of approvals"]
    r = await client.get(f"{url}?q=100%25", headers=auth(viewer))  # % is literal
    assert [a["title"] for a in r.json()["items"]] == ["Voice of 100% customers"]
    r = await client.get(f"{url}?q=_", headers=auth(viewer))
    assert r.json()["total"] == 0
    r = await client.get(f"{url}?page_size=3&sort=title&order=asc", headers=auth(viewer))
    assert r.json()["total"] == 4 and r.json()["has_more"] is True and len(r.json()["items"]) == 3
    r = await client.get(f"{url}?page_size=3&page=2&sort=title&order=asc", headers=auth(viewer))
    assert [a["title"] for a in r.json()["items"]] == ["Voice of 100% customers"]
    assert r.json()["has_more"] is False
    for bad in ("sort=content", "status=final", "artifact_type=nope", "page_size=101"):
        r = await client.get(f"{url}?{bad}", headers=auth(viewer))
        assert r.status_code == 422, bad


async def test_delete_brings_the_gate_blocker_back(
    client: httpx.AsyncClient, db: AsyncSession, admin: User, analyst: User
) -> None:
    ini = await make_initiative(client, admin, analyst)
    r = await create(client, ini, "define", analyst, artifact_type="project_charter", title="Charter")
    artifact = r.json()
    etag = r.headers["etag"]
    r = await client.delete(f"/artifacts/{artifact['id']}", headers={**auth(analyst), "If-Match": etag})
    assert r.status_code == 204, r.text
    assert await stored(db, artifact["id"]) is None
    r = await client.get(f"/artifacts/{artifact['id']}", headers=auth(analyst))
    assert r.status_code == 404
    trail = {e.action: e for e in await events(db, artifact["id"])}
    assert set(trail) == {"create", "delete"}
    assert trail["delete"].changes["artifact_type"] == ["project_charter", None]
    # the define gate is blocked again (readiness is computed from the artifacts)
    from handlers.readiness import readiness
    from handlers.tables import Initiative, Phase

    initiative = await db.get(Initiative, UUID(ini["id"]))
    phase = (
        await db.execute(
            select(Phase).where(Phase.initiative_id == UUID(ini["id"]), Phase.phase_name == "define")
        )
    ).scalar_one()
    assert initiative is not None
    assert (await readiness(db, initiative, phase)).blockers


async def test_auth_permissions_and_not_found(
    client: httpx.AsyncClient,
    db: AsyncSession,
    make_user: MakeUser,
    make_team: Any,
    admin: User,
    analyst: User,
    viewer: User,
) -> None:
    ini = await make_initiative(client, admin, analyst)
    r = await create(client, ini, "define", analyst, artifact_type="sipoc", title="SIPOC")
    artifact = r.json()
    url = f"/artifacts/{artifact['id']}"

    # 401 on every operation
    assert (await client.get(artifacts_url(ini, "define"))).status_code == 401
    assert (
        await client.post(artifacts_url(ini, "define"), json={"artifact_type": "sipoc", "title": "x"})
    ).status_code == 401
    assert (await client.get(url)).status_code == 401
    assert (await client.patch(url, json={"title": "x"})).status_code == 401
    assert (await client.delete(url)).status_code == 401

    # 403: a viewer never writes; an analyst who is not on it and a manager who does not manage its team
    outsider = await make_user("analyst")
    other_manager = await make_user("manager")
    for who in (viewer, outsider, other_manager):
        r = await create(client, ini, "define", who, artifact_type="sipoc", title="x")
        assert r.status_code == 403, r.text
        r = await client.patch(url, json={"title": "x"}, headers=auth(who))
        assert r.status_code == 403, r.text
        r = await client.delete(url, headers=auth(who))
        assert r.status_code == 403, r.text
    row = await stored(db, artifact["id"])
    assert row is not None and row.title == "SIPOC" and row.version == 1
    # … but everyone reads
    for who in (viewer, outsider):
        assert (await client.get(url, headers=auth(who))).status_code == 200
        assert (await client.get(artifacts_url(ini, "define"), headers=auth(who))).status_code == 200

    # a member of the initiative's team and its team's manager may write
    member = await make_user("analyst")
    team_manager = await make_user("manager")
    team = await make_team(members=[(member, "member")], manager_id=team_manager.id)
    team_ini = await make_initiative(client, admin, analyst, team_id=str(team.id))
    for who in (member, team_manager, admin):
        r = await create(client, team_ini, "define", who, artifact_type="sipoc", title="ok")
        assert r.status_code == 201, r.text
        assert r.json()["created_by"] == str(who.id)

    # 404s
    missing = f"/artifacts/{uuid4()}"
    assert (await client.get(missing, headers=auth(viewer))).status_code == 404
    assert (await client.patch(missing, json={"title": "x"}, headers=auth(analyst))).status_code == 404
    assert (await client.delete(missing, headers=auth(analyst))).status_code == 404
    r = await client.get("/initiatives/INI-999999/phases/define/artifacts", headers=auth(viewer))
    assert r.status_code == 404
    r = await create(client, {"id": "INI-999999"}, "define", analyst, artifact_type="sipoc", title="x")
    assert r.status_code == 404
    r = await client.get(artifacts_url(ini, "sustain"), headers=auth(viewer))
    assert r.status_code == 404
    assert (await client.get("/artifacts/not-a-uuid", headers=auth(viewer))).status_code == 422

    # 422 on bad bodies
    for body in (
        {"title": "no type"},
        {"artifact_type": "sipoc"},
        {"artifact_type": "sipoc", "title": ""},
        {"artifact_type": "sipoc", "title": "x", "version": 7},
        {"artifact_type": "sipoc", "title": "x", "created_by": str(analyst.id)},
        {"artifact_type": "sipoc", "title": "x", "content": []},
        {"artifact_type": "sipoc", "title": "x\u0000"},
    ):
        r = await client.post(artifacts_url(ini, "define"), json=body, headers=auth(analyst))
        assert r.status_code == 422, (body, r.text)

    # a deleted initiative's artifacts are 404
    r = await client.delete(f"/initiatives/{ini['id']}", headers=auth(admin))
    assert r.status_code == 204, r.text
    assert (await client.get(url, headers=auth(viewer))).status_code == 404
    assert (await client.patch(url, json={"title": "x"}, headers=auth(analyst))).status_code == 404
    assert (await client.delete(url, headers=auth(analyst))).status_code == 404
    assert (await client.get(artifacts_url(ini, "define"), headers=auth(viewer))).status_code == 404
    assert await stored(db, artifact["id"]) is not None
