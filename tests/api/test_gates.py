"""Gate reviews: POST /initiatives/{id}/phases/{phase}/gate and GET …/gate-reviews."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import AuditEvent, GateReview, Initiative, Phase, User
from tests.conftest import MakeUser, auth

# The artifact each DMAIC gate needs (the type must also belong to the phase).
REQUIRED = {
    "define": "project_charter",
    "measure": "data_collection_plan",
    "improve": "pilot_plan",
    "control": "control_plan",
}


async def make_initiative(
    client: httpx.AsyncClient, creator: User, lead: User | None, **fields: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {"title": "Shorten invoice approval", **fields}
    if lead is not None:
        body["lead_analyst_id"] = str(lead.id)
    r = await client.post("/initiatives", json=body, headers=auth(creator))
    assert r.status_code == 201, r.text
    return r.json()


async def set_phase_status(db: AsyncSession, ini: dict[str, Any], phase: str, status: str) -> None:
    """Arrange a phase's status directly (PATCH /phases has its own tests)."""
    stmt = select(Phase).where(Phase.initiative_id == UUID(ini["id"]), Phase.phase_name == phase)
    row = (await db.execute(stmt.execution_options(populate_existing=True))).scalar_one()
    row.status = status
    await db.commit()


async def submit(db: AsyncSession, ini: dict[str, Any], phase: str) -> None:
    await set_phase_status(db, ini, phase, "pending_review")


async def add_artifact(
    client: httpx.AsyncClient, ini: dict[str, Any], phase: str, artifact_type: str, who: User
) -> None:
    r = await client.post(
        f"/initiatives/{ini['id']}/phases/{phase}/artifacts",
        json={"artifact_type": artifact_type, "title": f"The {artifact_type}", "status": "complete"},
        headers=auth(who),
    )
    assert r.status_code == 201, r.text


async def gate(
    client: httpx.AsyncClient, ini: dict[str, Any], phase: str, who: User, **body: Any
) -> httpx.Response:
    return await client.post(f"/initiatives/{ini['id']}/phases/{phase}/gate", json=body, headers=auth(who))


async def phases_of(db: AsyncSession, initiative_id: str) -> dict[str, Phase]:
    stmt = select(Phase).where(Phase.initiative_id == UUID(initiative_id))
    rows = (await db.execute(stmt.execution_options(populate_existing=True))).scalars()
    return {p.phase_name: p for p in rows}


async def initiative_row(db: AsyncSession, initiative_id: str) -> Initiative:
    row = await db.get(Initiative, UUID(initiative_id), populate_existing=True)
    assert row is not None
    return row


async def gate_events(db: AsyncSession, phase_id: UUID) -> list[AuditEvent]:
    rows = await db.execute(
        select(AuditEvent)
        .where(AuditEvent.entity_id == phase_id, AuditEvent.action == "gate_decision")
        .order_by(AuditEvent.occurred_at)
    )
    return list(rows.scalars())


