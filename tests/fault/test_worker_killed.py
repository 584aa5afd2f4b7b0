"""A Celery worker killed (SIGKILL) in the middle of a job: Redis redelivers the unacknowledged
message after the visibility timeout (``TOLLGATE_CELERY_VISIBILITY_TIMEOUT``, 5 s here), the other
worker runs the job again from the start, and it ends succeeded exactly once.

Real processes: this test's own redis-server, the API (``python -m handlers.cli serve``) and two
workers (``celery -A handlers.worker worker``) on one queue, on a database of its own. Both workers
start together (starting one is the slowest step); the one that takes the job is killed as soon as
the job is running — well within the visibility timeout, so the other does not take it over while
it is still running.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import pytest
import redis

from tests.fault.services import Api, OwnRedis, Worker, redis_server_binary, wait_for, worker_env

ROWS, COLUMNS = 60_000, 40  # about 14 MB: profiling it takes a few seconds, long enough to kill
VISIBILITY_TIMEOUT = "5"


def big_csv() -> bytes:
    rnd = random.Random(20261126)
    lines = [",".join(f"c{j}" for j in range(COLUMNS))]
    for i in range(ROWS):
        lines.append(",".join(f"{rnd.random():.4f}" if j % 3 else f"k{(i * j) % 40}" for j in range(COLUMNS)))
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def redis_server(fault_root: Path) -> Iterator[OwnRedis]:
    redis_server_binary()  # skips when redis-server is not installed
    server = OwnRedis(fault_root)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_killed_worker_job_finishes_once_after_redelivery(
    fault_database: str, fault_root: Path, redis_server: OwnRedis
) -> None:
    queue = f"tollgate-fault-{uuid4().hex[:8]}"
    settings = {
        "REDIS_URL": redis_server.url,
        "TOLLGATE_CELERY_QUEUE": queue,
        "TOLLGATE_CELERY_VISIBILITY_TIMEOUT": VISIBILITY_TIMEOUT,
    }
    api = Api(fault_database, fault_root, env_overrides=settings)
    env = worker_env(fault_database, redis_server.url, fault_root / "data", queue, **settings)
    workers = [Worker(fault_root, env, queue, "one"), Worker(fault_root, env, queue, "two")]
    try:
        api.start()
        headers = api.admin_headers()
        initiative = api.make_initiative(headers)
        upload = httpx.post(
            f"{api.base}/initiatives/{initiative}/datasets",
            files={"file": ("big.csv", big_csv(), "text/csv")},
            headers=headers,
            timeout=60,
        )
        assert upload.status_code == 202, upload.text
        job_id, dataset_id = upload.json()["job"]["id"], upload.json()["dataset"]["id"]

        def job() -> dict[str, Any]:
            answer = httpx.get(f"{api.base}/jobs/{job_id}", headers=headers, timeout=10)
            assert answer.status_code == 200, answer.text
            body: dict[str, Any] = answer.json()
            return body

        for worker in workers:
            worker.start()

        def taker() -> Worker | None:
            """The worker that received the task (Celery logs ``Task tollgate.run_job[<id>] received``)."""
            for worker in workers:
                lines = worker.log.read_text().splitlines() if worker.log.exists() else []
                if any("tollgate.run_job[" in line and line.endswith("received") for line in lines):
                    return worker
            return None

        wait_for("a worker to start the job", lambda: job()["status"] == "running", deadline=180, step=0.05)
        first = taker()
        assert first is not None, [w.log_tail() for w in workers]
        first.kill()
        killed = job()
        assert killed["status"] == "running", f"the job ended before the kill: {killed}"
        assert killed["finished_at"] is None
        second = workers[1] if first is workers[0] else workers[0]

        wait_for("the job to end", lambda: job()["status"] in ("succeeded", "failed"), deadline=180)
        done = job()
        assert done["status"] == "succeeded", (done, second.log_tail())
        assert done["started_at"] > killed["started_at"]  # run again from the start
        assert done["progress"] == 100
        assert done["result"] == {"dataset_id": dataset_id, "row_count": ROWS, "column_count": COLUMNS}

        # Exactly once: the message is acknowledged (nothing left to redeliver), the first worker
        # finished nothing, the second finished the task once, and the job is not touched again.
        broker = redis.Redis.from_url(redis_server.url)
        wait_for("the message to be acknowledged", lambda: broker.hlen("unacked") == 0)
        assert broker.llen(queue) == 0
        broker.close()
        assert "succeeded in" not in first.log.read_text()  # the killed worker finished nothing
        assert second.log.read_text().count("succeeded in") == 1, second.log_tail()
        dataset = httpx.get(f"{api.base}/datasets/{dataset_id}", headers=headers, timeout=10).json()
        assert dataset["profile_status"] == "profiled"
        assert (dataset["row_count"], dataset["column_count"], len(dataset["columns"])) == (
            ROWS,
            COLUMNS,
            COLUMNS,
        )
        assert [c["name"] for c in dataset["columns"]] == [f"c{j}" for j in range(COLUMNS)]
        assert job() == done
    finally:
        for worker in workers:
            worker.stop()
        api.stop()
