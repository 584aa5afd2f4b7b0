"""Grounding for the AI orchestrators: the facts of our database an answer may rest on.

``build_context(session, user, intent, body)`` loads what the engines need for one /ai/* exchange
(the caller has already checked that every referenced record exists and is readable, that a dataset
is profiled, an analysis completed and a phase belongs to the methodology); ``triage_facts(session,
request)`` loads what triage adds to a request (``POST /requests/{id}/triage``). The API adds
``message`` and ``history`` on top. Everything is JSON-ready (UUIDs and dates as strings, decimals as
numbers), and this layout is the contract between the API and every engine (stub, local, llm):

Always
  ``intent``           the intent (a key of ``INTENT_AGENTS``)
  ``user``             ``{id, full_name, role}`` of the caller
  ``client_context``   the body's free ``context`` object as sent (untrusted), when given
  ``message``          the user's message (added by the API; the body's when present)
  ``history``          earlier messages ``[{role, content}]`` of the conversation (added by the API)

Initiative (coach; chat, summary and report_generate when an initiative is given)
  ``initiative``       ``{id, initiative_number, title, methodology, initiative_type, status,
                       status_reason, health, priority, current_phase, phase_progress, problem_statement,
                       desired_outcome, goal_statement, scope, out_of_scope, business_case, start_date,
                       target_completion, actual_completion, projected_savings, actual_savings, currency,
                       projected_impact, actual_impact, tags, team_id, team_name, lead_analyst_id,
                       lead_analyst_name, sponsor_name, process_owner_name}``
  ``phases``           ``[{phase_name, phase_order, status, gate_decision, due_date, started_at,
                       completed_at, completeness_score}]`` in order
  ``phase``            the phase asked about (coach, chat, phase_report; else the current phase for
                       summary/report): ``{name, status, gate_decision, due_date, started_at,
                       completed_at, gate_notes, readiness: {ready, blockers, warnings},
                       artifacts: [{artifact_type, title, status, version}], required_artifact (the
                       gate's required type or null), recommended_artifacts (types the phase usually
                       produces, most important first), missing_artifacts (recommended, not yet written),
                       open_actions}``
  ``metrics``          summary/report/chat: ``[{name, unit, direction, baseline_value, target_value,
                       current_value, current_as_of, target_met}]``
  ``actions``          summary/report/chat: ``{open, overdue, completed, blockers, items: [{title,
                       status, priority, classification, due_date, overdue}]}`` (open items, most urgent first)
  ``notes``            summary/report/chat: the latest notes ``[{note_type, content, created_at}]``

Triage (``triage``; chat with request_id)
  ``request``          ``{id, request_number, title, description, problem_statement, desired_outcome,
                       business_impact, urgency, requester_dept, status, complexity_score,
                       recommended_methodology}`` of request_id, or the ``draft``'s fields (no id)
  ``candidate_teams``  ``[{id, name, description, department, member_ids, free_hours}]``
  ``candidate_analysts`` active analysts and managers with capacity: ``[{id, full_name, title, role,
                       skills, capacity_hours, allocated_hours (mean planned hours a week over the next
                       4 weeks), free_hours, active_initiatives_led, team_ids}]``
  ``similar_requests`` earlier requests sharing words (PostgreSQL full-text search, English stemming),
                       best first: ``[{id, request_number, title, status, urgency, complexity_score,
                       recommended_methodology, shared_terms, rank}]``
  ``triage_facts`` returns the last three keys; ``POST /requests/{id}/triage`` merges them into the
  request data it passes to ``triage_request``.

Statistics
  ``dataset``          stats_recommend: ``{id, name, description, file_format, row_count, column_count,
                       columns (ColumnProfile list), quality_issues, recommended_tests}``
  ``recommendations``  stats_recommend: the StatsEngine's ``[{test_type, test_category, reason,
                       suggested_configuration}]`` for the dataset's profile
  ``analysis``         stats_interpret: ``{id, dataset_id, dataset_name, test_type, test_category,
                       configuration, status, results: {success, summary, details,
                       interpretation_context}, warnings}``

Reports (``report_generate``)
  ``report_type``      the requested type; initiative_report/close_out/phase_report add the initiative
                       keys above; executive_brief adds ``portfolio``: ``{team_id, total, by_status,
                       by_health, by_methodology, by_priority, projected_savings, actual_savings,
                       overdue_actions, at_risk: [{initiative_number, title, health, status,
                       current_phase}]}`` (live initiatives, of ``team_id`` when given)
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from sqlalchemy import func, literal_column, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from generated.models import (
    ActionClassification,
    ActionStatus,
    ArtifactType,
    DatasetProfile,
    Health,
    InitiativeStatus,
    Methodology,
    PhaseName,
    Role,
)
from handlers.readiness import OPEN_ACTIONS, REQUIRED_ARTIFACTS, readiness
from handlers.tables import (
    ActionItem,
    Dataset,
    Initiative,
    Metric,
    Note,
    Phase,
    PhaseArtifact,
    Request,
    StatisticalAnalysis,
    Team,
    TeamMember,
    User,
    WorkloadEntry,
)

__all__ = ["RECOMMENDED_ARTIFACTS", "build_context", "similar_requests", "triage_facts"]

CAPACITY_WEEKS = 4
SIMILAR_LIMIT = 5
NOTES_LIMIT = 5
ACTIONS_LIMIT = 10

T = ArtifactType
P = PhaseName
# What each phase usually produces, most important first (DOMAIN.md's artifact types by phase);
# keyed by phase name, with methodology-specific overrides.
RECOMMENDED_ARTIFACTS: dict[PhaseName, tuple[ArtifactType, ...]] = {
    P.define: (T.project_charter, T.sipoc, T.voc_ctq_tree, T.stakeholder_map, T.problem_statement),
    P.measure: (
        T.data_collection_plan,
        T.operational_definitions,
        T.process_map,
        T.msa_results,
        T.baseline_capability,
        T.value_stream_map,
    ),
    P.analyze: (
        T.fishbone_diagram,
        T.five_why,
        T.pareto_analysis,
        T.hypothesis_test,
        T.root_cause_verification,
        T.regression_analysis,
        T.fmea,
    ),
    P.improve: (
        T.solution_matrix,
        T.pilot_plan,
        T.implementation_plan,
        T.cost_benefit,
        T.before_after_comparison,
    ),
    P.control: (
        T.control_plan,
        T.control_charts,
        T.sop_document,
        T.training_plan,
        T.monitoring_plan,
        T.handoff_checklist,
    ),
    P.design: (T.solution_matrix, T.fmea, T.pilot_plan, T.implementation_plan),
    P.verify: (T.before_after_comparison, T.verification_record, T.control_plan, T.handoff_checklist),
    P.prepare: (T.kaizen_charter, T.current_state_map),
    P.execute: (T.waste_analysis, T.implementation_plan),
    P.sustain: (T.sop_document, T.monitoring_plan),
    P.background: (T.a3_report,),
    P.current_condition: (T.a3_report, T.current_state_map),
    P.goal: (T.a3_report,),
    P.root_cause: (T.a3_report, T.five_why, T.fishbone_diagram),
    P.countermeasures: (T.a3_report,),
    P.implementation: (T.a3_report, T.implementation_plan),
    P.follow_up: (T.a3_report,),
    P.plan: (T.pdsa_cycle,),
    P.do: (T.pdsa_cycle,),
    P.study: (T.pdsa_cycle,),
    P.act: (T.pdsa_cycle,),
    P.implement: (T.change_record,),
}
_OVERRIDES: dict[tuple[Methodology, PhaseName], tuple[ArtifactType, ...]] = {
    (Methodology.just_do_it, P.verify): (T.verification_record,),
}


def _json(value: Any) -> Any:
    """JSON-ready: enums → values, UUIDs and dates → strings, decimals → numbers."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    return value


