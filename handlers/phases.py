"""Phases of an initiative and their gate reviews."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import col

from generated.models import (
    ArtifactBrief,
    AuditAction,
    GateReviewCreate,
    GateReviewDecision,
    GateReviewList,
    GateReviewResponse,
    GateReviewSort,
    InitiativeStatus,
    PhaseList,
    PhaseName,
    PhaseResponse,
    PhaseSort,
    PhaseStatus,
    PhaseUpdate,
    SortOrder,
)
from handlers import audit
from handlers.access import load_initiative, require_initiative_write
from handlers.context import Ctx, utcnow
from handlers.errors import Conflict, NotFound
from handlers.pagination import order_by, paginate
from handlers.readiness import readiness
from handlers.resources import check_if_match, etag_for, set_etag, to_response
from handlers.tables import Initiative, Phase, PhaseArtifact

# Legal PATCH transitions (the contract's list; any other is 409); `completed` is reached only by an
# approving gate review, and a skipped phase stays skipped.
TRANSITIONS: dict[str, set[str]] = {
    PhaseStatus.not_started: {PhaseStatus.in_progress, PhaseStatus.skipped},
    PhaseStatus.in_progress: {PhaseStatus.pending_review, PhaseStatus.not_started},
    PhaseStatus.pending_review: {PhaseStatus.in_progress},
    PhaseStatus.skipped: set(),
    PhaseStatus.completed: set(),
}
CLOSED_INITIATIVE = frozenset({InitiativeStatus.completed, InitiativeStatus.cancelled})


async def load_phase(
    ctx: Ctx, initiative: Initiative, phase: PhaseName, *, for_update: bool = False
) -> Phase:
    stmt = select(Phase).where(Phase.initiative_id == initiative.id, Phase.phase_name == phase)
    if for_update:
        stmt = stmt.with_for_update()
    row = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise NotFound(
            f"Initiative {initiative.initiative_number} ({initiative.methodology}) has no {phase} phase"
        )
    return row


async def build_response(ctx: Ctx, initiative: Initiative, phase: Phase) -> PhaseResponse:
    artifacts = (
        (
            await ctx.session.execute(
                select(PhaseArtifact)
                .where(PhaseArtifact.phase_id == phase.id)
                .order_by(PhaseArtifact.created_at)
            )
        )
        .scalars()
        .all()
    )
    set_etag(ctx, etag_for(phase.id, phase.updated_at))
    # to_response never reads the row's relationships (``artifacts`` is lazy="raise").
    return to_response(
        PhaseResponse,
        phase,
        artifacts=[ArtifactBrief.model_validate(a, from_attributes=True) for a in artifacts],
        readiness=await readiness(ctx.session, initiative, phase),
    )


PHASE_SORT_COLUMNS: dict[str, Any] = {
    PhaseSort.phase_order: Phase.phase_order,
    PhaseSort.due_date: Phase.due_date,
    PhaseSort.started_at: Phase.started_at,
    PhaseSort.completed_at: Phase.completed_at,
    PhaseSort.created_at: Phase.created_at,
}


async def list_phases(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: PhaseSort,
    order: SortOrder,
    status: list[PhaseStatus] | None,
) -> PhaseList:
    initiative = await load_initiative(ctx, initiative_id)
    stmt = select(Phase).where(Phase.initiative_id == initiative.id)
    if status:
        stmt = stmt.where(col(Phase.status).in_(status))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, PHASE_SORT_COLUMNS, Phase.phase_order),
    )
    from generated.models import PhaseBrief

    items = [PhaseBrief.model_validate(p, from_attributes=True) for p in result.items]
    return PhaseList.model_validate(result.envelope(items))


async def get_phase(ctx: Ctx, *, initiative_id: str, phase: PhaseName) -> PhaseResponse:
    initiative = await load_initiative(ctx, initiative_id)
    return await build_response(ctx, initiative, await load_phase(ctx, initiative, phase))


async def update_phase(
    ctx: Ctx, *, initiative_id: str, phase: PhaseName, if_match: str | None, body: PhaseUpdate
) -> PhaseResponse:
    # Locked in the same order as decide_gate (initiative, then phase): current_phase is recomputed.
    initiative = await load_initiative(ctx, initiative_id, for_update=True)
    row = await load_phase(ctx, initiative, phase, for_update=True)
    check_if_match(if_match, etag_for(row.id, row.updated_at))
    await require_initiative_write(ctx, initiative)
    updates = body.model_dump(exclude_unset=True)
    if "status" in updates and updates["status"] != row.status:
        if initiative.status in CLOSED_INITIATIVE:
            raise Conflict(
                f"Initiative {initiative.initiative_number} is {initiative.status}: its phases' status "
                "cannot change"
            )
        if updates["status"] not in TRANSITIONS[row.status]:
            raise Conflict(f"A phase cannot go from {row.status} to {updates['status']}")
        updates["status"] = PhaseStatus(updates["status"])
        if updates["status"] == PhaseStatus.in_progress and row.started_at is None:
            updates["started_at"] = utcnow()
    changes = audit.apply_changes(row, updates)
    if "status" in changes:
        from handlers.gates import current_phase_of  # handlers.gates imports this module

        phases = (
            (await ctx.session.execute(select(Phase).where(Phase.initiative_id == initiative.id)))
            .scalars()
            .all()
        )
        moved = audit.apply_changes(initiative, {"current_phase": current_phase_of(phases)})
        changes.update(moved)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(row)
        audit.record(
            ctx,
            entity_type="phase",
            entity_id=row.id,
            action=AuditAction.status_change if "status" in changes else AuditAction.update,
            changes=changes,
            initiative_id=initiative.id,
        )
    return await build_response(ctx, initiative, row)


async def decide_gate(
    ctx: Ctx, *, initiative_id: str, phase: PhaseName, idempotency_key: str | None, body: GateReviewCreate
) -> GateReviewResponse:
    from handlers import gates  # imported here: handlers.gates imports this module

    return await gates.decide_gate(ctx, initiative_id=initiative_id, phase=phase, body=body)


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
    from handlers import gates  # imported here: handlers.gates imports this module

    return await gates.list_gate_reviews(
        ctx,
        initiative_id=initiative_id,
        phase=phase,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        decision=decision,
    )
