"""HTTP: POST /requests/{id}/triage and GET /initiatives/{id}/summary with the local engine (the
default)."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from generated.models import AgentResponse, TriageResult
from handlers.services import ServiceUnavailableError
from handlers.services.ai_local import LocalAIOrchestrator
from handlers.tables import User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

INVOICES = {
    "title": "Reduce invoice processing cycle time",
    "description": (
        "Reduce invoice processing cycle time across 4 departments; need 12 months of ERP data, "
        "stakeholders finance, procurement, IT; defects 8%"
    ),
    "requester_dept": "Finance",
    "urgency": "high",
}


async def test_triage_with_the_local_engine_suggests_team_lead_and_similar_requests(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: AsyncSession,
    manager: User,
    make_user: MakeUser,
    make_team: Any,
) -> None:
    assert isinstance(app.state.ai_orchestrator, LocalAIOrchestrator)
    lead = await make_user("analyst", full_name="Ada Invoice", skills=["DMAIC", "ERP"], capacity_hours=40)
    team = await make_team(
        members=[(lead, "member")],
        name="Invoice Cycle Excellence",
        description="Invoice processing and ERP workflow improvements",
        department="Finance",
    )
    earlier = await client.post(
        "/requests",
        json={
            "title": "Invoice processing is slow",
            "problem_statement": "ERP invoice processing takes weeks.",
        },
        headers=auth(manager),
    )
    assert earlier.status_code == 201, earlier.text
    r = await client.post("/requests", json=INVOICES, headers=auth(manager))
    assert r.status_code == 201, r.text
    req = r.json()

    r = await client.post(f"/requests/{req['id']}/triage", headers=auth(manager))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["complexity_score"] == 10
    assert body["recommended_methodology"] == "dmaic"
    assert body["status"] == "under_review"
    triage = TriageResult.model_validate(body["triage_rationale"])
    assert triage.rationale["engine"] == "local"
    assert "stakeholders" in triage.rationale["summary"] and "DMAIC" in triage.rationale["summary"]
    # The team whose department and description match; the analyst with DMAIC + ERP skills and free hours.
    assert triage.suggested_team_id == team.id
    assert triage.suggested_lead_analyst_id == lead.id
    assert earlier.json()["id"] in [str(s) for s in triage.similar_requests]
    row = (
        await db.execute(
            text("SELECT complexity_score, triage_rationale FROM requests WHERE id = :id"), {"id": req["id"]}
        )
    ).one()
    assert row[0] == 10
    assert row[1]["suggested_lead_analyst_id"] == str(lead.id)


async def _initiative(client: httpx.AsyncClient, admin: User) -> dict[str, Any]:
    r = await client.post(
        "/initiatives",
        json={"title": "Cut scrap on line 2", "methodology": "dmaic", "problem_statement": "Scrap is 6%."},
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    return dict(r.json())


async def test_initiative_summary_from_phases_metrics_actions_and_notes(
    client: httpx.AsyncClient, admin: User, viewer: User
) -> None:
    ini = await _initiative(client, admin)
    r = await client.post(
        f"/initiatives/{ini['id']}/metrics",
        json={
            "name": "Scrap rate",
            "unit": "%",
            "baseline_value": 6,
            "target_value": 3,
            "direction": "lower_is_better",
        },
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    r = await client.post(
        f"/initiatives/{ini['id']}/actions",
        json={"title": "Calibrate the gauge", "due_date": "2020-01-06"},
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    r = await client.post(
        f"/initiatives/{ini['id']}/notes", json={"content": "Focus on the night shift."}, headers=auth(admin)
    )
    assert r.status_code == 201, r.text

    r = await client.get(f"/initiatives/{ini['initiative_number']}/summary", headers=auth(viewer))
    assert r.status_code == 200, r.text
    answer = AgentResponse.model_validate(r.json())
    assert answer.agent_type == "report_agent"
    assert r.json()["conversation_id"] is None
    # It counts against the caller's AI rate limit (the first call of this viewer).
    assert r.headers["ratelimit-limit"] == "30" and r.headers["ratelimit-remaining"] == "29"
    content = answer.content
    assert f"{ini['initiative_number']} Cut scrap on line 2" in content
    assert "0 of 5 completed" in content
    assert "current phase: define" in content
    assert "Gate blockers of the current phase: The define phase needs a project_charter artifact" in content
    assert "**Scrap rate**, baseline 6 %, target 3 %" in content
    assert "1 open, 1 overdue" in content
    assert "Calibrate the gauge" in content
    assert "Focus on the night shift." in content
    assert "Scrap is 6%." in content


async def test_initiative_summary_errors(client: httpx.AsyncClient, app: FastAPI, admin: User) -> None:
    ini = await _initiative(client, admin)
    assert_error(await client.get(f"/initiatives/{ini['id']}/summary"), 401)
    assert_error(await client.get(f"/initiatives/{uuid4()}/summary", headers=auth(admin)), 404)
    assert_error(await client.get("/initiatives/INI-99999/summary", headers=auth(admin)), 404)

    class Down(LocalAIOrchestrator):
        async def route(self, intent: str, context: dict[str, Any]) -> AgentResponse:
            raise ServiceUnavailableError("the model is down")

    app.state.ai_orchestrator = Down()
    assert_error(await client.get(f"/initiatives/{ini['id']}/summary", headers=auth(admin)), 503)