async def test_gate_refused_with_blockers_then_approved_after_the_charter(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, analyst: User
) -> None:
    ini = await make_initiative(client, manager, analyst)
    await submit(db, ini, "define")

    r = await gate(client, ini, "define", manager, decision="approved")
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["error"] == "conflict" and body["status_code"] == 409
    assert len(body["blockers"]) == 1 and "project_charter" in body["blockers"][0]
    phases = await phases_of(db, ini["id"])
    assert phases["define"].status == "pending_review"
    assert phases["define"].gate_decision == "pending"
    count = (
        await db.execute(select(func.count()).where(GateReview.phase_id == phases["define"].id))
    ).scalar_one()
    assert count == 0
    # conditionally approving is approving too
    r = await gate(
        client, ini, "define", manager, decision="conditionally_approved", comments="c", conditions="x"
    )
    assert r.status_code == 409 and r.json()["blockers"]

    await add_artifact(client, ini, "define", "project_charter", analyst)
    r = await gate(client, ini, "define", manager, decision="approved")
    assert r.status_code == 201, r.text
    review = r.json()
    assert review["attempt"] == 1
    assert review["decision"] == "approved"
    assert review["reviewer_id"] == str(manager.id)
    assert review["phase_name"] == "define"
    assert review["initiative_id"] == ini["id"]
    assert review["readiness"] == {"ready": True, "blockers": [], "warnings": []}
    assert r.headers["location"] == f"/api/v1/initiatives/{ini['id']}/phases/define/gate-reviews"
    assert r.headers["etag"]

    phases = await phases_of(db, ini["id"])
    define, measure = phases["define"], phases["measure"]
    assert define.status == "completed" and define.completed_at is not None
    assert define.gate_decision == "approved"
    assert define.gate_decided_by == manager.id
    assert define.gate_decided_at is not None
    assert define.gate_notes is None
    assert measure.status == "in_progress" and measure.started_at is not None
    assert phases["analyze"].status == "not_started"
    row = await initiative_row(db, ini["id"])
    assert row.current_phase == "measure"
    assert row.phase_progress["define"] == 100
    assert row.status == "active"
    stored = (await db.execute(select(GateReview).where(GateReview.phase_id == define.id))).scalars().all()
    assert [(g.attempt, g.decision, g.reviewer_id) for g in stored] == [(1, "approved", manager.id)]
    assert stored[0].readiness == {"ready": True, "blockers": [], "warnings": []}
    events = await gate_events(db, define.id)
    assert len(events) == 1
    assert events[0].entity_type == "phase" and events[0].actor_id == manager.id
    assert events[0].initiative_id == UUID(ini["id"])
    assert events[0].changes["status"] == ["pending_review", "completed"]
    assert events[0].changes["current_phase"] == ["define", "measure"]

    # the initiative's profile agrees
    r = await client.get(f"/initiatives/{ini['id']}", headers=auth(analyst))
    assert r.json()["current_phase"] == "measure"
    assert {p["phase_name"]: p["status"] for p in r.json()["phases"]}["define"] == "completed"


async def test_the_lead_analyst_may_not_decide_whatever_their_role(
    client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, admin: User
) -> None:
    lead_manager = await make_user("manager")
    ini = await make_initiative(client, admin, lead_manager)
    await add_artifact(client, ini, "define", "project_charter", lead_manager)
    await submit(db, ini, "define")
    r = await gate(client, ini, "define", lead_manager, decision="approved")
    assert r.status_code == 403, r.text
    assert r.json()["error"] == "forbidden"

    lead_admin = await make_user("admin")
    other = await make_initiative(client, admin, lead_admin)
    await add_artifact(client, other, "define", "project_charter", lead_admin)
    await submit(db, other, "define")
    r = await gate(client, other, "define", lead_admin, decision="approved")
    assert r.status_code == 403, r.text
    # an admin who does not lead it may
    r = await gate(client, other, "define", admin, decision="approved")
    assert r.status_code == 201, r.text
    phases = await phases_of(db, ini["id"])
    assert phases["define"].status == "pending_review"


