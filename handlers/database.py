"""Engine, sessions and the embedded PostgreSQL used when no ``DATABASE_URL`` is set."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

_embedded_lock = threading.Lock()
_embedded: dict[Path, Any] = {}


def async_url(url: str) -> str:
    """Normalize any PostgreSQL URL to the asyncpg driver."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    return parsed.render_as_string(hide_password=False)


def sync_url(url: str) -> str:
    """The same URL for libpq-style tools (``postgresql://``)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def embedded_database_url(data_dir: Path) -> str:
    """Start (once per process) the embedded PostgreSQL 16 in ``data_dir`` and return its URL."""
    data_dir = data_dir.resolve()
    with _embedded_lock:
        server = _embedded.get(data_dir)
        if server is None:
            from pgserver import get_server  # type: ignore[attr-defined]  # lazily: embedded mode only

            data_dir.mkdir(parents=True, exist_ok=True)
            # cleanup_mode=None keeps the server and its data when this process exits, so the
            # next start (and alembic, tests, the app) find it running.
            server = get_server(data_dir, cleanup_mode=None)
            _embedded[data_dir] = server
    return async_url(server.get_uri())


# Seconds to wait for a new database connection (asyncpg's default is 60): while the server is
# down or starting, a request answers 503 quickly instead of hanging.
CONNECT_TIMEOUT_SECONDS = 10
# Seconds a request waits for a pooled connection before it answers 503.
POOL_TIMEOUT_SECONDS = 15


def is_connection_failure(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) means the database connection is gone or the server is
    unavailable — restarting, shutting down, refusing or dropping connections — rather than a
    problem with the statement. Such errors answer 503 (handlers/errors.py), and the connection is
    invalidated rather than returned to the pool."""
    import asyncpg  # type: ignore[import-untyped]

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError) and current.connection_invalidated:
            return True
        if isinstance(
            current,
            (
                OSError,  # refused, reset, unreachable, timed out (TimeoutError is an OSError)
                asyncpg.PostgresConnectionError,  # SQLSTATE class 08
                asyncpg.CannotConnectNowError,  # 57P03: starting up / shutting down
                asyncpg.AdminShutdownError,  # 57P01: terminated by a (fast) shutdown
                asyncpg.CrashShutdownError,  # 57P02
                asyncpg.ConnectionDoesNotExistError,  # closed in the middle of an operation
            ),
        ):
            return True
        if isinstance(current, asyncpg.InterfaceError) and "connection is closed" in str(current):
            return True
        if isinstance(current, asyncpg.InternalClientError) and "another operation" in str(current):
            # The protocol state of a connection whose operation was cut off by the server.
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False


def _mark_disconnects(context: ExceptionContext) -> None:
    # SQLAlchemy's asyncpg dialect does not recognize all of these as disconnects: say so, so the
    # connection (and the older ones in the pool) are invalidated and the DBAPIError carries
    # ``connection_invalidated``.
    if not context.is_disconnect and is_connection_failure(context.original_exception):
        context.is_disconnect = True


# A pooled connection idle for longer than this is pinged before it is used again (see
# ``_ping_if_idle``); one in steady use is not.
PING_AFTER_IDLE_SECONDS = 5.0
_CHECKED_IN = "tollgate_checked_in"


def _note_checkin(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    record.info[_CHECKED_IN] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
    """``pool_pre_ping`` for connections that sat idle: a connection that died while idle in the
    pool (a restarted or restarting server, a dropped link) is replaced, not used.

    SQLAlchemy's own pre-ping costs three round trips per checkout with asyncpg (BEGIN; ``;``;
    ROLLBACK) — more than a whole GET's queries. A connection in steady use needs none: if the
    server goes away under load, the failing statement is recognized as a disconnect
    (``_mark_disconnects``), which invalidates that connection and every older one in the pool."""
    checked_in = record.info.get(_CHECKED_IN)
    if checked_in is None or time.monotonic() - checked_in < PING_AFTER_IDLE_SECONDS:
        return
    try:
        dbapi_connection.ping()
    except Exception as exc:
        raise DisconnectionError("pooled connection failed its ping") from exc  # the pool replaces it


def create_engine(url: str, *, pool_size: int = 10, echo: bool = False) -> AsyncEngine:
    engine = create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=False,  # idle connections are pinged by _ping_if_idle instead
        pool_recycle=1800,
        pool_timeout=POOL_TIMEOUT_SECONDS,
        connect_args={"timeout": CONNECT_TIMEOUT_SECONDS},
        echo=echo,
    )
    event.listen(engine.sync_engine, "handle_error", _mark_disconnects)
    event.listen(engine.sync_engine.pool, "checkin", _note_checkin)
    event.listen(engine.sync_engine.pool, "checkout", _ping_if_idle)
    return engine


@lru_cache
def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


@asynccontextmanager
async def session_scope(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session that commits when the block succeeds and rolls back otherwise."""
    async with session_factory(engine)() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
