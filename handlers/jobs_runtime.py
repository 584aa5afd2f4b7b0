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
  runs at startup and before a job is read. With Redis, the startup and periodic sweeps wait longer
  (``stuck_after_seconds``): a job whose worker was killed is redelivered by Redis after the
  visibility timeout (handlers/worker.py), and must get that chance before it is declared stuck.
- Outbox (Redis mode): the job row is the record of what must run; the Celery message may be lost
  (Redis restarted without persistence, or unreachable at dispatch). Each sent job leaves a marker key
  in Redis (``tollgate:job-dispatched:<id>``, lost together with the messages); every
  ``TOLLGATE_JOB_SWEEP_INTERVAL_SECONDS`` the API re-sends the queued jobs older than
  ``TOLLGATE_JOB_REDISPATCH_SECONDS`` that have no marker (``redispatch_lost_jobs``; the marker is
  claimed with SET NX, so several API processes send a job once). A message that was not lost
  after all runs the job twice at most, which ``run_job`` makes harmless.

Task functions are registered by kind in ``TASKS`` as ``"module:function"`` (imported lazily):
``async def task(session, settings, job, progress) -> dict`` returns the job's ``result``; ``progress``
is ``async (percent) -> None``. ``on_failure`` entries: ``async def (session, job, message) -> None``.
"""

from __future__ import annotations

import asyncio
import contextlib
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
    JobKind.report_generation.value: "handlers.reports:render_task",
}
ON_FAILURE: dict[str, str] = {
    JobKind.dataset_profile.value: "handlers.datasets:profile_failed",
    JobKind.analysis_run.value: "handlers.analyses:run_failed",
    JobKind.report_generation.value: "handlers.reports:render_failed",
}
CELERY_TASK = "tollgate.run_job"
DEFAULT_TIMEOUT_SECONDS = 900

Progress = Callable[[int], Awaitable[None]]


def job_timeout_seconds() -> int:
    try:
        return max(1, int(os.environ.get("TOLLGATE_JOB_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS)))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS


def _env_seconds(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def visibility_timeout_seconds() -> int:
    """``TOLLGATE_CELERY_VISIBILITY_TIMEOUT``: seconds after which Redis hands an unacknowledged
    message (its worker died) to another worker. It must exceed the longest job, or a job still
    running would be handed out twice: the default is the job timeout plus 5 minutes."""
    return _env_seconds("TOLLGATE_CELERY_VISIBILITY_TIMEOUT", job_timeout_seconds() + 300)


def stuck_after_seconds(settings: Settings) -> int:
    """How long a job may be running before the sweeper fails it. In-process: the job timeout. With
    Redis, a job whose worker died runs again when its message is redelivered (after the visibility
    timeout, found by a worker's restore scan within about a tenth of it): fail it only after that."""
    timeout = job_timeout_seconds()
    if not settings.redis_url:
        return timeout
    visibility = visibility_timeout_seconds()
    return max(timeout, visibility + max(60, visibility // 5))


def redispatch_after_seconds() -> int:
    """``TOLLGATE_JOB_REDISPATCH_SECONDS``: a queued job this old without a dispatch marker is sent again."""
    return _env_seconds("TOLLGATE_JOB_REDISPATCH_SECONDS", 60)


def sweep_interval_seconds() -> int:
    """``TOLLGATE_JOB_SWEEP_INTERVAL_SECONDS``: how often the API sweeps (Redis mode)."""
    return _env_seconds("TOLLGATE_JOB_SWEEP_INTERVAL_SECONDS", 30)


DISPATCH_MARKER_TTL_SECONDS = 7 * 24 * 3600


def dispatch_marker(job_id: UUID | str) -> str:
    return f"tollgate:job-dispatched:{job_id}"


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
            await asyncio.to_thread(_send, settings.redis_url, job_id)
        except Exception as exc:  # noqa: BLE001 - the job stays queued: the outbox sweep sends it again
            log.warning("job %s: dispatch failed (%s); it is sent again when Redis answers", job_id, exc)
        return
    task = asyncio.get_running_loop().create_task(run_job(app.state.sessionmaker, settings, job_id))
    _RUNNING.add(task)
    task.add_done_callback(_RUNNING.discard)


def _send(redis_url: str, job_id: UUID) -> bool:
    """Send one job to Celery unless its dispatch marker exists (blocking: call in a thread); whether
    it was sent. The marker is claimed first (SET NX), so the request that created the job and the
    outbox sweep (of this or another API process) never both send it; a failed send releases it."""
    import redis

    from handlers.worker import celery_client, queue_name

    marker = dispatch_marker(job_id)
    with redis.Redis.from_url(redis_url, socket_connect_timeout=2, socket_timeout=5) as client:
        if not client.set(marker, "1", nx=True, ex=DISPATCH_MARKER_TTL_SECONDS):
            return False
        try:
            celery_client(redis_url, queue_name()).send_task(
                CELERY_TASK, args=[str(job_id)], queue=queue_name()
            )
        except BaseException:
            client.delete(marker)
            raise
    return True


async def redispatch_lost_jobs(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> int:
    """Send again the queued jobs whose message is gone (see the module docstring); how many."""
    if not settings.redis_url:
        return 0
    cutoff = utcnow() - timedelta(seconds=redispatch_after_seconds())
    async with sessionmaker() as session:
        ids = (
            (
                await session.execute(
                    select(Job.id)
                    .where(col(Job.status) == JobStatus.queued, col(Job.created_at) < cutoff)
                    .order_by(col(Job.created_at))
                    .limit(500)
                )
            )
            .scalars()
            .all()
        )
    sent = 0
    for job_id in ids:
        if await asyncio.to_thread(_send, settings.redis_url, job_id):
            log.warning("job %s: queued without a message in Redis; sent again", job_id)
            sent += 1
    return sent


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


async def sweep_once(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> None:
    """Fail the stuck jobs, and (Redis mode) send again the queued ones whose message was lost."""
    async with sessionmaker() as session:
        swept = await sweep_stuck_jobs(session, stuck_after_seconds(settings))
        await session.commit()
    if swept:
        log.warning("marked %d stuck job(s) as failed", swept)
    await redispatch_lost_jobs(sessionmaker, settings)


_SWEEPER: set[asyncio.Task[None]] = set()


async def _sweep_forever(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> None:
    while True:
        await asyncio.sleep(sweep_interval_seconds())
        try:
            await sweep_once(sessionmaker, settings)
        except Exception as exc:  # noqa: BLE001 - the database or Redis is down: next time
            log.warning("sweeping jobs failed: %s", type(exc).__name__)


async def sweep_at_startup(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings | None = None
) -> None:
    """Sweep once, and with Redis keep sweeping every ``TOLLGATE_JOB_SWEEP_INTERVAL_SECONDS`` in the
    background (until ``stop_background_sweeps``, or the event loop ends)."""
    if settings is None:
        from handlers.config import get_settings

        settings = get_settings()
    try:
        await sweep_once(sessionmaker, settings)
    except Exception:  # startup must not fail because of the sweep (e.g. before migrations)
        log.exception("sweeping jobs failed")
    if settings.redis_url and not _SWEEPER:
        task = asyncio.get_running_loop().create_task(_sweep_forever(sessionmaker, settings))
        _SWEEPER.add(task)
        task.add_done_callback(_SWEEPER.discard)


async def stop_background_sweeps() -> None:
    for task in list(_SWEEPER):
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
