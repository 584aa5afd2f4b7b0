"""Handlers of the analyses operations."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    AnalysisAccepted,
    AnalysisCreate,
    AnalysisList,
    AnalysisResponse,
    AnalysisSort,
    AnalysisStatus,
    PhaseName,
    SortOrder,
    StatsTestCatalog,
    TestCategory,
    TestType,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def get_analysis(ctx: Ctx, *, analysis_id: UUID) -> AnalysisResponse:
    raise NotImplementedYet()


async def delete_analysis(ctx: Ctx, *, analysis_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()


async def interpret_analysis(ctx: Ctx, *, analysis_id: UUID) -> AnalysisResponse:
    raise NotImplementedYet()


async def analyze_dataset(
    ctx: Ctx, *, dataset_id: UUID, idempotency_key: str | None, body: AnalysisCreate
) -> AnalysisAccepted:
    raise NotImplementedYet()


async def list_analyses(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: AnalysisSort,
    order: SortOrder,
    status: list[AnalysisStatus] | None,
    test_type: list[TestType] | None,
    test_category: list[TestCategory] | None,
    dataset_id: list[UUID] | None,
    phase: list[PhaseName] | None,
    created_from: datetime | None,
    created_to: datetime | None,
) -> AnalysisList:
    raise NotImplementedYet()


async def list_stats_tests(ctx: Ctx, *, test_category: list[TestCategory] | None) -> StatsTestCatalog:
    raise NotImplementedYet()
