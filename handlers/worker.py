"""The Celery app (``make worker``: ``celery -A handlers.worker worker``) for when ``REDIS_URL`` is set.

Redis is the broker and the result backend. Tasks are acknowledged late (after they finish) and
rejected back to the queue when their worker is lost, one at a time per worker process (prefetch 1):
a redelivered task is safe because ``run_job`` is idempotent (handlers/jobs_runtime.py). Jobs go to
the queue ``TOLLGATE_CELERY_QUEUE`` (default ``tollgate``), which ``make worker`` consumes.
"""

from __future__ import annotations

import asyncio
import os
from functools import cache
from uuid import UUID

from celery import Celery

from handlers.config import get_settings
from handlers.database import create_engine, session_factory
from handlers.jobs_runtime import CELERY_TASK, run_job

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def queue_name() -> str:
    return os.environ.get("TOLLGATE_CELERY_QUEUE", "tollgate")


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
