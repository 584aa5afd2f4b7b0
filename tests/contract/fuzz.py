"""``make fuzz``: a longer randomized Schemathesis run against a live server.

    python -m tests.contract.fuzz [--max-examples N] [--seed N] [-- extra schemathesis run options]

1. Creates a fresh database and migrates it (schema and seed): a new database on ``DATABASE_URL``'s
   server when it is set, else a throwaway embedded PostgreSQL 16 in a temporary directory.
2. Starts uvicorn (``handlers.main:app``) in a subprocess on a free loopback port.
3. Logs in as the seeded admin (admin@tollgate.local / tollgate-admin).
4. Runs ``schemathesis run generated/openapi.yaml --url http://127.0.0.1:PORT/api/v1`` with every
   check (the default; not ``--checks all``, which would override the per-operation check settings
   of tests/contract/schemathesis.toml), randomized, every phase, as that admin, excluding the
   operations in tests/not_implemented.py.
5. Stops the server and drops the database. The exit code is Schemathesis's.

Requests carry the admin's token. The run may change the admin's own password (``PATCH
/users/{id}``), which revokes every token issued before; so the token is re-issued for each request
(this module is also the Schemathesis hooks module: ``SCHEMATHESIS_HOOKS=tests.contract.fuzz``),
signed with the secret this run gave the server, for the admin id the login answered.
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from handlers.config import ROOT

SECRET_ENV = "TOLLGATE_FUZZ_SECRET"
ADMIN_ID_ENV = "TOLLGATE_FUZZ_ADMIN_ID"


def _register_auth() -> None:
    """In the Schemathesis process (hooks module): a fresh admin token for every request."""
    import schemathesis

    from handlers.security import create_access_token

    secret, admin_id = os.environ[SECRET_ENV], UUID(os.environ[ADMIN_ID_ENV])

    @schemathesis.auth(refresh_interval=None)
    class AdminToken:
        def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
            token, _ = create_access_token(
                admin_id, secret=secret, minutes=60, password_changed_at=datetime.now(UTC)
            )
            return token

        def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def _patch_body_url_scan() -> None:
    """Work around Schemathesis 4.32: its run learns links from response strings that look like
    same-origin URLs, and crashes the run (``ValueError: Invalid IPv6 URL`` from ``urlsplit``) on one
    such as an echoed ``"https://[x"``. Such a string is no link: skip it."""
    from schemathesis.engine import observations

    scan = observations._same_origin_path

    def same_origin_path(value: str, origin: tuple[str, str]) -> str | None:
        try:
            return scan(value, origin)
        except ValueError:
            return None

    observations._same_origin_path = same_origin_path


def _register_query_filter() -> None:
    import schemathesis

    from tests.contract import unambiguous_query

    @schemathesis.hook("filter_query")
    def unambiguous_only(context: schemathesis.HookContext, query: dict[str, Any] | None) -> bool:
        assert context.operation is not None
        return unambiguous_query(context.operation.method, context.operation.path, query)


if os.environ.get(SECRET_ENV) and os.environ.get(ADMIN_ID_ENV):  # imported as the hooks module
    _register_auth()
    _register_query_filter()
    _patch_body_url_scan()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(base: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode} before answering")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer {base}/health within {timeout:.0f} s")


def _login(base: str) -> tuple[str, str]:
    from tests.contract import ADMIN_EMAIL, ADMIN_PASSWORD

    r = httpx.post(f"{base}/auth/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}, timeout=30)
    if r.status_code != 200:
        raise SystemExit(f"admin login failed: {r.status_code} {r.text}")
    body = r.json()
    return body["access_token"], body["user"]["id"]


def _stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.contract.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--max-examples", type=int, default=200, help="per operation (default 200)")
    parser.add_argument("--seed", type=int, default=None, help="reproduce a run (default: random)")
    parser.add_argument("extra", nargs="*", help="more `schemathesis run` options, after --")
    args = parser.parse_args(argv)

    from tests import support
    from tests.contract import (
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        BUNDLE,
        config_data,
        excluded_operation_ids,
        to_toml,
    )

    secret = secrets.token_urlsafe(48)
    # The seed migration (run in this process) creates the admin from these settings.
    os.environ.update(
        {
            "TOLLGATE_ENV": "test",
            "TOLLGATE_ADMIN_EMAIL": ADMIN_EMAIL,
            "TOLLGATE_ADMIN_PASSWORD": ADMIN_PASSWORD,
        }
    )
    with tempfile.TemporaryDirectory(prefix="tollgate-fuzz-") as tmp:
        embedded = None
        if os.environ.get("DATABASE_URL"):
            admin_url = support.sync_url(os.environ["DATABASE_URL"])
        else:
            import pgserver  # type: ignore[import-untyped]

            embedded = pgserver.get_server(Path(tmp) / "pg", cleanup_mode="stop")
            admin_url = support.sync_url(embedded.get_uri())
        name = f"tollgate_fuzz_{os.getpid()}"
        url = support.create_database(admin_url, name)
        server: subprocess.Popen[bytes] | None = None
        try:
            support.migrate(url)
            port = _free_port()
            base = f"http://127.0.0.1:{port}/api/v1"
            env = {
                **os.environ,
                "DATABASE_URL": url,
                "TOLLGATE_ENV": "test",
                "TOLLGATE_SECRET_KEY": secret,
                "TOLLGATE_LOG_LEVEL": "WARNING",
                "TOLLGATE_ACCESS_TOKEN_MINUTES": "240",
                "TOLLGATE_DOCS_ENABLED": "false",
            }
            server = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "handlers.main:app", "--host", "127.0.0.1",
                 "--port", str(port), "--log-level", "warning", "--no-access-log"],
                cwd=ROOT,
                env=env,
            )  # fmt: skip
            _wait_until_up(base, server)
            _, admin_id = _login(base)

            config = Path(tmp) / "schemathesis.toml"
            config.write_text(to_toml(config_data()))
            command = [
                str(Path(sys.executable).parent / "schemathesis"),
                "--config-file",
                str(config),
                "run",
                str(BUNDLE),
                "--url",
                base,
                "--max-examples",
                str(args.max_examples),
                *(["--seed", str(args.seed)] if args.seed is not None else []),
                *(f"--exclude-operation-id={op}" for op in excluded_operation_ids()),
                *args.extra,
            ]
            print(f"+ schemathesis run {BUNDLE.relative_to(ROOT)} --url {base} (all checks) "
                  f"--max-examples {args.max_examples} (excluding {len(excluded_operation_ids())} "
                  "not implemented operations)", flush=True)  # fmt: skip
            hooks_env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.contract.fuzz", SECRET_ENV: secret,
                         ADMIN_ID_ENV: admin_id}  # fmt: skip
            return subprocess.call(command, cwd=ROOT, env=hooks_env)
        finally:
            if server is not None:
                _stop(server)
            support.drop_database(admin_url, name)
            if embedded is not None:
                embedded.cleanup()


if __name__ == "__main__":
    sys.exit(main())
