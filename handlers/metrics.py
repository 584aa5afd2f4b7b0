"""Metrics (KPIs of an initiative) and their recorded values.

``target_met`` is a generated column (PostgreSQL computes it from direction, targets and the current
value), so it is read back after every write. Recording the value of the latest period moves the
metric's current_value / current_as_of / current_period in the same transaction; an older period only
adds history.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from fastapi import Response  # noqa: F401
from sqlalchemy import func, or_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    MetricBrief,
    MetricCategory,
    MetricCreate,
    MetricDirection,
    MetricFrequency,
    MetricList,
    MetricResponse,
    MetricSort,
    MetricUpdate,
    MetricValueBrief,
    MetricValueCreate,
    MetricValueList,
    MetricValueResponse,
    MetricValueSort,
    SortOrder,
)
from handlers import audit
from handlers.access import load_initiative, require_initiative_write
from handlers.context import Ctx
from handlers.errors import Conflict, NotFound, ValidationFailed
from handlers.pagination import like_pattern, order_by, paginate, to_list
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.tables import Initiative, Metric, MetricValue

SORT_COLUMNS: dict[str, Any] = {
    MetricSort.created_at: Metric.created_at,
    MetricSort.updated_at: Metric.updated_at,
    MetricSort.name: func.lower(Metric.name),
    MetricSort.category: Metric.category,
    MetricSort.current_as_of: Metric.current_as_of,
}
VALUE_SORT_COLUMNS: dict[str, Any] = {
    MetricValueSort.created_at: MetricValue.created_at,
    MetricValueSort.period_start: MetricValue.period_start,
    MetricValueSort.value: MetricValue.value,
}
NUMBER_FIELDS = ("baseline_value", "target_value", "target_lower", "target_upper")
CREATE_AUDIT_FIELDS = [
    "name",
    "unit",
    "category",
    "direction",
    "frequency",
    "baseline_value",
    "baseline_date",
    "target_value",
    "target_lower",
    "target_upper",
]


def period_label(period_start: date, frequency: str) -> str:
    """The period a value's start date falls in, labelled by the metric's frequency."""
    if frequency == MetricFrequency.weekly:
        year, week, _ = period_start.isocalendar()
        return f"{year}-W{week:02d}"
    if frequency == MetricFrequency.monthly:
        return f"{period_start.year}-{period_start.month:02d}"
    if frequency == MetricFrequency.quarterly:
        return f"{period_start.year}-Q{(period_start.month - 1) // 3 + 1}"
    if frequency == MetricFrequency.yearly:
        return str(period_start.year)
    return period_start.isoformat()  # daily and ad_hoc


def _decimal(value: float | None) -> Decimal | None:
    """A JSON number as the exact decimal it was written as (no binary-float digits)."""
    if value is None:
        return None
    return Decimal(int(value)) if value.is_integer() else Decimal(repr(value))


def _check_targets(values: dict[str, Any]) -> None:
    lower, upper = values.get("target_lower"), values.get("target_upper")
    if lower is not None and upper is not None and lower > upper:
        raise ValidationFailed.field(["body", "target_lower"], "target_lower must not exceed target_upper")
    if values.get("direction") == MetricDirection.within_range and lower is None and upper is None:
        raise ValidationFailed.field(
            ["body", "target_lower"], "A within_range metric needs target_lower and/or target_upper"
        )


def etag(metric: Metric) -> str:
    return etag_for(metric.id, metric.updated_at)


async def _load(ctx: Ctx, metric_id: UUID, *, for_update: bool = False) -> Metric:
    """The metric of a live initiative, or 404."""
    stmt = (
        select(Metric)
        .join(Initiative, col(Initiative.id) == Metric.initiative_id)
        .where(Metric.id == metric_id, col(Initiative.deleted_at).is_(None))
    )
    if for_update:
        stmt = stmt.with_for_update(of=Metric)
    metric = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if metric is None:
        raise NotFound(f"Metric {metric_id} not found")
    return metric


async def _require_write(ctx: Ctx, metric: Metric) -> Initiative:
    initiative = await load_initiative(ctx, str(metric.initiative_id))
    await require_initiative_write(ctx, initiative)
    return initiative


def _respond(ctx: Ctx, metric: Metric) -> MetricResponse:
    set_etag(ctx, etag(metric))
    return to_response(MetricResponse, metric)


async def list_metrics(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: MetricSort,
    order: SortOrder,
    q: str | None,
    category: list[MetricCategory] | None,
    direction: list[MetricDirection] | None,
    frequency: list[MetricFrequency] | None,
    target_met: bool | None,
) -> MetricList:
    initiative = await load_initiative(ctx, initiative_id)
    stmt = select(Metric).where(Metric.initiative_id == initiative.id)
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(
            or_(
                col(Metric.name).ilike(pattern),
                col(Metric.unit).ilike(pattern),
                col(Metric.operational_definition).ilike(pattern),
            )
        )
    for column, values in (
        (Metric.category, category),
        (Metric.direction, direction),
        (Metric.frequency, frequency),
    ):
        if values:
            stmt = stmt.where(col(column).in_(values))
    if target_met is not None:
        stmt = stmt.where(Metric.target_met == target_met)
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Metric.id),
    )
    return to_list(MetricList, result, MetricBrief)


async def create_metric(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: MetricCreate
) -> MetricResponse:
    initiative = await load_initiative(ctx, initiative_id)
    await require_initiative_write(ctx, initiative)
    values = body.model_dump()
    for name in NUMBER_FIELDS:
        values[name] = _decimal(values[name])
    _check_targets(values)
    metric = Metric(initiative_id=initiative.id, **values)
    ctx.session.add(metric)
    await ctx.session.flush()
    await ctx.session.refresh(metric)
    audit.record(
        ctx,
        entity_type="metric",
        entity_id=metric.id,
        action=AuditAction.create,
        changes=audit.snapshot(metric, CREATE_AUDIT_FIELDS),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/metrics/{metric.id}")
    return _respond(ctx, metric)


async def get_metric(ctx: Ctx, *, metric_id: UUID) -> MetricResponse:
    return _respond(ctx, await _load(ctx, metric_id))


async def update_metric(
    ctx: Ctx, *, metric_id: UUID, if_match: str | None, body: MetricUpdate
) -> MetricResponse:
    metric = await _load(ctx, metric_id, for_update=True)
    check_if_match(if_match, etag(metric))
    await _require_write(ctx, metric)
    updates = body.model_dump(exclude_unset=True)
    for name in NUMBER_FIELDS:
        if name in updates:
            new = _decimal(updates[name])
            old = getattr(metric, name)
            if new is not None and old is not None and new == old:
                del updates[name]  # 5 and 5.0 are the same target
            else:
                updates[name] = new
    merged = {
        "direction": metric.direction,
        "target_lower": metric.target_lower,
        "target_upper": metric.target_upper,
        **updates,
    }
    if {"direction", "target_lower", "target_upper"} & updates.keys():
        _check_targets(merged)
    if "frequency" in updates and metric.current_as_of is not None:
        updates["current_period"] = period_label(metric.current_as_of, updates["frequency"])
    changes = audit.apply_changes(metric, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(metric)
        audit.record(
            ctx,
            entity_type="metric",
            entity_id=metric.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=metric.initiative_id,
        )
    return _respond(ctx, metric)


async def delete_metric(ctx: Ctx, *, metric_id: UUID, if_match: str | None) -> None:
    metric = await _load(ctx, metric_id, for_update=True)
    check_if_match(if_match, etag(metric))
    await _require_write(ctx, metric)
    values = (
        await ctx.session.execute(select(func.count()).where(MetricValue.metric_id == metric.id))
    ).scalar_one()
    audit.record(
        ctx,
        entity_type="metric",
        entity_id=metric.id,
        action=AuditAction.delete,
        changes={"name": [metric.name, None], "values": [values, None]},
        initiative_id=metric.initiative_id,
    )
    await ctx.session.delete(metric)  # its values go with it (ON DELETE CASCADE)
    await ctx.session.flush()


async def list_metric_values(
    ctx: Ctx,
    *,
    metric_id: UUID,
    page: int,
    page_size: int,
    sort: MetricValueSort,
    order: SortOrder,
    period_from: date | None,
    period_to: date | None,
) -> MetricValueList:
    metric = await _load(ctx, metric_id)
    stmt = select(MetricValue).where(MetricValue.metric_id == metric.id)
    if period_from:
        stmt = stmt.where(MetricValue.period_start >= period_from)
    if period_to:
        stmt = stmt.where(MetricValue.period_start <= period_to)
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, VALUE_SORT_COLUMNS, MetricValue.id),
    )
    return to_list(MetricValueList, result, MetricValueBrief)


async def record_metric_value(
    ctx: Ctx, *, metric_id: UUID, idempotency_key: str | None, body: MetricValueCreate
) -> MetricValueResponse:
    # The metric row is locked: concurrent recordings decide "latest period" one after the other.
    metric = await _load(ctx, metric_id, for_update=True)
    await _require_write(ctx, metric)
    taken = await ctx.session.execute(
        select(MetricValue.id).where(
            MetricValue.metric_id == metric.id, MetricValue.period_start == body.period_start
        )
    )
    if taken.first() is not None:
        raise Conflict(f"A value for the period starting {body.period_start} is already recorded")
    value = MetricValue(
        metric_id=metric.id,
        period_start=body.period_start,
        value=_decimal(body.value),
        notes=body.notes,
        entered_by=ctx.user.id,
    )
    ctx.session.add(value)
    await ctx.session.flush()
    await ctx.session.refresh(value)
    audit.record(
        ctx,
        entity_type="metric_value",
        entity_id=value.id,
        action=AuditAction.create,
        changes={
            **audit.snapshot(value, ["period_start", "value", "notes"]),
            "metric_id": [None, str(metric.id)],
        },
        initiative_id=metric.initiative_id,
    )
    latest = (
        await ctx.session.execute(
            select(func.max(MetricValue.period_start)).where(MetricValue.metric_id == metric.id)
        )
    ).scalar_one()
    if latest == value.period_start:
        changes = audit.apply_changes(
            metric,
            {
                "current_value": value.value,
                "current_as_of": value.period_start,
                "current_period": period_label(value.period_start, metric.frequency),
            },
        )
        if changes:
            old_met = metric.target_met
            await ctx.session.flush()
            await ctx.session.refresh(metric)
            if metric.target_met != old_met:
                changes["target_met"] = [old_met, metric.target_met]
            audit.record(
                ctx,
                entity_type="metric",
                entity_id=metric.id,
                action=AuditAction.update,
                changes=changes,
                initiative_id=metric.initiative_id,
            )
    set_location(ctx, f"/metrics/{metric.id}/values")
    set_etag(ctx, etag_for(value.id, value.updated_at))
    return to_response(MetricValueResponse, value)
