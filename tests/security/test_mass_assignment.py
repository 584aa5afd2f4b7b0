"""OWASP API3 (broken object property level authorization): mass assignment, driven by the contract.

For every operation with a JSON body, the server-owned properties are those of its response schema
that its request schema lacks (ids, timestamps, numbers, authors, owners, roles on self-update, …).
Each is sent, with a plausible value, beside an otherwise valid change to a real object: the answer is
422 naming that property, and the object (or the list a create would add to) is unchanged. Every
object schema reachable from a request body is closed (``additionalProperties: false``); multipart
uploads refuse unknown form fields too.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from handlers import contract
from tests.conftest import auth
from tests.not_implemented import NOT_IMPLEMENTED
from tests.security.conftest import CSV, World, this_monday
from tests.support import assert_error

DOC = contract.document()
SCHEMAS: dict[str, Any] = DOC["components"]["schemas"]

# operationId -> (caller, path, path to GET before and after, a valid body)
CASES: dict[str, tuple[str, str, str, dict[str, Any]]] = {
    # updates
    "update_current_user": ("analyst_a", "/users/me", "/users/me", {"full_name": "New Name"}),
    "update_user": ("admin", "/users/{user}", "/users/{user}", {"full_name": "New Name"}),
    "update_team": ("admin", "/teams/{team}", "/teams/{team}", {"description": "changed"}),
    "update_request": ("admin", "/requests/{request}", "/requests/{request}", {"title": "changed"}),
    "update_initiative": (
        "analyst_a",
        "/initiatives/{initiative}",
        "/initiatives/{initiative}",
        {"title": "changed"},
    ),
    "update_phase": (
        "analyst_a",
        "/initiatives/{initiative}/phases/define",
        "/initiatives/{initiative}/phases/define",
        {"due_date": "2031-01-01"},
    ),
    "update_artifact": ("analyst_a", "/artifacts/{artifact}", "/artifacts/{artifact}", {"title": "changed"}),
    "update_action": ("analyst_a", "/actions/{action}", "/actions/{action}", {"title": "changed"}),
    "update_stakeholder": (
        "analyst_a",
        "/initiatives/{initiative}/stakeholders/{stakeholder}",
        "/initiatives/{initiative}/stakeholders",
        {"raci": "informed"},
    ),
    "update_external_stakeholder": (
        "analyst_a",
        "/external-stakeholders/{external_stakeholder}",
        "/initiatives/{initiative}/external-stakeholders",
        {"name": "changed"},
    ),
    "update_note": ("analyst_a", "/notes/{note}", "/initiatives/{initiative}/notes", {"content": "changed"}),
    "update_metric": ("analyst_a", "/metrics/{metric}", "/metrics/{metric}", {"name": "changed"}),
    "update_workload_entry": ("analyst_a", "/workload/{workload}", "/workload", {"hours_allocated": 3}),
    # creates
    "register": (
        "anonymous",
        "/auth/register",
        "/users?page_size=100",
        {"email": "new-{nonce}@example.com", "full_name": "New", "password": "long enough pass 1"},
    ),
    "create_user": (
        "admin",
        "/users",
        "/users?page_size=100",
        {"email": "new-{nonce}@example.com", "full_name": "New", "password": "long enough pass 1"},
    ),
    "create_team": ("admin", "/teams", "/teams?page_size=100", {"name": "Team {nonce}"}),
    "add_team_member": ("admin", "/teams/{team}/members", "/teams/{team}/members", {"user_id": "{viewer}"}),
    "create_request": ("viewer", "/requests", "/requests?page_size=100", {"title": "A request"}),
    "create_initiative": ("analyst_a", "/initiatives", "/initiatives?page_size=100", {"title": "New"}),
    "create_artifact": (
        "analyst_a",
        "/initiatives/{initiative}/phases/define/artifacts",
        "/initiatives/{initiative}/phases/define/artifacts",
        {"artifact_type": "project_charter", "title": "Charter"},
    ),
    "create_action": (
        "analyst_a",
        "/initiatives/{initiative}/actions",
        "/initiatives/{initiative}/actions",
        {"title": "New"},
    ),
    "add_stakeholder": (
        "analyst_a",
        "/initiatives/{initiative}/stakeholders",
        "/initiatives/{initiative}/stakeholders",
        {"user_id": "{viewer}", "role": "sme"},
    ),
    "create_external_stakeholder": (
        "analyst_a",
        "/initiatives/{initiative}/external-stakeholders",
        "/initiatives/{initiative}/external-stakeholders",
        {"name": "New"},
    ),
    "create_note": (
        "analyst_a",
        "/initiatives/{initiative}/notes",
        "/initiatives/{initiative}/notes",
        {"content": "New"},
    ),
    "create_document": (
        "analyst_a",
        "/initiatives/{initiative}/documents",
        "/initiatives/{initiative}/documents",
        {"name": "L", "document_type": "reference", "external_url": "https://example.com/y"},
    ),
    "create_metric": (
        "analyst_a",
        "/initiatives/{initiative}/metrics",
        "/initiatives/{initiative}/metrics",
        {"name": "New"},
    ),
    "record_metric_value": (
        "analyst_a",
        "/metrics/{metric}/values",
        "/metrics/{metric}/values",
        {"period_start": "2026-03-02", "value": 2},
    ),
    "create_workload_entry": (
        "analyst_a",
        "/workload",
        "/workload",
        {"week_of": "{next_monday}", "hours_allocated": 4},
    ),
    "analyze_dataset": (
        "analyst_a",
        "/datasets/{dataset}/analyze",
        "/initiatives/{initiative}/analyses",
        {"test_type": "two_sample_t", "configuration": {"y_column": "extra", "group_column": "drug"}},
    ),
    "decide_gate": (
        "manager_a",
        "/initiatives/{initiative}/phases/define/gate",
        "/initiatives/{initiative}/phases/define/gate-reviews",
        {"decision": "on_hold", "comments": "wait"},
    ),
    "create_report": (
        "analyst_a",
        "/reports",
        "/reports?page_size=100",
        {
            "report_type": "initiative_report",
            "format": "html",
            "parameters": {"initiative_id": "{initiative}"},
        },
    ),
    # AI exchanges: the answer (agent, content, suggestions, …) is the agent's, never the caller's
    "ai_chat": ("analyst_a", "/ai/chat", "/ai/conversations", {"message": "How do I start?"}),
    "ai_triage": (
        "analyst_a",
        "/ai/triage",
        "/ai/conversations",
        {"message": "Triage it", "request_id": "{request}"},
    ),
    "ai_coach": (
        "analyst_a",
        "/ai/coach",
        "/ai/conversations",
        {"initiative_id": "{initiative}", "phase": "define", "message": "What next?"},
    ),
    "ai_stats_recommend": (
        "analyst_a",
        "/ai/stats/recommend",
        "/ai/conversations",
        {"dataset_id": "{dataset}"},
    ),
    "ai_stats_interpret": (
        "analyst_a",
        "/ai/stats/interpret",
        "/ai/conversations",
        {"analysis_id": "{analysis}"},
    ),
    "ai_report_generate": (
        "analyst_a",
        "/ai/report/generate",
        "/ai/conversations",
        {"report_type": "initiative_report", "initiative_id": "{initiative}"},
    ),
    "convert_request": (
        "admin",
        "/requests/{request}/convert",
        "/requests/{request}",
        {"title": "Converted"},
    ),
}
# Operations whose answer is not the resource (tokens, AI answers): nothing of theirs to assign.
NOT_RESOURCES = {"login"}


def _response_schema(operation_id: str) -> str:
    op = contract.operations()[operation_id]
    responses = DOC["paths"][op.path][op.method.lower()]["responses"]
    for code in ("200", "201", "202"):
        if code in responses:
            ref: str = responses[code]["content"]["application/json"]["schema"]["$ref"]
            return ref.rsplit("/", 1)[-1]
    raise AssertionError(f"{operation_id} answers no body")


def server_owned(operation_id: str) -> list[str]:
    """Properties of the answer (of its record, for a 202) that the request body may not set."""
    op = contract.operations()[operation_id]
    assert op.json_body_schema is not None
    response = SCHEMAS[_response_schema(operation_id)]
    props = response["properties"]
    if set(props) <= {"job", "analysis", "report", "dataset"} | {"record"}:  # a 202 {record, job}
        inner = next(v for k, v in props.items() if k != "job")
        props = SCHEMAS[inner["$ref"].rsplit("/", 1)[-1]]["properties"]
    return sorted(set(props) - set(SCHEMAS[op.json_body_schema]["properties"]))


def plausible(name: str) -> Any:
    """A value of the kind the property holds, so only its presence can be refused."""
    if name in ("id", "user_id") or name.endswith("_id") or name.endswith("_by") or name == "reviewer_id":
        return str(uuid4())
    if name.endswith("_at") or name in ("current_as_of",):
        return "2020-01-01T00:00:00Z"
    if name in ("week_of", "period_start"):
        return this_monday().isoformat()
    if name == "role":
        return "admin"
    if name in ("is_active", "requires_action", "target_met", "overdue"):
        return True
    if name in ("version", "attempt", "phase_order", "member_count", "complexity_score", "size_bytes"):
        return 99
    if name.endswith("_number"):
        return "INI-0001"
    if name in ("counts", "readiness", "context_update", "triage_rationale", "user"):
        return {}
    if name in ("phases", "artifacts", "suggestions"):
        return []
    return "x"


def _fill(template: str, w: World, nonce: str) -> str:
    today = date.fromisoformat(this_monday().isoformat())
    values = {
        **w.ids,
        "viewer": str(w.viewer.id),
        "nonce": nonce,
        "next_monday": date.fromordinal(today.toordinal() + 7).isoformat(),
    }
    return template.format(**values)


def _fill_body(body: Any, w: World, nonce: str) -> Any:
    if isinstance(body, dict):
        return {k: _fill_body(v, w, nonce) for k, v in body.items()}
    return _fill(body, w, nonce) if isinstance(body, str) else body


def test_every_json_write_is_covered() -> None:
    """Every operation with a JSON body (not yet 501) is in the table, and has server-owned fields."""
    with_body = {op for op, o in contract.operations().items() if o.json_body_schema} - NOT_IMPLEMENTED
    assert with_body - NOT_RESOURCES <= set(CASES), sorted(with_body - NOT_RESOURCES - set(CASES))
    updates = {op for op in with_body if str(contract.operations()[op].json_body_schema).endswith("Update")}
    assert len(updates) >= 13 and updates <= set(CASES)
    for op in CASES:
        assert server_owned(op), op
    assert {"role", "email", "is_active", "id"} <= set(server_owned("update_current_user"))
    assert {"initiative_number", "id", "created_at"} <= set(server_owned("update_initiative"))
    assert {"author_id", "initiative_id"} <= set(server_owned("update_note"))
    assert {"user_id", "week_of"} <= set(server_owned("update_workload_entry"))


def test_request_bodies_are_closed() -> None:
    """Every object schema reachable from a request body says ``additionalProperties: false``."""
    open_objects: list[str] = []

    def walk(node: Any, where: str, seen: frozenset[str]) -> None:
        if isinstance(node, dict) and "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return
            node, where, seen = SCHEMAS[name], name, seen | {name}
        if not isinstance(node, dict):
            return
        if "properties" in node and node.get("additionalProperties") is not False:
            open_objects.append(where)
        for key, value in node.get("properties", {}).items():
            walk(value, f"{where}.{key}", seen)
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"], f"{where}[*]", seen)
        if "items" in node:
            walk(node["items"], f"{where}[]", seen)
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in node.get(key, []):
                walk(sub, where, seen)

    count = 0
    for op in contract.operations().values():
        body = DOC["paths"][op.path][op.method.lower()].get("requestBody") or {}
        for media in body.get("content", {}).values():
            walk(media["schema"], op.operation_id, frozenset())
            count += 1
    assert count >= 40
    assert not open_objects, open_objects


@pytest.mark.parametrize("operation_id", sorted(set(CASES) - NOT_IMPLEMENTED))
async def test_server_owned_fields_are_refused(
    client: httpx.AsyncClient, world: World, operation_id: str
) -> None:
    actor, path_t, snapshot_t, body_t = CASES[operation_id]
    method = contract.operations()[operation_id].method
    if "{dataset}" in repr(CASES[operation_id]) or "{analysis}" in repr(CASES[operation_id]):
        await world.with_data(client)
    if operation_id == "decide_gate":  # a gate can only be decided while pending review
        await _submit_define(client, world)
    nonce = uuid4().hex[:10]
    headers = {} if actor == "anonymous" else auth(world.user(actor))
    path, snapshot = _fill(path_t, world, nonce), _fill(snapshot_t, world, nonce)
    body = _fill_body(body_t, world, nonce)
    # conversations are private: the caller lists their own
    reader = headers if snapshot.startswith("/ai/") else auth(world.admin)
    before = await client.get(snapshot, headers=reader)
    assert before.status_code == 200, before.text
    failures = []
    for name in server_owned(operation_id):
        r = await client.request(method, path, json={**body, name: plausible(name)}, headers=headers)
        if r.status_code != 422 or not _names(r.json(), name):
            failures.append(f"{name}: {r.status_code} {r.text[:300]}")
    assert not failures, "\n".join(failures)
    after = await client.get(snapshot, headers=reader)
    assert after.json() == before.json()
    # the control: the same body without the server-owned field is accepted
    if operation_id != "convert_request":  # needs an accepted request: its own tests cover it
        r = await client.request(method, path, json=body, headers=headers)
        assert r.status_code in (200, 201, 202), r.text


def _names(error: dict[str, Any], name: str) -> bool:
    """The 422 names the property: as the last element of a ``loc``, or in the message of the
    body's ``additionalProperties`` error (whose ``loc`` is the enclosing object)."""
    return any(
        f["loc"][-1] == name or f"'{name}' was unexpected" in f["msg"] for f in error.get("fields", [])
    )


