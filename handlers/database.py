"""Engine, sessions and the embedded PostgreSQL used when no ``DATABASE_URL`` is set."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

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


def create_engine(url: str, *, pool_size: int = 10, echo: bool = False) -> AsyncEngine:
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
        echo=echo,
    )


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
