"""Reports: requested here, rendered by a ``report_generation`` job, downloaded when completed.

``create_report`` validates the parameters and stores the report (``pending``) with its job in the
request's transaction. The job (``render_task``) marks the report ``generating``, gathers the numbers
(``handlers.services.reports.data``), renders them with the configured ``ReportGenerator``
(``TOLLGATE_REPORT_ENGINE``), stores the file under a server-generated key and marks the report
``completed``; a failure marks it ``failed`` (``render_failed``).

The reports table has no columns for the file name, the generation time or the error: those come
from the report's job (``result.filename``, ``finished_at``, ``error``), which is written in the same
transaction as the report's final status.

Visibility (API.md, the contract): managers and admins see every report, everyone else the reports
they requested; another user's report is 404.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import anyio
from fastapi import Response
from fastapi.responses import JSONResponse
from sqlalchemy import case, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from generated.models import (
    AuditAction,
    JobKind,
    JobResponse,
    JobSubjectType,
    ReportAccepted,
    ReportBrief,
    ReportCreate,
    ReportFormat,
    ReportList,
    ReportResponse,
    ReportSort,
    ReportStatus,
    ReportType,
    SortOrder,
)
from handlers import audit
from handlers.access import load_initiative
from handlers.config import Settings
from handlers.context import Ctx, utcnow
from handlers.documents import content_disposition
from handlers.errors import Conflict, NotFound, ValidationFailed
from handlers.jobs_runtime import JobFailed, Progress, create_job
from handlers.methodology import phases_of
from handlers.pagination import order_by, paginate
from handlers.permissions import at_least
from handlers.resources import etag_for, to_response
from handlers.services.reports import MEDIA_TYPES, get_report_generator
from handlers.services.reports import data as report_data
from handlers.storage import get_storage
from handlers.tables import Initiative, Job, Report, Team

STORAGE_PREFIX = "reports"
NEEDS_INITIATIVE = (ReportType.initiative_report, ReportType.phase_report, ReportType.close_out)
# Generated at = the job's finish, for completed reports only.
GENERATED_AT = case((col(Report.status) == ReportStatus.completed, Job.finished_at), else_=None)
SORT_COLUMNS: dict[str, Any] = {
    ReportSort.created_at: Report.created_at,
    ReportSort.updated_at: Report.updated_at,
    ReportSort.generated_at: GENERATED_AT,
    ReportSort.report_type: Report.report_type,
    ReportSort.status: Report.status,
}
# An HTML report opened straight from the download cannot load anything (it never references
# anything either; this is belt and braces).
HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"


# --- responses ------------------------------------------------------------------------------------


def etag(report: Report) -> str:
    return etag_for(report.id, report.updated_at)


def _completed(report: Report, job: Job | None) -> bool:
    return ReportStatus(report.status) == ReportStatus.completed and job is not None


def _filename(report: Report, job: Job | None) -> str | None:
    if not _completed(report, job):
        return None
    assert job is not None
    name = (job.result or {}).get("filename")
    return str(name)[:255] if name else None


def _response(report: Report, job: Job | None) -> ReportResponse:
    failed = ReportStatus(report.status) == ReportStatus.failed
    return to_response(
        ReportResponse,
        report,
        parameters=report.parameters or {},
        filename=_filename(report, job),
        size_bytes=report.size_bytes if _completed(report, job) else None,
        error_message=((job.error if job else None) or "The report could not be rendered")[:2000]
        if failed
        else None,
        generated_at=job.finished_at if _completed(report, job) and job is not None else None,
    )


def _brief(report: Report, job: Job | None) -> ReportBrief:
    initiative_id = (report.parameters or {}).get("initiative_id")
    return to_response(
        ReportBrief,
        report,
        initiative_id=initiative_id,
        size_bytes=report.size_bytes if _completed(report, job) else None,
        generated_at=job.finished_at if _completed(report, job) and job is not None else None,
    )


def _answer(data: dict[str, Any], *, status: int = 200, headers: dict[str, str]) -> JSONResponse:
    """The JSON answer, with each report's ``parameters`` as stored: only the keys that were sent.

    Returned as a response of its own because FastAPI's serialization of the response model would add
    the absent parameters as ``null``, which the contract does not allow (they are not nullable).
    """
    for report in (data, data.get("report")):
        if isinstance(report, dict) and isinstance(report.get("parameters"), dict):
            report["parameters"] = {k: v for k, v in report["parameters"].items() if v is not None}
    return JSONResponse(data, status_code=status, headers=headers)


def _visible_to(ctx: Ctx) -> list[Any]:
    if at_least(ctx.user.role, "manager"):
        return []
    return [Report.requested_by == ctx.user.id]


async def _load(ctx: Ctx, report_id: UUID) -> tuple[Report, Job | None]:
    row = (
        await ctx.session.execute(
            select(Report, Job)
            .outerjoin(Job, col(Job.id) == Report.job_id)
            .where(Report.id == report_id, *_visible_to(ctx))
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"Report {report_id} not found")
    return row[0], row[1]


# --- operations -----------------------------------------------------------------------------------


async def _check_parameters(ctx: Ctx, body: ReportCreate) -> Initiative | None:
    params = body.parameters
    initiative = None
    if params.initiative_id is not None:
        initiative = await load_initiative(ctx, str(params.initiative_id))
    if params.team_id is not None:
        team = (
            await ctx.session.execute(select(Team.id).where(Team.id == params.team_id))
        ).scalar_one_or_none()
        if team is None:
            raise NotFound(f"Team {params.team_id} not found")
    if params.date_from is not None and params.date_to is not None and params.date_from > params.date_to:
        raise ValidationFailed.field(["body", "parameters", "date_from"], "date_from is after date_to")
    report_type = ReportType(body.report_type)
    if report_type in NEEDS_INITIATIVE and initiative is None:
        raise ValidationFailed.field(
            ["body", "parameters", "initiative_id"], f"A {report_type.value} needs parameters.initiative_id"
        )
    if report_type == ReportType.phase_report and params.phase is None:
        raise ValidationFailed.field(["body", "parameters", "phase"], "A phase_report needs parameters.phase")
    if params.phase is not None and initiative is not None:
        allowed = phases_of(initiative.methodology)
        if params.phase not in allowed:
            raise ValidationFailed.field(
                ["body", "parameters", "phase"],
                f"{params.phase.value} is not a phase of {initiative.initiative_number} "
                f"({', '.join(p.value for p in allowed)})",
            )
    return initiative


async def create_report(ctx: Ctx, *, idempotency_key: str | None, body: ReportCreate) -> ReportAccepted:
    initiative = await _check_parameters(ctx, body)
    report = Report(
        report_type=body.report_type,
        format=body.format,
        parameters=body.parameters.model_dump(mode="json", exclude_none=True),
        status=ReportStatus.pending,
        requested_by=ctx.user.id,
    )
    ctx.session.add(report)
    await ctx.session.flush()
    job = await create_job(
        ctx, kind=JobKind.report_generation, subject_type=JobSubjectType.report, subject_id=report.id
    )
    report.job_id = job.id
    await ctx.session.flush()
    await ctx.session.refresh(report)
    audit.record(
        ctx,
        entity_type="report",
        entity_id=report.id,
        action=AuditAction.create,
        changes=audit.snapshot(report, ["report_type", "format", "parameters", "job_id"]),
        initiative_id=initiative.id if initiative is not None else None,
    )
    accepted = ReportAccepted(report=_response(report, job), job=to_response(JobResponse, job))
    headers = {"Location": f"/api/v1/reports/{report.id}", "ETag": etag(report)}
    return cast(ReportAccepted, _answer(accepted.model_dump(mode="json"), status=202, headers=headers))


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
    stmt = select(Report, Job).outerjoin(Job, col(Job.id) == Report.job_id).where(*_visible_to(ctx))
    if report_type:
        stmt = stmt.where(col(Report.report_type).in_(report_type))
    if status:
        stmt = stmt.where(col(Report.status).in_(status))
    if format_:
        stmt = stmt.where(col(Report.format).in_(format_))
    if initiative_id:
        stmt = stmt.where(
            col(Report.parameters).op("->>")("initiative_id").in_([str(i) for i in initiative_id])
        )
    if created_from:
        stmt = stmt.where(col(Report.created_at) >= created_from)
    if created_to:
        stmt = stmt.where(col(Report.created_at) <= created_to)
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Report.id),
        scalars=False,
    )
    return ReportList.model_validate(result.envelope([_brief(report, job) for report, job in result.items]))


async def get_report(ctx: Ctx, *, report_id: UUID) -> ReportResponse:
    report, job = await _load(ctx, report_id)
    data = _response(report, job).model_dump(mode="json")
    return cast(ReportResponse, _answer(data, headers={"ETag": etag(report)}))


async def download_report(ctx: Ctx, *, report_id: UUID) -> Response:
    from fastapi.responses import StreamingResponse

    report, job = await _load(ctx, report_id)
    state = ReportStatus(report.status)
    if state != ReportStatus.completed or not report.file_path:
        raise Conflict(f"Report {report.id} is {state.value}; it can be downloaded once completed")
    try:
        chunks = await get_storage(ctx.settings).open(report.file_path)
    except FileNotFoundError:
        raise NotFound(f"The stored file of report {report.id} is missing") from None
    report_format = ReportFormat(report.format)
    headers = {
        "Content-Disposition": content_disposition(_filename(report, job) or _default_filename(report)),
        "X-Content-Type-Options": "nosniff",
        "ETag": etag(report),
        "Cache-Control": "private, no-cache",
    }
    if report_format == ReportFormat.html:
        headers["Content-Security-Policy"] = HTML_CSP
    if report.size_bytes is not None:
        headers["Content-Length"] = str(report.size_bytes)
    return StreamingResponse(chunks, media_type=MEDIA_TYPES[report_format], headers=headers)


# --- the report_generation job --------------------------------------------------------------------


def _default_filename(report: Report, number: str | None = None, day: str | None = None) -> str:
    parts = [ReportType(report.report_type).value]
    if number:
        parts.append(number)
    phase = (report.parameters or {}).get("phase")
    if phase and ReportType(report.report_type) == ReportType.phase_report:
        parts.append(str(phase))
    if day:
        parts.append(day)
    return f"{'-'.join(parts)}.{ReportFormat(report.format).value}"


async def _gather(session: AsyncSession, report: Report, now: datetime) -> dict[str, Any]:
    params = report.parameters or {}

    def uuid_of(name: str) -> UUID | None:
        value = params.get(name)
        return UUID(str(value)) if value else None

    def date_of(name: str) -> Any:
        from datetime import date

        value = params.get(name)
        return date.fromisoformat(str(value)) if value else None

    kind = ReportType(report.report_type)
    if kind == ReportType.executive_brief:
        return await report_data.executive_brief(
            session,
            team_id=uuid_of("team_id"),
            date_from=date_of("date_from"),
            date_to=date_of("date_to"),
            now=now,
        )
    initiative_id = uuid_of("initiative_id")
    if initiative_id is None:
        raise JobFailed(f"A {kind.value} needs parameters.initiative_id")
    if kind == ReportType.close_out:
        return await report_data.close_out(session, initiative_id, now=now)
    phase = str(params["phase"]) if kind == ReportType.phase_report and params.get("phase") else None
    if kind == ReportType.phase_report and phase is None:
        raise JobFailed("A phase_report needs parameters.phase")
    return await report_data.initiative_details(session, initiative_id, phase=phase, now=now)


async def _one_chunk(body: bytes) -> AsyncIterator[bytes]:
    yield body


async def render_task(
    session: AsyncSession, settings: Settings, job: Job, progress: Progress
) -> dict[str, Any]:
    """The ``report_generation`` job. Rerunning renders again and replaces the stored file."""
    report = await session.get(Report, job.subject_id, with_for_update=True)
    if report is None:
        raise JobFailed("The report was deleted before it could be rendered")
    report.status = ReportStatus.generating
    await session.commit()  # "generating" is visible while the job works

    now = utcnow()
    try:
        data = await _gather(session, report, now)
    except report_data.ReportDataError as exc:
        raise JobFailed(str(exc)) from None
    await progress(40)
    generator = get_report_generator(settings)
    kind, report_format = ReportType(report.report_type), ReportFormat(report.format)
    body = await anyio.to_thread.run_sync(lambda: generator.render(kind, report_format, data))
    await progress(80)
    storage = get_storage(settings)
    stored = await storage.save(STORAGE_PREFIX, _one_chunk(body), max_bytes=len(body) + 1)
    previous = report.file_path
    number = data["initiative"]["number"] if "initiative" in data else None
    filename = _default_filename(report, number, now.date().isoformat())
    report.file_path = stored.key
    report.size_bytes = stored.size
    report.status = ReportStatus.completed
    await session.flush()
    if previous and previous != stored.key:
        await storage.delete(previous)
    return {
        "report_id": str(report.id),
        "filename": filename,
        "size_bytes": stored.size,
        "sha256": stored.sha256,
    }


async def render_failed(session: AsyncSession, job: Job, message: str) -> None:
    report = await session.get(Report, job.subject_id, with_for_update=True)
    if report is not None:
        report.status = ReportStatus.failed
