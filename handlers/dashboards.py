"""Handlers of the dashboards operations."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    InitiativeDashboard,
    PortfolioDashboard,
    RequestPipelineDashboard,
    TeamDashboard,
    UserDashboard,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def get_initiative_dashboard(ctx: Ctx, *, initiative_id: str) -> InitiativeDashboard:
    raise NotImplementedYet()


async def get_pipeline_dashboard(
    ctx: Ctx, *, date_from: date | None, date_to: date | None
) -> RequestPipelineDashboard:
    raise NotImplementedYet()


async def get_portfolio_dashboard(
    ctx: Ctx, *, team_id: list[UUID] | None, date_from: date | None, date_to: date | None
) -> PortfolioDashboard:
    raise NotImplementedYet()


async def get_team_dashboard(
    ctx: Ctx, *, team_id: UUID, week_from: date | None, week_to: date | None
) -> TeamDashboard:
    raise NotImplementedYet()


async def get_user_dashboard(
    ctx: Ctx, *, user_id: UUID, week_of: date | None, due_within_days: int
) -> UserDashboard:
    raise NotImplementedYet()