async def test_min_role_auth_and_not_found(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, analyst: User, viewer: User, admin: User
) -> None:
    ini = await make_initiative(client, manager, analyst)
    await add_artifact(client, ini, "define", "project_charter", analyst)
    await submit(db, ini, "define")
    url = f"/initiatives/{ini['id']}/phases/define/gate"
    r = await client.post(url, json={"decision": "approved"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    for who in (analyst, viewer):
        r = await gate(client, ini, "define", who, decision="approved")
        assert r.status_code == 403, r.text
    r = await gate(client, {"id": "INI-999999"}, "define", manager, decision="approved")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = await gate(client, ini, "prepare", manager, decision="approved")  # not a DMAIC phase
    assert r.status_code == 404
    r = await gate(client, ini, "define", manager, decision="pending")  # not a decision
    assert r.status_code == 422
    r = await gate(client, ini, "define", manager, decision="approved", reviewer_id=str(manager.id))
    assert r.status_code == 422
    r = await client.get(f"/initiatives/{ini['id']}/phases/define/gate-reviews")
    assert r.status_code == 401
    r = await client.get("/initiatives/INI-999999/phases/define/gate-reviews", headers=auth(viewer))
    assert r.status_code == 404
    r = await client.get(f"/initiatives/{ini['id']}/phases/sustain/gate-reviews", headers=auth(viewer))
    assert r.status_code == 404
    r = await client.get(
        f"/initiatives/{ini['id']}/phases/define/gate-reviews?sort=nope", headers=auth(viewer)
    )
    assert r.status_code == 422
    # a deleted initiative is 404 for gates too
    r = await client.delete(f"/initiatives/{ini['id']}", headers=auth(admin))
    assert r.status_code == 204, r.text
    r = await gate(client, ini, "define", manager, decision="approved")
    assert r.status_code == 404
    phases = await phases_of(db, ini["id"])
    assert phases["define"].gate_decision == "pending"


async def test_comments_required_unless_approved_and_conditions_when_conditional(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, analyst: User
) -> None:
    ini = await make_initiative(client, manager, analyst)
    await add_artifact(client, ini, "define", "project_charter", analyst)
    await submit(db, ini, "define")
    for decision in ("returned", "rejected", "on_hold", "conditionally_approved"):
        r = await gate(client, ini, "define", manager, decision=decision)
        assert r.status_code == 422, r.text
        assert r.json()["fields"][0]["loc"] == ["body", "comments"]
    r = await gate(client, ini, "define", manager, decision="returned", comments="   ")
    assert r.status_code == 422
    r = await gate(client, ini, "define", manager, decision="conditionally_approved", comments="Fine")
    assert r.status_code == 422
    assert r.json()["fields"][0]["loc"] == ["body", "conditions"]
    phases = await phases_of(db, ini["id"])
    assert phases["define"].status == "pending_review"

    r = await gate(
        client,
        ini,
        "define",
        manager,
        decision="conditionally_approved",
        comments="Good charter",
        conditions="Add the finance reviewer by Friday",
    )
    assert r.status_code == 201, r.text
    assert r.json()["conditions"] == "Add the finance reviewer by Friday"
    assert r.json()["comments"] == "Good charter"
    phases = await phases_of(db, ini["id"])
    assert phases["define"].status == "completed"
    assert phases["define"].gate_decision == "conditionally_approved"
    assert phases["define"].gate_notes == "Good charter"
    assert phases["measure"].status == "in_progress"


async def test_attempts_returned_on_hold_rejected_and_the_history(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, analyst: User, viewer: User
) -> None:
    ini = await make_initiative(client, manager, analyst)
    await submit(db, ini, "define")

    # returned: back to in_progress (blockers do not stop a non-approving decision)
    r = await gate(client, ini, "define", manager, decision="returned", comments="No charter yet")
    assert r.status_code == 201, r.text
    assert r.json()["attempt"] == 1
    assert r.json()["readiness"]["ready"] is False and r.json()["readiness"]["blockers"]
    phases = await phases_of(db, ini["id"])
    assert phases["define"].status == "in_progress"
    assert phases["define"].gate_decision == "returned"
    assert phases["define"].gate_notes == "No charter yet"
    # no longer pending_review: a second decision is 409
    r = await gate(client, ini, "define", manager, decision="rejected", comments="again")
    assert r.status_code == 409 and "blockers" not in r.json()

    await add_artifact(client, ini, "define", "project_charter", analyst)
    await submit(db, ini, "define")
    r = await gate(client, ini, "define", manager, decision="on_hold", comments="Sponsor away")
    assert r.status_code == 201 and r.json()["attempt"] == 2
    phases = await phases_of(db, ini["id"])
    assert phases["define"].status == "pending_review" and phases["define"].gate_decision == "on_hold"

    r = await gate(client, ini, "define", manager, decision="rejected", comments="Scope too wide")
    assert r.status_code == 201 and r.json()["attempt"] == 3
    phases = await phases_of(db, ini["id"])
    assert phases["define"].status == "in_progress" and phases["define"].gate_decision == "rejected"
    assert (await initiative_row(db, ini["id"])).current_phase == "define"

    await submit(db, ini, "define")
    r = await gate(client, ini, "define", manager, decision="approved")
    assert r.status_code == 201 and r.json()["attempt"] == 4
    assert len(await gate_events(db, phases["define"].id)) == 4

    url = f"/initiatives/{ini['id']}/phases/define/gate-reviews"
    r = await client.get(url, headers=auth(viewer))
    assert r.status_code == 200, r.text
    page = r.json()
    assert [g["attempt"] for g in page["items"]] == [4, 3, 2, 1]
    assert [g["decision"] for g in page["items"]] == ["approved", "rejected", "on_hold", "returned"]
    assert page["total"] == 4 and page["has_more"] is False
    assert all(g["phase_name"] == "define" and g["initiative_id"] == ini["id"] for g in page["items"])
    r = await client.get(f"{url}?order=asc&page_size=3", headers=auth(viewer))
    page = r.json()
    assert [g["attempt"] for g in page["items"]] == [1, 2, 3]
    assert page["total"] == 4 and page["has_more"] is True
    r = await client.get(f"{url}?order=asc&page_size=3&page=2", headers=auth(viewer))
    assert [g["attempt"] for g in r.json()["items"]] == [4]
    r = await client.get(f"{url}?decision=returned,rejected", headers=auth(viewer))
    assert [g["attempt"] for g in r.json()["items"]] == [3, 1]
    assert r.json()["total"] == 2
    r = await client.get(f"{url}?decision=conditionally_approved", headers=auth(viewer))
    assert r.json() == {"items": [], "total": 0, "page": 1, "page_size": 25, "has_more": False}
    r = await client.get(f"{url}?decision=pending", headers=auth(viewer))
    assert r.status_code == 422
    # by number too, and the other phase's history is its own
    r = await client.get(
        f"/initiatives/{ini['initiative_number']}/phases/measure/gate-reviews", headers=auth(viewer)
    )
    assert r.status_code == 200 and r.json()["total"] == 0


async def test_current_phase_advances_through_to_complete(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, analyst: User
) -> None:
    ini = await make_initiative(client, manager, analyst)
    order = ["define", "measure", "analyze", "improve", "control"]
    for i, name in enumerate(order):
        if name in REQUIRED:
            await add_artifact(client, ini, name, REQUIRED[name], analyst)
        await submit(db, ini, name)
        r = await gate(client, ini, name, manager, decision="approved")
        assert r.status_code == 201, r.text
        row = await initiative_row(db, ini["id"])
        expected = order[i + 1] if i + 1 < len(order) else "complete"
        assert row.current_phase == expected
        assert row.phase_progress[name] == 100
    phases = await phases_of(db, ini["id"])
    assert all(p.status == "completed" and p.completed_at is not None for p in phases.values())
    row = await initiative_row(db, ini["id"])
    assert row.status == "active"  # a gate never changes the initiative's status
    r = await client.get(f"/initiatives/{ini['id']}", headers=auth(analyst))
    assert r.json()["current_phase"] == "complete"
    # a completed phase cannot be decided again
    r = await gate(client, ini, "control", manager, decision="approved")
    assert r.status_code == 409


async def test_approval_skips_skipped_phases(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, analyst: User
) -> None:
    ini = await make_initiative(client, manager, analyst, methodology="kaizen")
    await set_phase_status(db, ini, "execute", "skipped")
    await submit(db, ini, "prepare")
    r = await gate(client, ini, "prepare", manager, decision="approved")  # no required artifact in kaizen
    assert r.status_code == 201, r.text
    phases = await phases_of(db, ini["id"])
    assert phases["execute"].status == "skipped" and phases["execute"].started_at is None
    assert phases["sustain"].status == "in_progress" and phases["sustain"].started_at is not None
    assert (await initiative_row(db, ini["id"])).current_phase == "sustain"


async def test_only_planned_or_active_initiatives_are_decided(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, analyst: User, admin: User
) -> None:
    ini = await make_initiative(client, manager, analyst, status="planned")
    await add_artifact(client, ini, "define", "project_charter", analyst)
    await submit(db, ini, "define")
    r = await client.patch(
        f"/initiatives/{ini['id']}",
        json={"status": "on_hold", "status_reason": "Budget freeze"},
        headers=auth(admin),
    )
    assert r.status_code == 200, r.text
    r = await gate(client, ini, "define", manager, decision="approved")
    assert r.status_code == 409, r.text
    assert "on_hold" in r.json()["detail"]
    r = await client.patch(f"/initiatives/{ini['id']}", json={"status": "planned"}, headers=auth(admin))
    assert r.status_code == 200, r.text
    r = await gate(client, ini, "define", manager, decision="approved")
    assert r.status_code == 201, r.text
    row = await initiative_row(db, ini["id"])
    assert row.status == "planned" and row.current_phase == "measure"