def _fields(row: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: _json(getattr(row, name)) for name in names}


def recommended_artifacts(methodology: str, phase_name: str) -> tuple[ArtifactType, ...]:
    try:
        m, p = Methodology(methodology), PhaseName(phase_name)
    except ValueError:
        return ()
    return _OVERRIDES.get((m, p)) or RECOMMENDED_ARTIFACTS.get(p, ())


# ------------------------------------------------------------------------------------- initiatives

_INITIATIVE_FIELDS = (
    "id",
    "initiative_number",
    "title",
    "methodology",
    "initiative_type",
    "status",
    "status_reason",
    "health",
    "priority",
    "current_phase",
    "phase_progress",
    "problem_statement",
    "desired_outcome",
    "goal_statement",
    "scope",
    "out_of_scope",
    "business_case",
    "start_date",
    "target_completion",
    "actual_completion",
    "projected_savings",
    "actual_savings",
    "currency",
    "projected_impact",
    "actual_impact",
    "tags",
    "team_id",
    "lead_analyst_id",
)
_PHASE_FIELDS = (
    "phase_name",
    "phase_order",
    "status",
    "gate_decision",
    "due_date",
    "started_at",
    "completed_at",
    "completeness_score",
)


async def _user_name(session: AsyncSession, key: Any) -> str | None:
    row = await session.get(User, key) if key is not None else None
    return row.full_name if row is not None else None


