"""Requests: submission (REQ numbers, requester defaults, on-behalf rules), the requester's and the
manager's edits, every status transition, decline reasons, ETags and If-Match, deletion, AI triage
(through a substituted fake orchestrator), conversion into an initiative, and the list's filters,
sort and pagination."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from generated.models import AgentResponse, Methodology, Priority, TriageResult
from handlers.services import ServiceUnavailableError
from handlers.services.ai import AIOrchestrator, StubAIOrchestrator
from handlers.tables import Request, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

BODY = {
    "title": "Invoices wait too long",
    "description": "Approval is slow.",
    "problem_statement": "Supplier invoices wait 12 days for approval.",
    "desired_outcome": "Approve 90% within 5 days.",
    "business_impact": "40k USD of late fees a year.",
    "requester_dept": "Finance",
    "urgency": "high",
}


# --- helpers -------------------------------------------------------------------------------------------


async def _submit(client: httpx.AsyncClient, user: User, **body: Any) -> dict[str, Any]:
    r = await client.post("/requests", json={**BODY, **body}, headers=auth(user))
    assert r.status_code == 201, r.text
    return dict(r.json())


async def _patch(
    client: httpx.AsyncClient, user: User, request_id: str, body: dict[str, Any], **headers: str
) -> httpx.Response:
    return await client.patch(f"/requests/{request_id}", json=body, headers={**auth(user), **headers})


async def _move(client: httpx.AsyncClient, manager: User, request_id: str, *statuses: str) -> dict[str, Any]:
    """Walk a request through legal transitions as a manager."""
    body: dict[str, Any] = {}
    for status in statuses:
        change: dict[str, Any] = {"status": status}
        if status == "declined":
            change["decline_reason"] = "Not a process problem."
        r = await _patch(client, manager, request_id, change)
        assert r.status_code == 200, r.text
        body = dict(r.json())
    return body


async def _row(db: AsyncSession, request_id: str) -> dict[str, Any] | None:
    result = await db.execute(text("SELECT * FROM requests WHERE id = :id"), {"id": request_id})
    row = result.mappings().one_or_none()
    return dict(row) if row else None


async def _audit(db: AsyncSession, entity_id: str) -> list[dict[str, Any]]:
    """The entity's audit events. Within one test they share ``occurred_at`` (the test's transaction
    time), so their order is not known: pick them with ``_event``."""
    result = await db.execute(text("SELECT * FROM audit_events WHERE entity_id = :id"), {"id": entity_id})
    return [dict(r) for r in result.mappings().all()]


def _event(events: list[dict[str, Any]], action: str, **changed_to: Any) -> dict[str, Any]:
    """The one event of ``action`` whose changes end in the given values (e.g. ``status="declined"``)."""
    found = [
        e
        for e in events
        if e["action"] == action
        and all(e["changes"].get(k, [None, None])[1] == v for k, v in changed_to.items())
    ]
    assert len(found) == 1, events
    return found[0]


async def _touch(db: AsyncSession, request_id: str) -> None:
    """Another writer changes the row (a new updated_at), so ETags read before are stale."""
    await db.execute(
        update(Request)
        .where(Request.id == UUID(request_id))  # type: ignore[arg-type]
        .values(updated_at=func.clock_timestamp() + timedelta(seconds=1))
    )
    await db.commit()


class FakeOrchestrator:
    """Answers triage with a fixed result and records what it was asked."""

    def __init__(self, result: TriageResult | None = None, *, fail: bool = False) -> None:
        self.result = result or TriageResult(
            complexity_score=7,
            recommended_methodology=Methodology.kaizen,
            urgency=Priority.low,
            rationale={"summary": "A fake said so.", "factors": ["size", "data"]},
            suggested_team_id=None,
            suggested_lead_analyst_id=None,
            similar_requests=[uuid4()],
        )
        self.fail = fail
        self.calls: list[dict[str, Any]] = []

    async def route(self, intent: str, context: dict[str, Any]) -> AgentResponse:
        raise NotImplementedError

    async def stream(self, intent: str, context: dict[str, Any]) -> AsyncIterator[AgentResponse]:
        raise NotImplementedError
        yield  # pragma: no cover

    async def triage_request(self, request_data: dict[str, Any]) -> TriageResult:
        self.calls.append(request_data)
        if self.fail:
            raise ServiceUnavailableError("the model is down")
        return self.result


@pytest.fixture
def fake_ai(app: FastAPI) -> FakeOrchestrator:
    fake = FakeOrchestrator()
    app.state.ai_orchestrator = fake
    return fake


# --- authentication and roles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/requests"),
        ("POST", "/requests"),
        ("GET", "/requests/REQ-0001"),
        ("PATCH", "/requests/REQ-0001"),
        ("DELETE", "/requests/REQ-0001"),
        ("POST", "/requests/REQ-0001/triage"),
        ("POST", "/requests/REQ-0001/convert"),
    ],
)
async def test_every_operation_needs_a_token(client: httpx.AsyncClient, method: str, path: str) -> None:
    body = {"title": "x"} if method in ("POST", "PATCH") and not path.endswith("triage") else None
    r = await client.request(method, path, json=body)
    assert_error(r, 401)


@pytest.mark.parametrize("role", ["viewer", "analyst"])
@pytest.mark.parametrize("action", ["triage", "convert"])
async def test_triage_and_convert_are_for_managers(
    client: httpx.AsyncClient, make_user: MakeUser, fake_ai: FakeOrchestrator, role: str, action: str
) -> None:
    user = await make_user(role)
    req = await _submit(client, user)
    body = {} if action == "convert" else None
    r = await client.post(f"/requests/{req['id']}/{action}", json=body, headers=auth(user))
    assert_error(r, 403)
    assert fake_ai.calls == []


# --- create ---------------------------------------------------------------------------------------------


async def test_viewer_submits_with_defaults_location_etag_number_and_audit(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User
) -> None:
    r = await client.post("/requests", json={"title": "Labels misprint"}, headers=auth(viewer))
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/requests/{body['id']}"
    assert r.headers["etag"]
    assert re.fullmatch(r"REQ-\d{4,}", body["request_number"])
    assert body["status"] == "submitted"
    assert body["urgency"] == "medium"
    assert body["requester_user_id"] == str(viewer.id)
    assert body["requester_name"] == viewer.full_name
    assert body["requester_email"] == viewer.email
    for field in (
        "complexity_score",
        "recommended_methodology",
        "triage_rationale",
        "reviewed_by",
        "reviewed_at",
        "decline_reason",
        "converted_initiative_id",
    ):
        assert body[field] is None, field
    row = await _row(db, body["id"])
    assert row is not None
    assert row["request_number"] == body["request_number"]
    assert row["requester_user_id"] == viewer.id
    assert row["status"] == "submitted"
    events = await _audit(db, body["id"])
    assert [(e["entity_type"], e["action"], e["actor_id"]) for e in events] == [
        ("request", "create", viewer.id)
    ]
    assert events[0]["changes"]["request_number"] == [None, body["request_number"]]

    # The next request takes the next number of the sequence.
    second = await _submit(client, viewer)
    assert int(second["request_number"][4:]) == int(body["request_number"][4:]) + 1
    # GET answers the same ETag.
    r = await client.get(f"/requests/{body['id']}", headers=auth(viewer))
    assert (
        r.headers["etag"]
        == (await client.get(f"/requests/{body['id']}", headers=auth(viewer))).headers["etag"]
    )


async def test_sent_requester_fields_are_kept(client: httpx.AsyncClient, analyst: User) -> None:
    body = await _submit(
        client,
        analyst,
        requester_user_id=str(analyst.id),
        requester_name="Ana Lyst",
        requester_email="ana@example.com",
    )
    assert body["requester_user_id"] == str(analyst.id)
    assert (body["requester_name"], body["requester_email"]) == ("Ana Lyst", "ana@example.com")
    assert body["urgency"] == "high"
    assert body["business_impact"] == BODY["business_impact"]


@pytest.mark.parametrize("role", ["viewer", "analyst"])
async def test_only_managers_submit_on_behalf_of_others(
    client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, role: str
) -> None:
    user = await make_user(role)
    other = await make_user("viewer")
    before = (await db.execute(text("SELECT count(*) FROM requests"))).scalar_one()
    r = await client.post("/requests", json={**BODY, "requester_user_id": str(other.id)}, headers=auth(user))
    assert_error(r, 403)
    r = await client.post(
        "/requests",
        json={**BODY, "requester_user_id": None, "requester_name": "X", "requester_email": "x@example.com"},
        headers=auth(user),
    )
    assert_error(r, 403)
    assert (await db.execute(text("SELECT count(*) FROM requests"))).scalar_one() == before


@pytest.mark.parametrize("role", ["manager", "admin"])
async def test_managers_submit_for_another_user_or_an_outsider(
    client: httpx.AsyncClient, make_user: MakeUser, role: str
) -> None:
    user = await make_user(role)
    other = await make_user("viewer", full_name="Olga Other")
    body = await _submit(client, user, requester_user_id=str(other.id))
    assert body["requester_user_id"] == str(other.id)
    assert (body["requester_name"], body["requester_email"]) == ("Olga Other", other.email)

    body = await _submit(
        client,
        user,
        requester_user_id=None,
        requester_name="Grace Liu",
        requester_email="grace@supplier.example",
    )
    assert body["requester_user_id"] is None
    assert body["requester_name"] == "Grace Liu"

    # An outsider needs a name and an email; another user must exist.
    for missing in ("requester_name", "requester_email"):
        outsider = {"requester_user_id": None, "requester_name": "Grace", "requester_email": "g@example.com"}
        del outsider[missing]
        r = await client.post("/requests", json={**BODY, **outsider}, headers=auth(user))
        assert_error(r, 422, field=missing)
    r = await client.post("/requests", json={**BODY, "requester_user_id": str(uuid4())}, headers=auth(user))
    assert_error(r, 422, field="requester_user_id")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, None),  # required: reported on the body
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": "ok", "urgency": "whenever"}, "urgency"),
        ({"title": "ok", "status": "accepted"}, None),
        ({"title": "ok", "requester_email": "not an email"}, "requester_email"),
        ({"title": "ok", "requester_user_id": "nope"}, "requester_user_id"),
        ({"title": "a\x00b"}, "title"),
    ],
)
async def test_create_rejects_bad_input(
    client: httpx.AsyncClient, viewer: User, body: dict[str, Any], field: str | None
) -> None:
    r = await client.post("/requests", json=body, headers=auth(viewer))
    assert_error(r, 422, field=field)


# --- get ------------------------------------------------------------------------------------------------


async def test_get_by_uuid_or_number_and_404(client: httpx.AsyncClient, viewer: User) -> None:
    req = await _submit(client, viewer)
    by_id = await client.get(f"/requests/{req['id']}", headers=auth(viewer))
    by_number = await client.get(f"/requests/{req['request_number']}", headers=auth(viewer))
    assert by_id.status_code == by_number.status_code == 200
    assert by_id.json() == by_number.json() == req
    assert by_id.headers["etag"] == by_number.headers["etag"]
    assert_error(await client.get(f"/requests/{uuid4()}", headers=auth(viewer)), 404)
    assert_error(await client.get("/requests/REQ-999999", headers=auth(viewer)), 404)
    assert_error(await client.get("/requests/INI-0001", headers=auth(viewer)), 422)
    # Every user reads every request, including the seeded ones with triage and review fields.
    seeded = await client.get("/requests/REQ-0001", headers=auth(viewer))
    assert seeded.status_code == 200
    assert seeded.json()["status"] == "converted"


# --- update: who may change what -----------------------------------------------------------------------


async def test_requester_edits_descriptive_fields_while_submitted(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User
) -> None:
    req = await _submit(client, viewer)
    r = await _patch(client, viewer, req["id"], {"title": "Invoices wait 12 days", "urgency": "critical"})
    assert r.status_code == 200, r.text
    assert r.headers["etag"]
    assert r.json()["title"] == "Invoices wait 12 days"
    assert r.json()["urgency"] == "critical"
    row = await _row(db, req["id"])
    assert row is not None
    assert row["title"] == "Invoices wait 12 days"
    assert row["urgency"] == "critical"
    events = await _audit(db, req["id"])
    assert sorted(e["action"] for e in events) == ["create", "update"]
    assert _event(events, "update")["changes"] == {
        "title": [BODY["title"], "Invoices wait 12 days"],
        "urgency": ["high", "critical"],
    }
    assert _event(events, "update")["actor_id"] == viewer.id

    # Review fields are for managers.
    for field, value in (("status", "under_review"), ("review_notes", "x"), ("decline_reason", "y")):
        assert_error(await _patch(client, viewer, req["id"], {field: value}), 403)

    # Once under review the requester may no longer edit.
    await _move(client, manager, req["id"], "under_review")
    assert_error(await _patch(client, viewer, req["id"], {"title": "Too late"}), 403)
    row = await _row(db, req["id"])
    assert row is not None
    assert row["title"] == "Invoices wait 12 days"


@pytest.mark.parametrize("role", ["viewer", "analyst"])
async def test_someone_elses_request_is_403(
    client: httpx.AsyncClient, make_user: MakeUser, viewer: User, role: str
) -> None:
    req = await _submit(client, viewer)
    stranger = await make_user(role)
    assert_error(await _patch(client, stranger, req["id"], {"title": "Mine now"}), 403)
    assert_error(await client.delete(f"/requests/{req['id']}", headers=auth(stranger)), 403)


async def test_managers_edit_any_open_request_and_review_notes(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User
) -> None:
    req = await _move(client, manager, (await _submit(client, viewer))["id"], "under_review")
    r = await _patch(
        client, manager, req["id"], {"title": "Retitled", "review_notes": "Discussed on Monday."}
    )
    assert r.status_code == 200, r.text
    assert r.json()["review_notes"] == "Discussed on Monday."
    # No status change: reviewed_by stays the first reviewer's, reviewed_at unchanged.
    assert r.json()["reviewed_at"] == req["reviewed_at"]
    row = await _row(db, req["id"])
    assert row is not None
    assert row["title"] == "Retitled"


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), "under_review"),
        ((), "declined"),
        (("under_review",), "accepted"),
        (("under_review",), "declined"),
        (("under_review", "accepted"), "declined"),
    ],
)
async def test_legal_transitions_set_the_reviewer(
    client: httpx.AsyncClient,
    db: AsyncSession,
    viewer: User,
    manager: User,
    make_user: MakeUser,
    path: tuple[str, ...],
    target: str,
) -> None:
    req = await _submit(client, viewer)
    await _move(client, manager, req["id"], *path)
    reviewer = await make_user("admin")
    change: dict[str, Any] = {"status": target}
    if target == "declined":
        change["decline_reason"] = "Covered by INI-0042."
    r = await _patch(client, reviewer, req["id"], change)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == target
    assert body["reviewed_by"] == str(reviewer.id)
    assert body["reviewed_at"] is not None
    row = await _row(db, req["id"])
    assert row is not None
    assert (row["status"], row["reviewed_by"]) == (target, reviewer.id)
    assert row["decline_reason"] == change.get("decline_reason")
    last = _event(await _audit(db, req["id"]), "status_change", status=target)
    assert last["actor_id"] == reviewer.id
    assert last["changes"]["status"] == [path[-1] if path else "submitted", target]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), "accepted"),
        (("under_review", "accepted"), "under_review"),
        (("declined",), "under_review"),
        (("declined",), "accepted"),
        (("under_review", "declined"), "accepted"),
    ],
)
async def test_illegal_transitions_are_409(
    client: httpx.AsyncClient,
    db: AsyncSession,
    viewer: User,
    manager: User,
    path: tuple[str, ...],
    target: str,
) -> None:
    req = await _submit(client, viewer)
    await _move(client, manager, req["id"], *path)
    before = await _row(db, req["id"])
    assert_error(await _patch(client, manager, req["id"], {"status": target}), 409)
    assert await _row(db, req["id"]) == before


@pytest.mark.parametrize("target", ["submitted", "converted", "bogus"])
async def test_statuses_a_patch_cannot_name_are_422(
    client: httpx.AsyncClient, viewer: User, manager: User, target: str
) -> None:
    req = await _move(client, manager, (await _submit(client, viewer))["id"], "under_review")
    assert_error(await _patch(client, manager, req["id"], {"status": target}), 422, field="status")


async def test_sending_the_current_status_is_a_no_op(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, admin: User
) -> None:
    req = await _move(client, manager, (await _submit(client, viewer))["id"], "under_review")
    events = len(await _audit(db, req["id"]))
    r = await _patch(client, admin, req["id"], {"status": "under_review"})
    assert r.status_code == 200, r.text
    assert r.json()["reviewed_by"] == str(manager.id)
    assert len(await _audit(db, req["id"])) == events


async def test_declining_needs_a_reason(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User
) -> None:
    req = await _submit(client, viewer)
    assert_error(
        await _patch(client, manager, req["id"], {"status": "declined"}), 422, field="decline_reason"
    )
    assert_error(
        await _patch(client, manager, req["id"], {"status": "declined", "decline_reason": "   "}),
        422,
        field="decline_reason",
    )
    assert_error(
        await _patch(client, manager, req["id"], {"status": "declined", "decline_reason": None}),
        422,
        field="decline_reason",
    )
    row = await _row(db, req["id"])
    assert row is not None
    assert row["status"] == "submitted"
    # A reason stored beforehand counts.
    r = await _patch(client, manager, req["id"], {"decline_reason": "Duplicate of REQ-0005."})
    assert r.status_code == 200
    assert r.json()["status"] == "submitted"
    r = await _patch(client, manager, req["id"], {"status": "declined"})
    assert r.status_code == 200, r.text
    assert r.json()["decline_reason"] == "Duplicate of REQ-0005."
    # A declined request cannot lose its reason.
    assert_error(
        await _patch(client, manager, req["id"], {"decline_reason": None}), 422, field="decline_reason"
    )


async def test_converted_request_refuses_every_change(
    client: httpx.AsyncClient, db: AsyncSession, manager: User, fake_ai: FakeOrchestrator
) -> None:
    # REQ-0001 is converted in the sample data; so is one we convert ourselves.
    req = await _move(client, manager, (await _submit(client, manager))["id"], "under_review", "accepted")
    r = await client.post(f"/requests/{req['id']}/convert", json={}, headers=auth(manager))
    assert r.status_code == 201, r.text
    for number in ("REQ-0001", req["id"]):
        assert_error(await _patch(client, manager, number, {"title": "New"}), 409)
        assert_error(
            await _patch(client, manager, number, {"status": "declined", "decline_reason": "x"}), 409
        )
        assert_error(await client.delete(f"/requests/{number}", headers=auth(manager)), 409)
        assert_error(await client.post(f"/requests/{number}/triage", headers=auth(manager)), 409)
    assert fake_ai.calls == []
    row = await _row(db, req["id"])
    assert row is not None
    assert row["status"] == "converted"


@pytest.mark.parametrize(
    "body",
    [{}, {"title": None}, {"title": ""}, {"unknown": 1}, {"urgency": "soon"}, {"review_notes": "a\x00"}],
)
async def test_update_rejects_bad_input(
    client: httpx.AsyncClient, viewer: User, manager: User, body: dict[str, Any]
) -> None:
    req = await _submit(client, viewer)
    assert_error(await _patch(client, manager, req["id"], body), 422)


async def test_update_and_delete_unknown_are_404(client: httpx.AsyncClient, manager: User) -> None:
    assert_error(await _patch(client, manager, str(uuid4()), {"title": "x"}), 404)
    assert_error(await _patch(client, manager, "REQ-999999", {"title": "x"}), 404)
    assert_error(await client.delete(f"/requests/{uuid4()}", headers=auth(manager)), 404)
    assert_error(await client.post(f"/requests/{uuid4()}/triage", headers=auth(manager)), 404)
    assert_error(await client.post("/requests/REQ-999999/convert", json={}, headers=auth(manager)), 404)


# --- ETags and If-Match -------------------------------------------------------------------------------


async def test_stale_if_match_is_412_and_changes_nothing(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User
) -> None:
    req = await _submit(client, viewer)
    etag = (await client.get(f"/requests/{req['id']}", headers=auth(viewer))).headers["etag"]
    await _touch(db, req["id"])
    assert_error(await _patch(client, viewer, req["id"], {"title": "Lost update"}, **{"If-Match": etag}), 412)
    assert_error(
        await client.delete(f"/requests/{req['id']}", headers={**auth(viewer), "If-Match": etag}), 412
    )
    row = await _row(db, req["id"])
    assert row is not None
    assert row["title"] == BODY["title"]

    fresh = (await client.get(f"/requests/{req['id']}", headers=auth(viewer))).headers["etag"]
    assert fresh != etag
    r = await _patch(client, viewer, req["id"], {"title": "Current"}, **{"If-Match": fresh})
    assert r.status_code == 200, r.text
    r = await _patch(client, viewer, req["id"], {"title": "Anything"}, **{"If-Match": "*"})
    assert r.status_code == 200, r.text


# --- delete ---------------------------------------------------------------------------------------------


async def test_requester_withdraws_while_submitted(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User
) -> None:
    req = await _submit(client, viewer)
    etag = (await client.get(f"/requests/{req['id']}", headers=auth(viewer))).headers["etag"]
    r = await client.delete(f"/requests/{req['request_number']}", headers={**auth(viewer), "If-Match": etag})
    assert r.status_code == 204, r.text
    assert await _row(db, req["id"]) is None
    events = await _audit(db, req["id"])
    assert sorted((e["action"], e["actor_id"]) for e in events) == [
        ("create", viewer.id),
        ("delete", viewer.id),
    ]
    assert _event(events, "delete")["changes"]["request_number"] == [req["request_number"], None]
    assert_error(await client.get(f"/requests/{req['id']}", headers=auth(viewer)), 404)

    # Once reviewed, only a manager may delete it.
    other = await _move(client, manager, (await _submit(client, viewer))["id"], "under_review")
    assert_error(await client.delete(f"/requests/{other['id']}", headers=auth(viewer)), 403)
    assert await _row(db, other["id"]) is not None
    r = await client.delete(f"/requests/{other['id']}", headers=auth(manager))
    assert r.status_code == 204, r.text
    assert await _row(db, other["id"]) is None


# --- triage ---------------------------------------------------------------------------------------------


async def test_triage_stores_the_orchestrators_result_and_starts_the_review(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, fake_ai: FakeOrchestrator
) -> None:
    req = await _submit(client, viewer)
    r = await client.post(f"/requests/{req['request_number']}/triage", headers=auth(manager))
    assert r.status_code == 200, r.text
    assert r.headers["etag"]
    body = r.json()
    expected = fake_ai.result.model_dump(mode="json")
    assert body["complexity_score"] == 7
    assert body["recommended_methodology"] == "kaizen"
    assert body["triage_rationale"] == expected
    assert body["triage_rationale"]["rationale"]["summary"] == "A fake said so."
    assert body["urgency"] == "high"  # the request's own urgency is not changed
    assert body["status"] == "under_review"
    assert body["reviewed_by"] == str(manager.id)
    assert body["reviewed_at"]

    # What the orchestrator was given.
    assert len(fake_ai.calls) == 1
    sent = fake_ai.calls[0]
    assert sent["id"] == req["id"]
    assert sent["request_number"] == req["request_number"]
    assert sent["title"] == BODY["title"]
    assert sent["problem_statement"] == BODY["problem_statement"]
    assert sent["urgency"] == "high"

    row = await _row(db, req["id"])
    assert row is not None
    assert (row["complexity_score"], row["recommended_methodology"]) == (7, "kaizen")
    assert row["triage_rationale"] == expected
    assert (row["status"], row["reviewed_by"]) == ("under_review", manager.id)
    last = _event(await _audit(db, req["id"]), "update", complexity_score=7)
    assert last["actor_id"] == manager.id
    assert last["changes"]["status"] == ["submitted", "under_review"]
    assert last["changes"]["complexity_score"] == [None, 7]


@pytest.mark.parametrize("path", [("under_review",), ("under_review", "accepted")])
async def test_retriage_keeps_the_status(
    client: httpx.AsyncClient,
    db: AsyncSession,
    viewer: User,
    manager: User,
    admin: User,
    app: FastAPI,
    path: tuple[str, ...],
) -> None:
    req = await _move(client, manager, (await _submit(client, viewer))["id"], *path)
    fake = FakeOrchestrator(
        TriageResult(
            complexity_score=2,
            recommended_methodology=Methodology.just_do_it,
            urgency=Priority.medium,
            rationale={"summary": "Small."},
            suggested_team_id=None,
            suggested_lead_analyst_id=None,
            similar_requests=[],
        )
    )
    app.state.ai_orchestrator = fake
    r = await client.post(f"/requests/{req['id']}/triage", headers=auth(admin))
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["status"], body["complexity_score"], body["recommended_methodology"]) == (
        path[-1],
        2,
        "just_do_it",
    )
    assert body["reviewed_by"] == str(manager.id)
    assert body["reviewed_at"] == req["reviewed_at"]
    row = await _row(db, req["id"])
    assert row is not None
    assert row["triage_rationale"]["rationale"] == {"summary": "Small."}


async def test_triage_of_a_declined_request_is_409(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, fake_ai: FakeOrchestrator
) -> None:
    req = await _move(client, manager, (await _submit(client, viewer))["id"], "declined")
    assert_error(await client.post(f"/requests/{req['id']}/triage", headers=auth(manager)), 409)
    assert fake_ai.calls == []
    row = await _row(db, req["id"])
    assert row is not None
    assert row["complexity_score"] is None


async def test_triage_rechecks_the_status_after_the_ai_answers(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, app: FastAPI
) -> None:
    """While the AI thinks, someone else declines the request: triage then refuses to store."""
    req = await _submit(client, viewer)

    class DecliningMeanwhile(FakeOrchestrator):
        async def triage_request(self, request_data: dict[str, Any]) -> TriageResult:
            change = {"status": "declined", "decline_reason": "Declined meanwhile."}
            assert (await _patch(client, manager, req["id"], change)).status_code == 200
            return await super().triage_request(request_data)

    app.state.ai_orchestrator = DecliningMeanwhile()
    assert_error(await client.post(f"/requests/{req['id']}/triage", headers=auth(manager)), 409)
    # (Here the nested decline shares the test's transaction, so the triage's rollback undoes it too;
    # what matters is that no triage result was stored.)
    row = await _row(db, req["id"])
    assert row is not None
    assert row["complexity_score"] is None
    assert row["triage_rationale"] is None


async def test_triage_when_the_ai_is_unavailable_is_503_and_changes_nothing(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, app: FastAPI
) -> None:
    app.state.ai_orchestrator = FakeOrchestrator(fail=True)
    req = await _submit(client, viewer)
    before = await _row(db, req["id"])
    assert_error(await client.post(f"/requests/{req['id']}/triage", headers=auth(manager)), 503)
    assert await _row(db, req["id"]) == before
    assert [e["action"] for e in await _audit(db, req["id"])] == ["create"]


async def test_triage_with_the_stub_engine(client: httpx.AsyncClient, app: FastAPI, manager: User) -> None:
    app.state.ai_orchestrator = StubAIOrchestrator()  # the default is the local engine (tests/ai/)
    short = await _submit(
        client,
        manager,
        title="Fix it",
        description=None,
        problem_statement=None,
        desired_outcome=None,
        business_impact=None,
        urgency="low",
    )
    long = await _submit(
        client,
        manager,
        problem_statement=" ".join(["word"] * 500),
        desired_outcome="Much better.",
        urgency="high",
    )
    results = []
    for req in (short, long):
        r = await client.post(f"/requests/{req['id']}/triage", headers=auth(manager))
        assert r.status_code == 200, r.text
        results.append(r.json())
    assert results[0]["complexity_score"] < results[1]["complexity_score"] == 10
    assert results[0]["recommended_methodology"] == "just_do_it"
    assert results[1]["recommended_methodology"] == "dmadv"
    for result in results:
        TriageResult.model_validate(result["triage_rationale"])
        assert result["triage_rationale"]["rationale"]["summary"]


async def test_stub_orchestrator_answers_every_intent_schema_valid() -> None:
    stub: AIOrchestrator = StubAIOrchestrator()
    for intent, agent in (
        ("chat", "orchestrator"),
        ("coach", "dmaic_coach"),
        ("report_generate", "report_agent"),
    ):
        answer = await stub.route(intent, {"message": "hi"})
        assert answer.agent_type == agent
        assert answer.content
        assert answer.conversation_id is None
        chunks = [c async for c in stub.stream(intent, {"message": "hi"})]
        assert len(chunks) >= 2
        assert chunks[-1] == answer
        assert "".join(c.content for c in chunks[:-1]) == answer.content
    with pytest.raises(ValueError, match="intent"):
        await stub.route("dance", {})


def test_an_unconfigured_llm_engine_is_a_configuration_error(settings: Any) -> None:
    from handlers.app import create_app
    from handlers.services import ServiceConfigurationError

    with pytest.raises(
        ServiceConfigurationError, match="TOLLGATE_AI_ENGINE='llm' needs TOLLGATE_AI_LLM_BASE_URL"
    ):
        create_app(settings.model_copy(update={"ai_engine": "llm"}))


# --- convert --------------------------------------------------------------------------------------------


async def test_convert_creates_the_initiative_with_phases_and_links_both_ways(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, fake_ai: FakeOrchestrator
) -> None:
    req = await _submit(client, viewer)
    r = await client.post(f"/requests/{req['id']}/triage", headers=auth(manager))
    assert r.status_code == 200, r.text
    await _move(client, manager, req["id"], "accepted")
    r = await client.post(f"/requests/{req['request_number']}/convert", json={}, headers=auth(manager))
    assert r.status_code == 201, r.text
    ini = r.json()
    assert r.headers["location"] == f"/api/v1/initiatives/{ini['id']}"
    assert r.headers["etag"]
    # Defaults from the request and its triage.
    assert ini["request_id"] == req["id"]
    assert ini["title"] == BODY["title"]
    assert ini["problem_statement"] == BODY["problem_statement"]
    assert ini["desired_outcome"] == BODY["desired_outcome"]
    assert ini["business_case"] == BODY["business_impact"]
    assert ini["methodology"] == "kaizen"  # the triage's recommendation
    assert ini["priority"] == "high"  # the request's urgency
    assert ini["initiative_type"] == "process_improvement"
    assert ini["status"] == "active"
    assert ini["team_id"] is None
    assert ini["lead_analyst_id"] is None
    assert [(p["phase_name"], p["status"]) for p in ini["phases"]] == [
        ("prepare", "in_progress"),
        ("execute", "not_started"),
        ("sustain", "not_started"),
    ]
    assert ini["current_phase"] == "prepare"

    # Linked both ways, in the database.
    ini_row = (
        (await db.execute(text("SELECT * FROM initiatives WHERE id = :id"), {"id": ini["id"]}))
        .mappings()
        .one()
    )
    assert str(ini_row["request_id"]) == req["id"]
    phases = (
        await db.execute(
            text("SELECT phase_name FROM phases WHERE initiative_id = :id ORDER BY phase_order"),
            {"id": ini["id"]},
        )
    ).scalars()
    assert list(phases) == ["prepare", "execute", "sustain"]
    row = await _row(db, req["id"])
    assert row is not None
    assert row["status"] == "converted"
    assert str(row["converted_initiative_id"]) == ini["id"]
    assert row["reviewed_by"] == manager.id
    got = (await client.get(f"/requests/{req['id']}", headers=auth(viewer))).json()
    assert got["status"] == "converted"
    assert got["converted_initiative_id"] == ini["id"]

    # Audit: the initiative's creation and the request's conversion, both on the initiative's timeline.
    ini_events = await _audit(db, ini["id"])
    assert [(e["entity_type"], e["action"]) for e in ini_events] == [("initiative", "create")]
    assert ini_events[0]["changes"]["request_id"] == [None, req["id"]]
    last = _event(await _audit(db, req["id"]), "status_change", status="converted")
    assert str(last["initiative_id"]) == ini["id"]
    assert last["changes"]["status"] == ["accepted", "converted"]
    assert last["changes"]["converted_initiative_id"] == [None, ini["id"]]

    # A second conversion is refused and creates nothing.
    assert_error(await client.post(f"/requests/{req['id']}/convert", json={}, headers=auth(manager)), 409)
    count = (
        await db.execute(text("SELECT count(*) FROM initiatives WHERE request_id = :id"), {"id": req["id"]})
    ).scalar_one()
    assert count == 1


async def test_convert_takes_overrides_and_triage_suggestions(
    client: httpx.AsyncClient,
    db: AsyncSession,
    viewer: User,
    admin: User,
    make_user: MakeUser,
    make_team: Any,
    app: FastAPI,
) -> None:
    lead = await make_user("analyst")
    sponsor = await make_user("manager")
    team = await make_team(members=[(lead, "member")])
    app.state.ai_orchestrator = FakeOrchestrator(
        TriageResult(
            complexity_score=6,
            recommended_methodology=Methodology.dmaic,
            urgency=Priority.high,
            rationale={"summary": "Team fits."},
            suggested_team_id=team.id,
            suggested_lead_analyst_id=lead.id,
            similar_requests=[],
        )
    )
    req = await _submit(client, viewer)
    assert (await client.post(f"/requests/{req['id']}/triage", headers=auth(admin))).status_code == 200
    await _move(client, admin, req["id"], "accepted")

    # Triage suggestions are the defaults.
    r = await client.post(
        f"/requests/{req['id']}/convert",
        json={
            "title": "Approve invoices in 5 days",
            "methodology": "pdsa",
            "priority": "critical",
            "initiative_type": "cost_reduction",
            "sponsor_id": str(sponsor.id),
            "start_date": "2026-01-05",
            "target_completion": "2026-06-30",
        },
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    ini = r.json()
    assert ini["title"] == "Approve invoices in 5 days"
    assert (ini["methodology"], ini["priority"], ini["initiative_type"]) == (
        "pdsa",
        "critical",
        "cost_reduction",
    )
    assert [p["phase_name"] for p in ini["phases"]] == ["plan", "do", "study", "act"]
    assert ini["team_id"] == str(team.id)
    assert ini["lead_analyst_id"] == str(lead.id)
    assert ini["sponsor_id"] == str(sponsor.id)
    assert (ini["start_date"], ini["target_completion"]) == ("2026-01-05", "2026-06-30")
    assert ini["business_case"] == BODY["business_impact"]


async def test_convert_can_clear_a_suggestion_and_defaults_to_dmaic_when_never_triaged(
    client: httpx.AsyncClient, viewer: User, manager: User
) -> None:
    req = await _move(client, manager, (await _submit(client, viewer))["id"], "under_review", "accepted")
    r = await client.post(f"/requests/{req['id']}/convert", json={"team_id": None}, headers=auth(manager))
    assert r.status_code == 201, r.text
    ini = r.json()
    assert ini["methodology"] == "dmaic"
    assert ini["team_id"] is None
    assert [p["phase_name"] for p in ini["phases"]] == ["define", "measure", "analyze", "improve", "control"]


@pytest.mark.parametrize("path", [(), ("under_review",), ("declined",), ("under_review", "declined")])
async def test_only_accepted_requests_convert(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, path: tuple[str, ...]
) -> None:
    req = await _submit(client, viewer)
    await _move(client, manager, req["id"], *path)
    assert_error(await client.post(f"/requests/{req['id']}/convert", json={}, headers=auth(manager)), 409)
    count = (
        await db.execute(text("SELECT count(*) FROM initiatives WHERE request_id = :id"), {"id": req["id"]})
    ).scalar_one()
    assert count == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"lead_analyst_id": "00000000-0000-4000-8000-000000000001"}, "lead_analyst_id"),
        ({"team_id": "00000000-0000-4000-8000-000000000001"}, "team_id"),
        ({"start_date": "2026-06-01", "target_completion": "2026-05-01"}, "target_completion"),
        ({"methodology": "waterfall"}, "methodology"),
        ({"title": ""}, "title"),
        ({"status": "planned"}, None),
    ],
)
async def test_convert_rejects_bad_overrides_and_changes_nothing(
    client: httpx.AsyncClient,
    db: AsyncSession,
    viewer: User,
    manager: User,
    body: dict[str, Any],
    field: str | None,
) -> None:
    req = await _move(client, manager, (await _submit(client, viewer))["id"], "under_review", "accepted")
    assert_error(
        await client.post(f"/requests/{req['id']}/convert", json=body, headers=auth(manager)),
        422,
        field=field,
    )
    row = await _row(db, req["id"])
    assert row is not None
    assert row["status"] == "accepted"
    assert row["converted_initiative_id"] is None
    count = (
        await db.execute(text("SELECT count(*) FROM initiatives WHERE request_id = :id"), {"id": req["id"]})
    ).scalar_one()
    assert count == 0


# --- list -----------------------------------------------------------------------------------------------


async def _count(db: AsyncSession, where: str = "TRUE", **params: Any) -> int:
    return int((await db.execute(text(f"SELECT count(*) FROM requests WHERE {where}"), params)).scalar_one())


async def _list(client: httpx.AsyncClient, user: User, query: str) -> dict[str, Any]:
    r = await client.get(f"/requests?{query}", headers=auth(user))
    assert r.status_code == 200, r.text
    return dict(r.json())


@pytest.fixture
async def listed(
    client: httpx.AsyncClient, viewer: User, manager: User, fake_ai: FakeOrchestrator
) -> list[dict[str, Any]]:
    """Three requests of the viewer's in different states, on top of the sample data."""
    a = await _submit(client, viewer, title="Zebra crossing paint fades", urgency="critical")
    b = await _submit(client, viewer, title="Alpha pallets break", urgency="low", requester_dept="Logistics")
    c = await _submit(client, viewer, title="Mid-month stock counts drift", urgency="medium")
    await client.post(f"/requests/{b['id']}/triage", headers=auth(manager))  # kaizen, under_review
    await _move(client, manager, c["id"], "declined")
    return [a, b, c]


