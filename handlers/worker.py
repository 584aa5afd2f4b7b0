"""The Celery app (``make worker``: ``celery -A handlers.worker worker``) for when ``REDIS_URL`` is set.

Redis is the broker and the result backend. Tasks are acknowledged late (after they finish) and
rejected back to the queue when their worker is lost, one at a time per worker process (prefetch 1):
a redelivered task is safe because ``run_job`` is idempotent (handlers/jobs_runtime.py). Jobs go to
the queue ``TOLLGATE_CELERY_QUEUE`` (default ``tollgate``), which ``make worker`` consumes.

A worker killed outright (SIGKILL, a lost machine) acknowledges nothing: Redis gives its message to
another worker ``TOLLGATE_CELERY_VISIBILITY_TIMEOUT`` seconds after it was first delivered (default:
the job timeout plus 5 minutes, so a job that is still running is never handed out twice). The
stuck-job sweeper waits for that redelivery before it fails such a job (``stuck_after_seconds``).
"""

from __future__ import annotations

import asyncio
import os
from functools import cache
from uuid import UUID

from celery import Celery

from handlers.config import get_settings
from handlers.database import create_engine, session_factory
from handlers.jobs_runtime import CELERY_TASK, run_job, visibility_timeout_seconds

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def queue_name() -> str:
    return os.environ.get("TOLLGATE_CELERY_QUEUE", "tollgate")


def transport_options() -> dict[str, int]:
    """The Redis transport's redelivery: a message a worker took but never acknowledged (the worker
    was killed, or the machine died) goes back to the queue ``visibility_timeout`` seconds after it
    was delivered (see ``visibility_timeout_seconds``). Workers look for such messages at startup and
    then every ``unacked_restore_interval × unacked_restore_throttle`` seconds (scaled to the
    timeout: 100 s for the default, every second for a test's few seconds)."""
    visibility = visibility_timeout_seconds()
    interval = max(1, min(10, visibility // 10))
    throttle = max(1, min(10, visibility // (3 * interval)))
    return {
        "visibility_timeout": visibility,
        "unacked_restore_interval": interval,
        "unacked_restore_throttle": throttle,
    }


def make_celery(redis_url: str, queue: str) -> Celery:
    app = Celery("tollgate", broker=redis_url, backend=redis_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue=queue,
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        result_expires=24 * 3600,
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=5,
        broker_transport_options=transport_options(),
        result_backend_transport_options={"visibility_timeout": visibility_timeout_seconds()},
    )
    return app


@cache
def celery_client(redis_url: str, queue: str) -> Celery:
    """The app the API sends jobs with (one per broker URL and queue)."""
    return make_celery(redis_url, queue)


celery_app = make_celery(get_settings().redis_url or DEFAULT_REDIS_URL, queue_name())


async def _run(job_id: UUID) -> None:
    settings = get_settings()
    engine = create_engine(settings.database_url, pool_size=2)
    try:
        await run_job(session_factory(engine), settings, job_id)
    finally:
        await engine.dispose()


@celery_app.task(name=CELERY_TASK)  # type: ignore[untyped-decorator]
def run_job_task(job_id: str) -> None:
    """Run one job (by id) to succeeded or failed."""
    asyncio.run(_run(UUID(job_id)))
