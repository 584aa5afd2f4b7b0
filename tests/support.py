"""Test support shared by conftest and test modules: database servers, migration, tokens."""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from typing import Any
from uuid import UUID

import asyncpg

from handlers.config import ROOT, Settings
from handlers.database import async_url, sync_url
from handlers.security import create_access_token

TEST_SECRET = "test-secret-key-0123456789-abcdefghijklmnop"


def start_embedded_server(data_dir: Path) -> str:
    """Start pgserver's PostgreSQL 16 in ``data_dir``; return a libpq URL."""
    import pgserver

    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    return sync_url(server.get_uri())


def admin_server_url(tmp_dir: Path) -> str:
    """``DATABASE_URL`` when set (tests create their own databases on that server), else embedded."""
    env = os.environ.get("DATABASE_URL")
    if env:
        return sync_url(env)
    return start_embedded_server(tmp_dir)


def with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _asyncpg_dsn(url: str) -> str:
    # asyncpg understands libpq URLs, including ?host=/socket/dir.
    return sync_url(url)


async def _exec(url: str, sql: str) -> None:
    conn = await asyncpg.connect(_asyncpg_dsn(url))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def create_database(admin_url: str, name: str) -> str:
    assert re.fullmatch(r"[a-z0-9_]+", name)
    asyncio.run(_exec(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    asyncio.run(_exec(admin_url, f'CREATE DATABASE "{name}"'))
    return with_database(admin_url, name)


def drop_database(admin_url: str, name: str) -> None:
    asyncio.run(_exec(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", async_url(url).replace("%", "%%"))  # configparser escaping
    return config


def migrate(url: str, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def test_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "TOLLGATE_ENV": "test",
        "DATABASE_URL": database_url,
        "TOLLGATE_SECRET_KEY": TEST_SECRET,
        "TOLLGATE_ADMIN_EMAIL": "admin@tollgate.local",
        "TOLLGATE_ADMIN_PASSWORD": "tollgate-admin",
        "TOLLGATE_LOG_LEVEL": "WARNING",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def token_for(user_id: UUID, minutes: int = 30) -> str:
    token, _ = create_access_token(user_id, secret=TEST_SECRET, minutes=minutes)
    return token


ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    500: "internal_error",
    503: "service_unavailable",
}


def assert_error(response: Any, status: int, *, field: str | None = None) -> dict[str, Any]:
    """Assert the standard error body: exactly error/detail/status_code (a 422 adds ``fields``, each
    with ``loc`` and ``msg``); ``field`` must then be the last element of one ``loc``."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    expected = {"error", "detail", "status_code"} | ({"fields"} if status == 422 else set())
    assert set(body) == expected, body
    assert body["error"] == ERROR_CODES[status], body
    assert body["status_code"] == status
    assert isinstance(body["detail"], str) and body["detail"]
    if status == 422:
        assert body["fields"] and all({"loc", "msg"} <= set(f) for f in body["fields"]), body
        if field is not None:
            assert field in [f["loc"][-1] for f in body["fields"]], body["fields"]
    if status == 401:
        assert response.headers.get("www-authenticate") == "Bearer"
    return body
