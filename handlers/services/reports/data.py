"""Gathering a report's numbers from the database into a plain dict (the renderers' only input).

Every function here reads; none writes. The dicts hold only JSON-like values (str, int, float,
bool, None, lists, dicts): money and metric values as decimal strings (exact, formatted by the
renderers), enum values as their names, dates as ISO strings. The counting rules are the
dashboards' (handlers/dashboards.py): deleted initiatives never count, nor their actions; an action
is open unless completed or cancelled, and overdue when open with a due date before today (UTC).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from generated.models import (
    ActionStatus,
    Health,
    InitiativeStatus,
    Priority,
    ReportType,
)
from handlers.methodology import phases_of
from handlers.pagination import priority_rank
from handlers.tables import (
    ActionItem,
    Dataset,
    ExternalStakeholder,
    GateReview,
    Initiative,
    InitiativeStakeholder,
    Metric,
    Phase,
    PhaseArtifact,
    StatisticalAnalysis,
    Team,
    User,
)

TOP_INITIATIVES = 10
OVERDUE_LIMIT = 20
LIST_LIMIT = 200  # rows per section of an initiative report (a longer list says how many were left out)
CLOSED_ACTION = (ActionStatus.completed, ActionStatus.cancelled)
OPEN_INITIATIVE = (InitiativeStatus.planned, InitiativeStatus.active, InitiativeStatus.on_hold)


class ReportDataError(Exception):
    """The report's subject is gone (deleted initiative, unknown phase): the job fails with this."""


# --- small helpers --------------------------------------------------------------------------------


