"""Handlers of the actions operations."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import Response  # noqa: F401
from pydantic import Field

from generated.models import (
    ActionClassification,
    ActionCreate,
    ActionList,
    ActionResponse,
    ActionSort,
    ActionStatus,
    ActionUpdate,
    PhaseName,
    Priority,
    SortOrder,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def list_actions(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: ActionSort,
    order: SortOrder,
    q: str | None,
    assigned_to: list[
        Annotated[
            str,
            Field(
                max_length=36,
                pattern="^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
            ),
        ]
    ]
    | None,
    status: list[ActionStatus] | None,
    priority: list[Priority] | None,
    classification: list[ActionClassification] | None,
    initiative_id: list[UUID] | None,
    team_id: list[UUID] | None,
    due_from: date | None,
    due_to: date | None,
    overdue: bool | None,
) -> ActionList:
    raise NotImplementedYet()


async def get_action(ctx: Ctx, *, action_id: UUID) -> ActionResponse:
    raise NotImplementedYet()


async def update_action(
    ctx: Ctx, *, action_id: UUID, if_match: str | None, body: ActionUpdate
) -> ActionResponse:
    raise NotImplementedYet()


async def delete_action(ctx: Ctx, *, action_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()


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
    assigned_to: list[
        Annotated[
            str,
            Field(
                max_length=36,
                pattern="^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
            ),
        ]
    ]
    | None,
    due_from: date | None,
    due_to: date | None,
    overdue: bool | None,
) -> ActionList:
    raise NotImplementedYet()


async def create_action(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: ActionCreate
) -> ActionResponse:
    raise NotImplementedYet()