async def test_list_filters_combine_with_totals_from_the_database(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, manager: User, listed: list[dict[str, Any]]
) -> None:
    page = await _list(client, viewer, "page_size=100")
    assert page["total"] == await _count(db)
    assert len(page["items"]) == page["total"]
    assert {"id", "request_number", "status", "urgency", "complexity_score"} <= set(page["items"][0])

    page = await _list(client, viewer, "status=submitted,declined&page_size=100")
    assert page["total"] == await _count(db, "status IN ('submitted', 'declined')")
    assert {i["status"] for i in page["items"]} == {"submitted", "declined"}

    page = await _list(client, viewer, f"requester_user_id={viewer.id}&urgency=critical,low")
    assert sorted(i["id"] for i in page["items"]) == sorted([listed[0]["id"], listed[1]["id"]])

    page = await _list(client, viewer, f"reviewed_by={manager.id}")
    assert sorted(i["id"] for i in page["items"]) == sorted([listed[1]["id"], listed[2]["id"]])

    page = await _list(client, viewer, "recommended_methodology=kaizen&page_size=100")
    assert page["total"] == await _count(db, "recommended_methodology = 'kaizen'")
    assert listed[1]["id"] in [i["id"] for i in page["items"]]

    page = await _list(client, viewer, f"recommended_methodology=kaizen&requester_user_id={viewer.id}")
    assert [i["id"] for i in page["items"]] == [listed[1]["id"]]
    assert page["items"][0]["complexity_score"] == 7


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("pallets", 1),  # a title
        ("PAYMENT", None),  # case-insensitive, in descriptions and problem statements of the sample
        ("Grace", None),  # a requester's name (an outsider in the sample)
        ("REQ-0003", 1),  # a number
        ("_", 0),  # LIKE wildcards are literal
        ("100%", 0),
    ],
)
async def test_list_searches_text(
    client: httpx.AsyncClient,
    db: AsyncSession,
    viewer: User,
    listed: list[dict[str, Any]],
    q: str,
    expected: int | None,
) -> None:
    page = await _list(client, viewer, str(httpx.QueryParams({"q": q, "page_size": 100})))
    # Counted independently: a plain substring test in Python over the five searched columns.
    rows = (
        await db.execute(
            text("SELECT request_number, title, description, problem_statement, requester_name FROM requests")
        )
    ).all()
    matching = [r for r in rows if any(q.lower() in (v or "").lower() for v in r)]
    assert page["total"] == len(matching)
    assert sorted(i["request_number"] for i in page["items"]) == sorted(r[0] for r in matching)
    if expected is not None:
        assert page["total"] == expected
    else:
        assert page["total"] >= 1