async def _submit_define(client: httpx.AsyncClient, w: World) -> None:
    r = await client.patch(
        _fill("/initiatives/{initiative}/phases/define", w, ""),
        json={"status": "pending_review"},
        headers=auth(w.analyst_a),
    )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    "extra",
    [
        {"uploaded_by": "{other}"},
        {"profile_status": "profiled"},
        {"initiative_id": "{other_ini}"},
        {"id": "{other}"},
    ],
)
async def test_multipart_uploads_refuse_unknown_form_fields(
    client: httpx.AsyncClient, world: World, extra: dict[str, str]
) -> None:
    values = {"other": str(world.admin.id), "other_ini": world.ini_b["id"]}
    data = {k: v.format(**values) for k, v in extra.items()}
    ini = world.ids["initiative"]
    a = auth(world.analyst_a)
    datasets = (await client.get(f"/initiatives/{ini}/datasets", headers=a)).json()["total"]
    documents = (await client.get(f"/initiatives/{ini}/documents", headers=a)).json()["total"]
    r = await client.post(
        f"/initiatives/{ini}/datasets", files={"file": ("d.csv", CSV, "text/csv")}, data=data, headers=a
    )
    assert_error(r, 422)
    r = await client.post(
        f"/initiatives/{ini}/documents",
        files={"file": ("n.txt", b"text\n", "text/plain")},
        data={"name": "N", "document_type": "reference", **data},
        headers=a,
    )
    assert_error(r, 422)
    assert (await client.get(f"/initiatives/{ini}/datasets", headers=a)).json()["total"] == datasets
    assert (await client.get(f"/initiatives/{ini}/documents", headers=a)).json()["total"] == documents


def test_plausible_values_are_typed() -> None:
    assert UUID(plausible("created_by")) and plausible("role") == "admin" and plausible("is_active") is True
