"""Handlers of the jobs operations."""

from __future__ import annotations

from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import JobResponse, JobStatus, JobSubjectType
from handlers.context import Ctx
from handlers.errors import NotFound
from handlers.jobs_runtime import stuck_after_seconds, sweep_stuck_jobs
from handlers.permissions import at_least
from handlers.resources import etag_for, set_etag, to_response
from handlers.tables import Job, Report


async def _visible(ctx: Ctx, job: Job) -> bool:
    """The requester, managers and admins, and anyone who may read the subject: datasets and
    analyses belong to initiatives, which every signed-in user may read; a report is its requester's."""
    if job.requested_by == ctx.user.id or at_least(ctx.user.role, "manager"):
        return True
    if job.subject_type == JobSubjectType.report:
        report = await ctx.session.get(Report, job.subject_id)
        return report is not None and report.requested_by == ctx.user.id
    return True


async def get_job(ctx: Ctx, *, job_id: UUID) -> JobResponse:
    job = await ctx.session.get(Job, job_id)
    if job is None or not await _visible(ctx, job):
        raise NotFound(f"Job {job_id} not found")
    if job.status == JobStatus.running and await sweep_stuck_jobs(
        ctx.session, stuck_after_seconds(ctx.settings)
    ):
        await ctx.session.refresh(job)
    set_etag(ctx, etag_for(job.id, job.updated_at))
    return to_response(JobResponse, job)
