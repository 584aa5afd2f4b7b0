"""The grounding layer against the database: free capacity from workload, candidate teams and
analysts chosen by skills and free hours, similar requests by full-text search, and the contexts of
coach and summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from generated.models import Priority, RequestStatus
from handlers.ai_grounding import build_context, similar_requests, triage_facts
from handlers.services.ai_local import assess_request
from handlers.tables import Request, User, WorkloadEntry
from tests.conftest import MakeUser


def _monday() -> Any:
    today = datetime.now(UTC).date()
    return today - timedelta(days=today.weekday())


async def _hours(db: AsyncSession, user: User, weeks: list[int], hours: int) -> None:
    for week in weeks:
        db.add(
            WorkloadEntry(
                user_id=user.id,
                week_of=_monday() + timedelta(weeks=week),
                hours_allocated=Decimal(hours),
                actual_hours=Decimal(0),
            )
        )
    await db.commit()


async def _request(db: AsyncSession, title: str, problem: str) -> Request:
    row = Request(
        title=title, problem_statement=problem, urgency=Priority.medium, status=RequestStatus.submitted
    )
    db.add(row)
    await db.commit()
    await db.refresh(row)
    return row


async def test_candidates_by_skills_and_free_capacity(
    db: AsyncSession, make_user: MakeUser, make_team: Any
) -> None:
    busy = await make_user("analyst", full_name="Busy Cryo", skills=["DMAIC", "Cryogenics"])
    free = await make_user("analyst", full_name="Free Cryo", skills=["DMAIC", "Cryogenics"])
    full = await make_user("analyst", full_name="Full Cryo", skills=["DMAIC", "Cryogenics"])
    await make_user("viewer", full_name="Viewer Cryo", skills=["DMAIC", "Cryogenics"])
    team = await make_team(
        members=[(busy, "member"), (free, "member"), (full, "lead")],
        name="Cryogenic Storage",
        description="Cryogenics and cold-chain storage improvements",
        department="Cryolab",
    )
    await _hours(db, busy, [0, 1, 2, 3], 36)  # 36 h a week planned: 4 free
    await _hours(db, free, [1], 8)  # 8 h in one of the 4 weeks: 2 a week, 38 free
    await _hours(db, full, [0, 1, 2, 3], 40)  # no free hours
    await _hours(db, free, [6], 40)  # beyond the 4 weeks: ignored

    request = {
        "title": "Reduce cryogenics sample losses",
        "problem_statement": (
            "Cryogenics freezers across 3 sites lose 4% of samples; need 12 months of LIMS data; "
            "quality, logistics and IT involved."
        ),
        "urgency": "high",
        "requester_dept": "Cryolab",
    }
    facts = await triage_facts(db, request)
    people = {p["full_name"]: p for p in facts["candidate_analysts"]}
    assert "Viewer Cryo" not in people  # viewers do not lead initiatives
    assert (people["Busy Cryo"]["allocated_hours"], people["Busy Cryo"]["free_hours"]) == (36.0, 4.0)
    assert (people["Free Cryo"]["allocated_hours"], people["Free Cryo"]["free_hours"]) == (2.0, 38.0)
    assert people["Full Cryo"]["free_hours"] == 0.0
    assert people["Free Cryo"]["team_ids"] == [str(team.id)]
    teams = {t["name"]: t for t in facts["candidate_teams"]}
    assert teams["Cryogenic Storage"]["free_hours"] == 42.0  # 4 + 38 + 0

    assessment = assess_request(request, facts)
    result = assessment.result()
    assert result.recommended_methodology == "dmaic"
    assert result.suggested_team_id == team.id
    assert result.suggested_lead_analyst_id == free.id
    assert "38 of 40 weekly hours free" in assessment.lead_reason
    assert "Cryogenics" in assessment.lead_reason


async def test_similar_requests_by_full_text(db: AsyncSession) -> None:
    earlier = await _request(
        db, "Invoice approvals are delayed", "Supplier invoices wait weeks for approval in accounts payable."
    )
    unrelated = await _request(db, "Forklift batteries run flat", "Charging schedule for the forklift fleet.")
    current = await _request(
        db, "Invoices take too long to approve", "Approving a supplier invoice takes 12 days."
    )
    found = await similar_requests(
        db, {"id": str(current.id), "title": current.title, "problem_statement": current.problem_statement}
    )
    ids = [f["id"] for f in found]
    assert str(earlier.id) in ids
    assert str(unrelated.id) not in ids
    assert str(current.id) not in ids  # never itself
    match = found[ids.index(str(earlier.id))]
    assert {"invoic", "approv", "supplier"} <= set(match["shared_terms"])
    assert match["request_number"] == earlier.request_number
    # Nothing to search for: nothing found.
    assert await similar_requests(db, {"title": "the of and"}) == []


async def test_coach_context_of_a_define_phase_without_a_charter(
    db: AsyncSession, admin: User, client: Any
) -> None:
    from tests.conftest import auth

    r = await client.post(
        "/initiatives", json={"title": "Faster invoices", "methodology": "dmaic"}, headers=auth(admin)
    )
    assert r.status_code == 201, r.text
    ini = r.json()
    context = await build_context(
        db, admin, "coach", {"initiative_id": ini["id"], "phase": "define", "message": "What next?"}
    )
    assert context["initiative"]["initiative_number"] == ini["initiative_number"]
    assert [p["phase_name"] for p in context["phases"]] == [
        "define",
        "measure",
        "analyze",
        "improve",
        "control",
    ]
    phase = context["phase"]
    assert phase["name"] == "define"
    assert phase["readiness"]["ready"] is False
    assert phase["readiness"]["blockers"] == ["The define phase needs a project_charter artifact"]
    assert phase["required_artifact"] == "project_charter"
    assert phase["missing_artifacts"][0] == "project_charter"
    assert phase["artifacts"] == []
    assert context["user"]["id"] == str(admin.id)


async def test_executive_brief_context_counts_the_teams_initiatives(
    db: AsyncSession, admin: User, client: Any, make_team: Any
) -> None:
    from tests.conftest import auth

    team = await make_team(name="Brief Team")
    for title, health, savings in (("One", "on_track", "1000.00"), ("Two", "at_risk", "500.50")):
        r = await client.post(
            "/initiatives",
            json={"title": title, "team_id": str(team.id), "health": health, "projected_savings": savings},
            headers=auth(admin),
        )
        assert r.status_code == 201, r.text
    context = await build_context(
        db, admin, "report_generate", {"report_type": "executive_brief", "team_id": str(team.id)}
    )
    portfolio = context["portfolio"]
    assert portfolio["total"] == 2
    assert portfolio["by_health"] == {"on_track": 1, "at_risk": 1}
    assert portfolio["by_status"] == {"active": 2}
    assert portfolio["projected_savings"] == 1500.5
    assert [i["title"] for i in portfolio["at_risk"]] == ["Two"]
    assert "initiative" not in context
