"""Handlers of the workload operations."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    SortOrder,
    WorkloadEntryCreate,
    WorkloadEntryList,
    WorkloadEntryResponse,
    WorkloadEntrySort,
    WorkloadEntryUpdate,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def list_workload(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: WorkloadEntrySort,
    order: SortOrder,
    user_id: list[UUID] | None,
    initiative_id: list[UUID] | None,
    team_id: list[UUID] | None,
    week_from: date | None,
    week_to: date | None,
) -> WorkloadEntryList:
    raise NotImplementedYet()


async def create_workload_entry(
    ctx: Ctx, *, idempotency_key: str | None, body: WorkloadEntryCreate
) -> WorkloadEntryResponse:
    raise NotImplementedYet()


async def update_workload_entry(
    ctx: Ctx, *, entry_id: UUID, if_match: str | None, body: WorkloadEntryUpdate
) -> WorkloadEntryResponse:
    raise NotImplementedYet()


async def delete_workload_entry(ctx: Ctx, *, entry_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()
