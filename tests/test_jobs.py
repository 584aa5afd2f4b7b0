"""Background jobs: GET /jobs/{id} (visibility), idempotent re-runs, stored failures, the stuck-job
sweeper, the in-process mode (an asyncio task in the API process) and the Redis mode (a real Celery
worker process on the local Redis, against the test database)."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlparse
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from generated.models import JobKind, JobStatus, JobSubjectType, ProfileStatus
from handlers import datasets as datasets_module
from handlers.config import Settings
from handlers.context import utcnow
from handlers.database import session_factory
from handlers.jobs_runtime import CELERY_TASK, dispatch, run_job, wait_in_process_jobs
from handlers.storage import LocalStorage
from handlers.tables import Dataset, Job
from tests.api.test_datasets import (  # noqa: F401 - fixtures
    CSV,
    World,
    app_fixture,
    jobs_fixture,
    upload,
    world_fixture,
)
from tests.conftest import auth
from tests.support import TEST_SECRET, assert_error

ROOT = Path(__file__).resolve().parent.parent


async def _job(db: AsyncSession, job_id: str | UUID) -> Job:
    stmt = select(Job).where(Job.id == UUID(str(job_id))).execution_options(populate_existing=True)
    job = (await db.execute(stmt)).scalar_one()
    return job


async def test_get_job_visibility(client: httpx.AsyncClient, world: World, db: AsyncSession) -> None:
    r = await upload(client, world, world.member, "d.csv", CSV)
    job_id = r.json()["job"]["id"]
    for user in (world.member, world.viewer, world.outsider, world.admin):
        got = await client.get(f"/jobs/{job_id}", headers=auth(user))
        assert got.status_code == 200 and got.json()["status"] == "queued", got.text
        assert got.headers["etag"]
    assert_error(await client.get(f"/jobs/{job_id}"), 401)
    assert_error(await client.get(f"/jobs/{uuid4()}", headers=auth(world.member)), 404)
    assert_error(await client.get("/jobs/nope", headers=auth(world.member)), 422)

    # A report's job: its requester, managers and admins; 404 to others.
    report_job = Job(
        kind=JobKind.report_generation,
        status=JobStatus.queued,
        subject_type=JobSubjectType.report,
        subject_id=uuid4(),
        requested_by=world.member.id,
    )
    db.add(report_job)
    await db.flush()
    url = f"/jobs/{report_job.id}"
    assert (await client.get(url, headers=auth(world.member))).status_code == 200
    assert (await client.get(url, headers=auth(world.manager))).status_code == 200
    assert_error(await client.get(url, headers=auth(world.outsider)), 404)
    assert_error(await client.get(url, headers=auth(world.viewer)), 404)


async def test_rerun_is_idempotent(client: httpx.AsyncClient, world: World, db: AsyncSession) -> None:
    r = await upload(client, world, world.member, "d.csv", CSV)
    job_id, dataset_id = UUID(r.json()["job"]["id"]), r.json()["dataset"]["id"]
    await world.run_jobs()
    done = await _job(db, job_id)
    assert done.status == JobStatus.succeeded
    finished, updated = done.finished_at, done.updated_at

    # A redelivered task for a finished job does nothing.
    await run_job(world.sessionmaker, world.app.state.settings, job_id)
    again = await _job(db, job_id)
    assert (again.status, again.finished_at, again.updated_at) == (JobStatus.succeeded, finished, updated)

    # A job left running (its worker died) runs again from the start; results are replaced, not added.
    await db.execute(text("UPDATE jobs SET status = 'running', progress = 50 WHERE id = :i"), {"i": job_id})
    await db.execute(
        text("UPDATE datasets SET profile_status = 'pending', row_count = NULL WHERE id = :i"),
        {"i": dataset_id},
    )
    await db.commit()
    await run_job(world.sessionmaker, world.app.state.settings, job_id)
    rerun = await _job(db, job_id)
    assert rerun.status == JobStatus.succeeded and rerun.progress == 100
    got = (await client.get(f"/datasets/{dataset_id}", headers=auth(world.member))).json()
    assert got["profile_status"] == "profiled" and got["row_count"] == 8 and len(got["columns"]) == 3


async def test_a_crashing_task_is_stored_as_failed(
    client: httpx.AsyncClient, world: World, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(_: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(datasets_module.profiling, "profile_frame", boom)
    r = await upload(client, world, world.member, "d.csv", CSV)
    await world.run_jobs()
    job = (await client.get(f"/jobs/{r.json()['job']['id']}", headers=auth(world.member))).json()
    assert job["status"] == "failed" and job["finished_at"] is not None and job["result"] is None
    assert "RuntimeError" in job["error"] and "secret internals" not in job["error"]
    got = (await client.get(f"/datasets/{r.json()['dataset']['id']}", headers=auth(world.member))).json()
    assert got["profile_status"] == "failed" and got["profile_error"] == job["error"]


async def test_stuck_running_job_is_swept(client: httpx.AsyncClient, world: World, db: AsyncSession) -> None:
    r = await upload(client, world, world.member, "d.csv", CSV)
    job_id, dataset_id = r.json()["job"]["id"], r.json()["dataset"]["id"]
    recent = utcnow() - timedelta(seconds=60)
    await db.execute(
        text("UPDATE jobs SET status = 'running', started_at = :t WHERE id = :i"), {"t": recent, "i": job_id}
    )
    await db.commit()
    assert (await client.get(f"/jobs/{job_id}", headers=auth(world.member))).json()["status"] == "running"
    old = utcnow() - timedelta(seconds=901)  # TOLLGATE_JOB_TIMEOUT_SECONDS defaults to 900
    await db.execute(text("UPDATE jobs SET started_at = :t WHERE id = :i"), {"t": old, "i": job_id})
    await db.commit()
    job = (await client.get(f"/jobs/{job_id}", headers=auth(world.member))).json()
    assert job["status"] == "failed" and "did not finish within 900 seconds" in job["error"]
    got = (await client.get(f"/datasets/{dataset_id}", headers=auth(world.member))).json()
    assert got["profile_status"] == "failed" and got["profile_error"] == job["error"]


async def test_in_process_mode_runs_the_job_after_commit(client: httpx.AsyncClient, world: World) -> None:
    """No broker configured: the job runs as an asyncio task in the API process, with its own session."""
    world.app.state.job_dispatcher = None
    world.app.state.settings = world.app.state.settings.model_copy(update={"redis_url": None})
    r = await upload(client, world, world.member, "d.csv", CSV)
    assert r.status_code == 202
    await wait_in_process_jobs()
    job = (await client.get(f"/jobs/{r.json()['job']['id']}", headers=auth(world.member))).json()
    assert job["status"] == "succeeded" and job["result"]["row_count"] == 8
    got = (await client.get(f"/datasets/{r.json()['dataset']['id']}", headers=auth(world.member))).json()
    assert got["profile_status"] == "profiled" and got["column_count"] == 3


async def test_a_refused_upload_queues_nothing(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    world.app.state.job_dispatcher = None
    world.app.state.settings = world.app.state.settings.model_copy(update={"redis_url": None})
    before = (await db.execute(text("SELECT count(*) FROM jobs"))).scalar_one()
    assert_error(await upload(client, world, world.viewer, "d.csv", CSV), 403)
    assert_error(await upload(client, world, world.member, "d.csv", bytes(range(256)) * 4), 415)
    await wait_in_process_jobs()
    assert (await db.execute(text("SELECT count(*) FROM jobs"))).scalar_one() == before


# --- Redis mode ---------------------------------------------------------------------------------

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def _redis_reachable() -> bool:
    parsed = urlparse(REDIS_URL)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def celery_worker(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A real ``celery -A handlers.worker worker`` process on its own queue, against the test database."""
    if not _redis_reachable():
        pytest.skip(f"Redis mode needs a Redis server at {REDIS_URL} (none reachable; .ci/run starts one)")
    queue = f"tollgate-test-{uuid4().hex}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "TOLLGATE_DATA_DIR": str(tmp_path),
        "TOLLGATE_CELERY_QUEUE": queue,
        "TOLLGATE_ENV": "test",
        "TOLLGATE_SECRET_KEY": TEST_SECRET,
    }
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "celery"),
            "-A",
            "handlers.worker",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel=WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield queue
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def test_redis_mode_runs_jobs_in_a_celery_worker(
    engine: AsyncEngine,
    settings: Settings,
    tmp_path: Path,
    celery_worker: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TOLLGATE_CELERY_QUEUE", celery_worker)
    redis_settings = settings.model_copy(update={"redis_url": REDIS_URL, "data_dir": tmp_path})
    maker = session_factory(engine)

    async def chunks() -> Any:
        yield CSV

    stored = await LocalStorage(tmp_path / "files").save("datasets", chunks(), max_bytes=10_000)
    async with maker() as session:
        initiative_id = (
            await session.execute(text("SELECT id FROM initiatives LIMIT 1"))
        ).scalar_one_or_none()
        if initiative_id is None:
            pytest.skip("the test database has no initiative")
        dataset = Dataset(
            initiative_id=initiative_id,
            name="redis mode",
            file_path=stored.key,
            original_filename="d.csv",
            file_format="csv",
            size_bytes=stored.size,
            sha256=stored.sha256,
        )
        session.add(dataset)
        await session.flush()
        job = Job(
            kind=JobKind.dataset_profile,
            status=JobStatus.queued,
            subject_type=JobSubjectType.dataset,
            subject_id=dataset.id,
        )
        session.add(job)
        await session.commit()
        job_id, dataset_id = job.id, dataset.id
    try:
        fake_app = SimpleNamespace(state=SimpleNamespace(sessionmaker=maker))
        await dispatch(fake_app, redis_settings, job_id)  # through Celery, as the API does
        deadline = time.monotonic() + 90
        status = JobStatus.queued
        while time.monotonic() < deadline:
            async with maker() as session:
                status = (await session.execute(select(Job.status).where(Job.id == job_id))).scalar_one()
            if status in (JobStatus.succeeded, JobStatus.failed):
                break
            await asyncio.sleep(0.2)
        async with maker() as session:
            done = await session.get(Job, job_id)
            profiled = await session.get(Dataset, dataset_id)
            assert done is not None and profiled is not None
            assert done.status == JobStatus.succeeded, done.error
            assert done.progress == 100 and done.result == {
                "dataset_id": str(dataset_id),
                "row_count": 8,
                "column_count": 3,
            }
            assert profiled.profile_status == ProfileStatus.profiled and profiled.row_count == 8
            finished = done.finished_at

        # A redelivered task (the same job again) changes nothing.
        from handlers.worker import celery_client

        result = celery_client(REDIS_URL, celery_worker).send_task(
            CELERY_TASK, args=[str(job_id)], queue=celery_worker
        )
        await asyncio.to_thread(result.get, timeout=90)
        async with maker() as session:
            again = await session.get(Job, job_id)
            assert again is not None and again.status == JobStatus.succeeded and again.finished_at == finished
    finally:
        async with maker() as session:
            await session.execute(text("DELETE FROM jobs WHERE id = :i"), {"i": job_id})
            await session.execute(text("DELETE FROM datasets WHERE id = :i"), {"i": dataset_id})
            await session.commit()


async def test_unreachable_queue_is_503_and_stores_nothing(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    world.app.state.settings = world.app.state.settings.model_copy(
        update={"redis_url": "redis://127.0.0.1:1/0"}  # nothing listens on port 1
    )
    before = (await db.execute(text("SELECT count(*) FROM jobs"))).scalar_one()
    assert_error(await upload(client, world, world.member, "d.csv", CSV), 503)
    assert world.files() == []
    assert (await db.execute(text("SELECT count(*) FROM jobs"))).scalar_one() == before
    count = await db.execute(text("SELECT count(*) FROM datasets WHERE initiative_id = :i"), {"i": world.ini})
    assert count.scalar_one() == 0