async def _team_name(session: AsyncSession, key: Any) -> str | None:
    row = await session.get(Team, key) if key is not None else None
    return row.name if row is not None else None


async def initiative_facts(session: AsyncSession, initiative: Initiative) -> dict[str, Any]:
    facts = _fields(initiative, _INITIATIVE_FIELDS)
    facts["team_name"] = await _team_name(session, initiative.team_id)
    facts["lead_analyst_name"] = await _user_name(session, initiative.lead_analyst_id)
    facts["sponsor_name"] = await _user_name(session, initiative.sponsor_id)
    facts["process_owner_name"] = await _user_name(session, initiative.process_owner_id)
    return facts


async def _phases(session: AsyncSession, initiative: Initiative) -> list[Phase]:
    rows = await session.execute(
        select(Phase).where(Phase.initiative_id == initiative.id).order_by(Phase.phase_order)
    )
    return list(rows.scalars().all())


async def phase_facts(session: AsyncSession, initiative: Initiative, phase: Phase) -> dict[str, Any]:
    gate = await readiness(session, initiative, phase)
    artifacts = (
        (
            await session.execute(
                select(PhaseArtifact)
                .where(PhaseArtifact.phase_id == phase.id)
                .order_by(PhaseArtifact.created_at, PhaseArtifact.id)
            )
        )
        .scalars()
        .all()
    )
    present = {str(_json(a.artifact_type)) for a in artifacts}
    recommended = [t.value for t in recommended_artifacts(initiative.methodology, phase.phase_name)]
    required = REQUIRED_ARTIFACTS.get((Methodology(initiative.methodology), PhaseName(phase.phase_name)))
    open_actions = (
        await session.execute(
            select(func.count())
            .select_from(ActionItem)
            .where(ActionItem.phase_id == phase.id, col(ActionItem.status).in_(OPEN_ACTIONS))
        )
    ).scalar_one()
    return {
        "name": _json(phase.phase_name),
        **_fields(phase, ("status", "gate_decision", "due_date", "started_at", "completed_at", "gate_notes")),
        "readiness": gate.model_dump(mode="json"),
        "artifacts": [_fields(a, ("artifact_type", "title", "status", "version")) for a in artifacts],
        "required_artifact": required.value if required else None,
        "recommended_artifacts": recommended,
        "missing_artifacts": [t for t in recommended if t not in present],
        "open_actions": int(open_actions),
    }


