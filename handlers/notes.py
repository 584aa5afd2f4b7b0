"""Notes on an initiative: the caller is the author; only the author or a manager+ edits or deletes."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from fastapi import Response  # noqa: F401
from sqlalchemy import and_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    NoteBrief,
    NoteCreate,
    NoteList,
    NoteResponse,
    NoteSort,
    NoteType,
    NoteUpdate,
    PhaseName,
    SortOrder,
)
from handlers import audit
from handlers.access import load_initiative, phase_id_for, require_initiative_write
from handlers.context import Ctx
from handlers.errors import Forbidden, NotFound
from handlers.pagination import like_pattern, order_by, paginate
from handlers.permissions import Permission
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.tables import Initiative, Note, Phase, User

SORT_COLUMNS: dict[str, Any] = {
    NoteSort.created_at: Note.created_at,
    NoteSort.updated_at: Note.updated_at,
    NoteSort.note_type: Note.note_type,
}


def _etag(note: Note) -> str:
    return etag_for(note.id, note.updated_at)


async def _respond(ctx: Ctx, note: Note) -> NoteResponse:
    row = (
        await ctx.session.execute(
            select(User.full_name, Phase.phase_name)
            .select_from(Note)
            .outerjoin(User, col(User.id) == Note.author_id)
            .outerjoin(Phase, col(Phase.id) == Note.phase_id)
            .where(Note.id == note.id)
        )
    ).one()
    set_etag(ctx, _etag(note))
    return to_response(NoteResponse, note, author_name=row[0], phase_name=row[1])


async def _load(ctx: Ctx, note_id: UUID) -> tuple[Note, Initiative]:
    """The note and its (live) initiative, or 404."""
    row = (
        await ctx.session.execute(
            select(Note, Initiative)
            .join(Initiative, col(Initiative.id) == Note.initiative_id)
            .where(Note.id == note_id, col(Initiative.deleted_at).is_(None))
            .with_for_update(of=Note)
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"Note {note_id} not found")
    return row[0], row[1]


def _require_author_or_manager(ctx: Ctx, note: Note) -> None:
    if note.author_id != ctx.user.id and not ctx.can(Permission.edit_any_note):
        raise Forbidden("Only the note's author, a manager or an admin may change or delete it")


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
    initiative = await load_initiative(ctx, initiative_id)
    stmt = (
        select(Note, User.full_name, Phase.phase_name)
        .outerjoin(User, col(User.id) == Note.author_id)
        .outerjoin(Phase, col(Phase.id) == Note.phase_id)
        .where(Note.initiative_id == initiative.id)
    )
    filters: list[Any] = []
    if note_type:
        filters.append(col(Note.note_type).in_(note_type))
    if phase:
        filters.append(col(Phase.phase_name).in_(phase))
    if author_id:
        filters.append(col(Note.author_id).in_(author_id))
    if created_from:
        filters.append(Note.created_at >= created_from)
    if created_to:
        filters.append(Note.created_at <= created_to)
    if q:
        filters.append(col(Note.content).ilike(like_pattern(q)))
    if filters:
        stmt = stmt.where(and_(*filters))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Note.id),
        scalars=False,
    )
    items = [
        to_response(NoteBrief, note, author_name=author_name, phase_name=phase_name)
        for note, author_name, phase_name in result.items
    ]
    return NoteList.model_validate(result.envelope(items))


async def create_note(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None, body: NoteCreate
) -> NoteResponse:
    initiative = await load_initiative(ctx, initiative_id)
    await require_initiative_write(ctx, initiative)
    phase_id = await phase_id_for(ctx, initiative, body.phase, ["body", "phase"])
    note = Note(
        initiative_id=initiative.id,
        phase_id=phase_id,
        author_id=ctx.user.id,
        note_type=body.note_type,
        content=body.content,
    )
    ctx.session.add(note)
    await ctx.session.flush()
    await ctx.session.refresh(note)
    audit.record(
        ctx,
        entity_type="note",
        entity_id=note.id,
        action=AuditAction.create,
        changes=audit.snapshot(note, ["note_type", "phase_id", "author_id", "content"]),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/notes/{note.id}")
    return await _respond(ctx, note)


async def update_note(ctx: Ctx, *, note_id: UUID, if_match: str | None, body: NoteUpdate) -> NoteResponse:
    note, initiative = await _load(ctx, note_id)
    check_if_match(if_match, _etag(note))
    _require_author_or_manager(ctx, note)
    updates = body.model_dump(exclude_unset=True)
    if "phase" in updates:
        updates["phase_id"] = await phase_id_for(ctx, initiative, updates.pop("phase"), ["body", "phase"])
    changes = audit.apply_changes(note, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(note)
        audit.record(
            ctx,
            entity_type="note",
            entity_id=note.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=initiative.id,
        )
    return await _respond(ctx, note)


async def delete_note(ctx: Ctx, *, note_id: UUID, if_match: str | None) -> None:
    note, initiative = await _load(ctx, note_id)
    check_if_match(if_match, _etag(note))
    _require_author_or_manager(ctx, note)
    audit.record(
        ctx,
        entity_type="note",
        entity_id=note.id,
        action=AuditAction.delete,
        changes={
            "note_type": [audit.jsonable(note.note_type), None],
            "content": [note.content, None],
        },
        initiative_id=initiative.id,
    )
    await ctx.session.delete(note)
    await ctx.session.flush()
