"""Handlers of the artifacts operations."""

from __future__ import annotations

from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    ArtifactCreate,
    ArtifactList,
    ArtifactResponse,
    ArtifactSort,
    ArtifactStatus,
    ArtifactType,
    ArtifactUpdate,
    PhaseName,
    SortOrder,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def get_artifact(ctx: Ctx, *, artifact_id: UUID) -> ArtifactResponse:
    raise NotImplementedYet()


async def update_artifact(
    ctx: Ctx, *, artifact_id: UUID, if_match: str | None, body: ArtifactUpdate
) -> ArtifactResponse:
    raise NotImplementedYet()


async def delete_artifact(ctx: Ctx, *, artifact_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()


async def list_artifacts(
    ctx: Ctx,
    *,
    initiative_id: str,
    phase: PhaseName,
    page: int,
    page_size: int,
    sort: ArtifactSort,
    order: SortOrder,
    q: str | None,
    artifact_type: list[ArtifactType] | None,
    status: list[ArtifactStatus] | None,
) -> ArtifactList:
    raise NotImplementedYet()


async def create_artifact(
    ctx: Ctx, *, initiative_id: str, phase: PhaseName, idempotency_key: str | None, body: ArtifactCreate
) -> ArtifactResponse:
    raise NotImplementedYet()