async def _work_facts(session: AsyncSession, initiative: Initiative) -> dict[str, Any]:
    metrics = (
        (
            await session.execute(
                select(Metric)
                .where(Metric.initiative_id == initiative.id)
                .order_by(Metric.created_at, Metric.id)
            )
        )
        .scalars()
        .all()
    )
    today = datetime.now(UTC).date()
    closed = (ActionStatus.completed, ActionStatus.cancelled)
    counts = (
        await session.execute(
            select(
                func.count().filter(col(ActionItem.status).not_in(closed)),
                func.count().filter(col(ActionItem.status).not_in(closed), col(ActionItem.due_date) < today),
                func.count().filter(ActionItem.status == ActionStatus.completed),
                func.count().filter(
                    col(ActionItem.status).not_in(closed),
                    ActionItem.classification == ActionClassification.blocker,
                ),
            ).where(ActionItem.initiative_id == initiative.id)
        )
    ).one()
    items = (
        (
            await session.execute(
                select(ActionItem)
                .where(ActionItem.initiative_id == initiative.id, col(ActionItem.status).not_in(closed))
                .order_by(col(ActionItem.due_date).asc().nulls_last(), ActionItem.created_at)
                .limit(ACTIONS_LIMIT)
            )
        )
        .scalars()
        .all()
    )
    notes = (
        (
            await session.execute(
                select(Note)
                .where(Note.initiative_id == initiative.id)
                .order_by(col(Note.created_at).desc(), col(Note.id).desc())
                .limit(NOTES_LIMIT)
            )
        )
        .scalars()
        .all()
    )
    return {
        "metrics": [
            _fields(
                m,
                (
                    "name",
                    "unit",
                    "direction",
                    "baseline_value",
                    "target_value",
                    "current_value",
                    "current_as_of",
                    "target_met",
                ),
            )
            for m in metrics
        ],
        "actions": {
            "open": int(counts[0]),
            "overdue": int(counts[1]),
            "completed": int(counts[2]),
            "blockers": int(counts[3]),
            "items": [
                {
                    **_fields(a, ("title", "status", "priority", "classification", "due_date")),
                    "overdue": a.due_date is not None and a.due_date < today,
                }
                for a in items
            ],
        },
        "notes": [_fields(n, ("note_type", "content", "created_at")) for n in notes],
    }


async def _add_initiative(
    session: AsyncSession,
    context: dict[str, Any],
    initiative_id: Any,
    phase_name: str | None,
    *,
    work: bool,
) -> None:
    initiative = await session.get(Initiative, UUID(str(initiative_id)))
    if initiative is None or initiative.deleted_at is not None:
        return
    context["initiative"] = await initiative_facts(session, initiative)
    phases = await _phases(session, initiative)
    context["phases"] = [_fields(p, _PHASE_FIELDS) for p in phases]
    wanted = phase_name or (initiative.current_phase if work else None)
    phase = next((p for p in phases if p.phase_name == wanted), None)
    if phase is not None:
        context["phase"] = await phase_facts(session, initiative, phase)
    if work:
        context |= await _work_facts(session, initiative)


# ------------------------------------------------------------------------------------------ triage

# What the AI's triage reads of a request.
TRIAGE_INPUT_FIELDS = (
    "id",
    "request_number",
    "title",
    "description",
    "problem_statement",
    "desired_outcome",
    "business_impact",
    "urgency",
    "requester_dept",
)
# ... and what triage concluded before (for similar requests and the triage context).
_REQUEST_FIELDS = (*TRIAGE_INPUT_FIELDS, "status", "complexity_score", "recommended_methodology")
_TEXT_FIELDS = ("title", "description", "problem_statement", "desired_outcome")
_LEXEME = re.compile(r"^[a-z0-9]+$")


def _request_document() -> Any:
    """The text search document of a request (the same fields as the query text)."""
    parts = [func.coalesce(getattr(Request, f), "") for f in _TEXT_FIELDS]
    joined: Any = parts[0]
    for part in parts[1:]:
        joined = joined.op("||")(" ").op("||")(part)
    return func.to_tsvector(literal_column("'english'::regconfig"), joined)


