"""Handlers of the requests operations."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    InitiativeResponse,
    Methodology,
    Priority,
    RequestConvert,
    RequestCreate,
    RequestList,
    RequestResponse,
    RequestSort,
    RequestStatus,
    RequestUpdate,
    SortOrder,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def list_requests(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: RequestSort,
    order: SortOrder,
    q: str | None,
    status: list[RequestStatus] | None,
    urgency: list[Priority] | None,
    recommended_methodology: list[Methodology] | None,
    requester_user_id: list[UUID] | None,
    reviewed_by: list[UUID] | None,
    created_from: datetime | None,
    created_to: datetime | None,
) -> RequestList:
    raise NotImplementedYet()


async def create_request(ctx: Ctx, *, idempotency_key: str | None, body: RequestCreate) -> RequestResponse:
    raise NotImplementedYet()


async def get_request(ctx: Ctx, *, request_id: str) -> RequestResponse:
    raise NotImplementedYet()


async def update_request(
    ctx: Ctx, *, request_id: str, if_match: str | None, body: RequestUpdate
) -> RequestResponse:
    raise NotImplementedYet()


async def delete_request(ctx: Ctx, *, request_id: str, if_match: str | None) -> None:
    raise NotImplementedYet()


async def convert_request(
    ctx: Ctx, *, request_id: str, idempotency_key: str | None, body: RequestConvert
) -> InitiativeResponse:
    raise NotImplementedYet()


async def triage_request(ctx: Ctx, *, request_id: str) -> RequestResponse:
    raise NotImplementedYet()
