"""Redis stopped and started again (empty: it keeps no data), with the API and a Celery worker as
real processes on this test's own redis-server and database.

- While Redis is down, everything that does not need it keeps working (sign-in, creating and
  reading teams and initiatives); an upload, which must queue a job, is refused with 503 and the
  standard body and stores nothing; ``/ready`` says the broker is unavailable; the AI operations
  fail closed with 503 (their rate limiter lives in Redis).
- A job accepted just before Redis went down had its message in Redis, and the restart lost it: the
  job row is the outbox — the API's sweep (handlers/jobs_runtime.py ``redispatch_lost_jobs``) sends
  it again once Redis answers, and the job completes.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from uuid import uuid4

import httpx
import pytest
import redis

from tests.fault.conftest import TEMPLATE
from tests.fault.services import (
    Api,
    OwnPostgres,
    OwnRedis,
    Worker,
    redis_server_binary,
    standard_error,
    temp_root,
    wait_for,
    worker_env,
)

CSV = b"machine,cycle_time,defects\n" + b"".join(
    f"M{i % 3},{20 + i % 7}.5,{i % 4}\n".encode() for i in range(30)
)


@dataclass
class Env:
    redis: OwnRedis
    api: Api
    worker: Worker
    queue: str
    headers: dict[str, str]
    initiative: str

    def upload(self, name: str) -> httpx.Response:
        return httpx.post(
            f"{self.api.base}/initiatives/{self.initiative}/datasets",
            files={"file": (f"{name}.csv", CSV, "text/csv")},
            data={"name": name},
            headers=self.headers,
            timeout=30,
        )

    def job(self, job_id: str) -> dict[str, Any]:
        answer = httpx.get(f"{self.api.base}/jobs/{job_id}", headers=self.headers, timeout=10)
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def chat(self) -> httpx.Response:
        return httpx.post(
            f"{self.api.base}/ai/chat", json={"message": "hi"}, headers=self.headers, timeout=30
        )

    def ended(self, job_id: str) -> Callable[[], bool]:
        """A check: the job succeeded or failed."""
        return lambda: self.job(job_id)["status"] in ("succeeded", "failed")

    def dataset_names(self) -> list[str]:
        answer = httpx.get(
            f"{self.api.base}/initiatives/{self.initiative}/datasets", headers=self.headers, timeout=10
        )
        assert answer.status_code == 200, answer.text
        return sorted(item["name"] for item in answer.json()["items"])


@pytest.fixture
def env(fault_pg: OwnPostgres) -> Iterator[Env]:
    redis_server_binary()  # skips when redis-server is not installed
    root = temp_root("tollgate-fault-redis-")
    database = fault_pg.create_database(f"fault_redis_{uuid4().hex[:8]}", template=TEMPLATE)
    server = OwnRedis(root)
    queue = f"tollgate-fault-{uuid4().hex[:8]}"
    settings = {
        "REDIS_URL": server.url,
        "TOLLGATE_CELERY_QUEUE": queue,
        # The outbox sweep: every second, for queued jobs older than a second.
        "TOLLGATE_JOB_SWEEP_INTERVAL_SECONDS": "1",
        "TOLLGATE_JOB_REDISPATCH_SECONDS": "1",
    }
    api = Api(database, root, env_overrides=settings)
    worker = Worker(root, worker_env(database, server.url, root / "data", queue, **settings), queue, "worker")
    try:
        server.start()
        api.start()
        headers = api.admin_headers()
        yield Env(server, api, worker, queue, headers, api.make_initiative(headers))
    finally:
        worker.stop()
        api.stop()
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_redis_down_crud_works_uploads_refused_and_lost_jobs_redispatched(env: Env) -> None:
    # Accepted while Redis is up, with no worker running: the message waits in Redis ...
    before = env.upload("before the outage")
    assert before.status_code == 202, before.text
    job_id = before.json()["job"]["id"]
    broker = redis.Redis.from_url(env.redis.url)
    wait_for("the job's message in Redis", lambda: broker.llen(env.queue) == 1)
    broker.close()

    # ... and is lost with Redis.
    env.redis.stop()
    assert env.job(job_id)["status"] == "queued"

    # Everything that does not need Redis still works.
    assert env.api.admin_headers()  # sign-in
    team = httpx.post(
        f"{env.api.base}/teams", json={"name": "During the outage"}, headers=env.headers, timeout=10
    )
    assert team.status_code == 201, team.text
    created = httpx.post(
        f"{env.api.base}/initiatives",
        json={"title": "Created while Redis is down", "team_id": team.json()["id"], "methodology": "pdsa"},
        headers=env.headers,
        timeout=10,
    )
    assert created.status_code == 201, created.text
    read = httpx.get(f"{env.api.base}/initiatives/{created.json()['id']}", headers=env.headers, timeout=10)
    assert read.status_code == 200 and read.json()["title"] == "Created while Redis is down"

    # An upload needs the queue: 503, nothing stored.
    refused = standard_error(env.upload("during the outage"), 503)
    assert refused["error"] == "service_unavailable"
    assert refused["detail"] == "The job queue (Redis) is unreachable; try again later"
    assert env.dataset_names() == ["before the outage"]
    assert not list((env.api.root / "data").rglob("*.part"))
    ready = standard_error(httpx.get(f"{env.api.base}/ready", timeout=10), 503)
    assert ready["detail"] == "Not ready: broker unavailable"
    # The AI operations fail closed: their per-user rate limit lives in Redis.
    assert standard_error(env.chat(), 503)["error"] == "service_unavailable"

    # Redis is back (empty) and a worker runs: the lost job is sent again and completes, and new
    # uploads are accepted and run.
    env.redis.start()
    env.worker.start()
    after = env.upload("after the outage")
    assert after.status_code == 202, after.text
    for job in (job_id, after.json()["job"]["id"]):
        wait_for("the job to end", env.ended(job), deadline=180)
        done = env.job(job)
        assert done["status"] == "succeeded", (done, env.worker.log_tail(), env.api.log_tail())
        assert done["result"]["row_count"] == 30 and done["result"]["column_count"] == 3
    assert env.dataset_names() == ["after the outage", "before the outage"]
    # The lost job ran because the outbox sweep sent it again, once. (The new upload's job may be
    # sent by the sweep too, when its request took longer than the sweep's 1 s: then once, by it.)
    resent = [
        line
        for line in env.api.log.read_text().splitlines()
        if "queued without a message in Redis; sent again" in line
    ]
    assert sum(job_id in line for line in resent) == 1, resent
    assert len(resent) <= 2, resent
    wait_for("the worker to log both tasks", lambda: env.worker.log.read_text().count("succeeded in") >= 2)
    assert env.worker.log.read_text().count("succeeded in") == 2, env.worker.log_tail()
    assert httpx.get(f"{env.api.base}/ready", timeout=10).status_code == 200
    answer = env.chat()
    assert answer.status_code == 200, answer.text