async def similar_requests(
    session: AsyncSession, data: dict[str, Any], *, limit: int = SIMILAR_LIMIT
) -> list[dict[str, Any]]:
    """Earlier requests that share words with ``data`` (full-text search, English stemming), best first.

    The request's words become lexemes (``to_tsvector('english', …)``); candidates match any of them
    (an OR ``tsquery``), and count when they share at least two lexemes (one, for a query of at most
    two), ranked by the share of the query's lexemes they contain, then ``ts_rank``.
    """
    body = " ".join(str(data.get(f) or "") for f in _TEXT_FIELDS).strip()
    if not body:
        return []
    lexemes = (
        await session.execute(
            select(func.tsvector_to_array(func.to_tsvector(literal_column("'english'::regconfig"), body)))
        )
    ).scalar_one()
    terms = sorted({lex for lex in lexemes or [] if _LEXEME.match(lex) and len(lex) >= 3})[:64]
    if not terms:
        return []
    query = func.to_tsquery(literal_column("'simple'::regconfig"), " | ".join(terms))
    document = _request_document()
    stmt = (
        select(
            Request.id,
            Request.request_number,
            Request.title,
            Request.status,
            Request.urgency,
            Request.complexity_score,
            Request.recommended_methodology,
            func.tsvector_to_array(document).label("lexemes"),
            func.ts_rank(document, query).label("rank"),
        )
        .where(document.op("@@")(query))
        .order_by(text("rank DESC"), Request.id)
        .limit(100)
    )
    own = data.get("id")
    if own:
        stmt = stmt.where(Request.id != UUID(str(own)))
    needed = 1 if len(terms) <= 2 else 2
    found = []
    for row in (await session.execute(stmt)).all():
        shared = sorted(set(terms) & set(row.lexemes or []))
        if len(shared) < needed:
            continue
        found.append(
            (
                len(shared) / len(terms),
                float(row.rank),
                {
                    "id": str(row.id),
                    "request_number": row.request_number,
                    "title": row.title,
                    "status": _json(row.status),
                    "urgency": _json(row.urgency),
                    "complexity_score": row.complexity_score,
                    "recommended_methodology": _json(row.recommended_methodology),
                    "shared_terms": shared[:20],
                    "rank": round(float(row.rank), 4),
                },
            )
        )
    found.sort(key=lambda item: (-item[0], -item[1], item[2]["request_number"]))
    return [item[2] for item in found[:limit]]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


async def candidate_analysts(session: AsyncSession) -> list[dict[str, Any]]:
    """Active analysts and managers with capacity, with their planned hours over the next 4 weeks."""
    users = (
        (
            await session.execute(
                select(User)
                .where(
                    col(User.is_active).is_(True),
                    col(User.role).in_([Role.analyst, Role.manager]),
                    User.capacity_hours > 0,
                )
                .order_by(func.lower(User.full_name), User.id)
            )
        )
        .scalars()
        .all()
    )
    if not users:
        return []
    ids = [u.id for u in users]
    first = _monday(datetime.now(UTC).date())
    last = first + timedelta(weeks=CAPACITY_WEEKS - 1)
    planned: dict[UUID, Decimal] = {
        user_id: hours
        for user_id, hours in (
            await session.execute(
                select(WorkloadEntry.user_id, func.sum(WorkloadEntry.hours_allocated))
                .outerjoin(Initiative, col(Initiative.id) == WorkloadEntry.initiative_id)
                .where(
                    col(WorkloadEntry.user_id).in_(ids),
                    WorkloadEntry.week_of >= first,
                    WorkloadEntry.week_of <= last,
                    or_(col(WorkloadEntry.initiative_id).is_(None), col(Initiative.deleted_at).is_(None)),
                )
                .group_by(WorkloadEntry.user_id)
            )
        ).all()
    }
    led: dict[UUID, int] = {
        user_id: count
        for user_id, count in (
            await session.execute(
                select(Initiative.lead_analyst_id, func.count())
                .where(
                    col(Initiative.lead_analyst_id).in_(ids),
                    col(Initiative.deleted_at).is_(None),
                    col(Initiative.status).in_([InitiativeStatus.active, InitiativeStatus.planned]),
                )
                .group_by(Initiative.lead_analyst_id)
            )
        ).all()
    }
    teams: dict[UUID, list[str]] = {}
    for user_id, team_id in (
        await session.execute(
            select(TeamMember.user_id, TeamMember.team_id).where(col(TeamMember.user_id).in_(ids))
        )
    ).all():
        teams.setdefault(user_id, []).append(str(team_id))
    out = []
    for u in users:
        capacity = float(u.capacity_hours)
        allocated = float(planned.get(u.id) or 0) / CAPACITY_WEEKS
        out.append(
            {
                "id": str(u.id),
                "full_name": u.full_name,
                "title": u.title,
                "role": _json(u.role),
                "skills": list(u.skills or []),
                "capacity_hours": capacity,
                "allocated_hours": round(allocated, 2),
                "free_hours": round(capacity - allocated, 2),
                "active_initiatives_led": int(led.get(u.id) or 0),
                "team_ids": sorted(teams.get(u.id, [])),
            }
        )
    return out


