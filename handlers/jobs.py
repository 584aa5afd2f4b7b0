"""Handlers of the jobs operations."""

from __future__ import annotations

from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import JobResponse
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def get_job(ctx: Ctx, *, job_id: UUID) -> JobResponse:
    raise NotImplementedYet()
