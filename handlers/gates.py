"""Gate reviews: deciding a phase's gate and reading its history (DOMAIN.md GateReview).

A decision is one ``GateReview`` row (attempt 1, 2, … per phase) with a snapshot of the gate
readiness at that time; it sets the phase's gate fields and, when approving, completes the phase,
starts the next open one and recomputes the initiative's ``current_phase``. ``handlers.phases``
delegates its ``decide_gate`` and ``list_gate_reviews`` operations here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    CurrentPhase,
    GateDecision,
    GateReviewCreate,
    GateReviewDecision,
    GateReviewList,
    GateReviewResponse,
    GateReviewSort,
    InitiativeStatus,
    PhaseName,
    PhaseStatus,
    SortOrder,
)
from handlers import audit
from handlers.access import load_initiative
from handlers.context import Ctx, utcnow
from handlers.errors import Conflict, Forbidden, ValidationFailed
from handlers.pagination import order_by, paginate
from handlers.permissions import Permission
from handlers.phases import load_phase
from handlers.readiness import readiness
from handlers.resources import etag_for, set_etag, set_location, to_response
from handlers.tables import GateReview, Initiative, Phase

APPROVING = frozenset({GateReviewDecision.approved, GateReviewDecision.conditionally_approved})
BACK_TO_WORK = frozenset({GateReviewDecision.returned, GateReviewDecision.rejected})
DECIDABLE_INITIATIVE = frozenset({InitiativeStatus.planned, InitiativeStatus.active})
CLOSED_PHASE = frozenset({PhaseStatus.completed, PhaseStatus.skipped})

SORT_COLUMNS: dict[str, Any] = {
    GateReviewSort.attempt: GateReview.attempt,
    GateReviewSort.decided_at: GateReview.decided_at,
    GateReviewSort.created_at: GateReview.created_at,
}


def current_phase_of(phases: Sequence[Phase]) -> CurrentPhase:
    """The first phase (by phase_order) neither completed nor skipped, or ``complete``."""
    for phase in sorted(phases, key=lambda p: p.phase_order):
        if phase.status not in CLOSED_PHASE:
            return CurrentPhase(phase.phase_name)
    return CurrentPhase.complete


def to_gate_review(review: GateReview, initiative: Initiative, phase: Phase) -> GateReviewResponse:
    return to_response(GateReviewResponse, review, initiative_id=initiative.id, phase_name=phase.phase_name)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


async def decide_gate(
    ctx: Ctx, *, initiative_id: str, phase: PhaseName, body: GateReviewCreate
) -> GateReviewResponse:
    # The initiative row is locked: decisions on its gates are serialized (attempt numbers,
    # current_phase and phase_progress are computed from what is read here).
    initiative = await load_initiative(ctx, initiative_id, for_update=True)
    row = await load_phase(ctx, initiative, phase, for_update=True)
    ctx.require(Permission.decide_gates, "Only managers and admins decide gates")
    if initiative.lead_analyst_id is not None and initiative.lead_analyst_id == ctx.user.id:
        raise Forbidden(
            f"You lead initiative {initiative.initiative_number}: its gates are decided by someone else"
        )
    decision = body.decision
    if decision != GateReviewDecision.approved and _blank(body.comments):
        raise ValidationFailed.field(["body", "comments"], f"comments are required for a {decision} decision")
    if decision == GateReviewDecision.conditionally_approved and _blank(body.conditions):
        raise ValidationFailed.field(
            ["body", "conditions"], "conditions are required for a conditionally_approved decision"
        )
    if initiative.status not in DECIDABLE_INITIATIVE:
        raise Conflict(
            f"Initiative {initiative.initiative_number} is {initiative.status}: "
            "gates are decided only while it is planned or active"
        )
    if row.status != PhaseStatus.pending_review:
        raise Conflict(
            f"The {row.phase_name} phase is {row.status}: only a phase pending_review can be decided"
        )
    ready = await readiness(ctx.session, initiative, row)
    if decision in APPROVING and ready.blockers:
        blockers = [b.root for b in ready.blockers]
        raise Conflict(
            f"The {row.phase_name} gate cannot be approved while blockers remain: {'; '.join(blockers)}",
            extra={"blockers": blockers},
        )

    previous = (
        await ctx.session.execute(
            select(func.coalesce(func.max(GateReview.attempt), 0)).where(GateReview.phase_id == row.id)
        )
    ).scalar_one()
    now = utcnow()
    review = GateReview(
        phase_id=row.id,
        attempt=int(previous) + 1,
        decision=decision,
        reviewer_id=ctx.user.id,
        comments=body.comments,
        conditions=body.conditions,
        readiness=ready.model_dump(mode="json"),
        decided_at=now,
    )
    ctx.session.add(review)

    phase_updates: dict[str, Any] = {
        "gate_decision": GateDecision(decision.value),
        "gate_decided_by": ctx.user.id,
        "gate_decided_at": now,
        "gate_notes": body.comments,
    }
    if decision in APPROVING:
        phase_updates |= {"status": PhaseStatus.completed, "completed_at": now}
    elif decision in BACK_TO_WORK:
        phase_updates["status"] = PhaseStatus.in_progress
    changes = audit.apply_changes(row, phase_updates)

    phases = (
        (
            await ctx.session.execute(
                select(Phase).where(Phase.initiative_id == initiative.id).order_by(Phase.phase_order)
            )
        )
        .scalars()
        .all()
    )
    if decision in APPROVING:
        later = [p for p in phases if p.phase_order > row.phase_order and p.status not in CLOSED_PHASE]
        if later and later[0].status == PhaseStatus.not_started:
            started = later[0]
            started.status = PhaseStatus.in_progress
            if started.started_at is None:
                started.started_at = now
            changes[f"{started.phase_name}.status"] = [PhaseStatus.not_started.value, started.status.value]
    initiative_updates: dict[str, Any] = {"current_phase": current_phase_of(phases)}
    if decision in APPROVING:
        initiative_updates["phase_progress"] = {**(initiative.phase_progress or {}), row.phase_name: 100}
    initiative_changes = audit.apply_changes(initiative, initiative_updates)
    if "current_phase" in initiative_changes:
        changes["current_phase"] = initiative_changes["current_phase"]

    await ctx.session.flush()
    await ctx.session.refresh(review)
    audit.record(
        ctx,
        entity_type="phase",
        entity_id=row.id,
        action=AuditAction.gate_decision,
        changes={
            "attempt": [None, review.attempt],
            "decision": [None, audit.jsonable(decision)],
            **changes,
        },
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/initiatives/{initiative.id}/phases/{row.phase_name}/gate-reviews")
    set_etag(ctx, etag_for(review.id, review.updated_at))
    return to_gate_review(review, initiative, row)


async def list_gate_reviews(
    ctx: Ctx,
    *,
    initiative_id: str,
    phase: PhaseName,
    page: int,
    page_size: int,
    sort: GateReviewSort,
    order: SortOrder,
    decision: list[GateReviewDecision] | None,
) -> GateReviewList:
    initiative = await load_initiative(ctx, initiative_id)
    row = await load_phase(ctx, initiative, phase)
    stmt = select(GateReview).where(GateReview.phase_id == row.id)
    if decision:
        stmt = stmt.where(col(GateReview.decision).in_(decision))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, GateReview.attempt),
    )
    items = [to_gate_review(r, initiative, row) for r in result.items]
    return GateReviewList.model_validate(result.envelope(items))