async def candidate_teams(session: AsyncSession, analysts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    teams = (await session.execute(select(Team).order_by(func.lower(Team.name), Team.id))).scalars().all()
    members: dict[UUID, list[str]] = {}
    for team_id, user_id in (await session.execute(select(TeamMember.team_id, TeamMember.user_id))).all():
        members.setdefault(team_id, []).append(str(user_id))
    free = {a["id"]: max(0.0, float(a["free_hours"])) for a in analysts}
    return [
        {
            "id": str(t.id),
            "name": t.name,
            "description": t.description,
            "department": t.department,
            "member_ids": sorted(members.get(t.id, [])),
            "free_hours": round(sum(free.get(m, 0.0) for m in members.get(t.id, [])), 2),
        }
        for t in teams
    ]


async def triage_facts(session: AsyncSession, request: Request | dict[str, Any]) -> dict[str, Any]:
    """What triage adds to a request (a row or its JSON-ready fields, or a draft without id):
    ``candidate_teams``, ``candidate_analysts`` and ``similar_requests``."""
    data = _fields(request, _REQUEST_FIELDS) if isinstance(request, Request) else dict(request)
    analysts = await candidate_analysts(session)
    return {
        "candidate_teams": await candidate_teams(session, analysts),
        "candidate_analysts": analysts,
        "similar_requests": await similar_requests(session, data),
    }


# --------------------------------------------------------------------------------------- statistics


async def _dataset_facts(session: AsyncSession, dataset_id: Any) -> dict[str, Any]:
    from handlers.services.stats import RealStatsEngine

    dataset = await session.get(Dataset, UUID(str(dataset_id)))
    if dataset is None:
        return {}
    facts = _fields(
        dataset,
        (
            "id",
            "name",
            "description",
            "file_format",
            "row_count",
            "column_count",
            "columns",
            "quality_issues",
            "recommended_tests",
            "profile_status",
        ),
    )
    recommendations: list[dict[str, Any]] = []
    try:
        profile = DatasetProfile.model_validate(
            {
                "row_count": dataset.row_count or 0,
                "column_count": dataset.column_count or 0,
                "columns": dataset.columns or [],
                "recommended_tests": dataset.recommended_tests or [],
                "quality_issues": dataset.quality_issues or [],
            }
        )
        recommendations = [
            r.model_dump(mode="json", exclude_none=True)
            for r in RealStatsEngine().get_available_tests(profile)
        ]
    except ValueError:
        recommendations = []
    return {"dataset": facts, "recommendations": recommendations}


async def _analysis_facts(session: AsyncSession, analysis_id: Any) -> dict[str, Any]:
    analysis = await session.get(StatisticalAnalysis, UUID(str(analysis_id)))
    if analysis is None:
        return {}
    facts = _fields(
        analysis,
        ("id", "dataset_id", "test_type", "test_category", "configuration", "status", "results", "warnings"),
    )
    facts["dataset_name"] = None
    if analysis.dataset_id is not None:
        dataset = await session.get(Dataset, analysis.dataset_id)
        facts["dataset_name"] = dataset.name if dataset else None
    return {"analysis": facts}


# ------------------------------------------------------------------------------------------ reports


async def portfolio_facts(session: AsyncSession, team_id: Any = None) -> dict[str, Any]:
    live = [col(Initiative.deleted_at).is_(None)]
    if team_id:
        live.append(Initiative.team_id == UUID(str(team_id)))

    async def counts(column: Any) -> dict[str, int]:
        rows = await session.execute(select(column, func.count()).where(*live).group_by(column))
        return {str(_json(k)): int(v) for k, v in rows.all()}

    by_status = await counts(Initiative.status)
    savings = (
        await session.execute(
            select(func.sum(Initiative.projected_savings), func.sum(Initiative.actual_savings)).where(*live)
        )
    ).one()
    today = datetime.now(UTC).date()
    overdue = (
        await session.execute(
            select(func.count())
            .select_from(ActionItem)
            .join(Initiative, col(Initiative.id) == ActionItem.initiative_id)
            .where(
                *live,
                col(ActionItem.status).not_in([ActionStatus.completed, ActionStatus.cancelled]),
                col(ActionItem.due_date) < today,
            )
        )
    ).scalar_one()
    at_risk = (
        (
            await session.execute(
                select(Initiative)
                .where(
                    *live,
                    col(Initiative.health).in_([Health.at_risk, Health.blocked]),
                    col(Initiative.status).in_([InitiativeStatus.active, InitiativeStatus.on_hold]),
                )
                .order_by(Initiative.initiative_number)
                .limit(10)
            )
        )
        .scalars()
        .all()
    )
    return {
        "team_id": str(team_id) if team_id else None,
        "total": sum(by_status.values()),
        "by_status": by_status,
        "by_health": await counts(Initiative.health),
        "by_methodology": await counts(Initiative.methodology),
        "by_priority": await counts(Initiative.priority),
        "projected_savings": float(savings[0] or 0),
        "actual_savings": float(savings[1] or 0),
        "overdue_actions": int(overdue),
        "at_risk": [
            _fields(i, ("initiative_number", "title", "health", "status", "current_phase")) for i in at_risk
        ],
    }


# ---------------------------------------------------------------------------------------- the entry


async def build_context(
    session: AsyncSession, user: User, intent: str, body: dict[str, Any]
) -> dict[str, Any]:
    """The grounding context of one AI exchange (see the module docstring for its keys)."""
    context: dict[str, Any] = {
        "intent": intent,
        "user": {"id": str(user.id), "full_name": user.full_name, "role": _json(user.role)},
    }
    if body.get("message"):
        context["message"] = body["message"]
    if body.get("context"):
        context["client_context"] = body["context"]
    phase = body.get("phase")
    if intent == "coach":
        await _add_initiative(session, context, body["initiative_id"], phase, work=False)
    elif intent == "triage":
        if body.get("request_id"):
            row = await session.get(Request, UUID(str(body["request_id"])))
            if row is not None:
                context["request"] = _fields(row, _REQUEST_FIELDS)
        elif body.get("draft"):
            context["request"] = {k: body["draft"].get(k) for k in _REQUEST_FIELDS if k in body["draft"]}
        if context.get("request"):
            context |= await triage_facts(session, context["request"])
    elif intent == "stats_recommend":
        context |= await _dataset_facts(session, body["dataset_id"])
    elif intent == "stats_interpret":
        context |= await _analysis_facts(session, body["analysis_id"])
    elif intent == "report_generate":
        context["report_type"] = body.get("report_type")
        if body.get("initiative_id"):
            await _add_initiative(session, context, body["initiative_id"], phase, work=True)
        if body.get("report_type") == "executive_brief":
            context["portfolio"] = await portfolio_facts(session, body.get("team_id"))
    elif intent in ("chat", "summary"):
        if body.get("initiative_id"):
            await _add_initiative(session, context, body["initiative_id"], phase, work=True)
        if body.get("request_id"):
            row = await session.get(Request, UUID(str(body["request_id"])))
            if row is not None:
                context["request"] = _fields(row, _REQUEST_FIELDS)
                context |= await triage_facts(session, context["request"])
    return context
