"""The API as a real server for the client and browser tests (tests/clients/, tests/docs/).

`python -m handlers.cli serve` (what `make run` runs: migrate, seed, uvicorn) in a subprocess on a
free loopback port, with a fresh database of its own on the test PostgreSQL server, a data
directory of its own, and the settings in its environment. One per pytest session, so one per
xdist worker that runs such a test (the server lives in that worker's PostgreSQL: with the embedded
one, each worker has its own).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from handlers.config import ROOT
from tests import support

ADMIN_EMAIL = "admin@tollgate.local"
ADMIN_PASSWORD = "live-server-admin-password"  # a throwaway database's admin
STARTUP_DEADLINE_SECONDS = 120  # a wait for readiness, not a measurement


@dataclass(frozen=True)
class LiveServer:
    origin: str  # http://127.0.0.1:PORT
    log: Path
    admin_email: str = ADMIN_EMAIL
    admin_password: str = ADMIN_PASSWORD

    @property
    def api_url(self) -> str:
        return f"{self.origin}/api/v1"

    def log_tail(self, lines: int = 60) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text("utf-8", errors="replace").splitlines()[-lines:])

    def admin_token(self) -> str:
        answer = httpx.post(
            f"{self.api_url}/auth/login",
            json={"email": self.admin_email, "password": self.admin_password},
            timeout=30,
        )
        answer.raise_for_status()
        token: str = answer.json()["access_token"]
        return token


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_env(database_url: str, data_dir: Path, port: int, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOLLGATE_")}
    env.update(
        DATABASE_URL=database_url,
        TOLLGATE_ENV="test",
        TOLLGATE_SECRET_KEY=support.TEST_SECRET,
        TOLLGATE_ADMIN_EMAIL=ADMIN_EMAIL,
        TOLLGATE_ADMIN_PASSWORD=ADMIN_PASSWORD,
        TOLLGATE_SAMPLE_DATA="false",  # the tests make what they need
        TOLLGATE_DATA_DIR=str(data_dir),
        TOLLGATE_HOST="127.0.0.1",
        TOLLGATE_PORT=str(port),
        TOLLGATE_LOG_LEVEL="WARNING",
        TOLLGATE_DOCS_ENABLED="true",
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


def wait_until_ready(server: LiveServer, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the API server exited with {proc.returncode}:\n{server.log_tail()}")
        try:
            if httpx.get(f"{server.api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the API server did not answer /health in time:\n{server.log_tail()}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def live_server(pg_admin_url: str, worker_id: str) -> Iterator[LiveServer]:
    name = f"tollgate_live_{worker_id}_{os.getpid()}"
    url = support.create_database(pg_admin_url, name)
    data_dir = Path(tempfile.mkdtemp(prefix="tollgate-live-"))
    log = data_dir / "server.log"
    port = free_port()
    server = LiveServer(origin=f"http://127.0.0.1:{port}", log=log)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "handlers.cli", "serve"],
            cwd=ROOT,
            env=server_env(url, data_dir, port),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_ready(server, proc)
        yield server
    finally:
        stop(proc)
        support.drop_database(pg_admin_url, name)
        shutil.rmtree(data_dir, ignore_errors=True)
