"""Handlers of the reports operations."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from fastapi import Response

from generated.models import (
    ReportAccepted,
    ReportCreate,
    ReportFormat,
    ReportList,
    ReportResponse,
    ReportSort,
    ReportStatus,
    ReportType,
    SortOrder,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def list_reports(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: ReportSort,
    order: SortOrder,
    report_type: list[ReportType] | None,
    status: list[ReportStatus] | None,
    format_: list[ReportFormat] | None,
    initiative_id: list[UUID] | None,
    created_from: datetime | None,
    created_to: datetime | None,
) -> ReportList:
    raise NotImplementedYet()


async def create_report(ctx: Ctx, *, idempotency_key: str | None, body: ReportCreate) -> ReportAccepted:
    raise NotImplementedYet()


async def get_report(ctx: Ctx, *, report_id: UUID) -> ReportResponse:
    raise NotImplementedYet()


async def download_report(ctx: Ctx, *, report_id: UUID) -> Response:
    raise NotImplementedYet()
