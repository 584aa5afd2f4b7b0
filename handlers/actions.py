"""Action items: per-initiative CRUD and the list across initiatives.

"Overdue" (due_date before today, UTC, and status neither completed nor cancelled) is computed in the
query and the answer, never stored. ``completed_at`` is owned by the server: set when the status
becomes ``completed``, cleared when it leaves it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from uuid import UUID

from fastapi import Response  # noqa: F401
from pydantic import Field
from sqlalchemy import Select, and_, func, or_, select
from sqlmodel import col

from generated.models import (
    ActionBrief,
    ActionClassification,
    ActionCreate,
    ActionList,
    ActionResponse,
    ActionSort,
    ActionStatus,
    ActionUpdate,
    AuditAction,
    PhaseName,
    Priority,
    SortOrder,
)
from handlers import audit
from handlers.access import can_write_initiative, load_initiative, phase_id_for, require_initiative_write
from handlers.context import Ctx, utcnow
from handlers.errors import Forbidden, NotFound, ValidationFailed
from handlers.pagination import like_pattern, order_by, paginate, priority_rank
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.tables import ActionItem, ExternalStakeholder, Initiative, Phase, User

CLOSED = (ActionStatus.completed, ActionStatus.cancelled)
OWNER_FIELDS = ("assigned_to", "external_stakeholder_id", "owner_name")
AUDITED_ON_CREATE = [
    "title",
    "phase_id",
    "classification",
    "assigned_to",
    "external_stakeholder_id",
    "owner_name",
    "status",
    "priority",
    "due_date",
    "completed_at",
    "source",
]

PRIORITY_RANK = priority_rank(ActionItem.priority)
SORT_COLUMNS: dict[str, Any] = {
    ActionSort.created_at: ActionItem.created_at,
    ActionSort.updated_at: ActionItem.updated_at,
    ActionSort.due_date: ActionItem.due_date,
    ActionSort.priority: PRIORITY_RANK,
    ActionSort.status: ActionItem.status,
    ActionSort.classification: ActionItem.classification,
    ActionSort.title: func.lower(ActionItem.title),
}

AssigneeFilter = list[
    Annotated[
        str,
        Field(
            max_length=36,
            pattern="^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
        ),
    ]
]


def today_utc() -> date:
    return utcnow().date()


def is_overdue(action: ActionItem, today: date) -> bool:
    return action.due_date is not None and action.due_date < today and action.status not in CLOSED


def overdue_clause(today: date) -> Any:
    return and_(ActionItem.due_date < today, col(ActionItem.status).not_in(CLOSED))


def not_overdue_clause(today: date) -> Any:
    # Spelled out rather than NOT(overdue): a null due_date makes the comparison NULL.
    return or_(
        col(ActionItem.due_date).is_(None), ActionItem.due_date >= today, col(ActionItem.status).in_(CLOSED)
    )


def _base_query() -> Select[Any]:
    """Action items of live initiatives, with the initiative's number and the phase's name."""
    stmt: Select[Any] = (
        select(ActionItem, Initiative.initiative_number, Phase.phase_name)
        .join(Initiative, col(Initiative.id) == ActionItem.initiative_id)
        .outerjoin(Phase, col(Phase.id) == ActionItem.phase_id)
        .where(col(Initiative.deleted_at).is_(None))
    )
    return stmt


async def _load(ctx: Ctx, action_id: UUID, *, for_update: bool = False) -> tuple[ActionItem, Initiative]:
    """The action and its (live) initiative, or 404."""
    stmt = (
        select(ActionItem, Initiative)
        .join(Initiative, col(Initiative.id) == ActionItem.initiative_id)
        .where(ActionItem.id == action_id, col(Initiative.deleted_at).is_(None))
    )
    if for_update:
        stmt = stmt.with_for_update(of=ActionItem)
    row = (await ctx.session.execute(stmt)).one_or_none()
    if row is None:
        raise NotFound(f"Action item {action_id} not found")
    return row[0], row[1]


def etag(action: ActionItem) -> str:
    return etag_for(action.id, action.updated_at)


async def respond(ctx: Ctx, action: ActionItem, initiative: Initiative) -> ActionResponse:
    phase_name = None
    if action.phase_id is not None:
        phase_name = (
            await ctx.session.execute(select(Phase.phase_name).where(Phase.id == action.phase_id))
        ).scalar_one_or_none()
    set_etag(ctx, etag(action))
    return to_response(
        ActionResponse,
        action,
        initiative_number=initiative.initiative_number,
        phase_name=phase_name,
        overdue=is_overdue(action, today_utc()),
    )


async def _check_owner(
    ctx: Ctx, initiative: Initiative, values: dict[str, Any], changed: set[str] | None = None
) -> None:
    """The owner rule: at most one of the owner fields, and the referenced user (active) or external
    stakeholder (of this initiative) exists. ``changed`` limits the existence checks to fields being
    set (an item whose assignee was deactivated later can still be edited)."""
    present = [f for f in OWNER_FIELDS if values.get(f) is not None]
    if len(present) > 1:
        raise ValidationFailed(
            f"An action item has at most one owner: {', '.join(present)} are all set "
            "(send the others as null)",
            fields=[{"loc": ["body", f], "msg": "only one owner field may be set"} for f in present],
        )

    def checking(field: str) -> bool:
        return values.get(field) is not None and (changed is None or field in changed)

    if checking("assigned_to"):
        user = await ctx.session.get(User, values["assigned_to"])
        if user is None or not user.is_active:
            raise ValidationFailed.field(
                ["body", "assigned_to"], f"User {values['assigned_to']} does not exist or is inactive"
            )
    if checking("external_stakeholder_id"):
        stakeholder = await ctx.session.get(ExternalStakeholder, values["external_stakeholder_id"])
        if stakeholder is None or stakeholder.initiative_id != initiative.id:
            raise ValidationFailed.field(
                ["body", "external_stakeholder_id"],
                f"External stakeholder {values['external_stakeholder_id']} is not one of initiative "
                f"{initiative.initiative_number}",
            )


async def _list(
    ctx: Ctx,
    stmt: Select[Any],
    *,
    page: int,
    page_size: int,
    sort: ActionSort,
    order: SortOrder,
    q: str | None,
    assigned_to: list[str] | None,
    status: list[ActionStatus] | None,
    priority: list[Priority] | None,
    classification: list[ActionClassification] | None,
    due_from: date | None,
    due_to: date | None,
    overdue: bool | None,
) -> ActionList:
    today = today_utc()
    filters: list[Any] = []
    for column, values in (
        (ActionItem.status, status),
        (ActionItem.priority, priority),
        (ActionItem.classification, classification),
    ):
        if values:
            filters.append(col(column).in_(values))
    if assigned_to:
        ids = {ctx.user.id if a.lower() == "me" else UUID(a) for a in assigned_to}
        filters.append(col(ActionItem.assigned_to).in_(ids))
    if q:
        pattern = like_pattern(q)
        filters.append(
            or_(
                col(ActionItem.title).ilike(pattern),
                col(ActionItem.description).ilike(pattern),
                col(ActionItem.owner_name).ilike(pattern),
            )
        )
    if due_from:
        filters.append(ActionItem.due_date >= due_from)
    if due_to:
        filters.append(ActionItem.due_date <= due_to)
    if overdue is True:
        filters.append(overdue_clause(today))
    elif overdue is False:
        filters.append(not_overdue_clause(today))
    if filters:
        stmt = stmt.where(and_(*filters))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, ActionItem.id),
        scalars=False,
    )
    items = [
        to_response(
            ActionBrief,
            action,
            initiative_number=number,
            phase_name=phase_name,
            overdue=is_overdue(action, today),
        )
        for action, number, phase_name in result.items
    ]
    return ActionList.model_validate(result.envelope(items))


async def list_actions(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: ActionSort,
    order: SortOrder,
    q: str | None,
    assigned_to: AssigneeFilter | None,
    status: list[ActionStatus] | None,
    priority: list[Priority] | None,
    classification: list[ActionClassification] | None,
    initiative_id: list[UUID] | None,
    team_id: list[UUID] | None,
    due_from: date | None,
    due_to: date | None,
    overdue: bool | None,
) -> ActionList:
    stmt = _base_query()
    if initiative_id:
        stmt = stmt.where(col(ActionItem.initiative_id).in_(initiative_id))
    if team_id:
        stmt = stmt.where(col(Initiative.team_id).in_(team_id))
    return await _list(
        ctx,
        stmt,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        assigned_to=assigned_to,
        status=status,
        priority=priority,
        classification=classification,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    )


async def get_action(ctx: Ctx, *, action_id: UUID) -> ActionResponse:
    action, initiative = await _load(ctx, action_id)
    return await respond(ctx, action, initiative)


async def update_action(
    ctx: Ctx, *, action_id: UUID, if_match: str | None, body: ActionUpdate
) -> ActionResponse:
    action, initiative = await _load(ctx, action_id, for_update=True)
    check_if_match(if_match, etag(action))
    if action.assigned_to != ctx.user.id and not await can_write_initiative(ctx, initiative):
        raise Forbidden(
            f"You may not change this action item: you are not its assignee, not on initiative "
            f"{initiative.initiative_number} and do not manage its team"
        )
    updates = body.model_dump(exclude_unset=True)
    if "phase" in updates:
        updates["phase_id"] = await phase_id_for(ctx, initiative, updates.pop("phase"), ["body", "phase"])
    merged = {f: updates.get(f, getattr(action, f)) for f in OWNER_FIELDS}
    await _check_owner(ctx, initiative, merged, changed=set(updates))
    new_status = updates.get("status", action.status)
    if new_status == ActionStatus.completed and action.status != ActionStatus.completed:
        updates["completed_at"] = utcnow()
    elif new_status != ActionStatus.completed:
        updates["completed_at"] = None
    changes = audit.apply_changes(action, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(action)
        audit.record(
            ctx,
            entity_type="action_item",
            entity_id=action.id,
            action=AuditAction.status_change
            if set(changes) <= {"status", "completed_at"}
            else AuditAction.update,
            changes=changes,
            initiative_id=initiative.id,
        )
    return await respond(ctx, action, initiative)


async def delete_action(ctx: Ctx, *, action_id: UUID, if_match: str | None) -> None:
    action, initiative = await _load(ctx, action_id, for_update=True)
    check_if_match(if_match, etag(action))
    await require_initiative_write(ctx, initiative)
    audit.record(
        ctx,
        entity_type="action_item",
        entity_id=action.id,
        action=AuditAction.delete,
        changes={"title": [action.title, None], "status": [audit.jsonable(action.status), None]},
        initiative_id=initiative.id,
    )
    await ctx.session.delete(action)
    await ctx.session.flush()


async def list_initiative_actions(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: ActionSort,
    order: SortOrder,
    q: str | None,
    status: list[ActionStatus] | None,
    priority: list[Priority] | None,
    classification: list[ActionClassification] | None,
    phase: list[PhaseName] | None,
    assigned_to: AssigneeFilter | None,
    due_from: date | None,
    due_to: date | None,
    overdue: bool | None,
) -> ActionList:
    initiative = await load_initiative(ctx, initiative_id)
    stmt = _base_query().where(ActionItem.initiative_id == initiative.id)
    if phase:
        stmt = stmt.where(col(Phase.phase_name).in_(phase))
    return await _list(
        ctx,
        stmt,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        assigned_to=assigned_to,
        status=status,
        priority=priority,
        classification=classification,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    )


async def create_action(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: ActionCreate
) -> ActionResponse:
    initiative = await load_initiative(ctx, initiative_id)
    await require_initiative_write(ctx, initiative)
    values = body.model_dump()
    values["phase_id"] = await phase_id_for(ctx, initiative, values.pop("phase"), ["body", "phase"])
    await _check_owner(ctx, initiative, values)
    if values["status"] == ActionStatus.completed:
        values["completed_at"] = utcnow()
    action = ActionItem(initiative_id=initiative.id, **values)
    ctx.session.add(action)
    await ctx.session.flush()
    await ctx.session.refresh(action)
    audit.record(
        ctx,
        entity_type="action_item",
        entity_id=action.id,
        action=AuditAction.create,
        changes=audit.snapshot(action, AUDITED_ON_CREATE),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/actions/{action.id}")
    return await respond(ctx, action, initiative)
