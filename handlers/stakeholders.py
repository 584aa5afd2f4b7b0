"""Stakeholders of an initiative: users in a role (unique per user and role) and people outside the
system (external stakeholders)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import Response  # noqa: F401
from sqlalchemy import and_, case, func, or_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    ExternalStakeholderBrief,
    ExternalStakeholderCreate,
    ExternalStakeholderList,
    ExternalStakeholderResponse,
    ExternalStakeholderSort,
    ExternalStakeholderUpdate,
    Influence,
    Raci,
    SortOrder,
    StakeholderBrief,
    StakeholderCreate,
    StakeholderList,
    StakeholderResponse,
    StakeholderRole,
    StakeholderSort,
    StakeholderUpdate,
    SupportLevel,
)
from handlers import audit
from handlers.access import load_initiative, require_initiative_write
from handlers.context import Ctx
from handlers.errors import Conflict, NotFound, ValidationFailed
from handlers.pagination import like_pattern, order_by, paginate, to_list
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.tables import ActionItem, ExternalStakeholder, Initiative, InitiativeStakeholder, User

INFLUENCE_RANK = {Influence.high: 3, Influence.medium: 2, Influence.low: 1}
SUPPORT_RANK = {
    SupportLevel.strongly_supportive: 5,
    SupportLevel.supportive: 4,
    SupportLevel.neutral: 3,
    SupportLevel.against: 2,
    SupportLevel.strongly_against: 1,
}

SORT_COLUMNS: dict[str, Any] = {
    StakeholderSort.created_at: InitiativeStakeholder.added_at,
    StakeholderSort.updated_at: InitiativeStakeholder.updated_at,
    StakeholderSort.full_name: func.lower(User.full_name),
    StakeholderSort.role: InitiativeStakeholder.role,
    StakeholderSort.raci: InitiativeStakeholder.raci,
    StakeholderSort.influence: case(INFLUENCE_RANK, value=InitiativeStakeholder.influence),
    StakeholderSort.support_level: case(SUPPORT_RANK, value=InitiativeStakeholder.support_level),
}
EXTERNAL_SORT_COLUMNS: dict[str, Any] = {
    ExternalStakeholderSort.created_at: ExternalStakeholder.created_at,
    ExternalStakeholderSort.updated_at: ExternalStakeholder.updated_at,
    ExternalStakeholderSort.name: func.lower(ExternalStakeholder.name),
    ExternalStakeholderSort.organization: func.lower(ExternalStakeholder.organization),
    ExternalStakeholderSort.influence: case(INFLUENCE_RANK, value=ExternalStakeholder.influence),
    ExternalStakeholderSort.support_level: case(SUPPORT_RANK, value=ExternalStakeholder.support_level),
}
EXTERNAL_FIELDS = [
    "name",
    "title",
    "organization",
    "email",
    "phone",
    "role",
    "raci",
    "influence",
    "support_level",
    "notes",
]


# ---------------------------------------------------------------------------------------------------
# Internal stakeholders (users)


def _etag(row: InitiativeStakeholder) -> str:
    return etag_for(row.id, row.updated_at)


async def _respond(ctx: Ctx, row: InitiativeStakeholder) -> StakeholderResponse:
    user = await ctx.session.get(User, row.user_id)
    assert user is not None  # user_id is a foreign key (ON DELETE CASCADE)
    set_etag(ctx, _etag(row))
    return to_response(StakeholderResponse, row, full_name=user.full_name, email=user.email)


async def _load_stakeholder(
    ctx: Ctx, initiative: Initiative, stakeholder_id: UUID, *, for_update: bool = False
) -> InitiativeStakeholder:
    """The stakeholder of this initiative, or 404 (one of another initiative is not found here)."""
    stmt = select(InitiativeStakeholder).where(
        InitiativeStakeholder.id == stakeholder_id, InitiativeStakeholder.initiative_id == initiative.id
    )
    if for_update:
        stmt = stmt.with_for_update()
    row = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise NotFound(f"Stakeholder {stakeholder_id} not found on initiative {initiative.initiative_number}")
    return row


async def _role_taken(
    ctx: Ctx, initiative: Initiative, user_id: UUID, role: StakeholderRole, except_id: UUID | None = None
) -> bool:
    stmt = select(InitiativeStakeholder.id).where(
        InitiativeStakeholder.initiative_id == initiative.id,
        InitiativeStakeholder.user_id == user_id,
        InitiativeStakeholder.role == role,
    )
    if except_id is not None:
        stmt = stmt.where(InitiativeStakeholder.id != except_id)
    return (await ctx.session.execute(stmt)).first() is not None


async def list_stakeholders(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: StakeholderSort,
    order: SortOrder,
    q: str | None,
    role: list[StakeholderRole] | None,
    raci: list[Raci] | None,
    influence: list[Influence] | None,
    support_level: list[SupportLevel] | None,
    user_id: list[UUID] | None,
) -> StakeholderList:
    initiative = await load_initiative(ctx, initiative_id)
    stmt = (
        select(InitiativeStakeholder, User.full_name)
        .join(User, col(User.id) == InitiativeStakeholder.user_id)
        .where(InitiativeStakeholder.initiative_id == initiative.id)
    )
    filters: list[Any] = []
    for column, values in (
        (InitiativeStakeholder.role, role),
        (InitiativeStakeholder.raci, raci),
        (InitiativeStakeholder.influence, influence),
        (InitiativeStakeholder.support_level, support_level),
        (InitiativeStakeholder.user_id, user_id),
    ):
        if values:
            filters.append(col(column).in_(values))
    if q:
        pattern = like_pattern(q)
        filters.append(or_(col(User.full_name).ilike(pattern), col(User.email).ilike(pattern)))
    if filters:
        stmt = stmt.where(and_(*filters))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, InitiativeStakeholder.id),
        scalars=False,
    )
    items = [to_response(StakeholderBrief, row, full_name=name) for row, name in result.items]
    return StakeholderList.model_validate(result.envelope(items))


async def add_stakeholder(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: StakeholderCreate
) -> StakeholderResponse:
    initiative = await load_initiative(ctx, initiative_id)
    await require_initiative_write(ctx, initiative)
    user = await ctx.session.get(User, body.user_id)
    if user is None or not user.is_active:
        raise ValidationFailed.field(
            ["body", "user_id"], f"User {body.user_id} does not exist or is inactive"
        )
    if await _role_taken(ctx, initiative, body.user_id, body.role):
        raise Conflict(
            f"{user.full_name} is already a {body.role} stakeholder of {initiative.initiative_number}"
        )
    row = InitiativeStakeholder(initiative_id=initiative.id, **body.model_dump())
    ctx.session.add(row)
    await ctx.session.flush()
    await ctx.session.refresh(row)
    audit.record(
        ctx,
        entity_type="initiative_stakeholder",
        entity_id=row.id,
        action=AuditAction.create,
        changes=audit.snapshot(row, ["user_id", "role", "raci", "influence", "support_level"]),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/initiatives/{initiative.id}/stakeholders/{row.id}")
    return await _respond(ctx, row)


async def update_stakeholder(
    ctx: Ctx, *, initiative_id: str, stakeholder_id: UUID, if_match: str | None, body: StakeholderUpdate
) -> StakeholderResponse:
    initiative = await load_initiative(ctx, initiative_id)
    row = await _load_stakeholder(ctx, initiative, stakeholder_id, for_update=True)
    check_if_match(if_match, _etag(row))
    await require_initiative_write(ctx, initiative)
    updates = body.model_dump(exclude_unset=True)
    new_role = updates.get("role")
    if (
        new_role is not None
        and new_role != row.role
        and await _role_taken(ctx, initiative, row.user_id, new_role, except_id=row.id)
    ):
        raise Conflict(
            f"User {row.user_id} is already a {new_role} stakeholder of {initiative.initiative_number}"
        )
    changes = audit.apply_changes(row, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(row)
        audit.record(
            ctx,
            entity_type="initiative_stakeholder",
            entity_id=row.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=initiative.id,
        )
    return await _respond(ctx, row)


async def remove_stakeholder(
    ctx: Ctx, *, initiative_id: str, stakeholder_id: UUID, if_match: str | None
) -> None:
    initiative = await load_initiative(ctx, initiative_id)
    row = await _load_stakeholder(ctx, initiative, stakeholder_id, for_update=True)
    check_if_match(if_match, _etag(row))
    await require_initiative_write(ctx, initiative)
    audit.record(
        ctx,
        entity_type="initiative_stakeholder",
        entity_id=row.id,
        action=AuditAction.delete,
        changes={"user_id": [audit.jsonable(row.user_id), None], "role": [audit.jsonable(row.role), None]},
        initiative_id=initiative.id,
    )
    await ctx.session.delete(row)
    await ctx.session.flush()


# ---------------------------------------------------------------------------------------------------
# External stakeholders


def _external_etag(row: ExternalStakeholder) -> str:
    return etag_for(row.id, row.updated_at)


def _respond_external(ctx: Ctx, row: ExternalStakeholder) -> ExternalStakeholderResponse:
    set_etag(ctx, _external_etag(row))
    return to_response(ExternalStakeholderResponse, row)


async def _load_external(ctx: Ctx, external_stakeholder_id: UUID) -> tuple[ExternalStakeholder, Initiative]:
    """The external stakeholder and its (live) initiative, or 404."""
    row = (
        await ctx.session.execute(
            select(ExternalStakeholder, Initiative)
            .join(Initiative, col(Initiative.id) == ExternalStakeholder.initiative_id)
            .where(ExternalStakeholder.id == external_stakeholder_id, col(Initiative.deleted_at).is_(None))
            .with_for_update(of=ExternalStakeholder)
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"External stakeholder {external_stakeholder_id} not found")
    return row[0], row[1]


async def list_external_stakeholders(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: ExternalStakeholderSort,
    order: SortOrder,
    q: str | None,
    raci: list[Raci] | None,
    influence: list[Influence] | None,
    support_level: list[SupportLevel] | None,
) -> ExternalStakeholderList:
    initiative = await load_initiative(ctx, initiative_id)
    stmt = select(ExternalStakeholder).where(ExternalStakeholder.initiative_id == initiative.id)
    filters: list[Any] = []
    for column, values in (
        (ExternalStakeholder.raci, raci),
        (ExternalStakeholder.influence, influence),
        (ExternalStakeholder.support_level, support_level),
    ):
        if values:
            filters.append(col(column).in_(values))
    if q:
        pattern = like_pattern(q)
        filters.append(
            or_(
                col(ExternalStakeholder.name).ilike(pattern),
                col(ExternalStakeholder.organization).ilike(pattern),
                col(ExternalStakeholder.email).ilike(pattern),
                col(ExternalStakeholder.role).ilike(pattern),
            )
        )
    if filters:
        stmt = stmt.where(and_(*filters))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, EXTERNAL_SORT_COLUMNS, ExternalStakeholder.id),
    )
    return to_list(ExternalStakeholderList, result, ExternalStakeholderBrief)


async def create_external_stakeholder(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: ExternalStakeholderCreate
) -> ExternalStakeholderResponse:
    initiative = await load_initiative(ctx, initiative_id)
    await require_initiative_write(ctx, initiative)
    row = ExternalStakeholder(initiative_id=initiative.id, **body.model_dump())
    ctx.session.add(row)
    await ctx.session.flush()
    await ctx.session.refresh(row)
    audit.record(
        ctx,
        entity_type="external_stakeholder",
        entity_id=row.id,
        action=AuditAction.create,
        changes=audit.snapshot(row, EXTERNAL_FIELDS),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/external-stakeholders/{row.id}")
    return _respond_external(ctx, row)


async def update_external_stakeholder(
    ctx: Ctx, *, external_stakeholder_id: UUID, if_match: str | None, body: ExternalStakeholderUpdate
) -> ExternalStakeholderResponse:
    row, initiative = await _load_external(ctx, external_stakeholder_id)
    check_if_match(if_match, _external_etag(row))
    await require_initiative_write(ctx, initiative)
    changes = audit.apply_changes(row, body.model_dump(exclude_unset=True))
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(row)
        audit.record(
            ctx,
            entity_type="external_stakeholder",
            entity_id=row.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=initiative.id,
        )
    return _respond_external(ctx, row)


async def delete_external_stakeholder(
    ctx: Ctx, *, external_stakeholder_id: UUID, if_match: str | None
) -> None:
    row, initiative = await _load_external(ctx, external_stakeholder_id)
    check_if_match(if_match, _external_etag(row))
    await require_initiative_write(ctx, initiative)
    # Their action items keep an owner: the name, as free text.
    owned = (
        (
            await ctx.session.execute(
                select(ActionItem).where(ActionItem.external_stakeholder_id == row.id).with_for_update()
            )
        )
        .scalars()
        .all()
    )
    for action in owned:
        changes = audit.apply_changes(action, {"external_stakeholder_id": None, "owner_name": row.name})
        audit.record(
            ctx,
            entity_type="action_item",
            entity_id=action.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=action.initiative_id,
        )
    await ctx.session.flush()
    audit.record(
        ctx,
        entity_type="external_stakeholder",
        entity_id=row.id,
        action=AuditAction.delete,
        changes={"name": [row.name, None]},
        initiative_id=initiative.id,
    )
    await ctx.session.delete(row)
    await ctx.session.flush()
