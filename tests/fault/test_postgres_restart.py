"""PostgreSQL stopped and started again under load, with the API as a real server (``make run``'s
``python -m handlers.cli serve``) on a PostgreSQL cluster of this test's own.

While the database is down every answer is 503 with the standard body and ``Retry-After`` — never a
500, never a hang — and ``/ready`` says not ready; once it is back, answers are 2xx again and no
request fails on a stale pooled connection (connections idle for a while are pinged at checkout, and
a connection cut off by the shutdown is invalidated with the whole pool: handlers/database.py,
handlers/errors.py).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from tests.fault.services import Api, OwnPostgres, standard_error, temp_root, wait_for

CLIENTS = 4
REQUEST_TIMEOUT = 15.0  # an answer slower than this counts as a hang
CYCLES = 2
SETTLE_SECONDS = 0.5


@dataclass
class Load:
    """A few clients in a loop: half list initiatives, half create teams. Each answer is recorded
    with the phase it arrived in."""

    api: Api
    headers: dict[str, str]
    phase: str = "up"
    answers: Counter[tuple[str, int]] = field(default_factory=Counter)
    bodies: dict[int, httpx.Response] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)

    def _loop(self, index: int) -> None:
        with httpx.Client(base_url=self.api.base, headers=self.headers, timeout=REQUEST_TIMEOUT) as client:
            n = 0
            while not self._stop.is_set():
                n += 1
                try:
                    if index % 2:
                        answer = client.get("/initiatives", params={"page_size": 20})
                    else:
                        answer = client.post("/teams", json={"name": f"Load {index} {n} {time.time_ns()}"})
                except httpx.HTTPError as exc:  # a timeout here is a hang
                    self.failures.append(f"{self.phase}: {type(exc).__name__}: {exc}")
                    continue
                self.answers[(self.phase, answer.status_code)] += 1
                self.bodies.setdefault(answer.status_code, answer)
                time.sleep(0.02)

    def start(self) -> None:
        self._threads = [threading.Thread(target=self._loop, args=(i,), daemon=True) for i in range(CLIENTS)]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=REQUEST_TIMEOUT + 5)

    def answered(self, phase: str, count: int) -> Callable[[], bool]:
        """A check: at least ``count`` answers arrived in ``phase``."""
        return lambda: sum(self.statuses(phase).values()) >= count

    def statuses(self, phase: str | None = None) -> Counter[int]:
        out: Counter[int] = Counter()
        for (p, status), count in self.answers.items():
            if phase is None or p == phase:
                out[status] += count
        return out


@pytest.fixture
def postgres_and_api() -> Iterator[tuple[OwnPostgres, Api]]:
    root = temp_root("tollgate-fault-pg-")
    pg = OwnPostgres(root)
    api: Api | None = None
    try:
        pg.init()
        pg.start()
        api = Api(pg.create_database("tollgate"), root)
        api.start()
        yield pg, api
    finally:
        if api is not None:
            api.stop()
        if pg.running():
            pg.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_postgres_restart_under_load(postgres_and_api: tuple[OwnPostgres, Api]) -> None:
    pg, api = postgres_and_api
    headers = api.admin_headers()
    api.make_initiative(headers)
    assert httpx.get(f"{api.base}/ready", timeout=10).status_code == 200

    load = Load(api, headers)
    load.start()
    try:
        wait_for("answers under load", load.answered("up", 10))
        for cycle in range(CYCLES):
            load.phase = f"stopping {cycle}"
            pg.stop()
            load.phase = f"settling {cycle}"  # answers to requests sent before the stop
            time.sleep(SETTLE_SECONDS)
            load.phase = f"down {cycle}"
            wait_for("answers while down", load.answered(f"down {cycle}", 10))
            ready = httpx.get(f"{api.base}/ready", timeout=REQUEST_TIMEOUT)
            body = standard_error(ready, 503)
            assert body["detail"] == "Not ready: database unavailable", body

            load.phase = f"starting {cycle}"
            pg.start()
            load.phase = f"recovering {cycle}"
            wait_for("the API to answer 2xx again", lambda: _ok(api, headers), deadline=20)
            time.sleep(SETTLE_SECONDS)  # answers to requests sent before it was back
            load.phase = f"back {cycle}"
            wait_for("answers once back", load.answered(f"back {cycle}", 20))
    finally:
        load.stop()

    summary = dict(load.answers)
    assert load.failures == [], (load.failures[:5], summary, api.log_tail())
    everything = load.statuses()
    assert set(everything) <= {200, 201, 503}, (summary, api.log_tail())
    for cycle in range(CYCLES):
        assert set(load.statuses(f"down {cycle}")) == {503}, summary
        # Back up: no stale pooled connection fails a request.
        assert set(load.statuses(f"back {cycle}")) <= {200, 201}, (summary, api.log_tail())
    unavailable = load.bodies[503]
    assert unavailable.json() == {
        "error": "service_unavailable",
        "detail": "The database is unavailable",
        "status_code": 503,
    }
    assert unavailable.headers["retry-after"] == "5"
    assert httpx.get(f"{api.base}/ready", timeout=10).json()["status"] == "ready"


def _ok(api: Api, headers: dict[str, str]) -> bool:
    try:
        return (
            httpx.get(f"{api.base}/initiatives", headers=headers, timeout=REQUEST_TIMEOUT).status_code == 200
        )
    except httpx.HTTPError:
        return False