async def test_list_created_range(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, listed: list[dict[str, Any]]
) -> None:
    created = datetime.fromisoformat(listed[0]["created_at"])
    before = created - timedelta(microseconds=1)
    page = await _list(
        client, viewer, str(httpx.QueryParams({"created_from": created.isoformat(), "page_size": 100}))
    )
    assert page["total"] == await _count(db, "created_at >= :t", t=created)
    assert {r["id"] for r in listed} <= {i["id"] for i in page["items"]}
    page = await _list(
        client, viewer, str(httpx.QueryParams({"created_to": before.isoformat(), "page_size": 100}))
    )
    assert page["total"] == await _count(db, "created_at <= :t", t=before)
    assert not {r["id"] for r in listed} & {i["id"] for i in page["items"]}
    both = {"created_from": before.isoformat(), "created_to": created.isoformat(), "page_size": 100}
    page = await _list(client, viewer, str(httpx.QueryParams(both)))
    assert page["total"] == await _count(db, "created_at BETWEEN :a AND :b", a=before, b=created)


async def test_list_sorts(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, listed: list[dict[str, Any]]
) -> None:
    rank = {"critical": 4, "high": 3, "medium": 2, "low": 1}
    items = (await _list(client, viewer, "sort=urgency&order=desc&page_size=100"))["items"]
    ranks = [rank[i["urgency"]] for i in items]
    assert ranks == sorted(ranks, reverse=True)
    assert ranks[0] == 4

    items = (await _list(client, viewer, "sort=request_number&order=asc&page_size=100"))["items"]
    numbers = [int(i["request_number"][4:]) for i in items]
    assert numbers == sorted(numbers)
    assert items[0]["request_number"] == "REQ-0001"

    expected = (await db.execute(text("SELECT id FROM requests ORDER BY lower(title), id"))).scalars().all()
    items = (await _list(client, viewer, "sort=title&order=asc&page_size=100"))["items"]
    assert [i["id"] for i in items] == [str(i) for i in expected]

    items = (await _list(client, viewer, "sort=complexity_score&order=desc&page_size=100"))["items"]
    scores = [i["complexity_score"] for i in items]
    known = [s for s in scores if s is not None]
    assert known == sorted(known, reverse=True)
    assert scores[: len(known)] == known  # nulls last

    expected = (
        (await db.execute(text("SELECT id FROM requests ORDER BY submitted_at DESC, id DESC")))
        .scalars()
        .all()
    )
    items = (await _list(client, viewer, "sort=submitted_at&order=desc&page_size=100"))["items"]
    assert [i["id"] for i in items] == [str(i) for i in expected]

    assert_error(await client.get("/requests?sort=requester_email", headers=auth(viewer)), 422)
    assert_error(await client.get("/requests?status=lost", headers=auth(viewer)), 422)


async def test_list_paginates(
    client: httpx.AsyncClient, db: AsyncSession, viewer: User, listed: list[dict[str, Any]]
) -> None:
    total = await _count(db)
    seen: list[str] = []
    page_no = 1
    while True:
        page = await _list(client, viewer, f"page={page_no}&page_size=4&sort=request_number&order=asc")
        assert page["total"] == total
        assert page["page"] == page_no
        assert page["page_size"] == 4
        seen += [i["id"] for i in page["items"]]
        assert page["has_more"] == (page_no * 4 < total)
        if not page["has_more"]:
            break
        page_no += 1
    assert len(seen) == len(set(seen)) == total
    beyond = await _list(client, viewer, f"page={page_no + 5}&page_size=4")
    assert beyond["items"] == []
    assert beyond["total"] == total
    assert beyond["has_more"] is False
    assert_error(await client.get("/requests?page_size=101", headers=auth(viewer)), 422)
    assert_error(await client.get("/requests?page=0", headers=auth(viewer)), 422)
