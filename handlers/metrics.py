"""Handlers of the metrics operations."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    MetricCategory,
    MetricCreate,
    MetricDirection,
    MetricFrequency,
    MetricList,
    MetricResponse,
    MetricSort,
    MetricUpdate,
    MetricValueCreate,
    MetricValueList,
    MetricValueResponse,
    MetricValueSort,
    SortOrder,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


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
    raise NotImplementedYet()


async def create_metric(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: MetricCreate
) -> MetricResponse:
    raise NotImplementedYet()


async def get_metric(ctx: Ctx, *, metric_id: UUID) -> MetricResponse:
    raise NotImplementedYet()


async def update_metric(
    ctx: Ctx, *, metric_id: UUID, if_match: str | None, body: MetricUpdate
) -> MetricResponse:
    raise NotImplementedYet()


async def delete_metric(ctx: Ctx, *, metric_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()


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
    raise NotImplementedYet()


async def record_metric_value(
    ctx: Ctx, *, metric_id: UUID, idempotency_key: str | None, body: MetricValueCreate
) -> MetricValueResponse:
    raise NotImplementedYet()
