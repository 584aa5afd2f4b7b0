"""Datasets of an initiative: streamed CSV/XLSX uploads, profiled by a background job.

The upload reuses the streaming multipart parser and content sniffer of handlers/documents.py (the
file goes straight to storage, size-capped and hashed while it arrives; anything refused removes what
was stored). Profiling (``profile_task``) runs as a ``dataset_profile`` job (handlers/jobs_runtime.py)
with polars (handlers/services/profiling.py).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any, cast
from uuid import UUID

import anyio
from fastapi import Response
from fastapi.responses import JSONResponse, StreamingResponse
from python_multipart.multipart import parse_options_header
from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from generated.models import (
    AnalysisStatus,
    AuditAction,
    DatasetBrief,
    DatasetList,
    DatasetPreview,
    DatasetResponse,
    DatasetSort,
    DatasetUploadAccepted,
    FileFormat,
    JobKind,
    JobResponse,
    JobStatus,
    JobSubjectType,
    PhaseName,
    ProfileStatus,
    SortOrder,
    TestRecommendationList,
)
from handlers import audit
from handlers.access import load_initiative, phase_id_for, require_initiative_write
from handlers.config import Settings
from handlers.context import Ctx
from handlers.documents import (
    OOXML,
    Sniffer,
    _extension,
    _multipart_events,
    _validate,
    clean_filename,
    content_disposition,
)
from handlers.errors import BadRequest, Conflict, NotFound, UnsupportedMediaType, ValidationFailed
from handlers.jobs_runtime import JobFailed, Progress, create_job
from handlers.pagination import like_pattern, order_by, paginate
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.services import profiling
from handlers.storage import LocalStorage, Storage, StoredObject, get_storage
from handlers.tables import Dataset, Initiative, Job, Phase, StatisticalAnalysis

SORT_COLUMNS: dict[str, Any] = {
    DatasetSort.created_at: Dataset.created_at,
    DatasetSort.updated_at: Dataset.updated_at,
    DatasetSort.name: func.lower(Dataset.name),
    DatasetSort.size_bytes: Dataset.size_bytes,
    DatasetSort.row_count: Dataset.row_count,
}
STORAGE_PREFIX = "datasets"
FORM_FIELDS = frozenset({"file", "name", "description", "phase"})
ACCEPTED = "a CSV file (UTF-8 text) or an Excel workbook (.xlsx)"
MEDIA_TYPES = {FileFormat.csv: "text/csv", FileFormat.xlsx: OOXML["xlsx"][1]}


# --- reading the stored file --------------------------------------------------------------------


@contextlib.asynccontextmanager
async def stored_file(storage: Storage, key: str) -> AsyncIterator[Path]:
    """A local path of the stored object (the file itself for local storage, else a temporary copy)."""
    if isinstance(storage, LocalStorage):
        yield storage.local_path(key)
        return
    with tempfile.TemporaryDirectory(prefix="tollgate-dataset-") as tmp:
        path = Path(tmp) / "data"
        async with await anyio.open_file(path, "wb") as out:
            async for chunk in await storage.open(key):
                await out.write(chunk)
        yield path


# --- the upload ---------------------------------------------------------------------------------


def _format_of(sniffer: Sniffer, filename: str) -> FileFormat:
    try:
        mime = sniffer.identify(filename)
    except UnsupportedMediaType as exc:
        raise UnsupportedMediaType(f"A dataset must be {ACCEPTED}: {exc.detail}") from None
    if mime == OOXML["xlsx"][1]:
        return FileFormat.xlsx
    if mime.startswith("text/") and _extension(filename) in ("", ".csv", ".txt", ".tsv"):
        return FileFormat.csv
    raise UnsupportedMediaType(f"A dataset must be {ACCEPTED}; this file is {mime}")


async def _receive(
    ctx: Ctx, boundary: bytes, fields: dict[str, str], stored: list[StoredObject]
) -> tuple[str, FileFormat]:
    storage = get_storage(ctx.settings)
    events = _multipart_events(ctx, boundary, FORM_FIELDS)
    filename, file_format = "", FileFormat.csv
    async for event in events:
        if event[0] == "field":
            fields[event[1]] = event[2]
        elif event[0] == "file":
            filename = clean_filename(event[1]) if event[1] else ""
            if not filename:
                raise ValidationFailed.field(["body", "file"], "The file part needs a filename")
            sniffer = Sniffer()

            async def chunks(sniffer: Sniffer = sniffer) -> AsyncIterator[bytes]:
                async for item in events:
                    if item[0] == "file_end":
                        return
                    try:
                        sniffer.feed(item[1])
                    except UnsupportedMediaType:
                        raise UnsupportedMediaType(
                            f"A dataset must be {ACCEPTED}; this file is binary data of another kind"
                        ) from None
                    yield item[1]

            stored.append(
                await storage.save(STORAGE_PREFIX, chunks(), max_bytes=ctx.settings.max_upload_bytes)
            )
            if sniffer.total == 0:
                raise ValidationFailed.field(["body", "file"], "The file is empty")
            file_format = _format_of(sniffer, filename)
    _validate("DatasetUpload", {**fields, **({"file": ""} if stored else {})})
    if file_format == FileFormat.xlsx:
        async with stored_file(storage, stored[0].key) as path:
            try:
                await anyio.to_thread.run_sync(lambda: profiling.read_dataset(path, "xlsx", n_rows=1))
            except profiling.DatasetError as exc:
                raise UnsupportedMediaType(str(exc)) from None
    return filename, file_format


async def _default_phase(ctx: Ctx, initiative: Initiative) -> UUID | None:
    current = getattr(initiative, "current_phase", None)
    if current is None:
        return None
    phase_id: UUID | None = (
        await ctx.session.execute(
            select(Phase.id).where(Phase.initiative_id == initiative.id, Phase.phase_name == str(current))
        )
    ).scalar_one_or_none()
    return phase_id


async def upload_dataset(
    ctx: Ctx, *, initiative_id: str, idempotency_key: str | None
) -> DatasetUploadAccepted:
    initiative = await load_initiative(ctx, initiative_id)
    await require_initiative_write(ctx, initiative)
    media_type, options = parse_options_header(ctx.request.headers.get("content-type", ""))
    if media_type != b"multipart/form-data":
        raise UnsupportedMediaType("Send the dataset as multipart/form-data with a file part")
    boundary = options.get(b"boundary")
    if not boundary or len(boundary) > 200:
        raise BadRequest("multipart/form-data needs a boundary (at most 200 characters)")
    fields: dict[str, str] = {}
    stored: list[StoredObject] = []
    try:
        filename, file_format = await _receive(ctx, boundary, fields, stored)
        phase = fields.get("phase")
        phase_id = await (phase_id_for(ctx, initiative, phase) if phase else _default_phase(ctx, initiative))
        default_name = filename[: len(filename) - len(_extension(filename))] or filename
        dataset = Dataset(
            initiative_id=initiative.id,
            phase_id=phase_id,
            name=fields.get("name") or default_name[:200],
            description=fields.get("description"),
            file_path=stored[0].key,
            original_filename=filename,
            file_format=file_format,
            size_bytes=stored[0].size,
            sha256=stored[0].sha256,
            profile_status=ProfileStatus.pending,
            uploaded_by=ctx.user.id,
        )
        ctx.session.add(dataset)
        await ctx.session.flush()
        await ctx.session.refresh(dataset)
        job = await create_job(
            ctx, kind=JobKind.dataset_profile, subject_type=JobSubjectType.dataset, subject_id=dataset.id
        )
    except BaseException:
        if stored:
            with anyio.CancelScope(shield=True):
                await get_storage(ctx.settings).delete(stored[0].key)
        raise
    audit.record(
        ctx,
        entity_type="dataset",
        entity_id=dataset.id,
        action=AuditAction.create,
        changes=audit.snapshot(
            dataset, ["name", "phase_id", "original_filename", "file_format", "size_bytes", "sha256"]
        ),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/datasets/{dataset.id}")
    response = await _respond(ctx, dataset, job_id=job.id)
    return DatasetUploadAccepted(dataset=response, job=to_response(JobResponse, job))


# --- the profiling job --------------------------------------------------------------------------


async def profile_task(
    session: AsyncSession, settings: Settings, job: Job, progress: Progress
) -> dict[str, Any]:
    """The ``dataset_profile`` job: read the stored file, profile it, store the profile."""
    dataset = await session.get(Dataset, job.subject_id, with_for_update=True)
    if dataset is None:
        raise JobFailed("The dataset was deleted before it could be profiled")
    storage = get_storage(settings)
    try:
        async with stored_file(storage, dataset.file_path) as path:
            df = await anyio.to_thread.run_sync(
                lambda: profiling.read_dataset(path, FileFormat(dataset.file_format).value)
            )
            await progress(50)
            profile = await anyio.to_thread.run_sync(lambda: profiling.profile_frame(df))
    except FileNotFoundError:
        raise JobFailed("The dataset's stored file is missing") from None
    except profiling.DatasetError as exc:
        raise JobFailed(str(exc)) from None
    dataset.row_count = profile["row_count"]
    dataset.column_count = profile["column_count"]
    dataset.columns = profile["columns"]
    dataset.summary_stats = profile["summary_stats"]
    dataset.data_preview = profile["data_preview"]
    dataset.quality_issues = profile["quality_issues"]
    dataset.recommended_tests = profile["recommended_tests"]
    dataset.profile_status = ProfileStatus.profiled
    dataset.profile_error = None
    return {
        "dataset_id": str(dataset.id),
        "row_count": dataset.row_count,
        "column_count": dataset.column_count,
    }


async def profile_failed(session: AsyncSession, job: Job, message: str) -> None:
    dataset = await session.get(Dataset, job.subject_id, with_for_update=True)
    if dataset is not None:
        dataset.profile_status = ProfileStatus.failed
        dataset.profile_error = message[:2000]


# --- operations ---------------------------------------------------------------------------------


def etag(dataset: Dataset) -> str:
    return etag_for(dataset.id, dataset.updated_at)


async def _load(ctx: Ctx, dataset_id: UUID, *, for_update: bool = False) -> Dataset:
    """The dataset of a live initiative, or 404."""
    stmt = (
        select(Dataset)
        .join(Initiative, col(Initiative.id) == Dataset.initiative_id)
        .where(Dataset.id == dataset_id, col(Initiative.deleted_at).is_(None))
    )
    if for_update:
        stmt = stmt.with_for_update(of=Dataset)
    dataset = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if dataset is None:
        raise NotFound(f"Dataset {dataset_id} not found")
    return dataset


async def _latest_job(session: AsyncSession, dataset_id: UUID) -> Job | None:
    return (
        await session.execute(
            select(Job)
            .where(
                Job.subject_type == JobSubjectType.dataset,
                Job.subject_id == dataset_id,
                Job.kind == JobKind.dataset_profile,
            )
            .order_by(col(Job.created_at).desc(), col(Job.id).desc())
            .limit(1)
        )
    ).scalar_one_or_none()


async def _respond(ctx: Ctx, dataset: Dataset, *, job_id: UUID | None = None) -> DatasetResponse:
    phase_name = None
    if dataset.phase_id is not None:
        phase_name = (
            await ctx.session.execute(select(Phase.phase_name).where(Phase.id == dataset.phase_id))
        ).scalar_one_or_none()
    if job_id is None:
        job = await _latest_job(ctx.session, dataset.id)
        job_id = job.id if job else None
    set_etag(ctx, etag(dataset))
    profiled = dataset.profile_status == ProfileStatus.profiled
    return to_response(
        DatasetResponse,
        dataset,
        phase_name=phase_name,
        job_id=job_id,
        original_filename=dataset.original_filename or "",
        sha256=dataset.sha256 or "",
        summary_stats=dataset.summary_stats if profiled else None,
        columns=dataset.columns if profiled else [],
        data_preview=dataset.data_preview if profiled else [],
        quality_issues=dataset.quality_issues if profiled else [],
        recommended_tests=dataset.recommended_tests if profiled else [],
    )


def _require_profiled(dataset: Dataset) -> None:
    if dataset.profile_status != ProfileStatus.profiled:
        raise Conflict(
            f"Dataset {dataset.id} is not profiled (profile_status {ProfileStatus(dataset.profile_status).value}); "
            "wait for its profiling job"
        )


async def get_dataset(ctx: Ctx, *, dataset_id: UUID) -> DatasetResponse:
    return await _respond(ctx, await _load(ctx, dataset_id))


async def delete_dataset(ctx: Ctx, *, dataset_id: UUID, if_match: str | None) -> None:
    dataset = await _load(ctx, dataset_id, for_update=True)
    check_if_match(if_match, etag(dataset))
    if dataset.uploaded_by != ctx.user.id:
        await require_initiative_write(ctx, await load_initiative(ctx, str(dataset.initiative_id)))
    busy_job = (
        await ctx.session.execute(
            select(func.count())
            .select_from(Job)
            .where(
                Job.subject_type == JobSubjectType.dataset,
                Job.subject_id == dataset.id,
                col(Job.status).in_([JobStatus.queued, JobStatus.running]),
            )
        )
    ).scalar_one()
    busy_analyses = (
        await ctx.session.execute(
            select(func.count())
            .select_from(StatisticalAnalysis)
            .where(
                StatisticalAnalysis.dataset_id == dataset.id,
                col(StatisticalAnalysis.status).in_([AnalysisStatus.pending, AnalysisStatus.running]),
            )
        )
    ).scalar_one()
    if busy_job or busy_analyses:
        raise Conflict(f"Dataset {dataset.id} has a job queued or running; delete it once that has finished")
    audit.record(
        ctx,
        entity_type="dataset",
        entity_id=dataset.id,
        action=AuditAction.delete,
        changes={
            k: [audit.jsonable(getattr(dataset, k)), None]
            for k in ("name", "original_filename", "file_format", "size_bytes", "sha256")
            if getattr(dataset, k) is not None
        },
        initiative_id=dataset.initiative_id,
    )
    key = dataset.file_path
    await ctx.session.delete(dataset)
    await ctx.session.flush()
    storage = get_storage(ctx.settings)
    ctx.after_commit.append(lambda: storage.delete(key))  # the file goes once the row's removal commits


async def download_dataset(ctx: Ctx, *, dataset_id: UUID) -> Response:
    dataset = await _load(ctx, dataset_id)
    try:
        chunks = await get_storage(ctx.settings).open(dataset.file_path)
    except FileNotFoundError:
        raise NotFound(f"The stored file of dataset {dataset.id} is missing") from None
    return StreamingResponse(
        chunks,
        media_type=MEDIA_TYPES[FileFormat(dataset.file_format)],
        headers={
            "Content-Disposition": content_disposition(dataset.original_filename),
            "X-Content-Type-Options": "nosniff",
            "ETag": f'"{dataset.sha256}"',
        },
    )


def _page_rows(path: Path, file_format: str, offset: int, size: int) -> tuple[list[str], list[list[Any]]]:
    df = profiling.read_dataset(path, file_format, n_rows=offset + size)
    return list(df.columns), profiling.rows_of(df.slice(offset, size))


async def preview_dataset(ctx: Ctx, *, dataset_id: UUID, page: int, page_size: int) -> DatasetPreview:
    dataset = await _load(ctx, dataset_id)
    _require_profiled(dataset)
    total = dataset.row_count or 0
    offset = (page - 1) * page_size
    columns = [str(c.get("name", "")) for c in dataset.columns]
    rows: list[list[Any]] = []
    if offset < total:
        try:
            async with stored_file(get_storage(ctx.settings), dataset.file_path) as path:
                columns, rows = await anyio.to_thread.run_sync(
                    lambda: _page_rows(path, FileFormat(dataset.file_format).value, offset, page_size)
                )
        except FileNotFoundError:
            raise NotFound(f"The stored file of dataset {dataset.id} is missing") from None
        except profiling.DatasetError as exc:
            raise Conflict(f"The stored file cannot be read: {exc}") from None
    return DatasetPreview.model_validate(
        {
            "dataset_id": dataset.id,
            "columns": columns,
            "rows": rows,
            "total": total,
            "page": page,
            "page_size": page_size,
            "has_more": offset + len(rows) < total,
        }
    )


async def get_recommended_tests(ctx: Ctx, *, dataset_id: UUID) -> TestRecommendationList:
    dataset = await _load(ctx, dataset_id)
    _require_profiled(dataset)
    items = profiling.recommend(dataset.columns)[:100]
    result = TestRecommendationList.model_validate({"dataset_id": dataset.id, "items": items})
    # Validated against the model, answered without the configuration fields left unset: FastAPI's
    # serialization of the model would add them as null, which the contract (and analyze) refuse.
    return cast(TestRecommendationList, JSONResponse(result.model_dump(mode="json", exclude_unset=True)))


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
    initiative = await load_initiative(ctx, initiative_id)
    stmt = (
        select(Dataset, Phase.phase_name)
        .outerjoin(Phase, col(Phase.id) == Dataset.phase_id)
        .where(Dataset.initiative_id == initiative.id)
    )
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(
            or_(col(Dataset.name).ilike(pattern), col(Dataset.original_filename).ilike(pattern))
        )
    if profile_status:
        stmt = stmt.where(col(Dataset.profile_status).in_(profile_status))
    if file_format:
        stmt = stmt.where(col(Dataset.file_format).in_(file_format))
    if phase:
        stmt = stmt.where(col(Phase.phase_name).in_(phase))
    if uploaded_by:
        stmt = stmt.where(col(Dataset.uploaded_by).in_(uploaded_by))
    if created_from:
        stmt = stmt.where(col(Dataset.created_at) >= created_from)
    if created_to:
        stmt = stmt.where(col(Dataset.created_at) <= created_to)
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Dataset.id),
        scalars=False,
    )
    items = [
        to_response(DatasetBrief, ds, phase_name=name, original_filename=ds.original_filename or "")
        for ds, name in result.items
    ]
    return DatasetList.model_validate(result.envelope(items))
