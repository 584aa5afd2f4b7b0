"""Handlers of the datasets operations."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from fastapi import Response

from generated.models import (
    DatasetList,
    DatasetPreview,
    DatasetResponse,
    DatasetSort,
    DatasetUploadAccepted,
    FileFormat,
    PhaseName,
    ProfileStatus,
    SortOrder,
    TestRecommendationList,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def get_dataset(ctx: Ctx, *, dataset_id: UUID) -> DatasetResponse:
    raise NotImplementedYet()


async def delete_dataset(ctx: Ctx, *, dataset_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()


async def download_dataset(ctx: Ctx, *, dataset_id: UUID) -> Response:
    raise NotImplementedYet()


async def preview_dataset(ctx: Ctx, *, dataset_id: UUID, page: int, page_size: int) -> DatasetPreview:
    raise NotImplementedYet()


async def get_recommended_tests(ctx: Ctx, *, dataset_id: UUID) -> TestRecommendationList:
    raise NotImplementedYet()


async def list_datasets(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: DatasetSort,
    order: SortOrder,
    q: str | None,
    profile_status: list[ProfileStatus] | None,
    file_format: list[FileFormat] | None,
    phase: list[PhaseName] | None,
    uploaded_by: list[UUID] | None,
    created_from: datetime | None,
    created_to: datetime | None,
) -> DatasetList:
    raise NotImplementedYet()


async def upload_dataset(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None
) -> DatasetUploadAccepted:
    raise NotImplementedYet()