def decimal_text(value: Decimal | None) -> str | None:
    """An exact decimal as plain text, without exponent or trailing zeros (``12.50`` → ``12.5``)."""
    if value is None:
        return None
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def money_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(Decimal("0.01")))


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _enum(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _start_of_day(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


async def _user_names(session: AsyncSession, ids: set[UUID | None]) -> dict[UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = await session.execute(select(User.id, User.full_name).where(col(User.id).in_(wanted)))
    return {uid: name for uid, name in rows.all()}


def _meta(report_type: ReportType, generated_at: datetime) -> dict[str, Any]:
    return {"report_type": report_type.value, "generated_at": generated_at.isoformat(timespec="seconds")}


# --- executive brief ------------------------------------------------------------------------------


async def executive_brief(
    session: AsyncSession,
    *,
    team_id: UUID | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    now: datetime,
) -> dict[str, Any]:
    """The portfolio roll-up: initiatives created in [date_from, date_to] (UTC days) of one team or all."""
    today = now.astimezone(UTC).date()
    where: list[Any] = [col(Initiative.deleted_at).is_(None)]
    if team_id is not None:
        where.append(Initiative.team_id == team_id)
    if date_from is not None:
        where.append(Initiative.created_at >= _start_of_day(date_from))
    if date_to is not None and date_to < date.max:
        where.append(Initiative.created_at < _start_of_day(date_to + timedelta(days=1)))

    team_name = None
    if team_id is not None:
        team_name = (await session.execute(select(Team.name).where(Team.id == team_id))).scalar_one_or_none()
        if team_name is None:
            raise ReportDataError("The team of this report no longer exists")

    counts = await session.execute(
        select(Initiative.status, Initiative.priority, Initiative.health, func.count())
        .where(*where)
        .group_by(Initiative.status, Initiative.priority, Initiative.health)
    )
    by_status: dict[str, int] = {s.value: 0 for s in InitiativeStatus}
    by_priority: dict[str, int] = {p.value: 0 for p in Priority}
    by_health: dict[str, int] = {h.value: 0 for h in Health}
    for status, priority, health, n in counts.all():
        by_status[_enum(status) or ""] += int(n)
        by_priority[_enum(priority) or ""] += int(n)
        by_health[_enum(health) or ""] += int(n)
    total = sum(by_status.values())

    with_savings = or_(
        col(Initiative.projected_savings).is_not(None), col(Initiative.actual_savings).is_not(None)
    )
    savings_rows = await session.execute(
        select(
            Initiative.currency,
            func.sum(Initiative.projected_savings),
            func.sum(Initiative.actual_savings),
            func.count(),
        )
        .where(*where, with_savings)
        .group_by(Initiative.currency)
        .order_by(Initiative.currency)
    )
    savings = [
        {
            "currency": currency,
            "projected": money_text(projected or Decimal(0)),
            "actual": money_text(actual or Decimal(0)),
            "initiatives": int(n),
        }
        for currency, projected, actual, n in savings_rows.all()
    ]

    chosen = select(Initiative.id).where(*where)
    open_action = col(ActionItem.status).not_in(CLOSED_ACTION)
    open_actions, overdue_count = (
        await session.execute(
            select(func.count(), func.count().filter(ActionItem.due_date < today)).where(
                open_action, col(ActionItem.initiative_id).in_(chosen)
            )
        )
    ).one()

    top_rows = (
        await session.execute(
            select(Initiative)
            .where(*where, col(Initiative.status).in_([*OPEN_INITIATIVE, InitiativeStatus.completed]))
            .order_by(
                col(Initiative.projected_savings).desc().nulls_last(),
                priority_rank(Initiative.priority).desc(),
                col(Initiative.initiative_number),
            )
            .limit(TOP_INITIATIVES)
        )
    ).scalars()
    top = list(top_rows)
    overdue_rows = (
        await session.execute(
            select(ActionItem, Initiative.initiative_number)
            .join(Initiative, col(Initiative.id) == ActionItem.initiative_id)
            .where(*where, open_action, ActionItem.due_date < today)
            .order_by(col(ActionItem.due_date), priority_rank(ActionItem.priority).desc(), col(ActionItem.id))
            .limit(OVERDUE_LIMIT)
        )
    ).all()
    names = await _user_names(
        session, {i.lead_analyst_id for i in top} | {a.assigned_to for a, _ in overdue_rows}
    )

    return {
        **_meta(ReportType.executive_brief, now),
        "title": "Executive brief",
        "scope": {
            "team": team_name,
            "date_from": _iso(date_from),
            "date_to": _iso(date_to),
        },
        "totals": {
            "initiatives": total,
            "open": sum(by_status[s.value] for s in OPEN_INITIATIVE),
            "active": by_status[InitiativeStatus.active.value],
            "completed": by_status[InitiativeStatus.completed.value],
            "open_actions": int(open_actions),
            "overdue_actions": int(overdue_count),
        },
        "by_status": by_status,
        "by_priority": by_priority,
        "by_health": by_health,
        "savings": savings,
        "top_initiatives": [
            {
                "number": i.initiative_number,
                "title": i.title,
                "status": _enum(i.status),
                "priority": _enum(i.priority),
                "health": _enum(i.health),
                "current_phase": _enum(i.current_phase),
                "lead": names.get(i.lead_analyst_id) if i.lead_analyst_id else None,
                "currency": i.currency,
                "projected_savings": money_text(i.projected_savings),
                "actual_savings": money_text(i.actual_savings),
            }
            for i in top
        ],
        "overdue_actions": [
            {
                "initiative_number": number,
                "title": a.title,
                "priority": _enum(a.priority),
                "status": _enum(a.status),
                "owner": (names.get(a.assigned_to) if a.assigned_to else None) or a.owner_name,
                "due_date": _iso(a.due_date),
                "days_overdue": (today - a.due_date).days if a.due_date else 0,
            }
            for a, number in overdue_rows
        ],
    }


# --- one initiative -------------------------------------------------------------------------------


async def _initiative(session: AsyncSession, initiative_id: UUID) -> Initiative:
    initiative = (
        await session.execute(
            select(Initiative).where(Initiative.id == initiative_id, col(Initiative.deleted_at).is_(None))
        )
    ).scalar_one_or_none()
    if initiative is None:
        raise ReportDataError("The initiative of this report was deleted")
    return initiative


def _charter(i: Initiative, names: dict[UUID, str], team: str | None) -> dict[str, Any]:
    def person(uid: UUID | None) -> str | None:
        return names.get(uid) if uid else None

    return {
        "id": str(i.id),
        "number": i.initiative_number,
        "title": i.title,
        "methodology": _enum(i.methodology),
        "initiative_type": _enum(i.initiative_type),
        "status": _enum(i.status),
        "status_reason": i.status_reason,
        "priority": _enum(i.priority),
        "health": _enum(i.health),
        "current_phase": _enum(i.current_phase),
        "team": team,
        "lead": person(i.lead_analyst_id),
        "sponsor": person(i.sponsor_id),
        "process_owner": person(i.process_owner_id),
        "problem_statement": i.problem_statement,
        "goal_statement": i.goal_statement,
        "desired_outcome": i.desired_outcome,
        "scope": i.scope,
        "out_of_scope": i.out_of_scope,
        "business_case": i.business_case,
        "start_date": _iso(i.start_date),
        "target_completion": _iso(i.target_completion),
        "actual_completion": _iso(i.actual_completion),
        "currency": i.currency,
        "projected_savings": money_text(i.projected_savings),
        "actual_savings": money_text(i.actual_savings),
        "projected_impact": i.projected_impact,
        "actual_impact": i.actual_impact,
        "tags": [str(t) for t in i.tags or []],
    }


def _metric(m: Metric) -> dict[str, Any]:
    def as_float(value: Decimal | None) -> float | None:
        return None if value is None else float(value)

    return {
        "name": m.name,
        "unit": m.unit,
        "direction": _enum(m.direction),
        "baseline": decimal_text(m.baseline_value),
        "current": decimal_text(m.current_value),
        "target": decimal_text(m.target_value),
        "target_lower": decimal_text(m.target_lower),
        "target_upper": decimal_text(m.target_upper),
        "current_as_of": _iso(m.current_as_of),
        "target_met": m.target_met,
        # For the charts only (rendering position, never printed as the figure itself).
        "chart": {
            "baseline": as_float(m.baseline_value),
            "current": as_float(m.current_value),
            "target": as_float(m.target_value),
        },
    }


def _analysis_summary(results: dict[str, Any] | None) -> dict[str, Any]:
    summary = (results or {}).get("summary") or {}
    if not isinstance(summary, dict):
        return {}
    out: dict[str, Any] = {}
    for key in ("statistic", "p_value", "effect_size", "n", "mean", "std", "r_squared", "cpk", "ppk"):
        value = summary.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = value
    return out


async def initiative_details(
    session: AsyncSession, initiative_id: UUID, *, phase: str | None = None, now: datetime
) -> dict[str, Any]:
    """Everything an initiative report shows; with ``phase``, what a phase report shows of one phase."""
    today = now.astimezone(UTC).date()
    initiative = await _initiative(session, initiative_id)
    if phase is not None and phase not in {p.value for p in phases_of(initiative.methodology)}:
        raise ReportDataError(f"{phase} is not a phase of this initiative's methodology")

    phases = list(
        (
            await session.execute(
                select(Phase).where(Phase.initiative_id == initiative.id).order_by(col(Phase.phase_order))
            )
        ).scalars()
    )
    phase_names = {p.id: _enum(p.phase_name) for p in phases}
    chosen = next((p for p in phases if _enum(p.phase_name) == phase), None) if phase else None
    if phase is not None and chosen is None:
        raise ReportDataError(f"The initiative has no {phase} phase")

    reviews = (
        await session.execute(
            select(GateReview)
            .where(col(GateReview.phase_id).in_([p.id for p in phases]))
            .order_by(col(GateReview.decided_at), col(GateReview.attempt))
        )
    ).scalars()
    reviews_by_phase: dict[UUID, list[GateReview]] = defaultdict(list)
    for r in reviews:
        reviews_by_phase[r.phase_id].append(r)

    metrics = list(
        (
            await session.execute(
                select(Metric)
                .where(Metric.initiative_id == initiative.id)
                .order_by(col(Metric.created_at), col(Metric.name), col(Metric.id))
                .limit(LIST_LIMIT)
            )
        ).scalars()
    )

    action_where = [ActionItem.initiative_id == initiative.id]
    if chosen is not None:
        action_where.append(ActionItem.phase_id == chosen.id)
    action_stmt = select(ActionItem).where(*action_where)
    actions = list(
        (
            await session.execute(
                action_stmt.order_by(
                    col(ActionItem.due_date).asc().nulls_last(),
                    priority_rank(ActionItem.priority).desc(),
                    col(ActionItem.created_at),
                    col(ActionItem.id),
                ).limit(LIST_LIMIT)
            )
        ).scalars()
    )
    action_counts: dict[Any, int] = dict(
        (
            await session.execute(
                select(ActionItem.status, func.count()).where(*action_where).group_by(ActionItem.status)
            )
        ).all()
    )

    stakeholders = (
        await session.execute(
            select(InitiativeStakeholder, User.full_name)
            .join(User, col(User.id) == InitiativeStakeholder.user_id)
            .where(InitiativeStakeholder.initiative_id == initiative.id)
            .order_by(col(InitiativeStakeholder.role), col(User.full_name))
            .limit(LIST_LIMIT)
        )
    ).all()
    externals = (
        await session.execute(
            select(ExternalStakeholder)
            .where(ExternalStakeholder.initiative_id == initiative.id)
            .order_by(col(ExternalStakeholder.name), col(ExternalStakeholder.id))
            .limit(LIST_LIMIT)
        )
    ).scalars()

    analysis_stmt = (
        select(StatisticalAnalysis, Dataset.name)
        .outerjoin(Dataset, col(Dataset.id) == StatisticalAnalysis.dataset_id)
        .where(StatisticalAnalysis.initiative_id == initiative.id)
    )
    if chosen is not None:
        analysis_stmt = analysis_stmt.where(StatisticalAnalysis.phase_id == chosen.id)
    analyses = (
        await session.execute(
            analysis_stmt.order_by(col(StatisticalAnalysis.created_at), col(StatisticalAnalysis.id)).limit(
                LIST_LIMIT
            )
        )
    ).all()

    artifacts: list[PhaseArtifact] = []
    if chosen is not None:
        artifacts = list(
            (
                await session.execute(
                    select(PhaseArtifact)
                    .where(PhaseArtifact.phase_id == chosen.id)
                    .order_by(col(PhaseArtifact.created_at), col(PhaseArtifact.id))
                    .limit(LIST_LIMIT)
                )
            ).scalars()
        )

    team = None
    if initiative.team_id is not None:
        team = (
            await session.execute(select(Team.name).where(Team.id == initiative.team_id))
        ).scalar_one_or_none()
    names = await _user_names(
        session,
        {initiative.lead_analyst_id, initiative.sponsor_id, initiative.process_owner_id}
        | {a.assigned_to for a in actions}
        | {r.reviewer_id for rs in reviews_by_phase.values() for r in rs},
    )

    def phase_row(p: Phase) -> dict[str, Any]:
        return {
            "name": _enum(p.phase_name),
            "order": p.phase_order,
            "status": _enum(p.status),
            "gate_decision": _enum(p.gate_decision),
            "due_date": _iso(p.due_date),
            "started_at": _iso(p.started_at.date()) if p.started_at else None,
            "completed_at": _iso(p.completed_at.date()) if p.completed_at else None,
            "completeness_score": p.completeness_score,
            "gate_notes": p.gate_notes,
            "gate_reviews": [
                {
                    "attempt": r.attempt,
                    "decision": _enum(r.decision),
                    "reviewer": names.get(r.reviewer_id) if r.reviewer_id else None,
                    "comments": r.comments,
                    "conditions": r.conditions,
                    "decided_at": _iso(r.decided_at.date()),
                }
                for r in reviews_by_phase.get(p.id, [])
            ],
        }

    open_statuses = {s.value for s in ActionStatus} - {s.value for s in CLOSED_ACTION}
    counts = {_enum(k) or "": int(v) for k, v in action_counts.items()}
    data: dict[str, Any] = {
        **_meta(ReportType.initiative_report, now),
        "title": f"{initiative.initiative_number} {initiative.title}",
        "initiative": _charter(initiative, names, team),
        "phases": [phase_row(p) for p in phases],
        "metrics": [_metric(m) for m in metrics],
        "actions": [
            {
                "title": a.title,
                "classification": _enum(a.classification),
                "status": _enum(a.status),
                "priority": _enum(a.priority),
                "phase": phase_names.get(a.phase_id) if a.phase_id else None,
                "owner": (names.get(a.assigned_to) if a.assigned_to else None) or a.owner_name,
                "due_date": _iso(a.due_date),
                "overdue": bool(
                    a.due_date is not None and a.due_date < today and _enum(a.status) in open_statuses
                ),
            }
            for a in actions
        ],
        "action_counts": {
            "total": sum(counts.values()),
            "open": sum(v for k, v in counts.items() if k in open_statuses),
            "completed": counts.get(ActionStatus.completed.value, 0),
            "cancelled": counts.get(ActionStatus.cancelled.value, 0),
        },
        "stakeholders": [
            {
                "name": name,
                "kind": "internal",
                "role": _enum(s.role),
                "raci": _enum(s.raci),
                "influence": _enum(s.influence),
                "support_level": _enum(s.support_level),
                "organization": None,
            }
            for s, name in stakeholders
        ]
        + [
            {
                "name": e.name,
                "kind": "external",
                "role": e.role,
                "raci": _enum(e.raci),
                "influence": _enum(e.influence),
                "support_level": _enum(e.support_level),
                "organization": e.organization,
            }
            for e in externals
        ],
        "analyses": [
            {
                "test_type": _enum(a.test_type),
                "test_category": _enum(a.test_category),
                "status": _enum(a.status),
                "phase": phase_names.get(a.phase_id) if a.phase_id else None,
                "dataset": dataset_name,
                "run_at": _iso(a.run_at.date()) if a.run_at else None,
                "summary": _analysis_summary(a.results) if _enum(a.status) == "completed" else {},
                "interpretation": a.ai_interpretation,
            }
            for a, dataset_name in analyses
        ],
    }
    if chosen is not None:
        data["report_type"] = ReportType.phase_report.value
        data["title"] = f"{initiative.initiative_number} {_enum(chosen.phase_name)} phase"
        data["phase"] = phase_row(chosen)
        data["artifacts"] = [
            {
                "title": a.title,
                "artifact_type": _enum(a.artifact_type),
                "status": _enum(a.status),
                "version": a.version,
                "updated_at": _iso(a.updated_at.date()),
            }
            for a in artifacts
        ]
    return data


async def close_out(session: AsyncSession, initiative_id: UUID, *, now: datetime) -> dict[str, Any]:
    """The initiative's details plus the outcome: savings projected vs actual, metrics met."""
    data = await initiative_details(session, initiative_id, now=now)
    initiative = data["initiative"]
    metrics = data["metrics"]
    projected = Decimal(initiative["projected_savings"]) if initiative["projected_savings"] else None
    actual = Decimal(initiative["actual_savings"]) if initiative["actual_savings"] else None
    data["report_type"] = ReportType.close_out.value
    data["title"] = f"{initiative['number']} close-out"
    data["outcome"] = {
        "projected_savings": initiative["projected_savings"],
        "actual_savings": initiative["actual_savings"],
        "savings_variance": money_text(actual - projected)
        if projected is not None and actual is not None
        else None,
        "metrics_met": sum(1 for m in metrics if m["target_met"] is True),
        "metrics_with_target": sum(1 for m in metrics if m["target_met"] is not None),
        "phases_completed": sum(1 for p in data["phases"] if p["status"] == "completed"),
        "phases_total": len(data["phases"]),
    }
    return data
