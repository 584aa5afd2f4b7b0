"""Handlers of the documents operations."""

from __future__ import annotations

from uuid import UUID

from fastapi import Response

from generated.models import DocumentList, DocumentResponse, DocumentSort, DocumentType, PhaseName, SortOrder
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def get_document(ctx: Ctx, *, document_id: UUID) -> DocumentResponse:
    raise NotImplementedYet()


async def delete_document(ctx: Ctx, *, document_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()


async def download_document(ctx: Ctx, *, document_id: UUID) -> Response:
    raise NotImplementedYet()


async def list_documents(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: DocumentSort,
    order: SortOrder,
    q: str | None,
    document_type: list[DocumentType] | None,
    phase: list[PhaseName] | None,
    uploaded_by: list[UUID] | None,
) -> DocumentList:
    raise NotImplementedYet()


async def create_document(ctx: Ctx, *, initiative_id: str, idempotency_key: str | None) -> DocumentResponse:
    raise NotImplementedYet()
