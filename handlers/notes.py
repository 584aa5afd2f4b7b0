"""Handlers of the notes operations."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    NoteCreate,
    NoteList,
    NoteResponse,
    NoteSort,
    NoteType,
    NoteUpdate,
    PhaseName,
    SortOrder,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def list_notes(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: NoteSort,
    order: SortOrder,
    q: str | None,
    note_type: list[NoteType] | None,
    phase: list[PhaseName] | None,
    author_id: list[UUID] | None,
    created_from: datetime | None,
    created_to: datetime | None,
) -> NoteList:
    raise NotImplementedYet()


async def create_note(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: NoteCreate
) -> NoteResponse:
    raise NotImplementedYet()


async def update_note(ctx: Ctx, *, note_id: UUID, if_match: str | None, body: NoteUpdate) -> NoteResponse:
    raise NotImplementedYet()


async def delete_note(ctx: Ctx, *, note_id: UUID, if_match: str | None) -> None:
    raise NotImplementedYet()
