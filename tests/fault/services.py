"""Processes the fault tests start for themselves, and stop: a PostgreSQL cluster (pgserver's
PostgreSQL 16 binaries, a temporary data directory, a free port), a ``redis-server``, the API
(``python -m handlers.cli serve``, what ``make run`` runs) and Celery workers. Nothing here touches
the machine's PostgreSQL or Redis.

Every wait below is a bound on how long a process may take to come up or go down, never a
measurement the tests assert on.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from handlers.config import ROOT
from tests.live_server import ADMIN_EMAIL, ADMIN_PASSWORD, free_port, server_env
from tests.support import TEST_SECRET

START_DEADLINE = 60.0  # seconds a process may take to come up before the test gives up
STOP_DEADLINE = 20.0


def wait_for(
    what: str, check: Callable[[], bool], deadline: float = START_DEADLINE, step: float = 0.1
) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if check():
            return
        time.sleep(step)
    raise AssertionError(f"timed out waiting for {what}")


def _stop_process(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=STOP_DEADLINE)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _tail(path: Path, lines: int = 40) -> str:
    if not path.exists():
        return ""
    return "\n".join(path.read_text("utf-8", errors="replace").splitlines()[-lines:])


# --- PostgreSQL ---------------------------------------------------------------------------------


def _pg_bin() -> Path:
    import pgserver

    return Path(pgserver.__file__).parent / "pginstall" / "bin"


class OwnPostgres:
    """A throwaway cluster: ``initdb`` in ``root``, started and stopped with ``pg_ctl`` at will.

    PostgreSQL refuses to run as root; as root, the cluster runs as pgserver's ``pgserver`` user
    (which pgserver itself creates for its embedded server)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "pgdata"
        self.socket_dir = root / "sock"
        self.log = root / "postgres.log"
        self.port = free_port()
        self._user: str | None = None
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            from pgserver.utils import ensure_user_exists

            ensure_user_exists("pgserver")
            self._user = "pgserver"

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [str(_pg_bin() / args[0]), *args[1:]],
            user=self._user,
            capture_output=True,
            text=True,
            timeout=START_DEADLINE,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}\n{_tail(self.log)}")

    def init(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if self._user is not None:
            shutil.chown(self.root, self._user)
            shutil.chown(self.socket_dir, self._user)
            self.root.chmod(0o755)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start"
        )

    def stop(self) -> None:
        """A fast shutdown: open connections are terminated, as when the server restarts."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def create_database(self, name: str, template: str | None = None) -> str:
        import asyncio

        import asyncpg  # type: ignore[import-untyped]

        assert name.isidentifier() and (template is None or template.isidentifier())
        sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")

        async def create() -> None:
            conn = await asyncpg.connect(self.admin_url)
            try:
                await conn.execute(sql)
            finally:
                await conn.close()

        asyncio.run(create())
        return self.url(name)

    def migrate(self, database: str, root: Path) -> None:
        """``python -m handlers.cli migrate`` with the API's settings (schema, admin, no sample data)."""
        env = server_env(self.url(database), root / "migrate-data", free_port())
        env.pop("REDIS_URL", None)
        done = subprocess.run(
            [sys.executable, "-m", "handlers.cli", "migrate"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"migrate failed: {done.stdout}{done.stderr}")


# --- Redis --------------------------------------------------------------------------------------


def redis_server_binary() -> str:
    found = shutil.which("redis-server")
    if found is None:
        pytest.skip("the fault tests with Redis need the redis-server binary (apt-get install redis-server)")
    return found


class OwnRedis:
    """A ``redis-server`` of our own on a free port, without persistence: a restart loses every
    queued message (the worst case the job outbox must survive)."""

    def __init__(self, root: Path) -> None:
        self.binary = redis_server_binary()
        self.root = root
        self.port = free_port()
        self.log = root / "redis.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def ping(self) -> bool:
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=0.5, socket_timeout=0.5)
        try:
            return bool(client.ping())
        except (redis.RedisError, OSError):
            return False
        finally:
            client.close()

    def start(self) -> None:
        assert self.proc is None or self.proc.poll() is not None
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [
                    self.binary,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.root),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        wait_for("redis-server", self.ping)

    def stop(self) -> None:
        if self.proc is not None:
            _stop_process(self.proc)


# --- the API and workers ------------------------------------------------------------------------


@dataclass
class Api:
    """``python -m handlers.cli serve`` (migrate, seed, uvicorn) on a free port."""

    database_url: str
    root: Path
    env_overrides: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.root / "api.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def env(self) -> dict[str, str]:
        env = server_env(self.database_url, self.root / "data", self.port, **self.env_overrides)
        if "REDIS_URL" not in self.env_overrides:
            env.pop("REDIS_URL", None)  # in-process jobs unless the test gives a broker
        return env

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "handlers.cli", "serve"],
                cwd=ROOT,
                env=self.env(),
                stdout=out,
                stderr=subprocess.STDOUT,
            )

        def up() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"the API exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                return httpx.get(f"{self.base}/health", timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        wait_for("the API", up, deadline=120)

    def stop(self) -> None:
        if self.proc is not None:
            _stop_process(self.proc)

    def log_tail(self, lines: int = 60) -> str:
        return _tail(self.log, lines)

    def admin_headers(self) -> dict[str, str]:
        r = httpx.post(
            f"{self.base}/auth/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}, timeout=10
        )
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def make_initiative(self, headers: dict[str, str]) -> str:
        team = httpx.post(
            f"{self.base}/teams", json={"name": f"Fault team {time.time_ns()}"}, headers=headers, timeout=10
        )
        assert team.status_code == 201, team.text
        r = httpx.post(
            f"{self.base}/initiatives",
            json={"title": "Fault test", "team_id": team.json()["id"], "methodology": "dmaic"},
            headers=headers,
            timeout=10,
        )
        assert r.status_code == 201, r.text
        initiative_id: str = r.json()["id"]
        return initiative_id


class Worker:
    """``celery -A handlers.worker worker`` (solo pool: the process that runs the job is the one a
    test kills) on its own queue."""

    def __init__(self, root: Path, env: dict[str, str], queue: str, name: str) -> None:
        self.root = root
        self.env = env
        self.queue = queue
        self.log = root / f"{name}.log"
        self.name = name
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "celery"),
                    "-A",
                    "handlers.worker",
                    "worker",
                    "--pool=solo",
                    "-Q",
                    self.queue,
                    "-n",
                    f"{self.name}@%h",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "--loglevel=INFO",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def kill(self) -> None:
        """SIGKILL: no warm shutdown, no acknowledgement, the message stays unacknowledged."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None:
            _stop_process(self.proc)

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log, lines)


def temp_root(prefix: str) -> Path:
    # Not pytest's numbered temp dirs: concurrent runs prune each other's.
    return Path(tempfile.mkdtemp(prefix=prefix))


def worker_env(database_url: str, redis_url: str, data_dir: Path, queue: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOLLGATE_")}
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        TOLLGATE_DATA_DIR=str(data_dir),
        TOLLGATE_CELERY_QUEUE=queue,
        TOLLGATE_ENV="test",
        TOLLGATE_SECRET_KEY=TEST_SECRET,
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def standard_error(answer: httpx.Response, status: int) -> dict[str, Any]:
    """The standard error body: exactly error / detail / status_code (no stack trace, no SQL)."""
    assert answer.status_code == status, (answer.status_code, answer.text)
    body: dict[str, Any] = answer.json()
    assert set(body) == {"error", "detail", "status_code"}, body
    assert body["status_code"] == status and isinstance(body["detail"], str) and body["detail"]
    return body
