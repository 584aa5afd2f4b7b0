"""The append-only audit log: recording (every write through the API records an AuditEvent in its
transaction) and the admin's ``list_audit_events``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field
from sqlalchemy import select
from sqlmodel import col

from generated.models import AuditAction, AuditEventBrief, AuditEventList, AuditEventSort, SortOrder
from handlers.context import Ctx
from handlers.pagination import order_by, paginate, to_list
from handlers.tables import AuditEvent


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def apply_changes(obj: Any, updates: dict[str, Any]) -> dict[str, list[Any]]:
    """Set each field on the row and return ``{field: [old, new]}`` for those that changed."""
    changes: dict[str, list[Any]] = {}
    for name, new in updates.items():
        old = getattr(obj, name)
        if jsonable(old) != jsonable(new):
            setattr(obj, name, new)
            changes[name] = [jsonable(old), jsonable(new)]
    return changes


def snapshot(obj: Any, fields: list[str]) -> dict[str, list[Any]]:
    """Changes of a creation: every given field as ``[None, value]``."""
    return {f: [None, jsonable(getattr(obj, f))] for f in fields if getattr(obj, f, None) is not None}


def record(
    ctx: Ctx,
    *,
    entity_type: str,
    entity_id: UUID,
    action: AuditAction,
    changes: dict[str, list[Any]] | None = None,
    initiative_id: UUID | None = None,
) -> AuditEvent:
    event = AuditEvent(
        entity_type=entity_type,
        entity_id=entity_id,
        action=action,
        actor_id=ctx.maybe_user.id if ctx.maybe_user else None,
        changes=changes or {},
        initiative_id=initiative_id,
        # The time of the write itself (not the transaction's start, the column's default), so
        # the events of one request keep their order in the timeline.
        occurred_at=datetime.now(UTC),
    )
    ctx.session.add(event)
    return event


async def list_audit_events(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: AuditEventSort,
    order: SortOrder,
    entity_type: list[Annotated[str, Field(max_length=50, pattern="^[a-z][a-z0-9_]*$")]] | None,
    entity_id: list[UUID] | None,
    initiative_id: list[UUID] | None,
    actor_id: list[UUID] | None,
    action: list[AuditAction] | None,
    occurred_from: datetime | None,
    occurred_to: datetime | None,
) -> AuditEventList:
    """Admins only (the contract's ``x-min-role``). Filters AND together; values within one OR."""
    stmt = select(AuditEvent)
    for column, values in (
        (AuditEvent.entity_type, entity_type),
        (AuditEvent.entity_id, entity_id),
        (AuditEvent.initiative_id, initiative_id),
        (AuditEvent.actor_id, actor_id),
        (AuditEvent.action, action),
    ):
        if values:
            stmt = stmt.where(col(column).in_(values))
    if occurred_from is not None:
        stmt = stmt.where(AuditEvent.occurred_at >= occurred_from)
    if occurred_to is not None:
        stmt = stmt.where(AuditEvent.occurred_at <= occurred_to)
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, AUDIT_SORT_COLUMNS, AuditEvent.id),
    )
    return to_list(AuditEventList, result, AuditEventBrief)


AUDIT_SORT_COLUMNS: dict[str, Any] = {
    AuditEventSort.created_at: AuditEvent.created_at,
    AuditEventSort.occurred_at: AuditEvent.occurred_at,
    AuditEventSort.entity_type: AuditEvent.entity_type,
    AuditEventSort.action: AuditEvent.action,
}
