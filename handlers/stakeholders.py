"""Handlers of the stakeholders operations."""

from __future__ import annotations

from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    ExternalStakeholderCreate,
    ExternalStakeholderList,
    ExternalStakeholderResponse,
    ExternalStakeholderSort,
    ExternalStakeholderUpdate,
    Influence,
    Raci,
    SortOrder,
    StakeholderCreate,
    StakeholderList,
    StakeholderResponse,
    StakeholderRole,
    StakeholderSort,
    StakeholderUpdate,
    SupportLevel,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def update_external_stakeholder(
    ctx: Ctx, *, external_stakeholder_id: UUID, if_match: str | None, body: ExternalStakeholderUpdate
) -> ExternalStakeholderResponse:
    raise NotImplementedYet()


async def delete_external_stakeholder(
    ctx: Ctx, *, external_stakeholder_id: UUID, if_match: str | None
) -> None:
    raise NotImplementedYet()


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
    raise NotImplementedYet()


async def create_external_stakeholder(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: ExternalStakeholderCreate
) -> ExternalStakeholderResponse:
    raise NotImplementedYet()


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
    raise NotImplementedYet()


async def add_stakeholder(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: StakeholderCreate
) -> StakeholderResponse:
    raise NotImplementedYet()


async def update_stakeholder(
    ctx: Ctx, *, initiative_id: str, stakeholder_id: UUID, if_match: str | None, body: StakeholderUpdate
) -> StakeholderResponse:
    raise NotImplementedYet()


async def remove_stakeholder(
    ctx: Ctx, *, initiative_id: str, stakeholder_id: UUID, if_match: str | None
) -> None:
    raise NotImplementedYet()
