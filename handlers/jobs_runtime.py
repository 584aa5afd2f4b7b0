"""Background jobs: one ``Job`` row per long operation, dispatched after commit, run idempotently.

- ``create_job(ctx, kind=, subject_type=, subject_id=)`` adds the row in the request's transaction
  and registers the dispatch as an after-commit callback: a rolled-back request queues nothing.
- Dispatch: with ``REDIS_URL`` set, the job id goes to Celery (``handlers.worker``; a separate
  ``make worker`` process runs it); without, the same ``run_job`` runs in-process as an asyncio task
  with its own database session. ``app.state.job_dispatcher`` may replace both (tests record ids).
- ``run_job(sessionmaker, settings, job_id)`` is idempotent: a job already succeeded or failed is left
  alone (a redelivered task does nothing); a queued or running one (running = a worker died with the
  task unacknowledged) is (re)run from the start — task functions overwrite their results, they never
  append. Failures are stored (status failed + a sentence in ``error``; the task's ``on_failure``
  marks the subject too).
- ``sweep_stuck_jobs`` marks jobs running longer than ``TOLLGATE_JOB_TIMEOUT_SECONDS`` as failed; it
  runs at startup and before a job is read.

Task functions are registered by kind in ``TASKS`` as ``"module:function"`` (imported lazily):
``async def task(session, settings, job, progress) -> dict`` returns the job's ``result``; ``progress``
is ``async (percent) -> None``. ``on_failure`` entries: ``async def (session, job, message) -> None``.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from generated.models import JobKind, JobStatus, JobSubjectType
from handlers.context import utcnow
from handlers.errors import ServiceUnavailable
from handlers.tables import Job

if TYPE_CHECKING:
    from handlers.config import Settings
    from handlers.context import Ctx

log = logging.getLogger("tollgate.jobs")

TASKS: dict[str, str] = {
    JobKind.dataset_profile.value: "handlers.datasets:profile_task",
    JobKind.analysis_run.value: "handlers.analyses:run_task",
}
ON_FAILURE: dict[str, str] = {
    JobKind.dataset_profile.value: "handlers.datasets:profile_failed",
    JobKind.analysis_run.value: "handlers.analyses:run_failed",
}
CELERY_TASK = "tollgate.run_job"
DEFAULT_TIMEOUT_SECONDS = 900

Progress = Callable[[int], Awaitable[None]]


def job_timeout_seconds() -> int:
    try:
        return max(1, int(os.environ.get("TOLLGATE_JOB_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS)))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS


def _resolve(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class JobFailed(Exception):
    """Raised by a task: the job fails with this message (no stack trace is stored)."""


# --- creating and dispatching -------------------------------------------------------------------

# In-process tasks, kept referenced until they finish (asyncio holds only weak references).
_RUNNING: set[asyncio.Task[None]] = set()


async def create_job(ctx: Ctx, *, kind: JobKind, subject_type: JobSubjectType, subject_id: UUID) -> Job:
    await require_queue(ctx.settings)
    job = Job(
        kind=kind,
        status=JobStatus.queued,
        progress=0,
        subject_type=subject_type,
        subject_id=subject_id,
        requested_by=ctx.user.id,
    )
    ctx.session.add(job)
    await ctx.session.flush()
    await ctx.session.refresh(job)
    app = ctx.request.app
    job_id = job.id
    ctx.after_commit.append(lambda: dispatch(app, ctx.settings, job_id))
    return job


async def require_queue(settings: Settings) -> None:
    """503 when a broker is configured but does not answer (the request then stores nothing)."""
    if not settings.redis_url:
        return
    import redis.asyncio as aioredis

    client = aioredis.from_url(settings.redis_url, socket_connect_timeout=2, socket_timeout=2)
    try:
        await client.ping()
    except (aioredis.RedisError, OSError):
        raise ServiceUnavailable("The job queue (Redis) is unreachable; try again later") from None
    finally:
        await client.aclose()


async def dispatch(app: Any, settings: Settings, job_id: UUID) -> None:
    """Hand a committed job to whatever runs jobs (see the module docstring)."""
    custom = getattr(app.state, "job_dispatcher", None)
    if custom is not None:
        result = custom(job_id)
        if asyncio.iscoroutine(result):
            await result
        return
    if settings.redis_url:
        try:
            from handlers.worker import celery_client, queue_name

            client = celery_client(settings.redis_url, queue_name())
            await asyncio.to_thread(client.send_task, CELERY_TASK, args=[str(job_id)], queue=queue_name())
        except Exception as exc:  # the broker is unreachable: the job cannot run, say so on it
            log.exception("job %s: dispatch failed", job_id)
            await _fail(app.state.sessionmaker, job_id, f"The job queue is unreachable: {type(exc).__name__}")
        return
    task = asyncio.get_running_loop().create_task(run_job(app.state.sessionmaker, settings, job_id))
    _RUNNING.add(task)
    task.add_done_callback(_RUNNING.discard)


async def wait_in_process_jobs() -> None:
    """Await the in-process jobs still running (shutdown, tests)."""
    while _RUNNING:
        await asyncio.gather(*list(_RUNNING), return_exceptions=True)


# --- running ------------------------------------------------------------------------------------


async def run_job(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, job_id: UUID) -> None:
    """Run one job to succeeded or failed; see the module docstring for idempotency."""
    async with sessionmaker() as session:
        job = (
            await session.execute(select(Job).where(Job.id == job_id).with_for_update())
        ).scalar_one_or_none()
        if job is None or job.status in (JobStatus.succeeded, JobStatus.failed):
            await session.rollback()
            return
        job.status = JobStatus.running
        job.progress = 0
        job.started_at = utcnow()
        job.error = None
        job.result = None
        await session.commit()
        kind = job.kind.value if isinstance(job.kind, JobKind) else str(job.kind)

    async def progress(percent: int) -> None:
        async with sessionmaker() as s:
            await s.execute(
                update(Job)
                .where(col(Job.id) == job_id, col(Job.status) == JobStatus.running)
                .values(progress=max(0, min(99, int(percent))), updated_at=utcnow())
            )
            await s.commit()

    try:
        task = _resolve(TASKS[kind])
        async with sessionmaker() as session:
            job = await session.get(Job, job_id)
            assert job is not None
            result = await task(session, settings, job, progress)
            job.status = JobStatus.succeeded
            job.progress = 100
            job.result = result
            job.finished_at = utcnow()
            await session.commit()
    except JobFailed as exc:
        await _fail(sessionmaker, job_id, str(exc) or "The job failed")
    except Exception as exc:
        log.exception("job %s (%s) failed", job_id, kind)
        await _fail(sessionmaker, job_id, f"The job failed unexpectedly ({type(exc).__name__})")


async def _fail(sessionmaker: async_sessionmaker[AsyncSession], job_id: UUID, message: str) -> None:
    async with sessionmaker() as session:
        job = await session.get(Job, job_id, with_for_update=True)
        if job is None or job.status == JobStatus.succeeded:
            return
        job.status = JobStatus.failed
        job.error = message[:2000]
        job.finished_at = utcnow()
        await _on_failure(session, job, job.error)
        await session.commit()


async def _on_failure(session: AsyncSession, job: Job, message: str) -> None:
    kind = job.kind.value if isinstance(job.kind, JobKind) else str(job.kind)
    if kind in ON_FAILURE:
        await _resolve(ON_FAILURE[kind])(session, job, message)


async def sweep_stuck_jobs(session: AsyncSession, timeout_seconds: int | None = None) -> int:
    """Mark jobs running past the timeout as failed (with their subjects); the number swept.
    The caller commits."""
    timeout = timeout_seconds or job_timeout_seconds()
    cutoff = utcnow() - timedelta(seconds=timeout)
    stuck = (
        (
            await session.execute(
                select(Job)
                .where(col(Job.status) == JobStatus.running, col(Job.started_at) < cutoff)
                .with_for_update(skip_locked=True)
            )
        )
        .scalars()
        .all()
    )
    for job in stuck:
        job.status = JobStatus.failed
        job.error = f"The job did not finish within {timeout} seconds and was stopped"
        job.finished_at = utcnow()
        await _on_failure(session, job, job.error)
    if stuck:
        await session.flush()
    return len(stuck)


async def sweep_at_startup(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    try:
        async with sessionmaker() as session:
            swept = await sweep_stuck_jobs(session)
            await session.commit()
        if swept:
            log.warning("marked %d stuck job(s) as failed", swept)
    except Exception:  # startup must not fail because of the sweep (e.g. before migrations)
        log.exception("sweeping stuck jobs failed")
