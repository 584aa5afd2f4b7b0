"""Fixtures: a real PostgreSQL (``DATABASE_URL`` or the embedded 16), one database per xdist worker
migrated with Alembic once, and each test inside a transaction that is rolled back."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from handlers.app import create_app
from handlers.config import Settings
from handlers.database import async_url, create_engine
from handlers.security import hash_password
from handlers.tables import Team, TeamMember, User
from tests import support
from tests.live_server import live_server  # noqa: F401 - session fixture: the API as a real server

PASSWORD = "correct horse battery staple"
_PASSWORD_HASH = hash_password(PASSWORD)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A libpq URL of a server where tests may CREATE DATABASE.

    The embedded server's data lives in a directory of our own, not pytest's numbered temp dirs
    (concurrent pytest runs prune each other's).
    """
    data_dir = Path(tempfile.mkdtemp(prefix="tollgate-test-pg-"))
    try:
        yield support.admin_server_url(data_dir)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def database_url(pg_admin_url: str, worker_id: str) -> Iterator[str]:
    """This worker's own database, migrated to head (schema and seed) once."""
    name = f"tollgate_test_{worker_id}_{os.getpid()}"
    url = support.create_database(pg_admin_url, name)
    support.migrate(url)
    yield async_url(url)
    support.drop_database(pg_admin_url, name)


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return support.test_settings(database_url)


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url, pool_size=2)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
        transaction = await conn.begin()
        try:
            yield conn
        finally:
            await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    """Sessions joined to the test's transaction: their commits become savepoints."""
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def db(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


@pytest.fixture
def app(settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> FastAPI:
    app = create_app(settings, engine=engine)
    app.state.sessionmaker = sessionmaker
    return app


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver/api/v1") as c:
        yield c


MakeUser = Callable[..., Awaitable[User]]


@pytest.fixture
def make_user(db: AsyncSession) -> MakeUser:
    async def _make(role: str = "analyst", **fields: Any) -> User:
        user = User(
            email=fields.pop("email", f"{role}-{uuid4().hex[:10]}@example.com"),
            full_name=fields.pop("full_name", f"Test {role.title()}"),
            role=role,
            password_hash=_PASSWORD_HASH,
            **fields,
        )
        db.add(user)
        await db.commit()
        await db.refresh(user)
        return user

    return _make


@pytest.fixture
def make_team(db: AsyncSession) -> Callable[..., Awaitable[Team]]:
    async def _make(members: list[tuple[User, str]] | None = None, **fields: Any) -> Team:
        team = Team(name=fields.pop("name", f"Team {uuid4().hex[:8]}"), **fields)
        db.add(team)
        await db.flush()
        for user, role_in_team in members or []:
            db.add(TeamMember(team_id=team.id, user_id=user.id, role_in_team=role_in_team))
        await db.commit()
        await db.refresh(team)
        return team

    return _make


def auth(user: User | UUID) -> dict[str, str]:
    user_id = user if isinstance(user, UUID) else user.id
    return {"Authorization": f"Bearer {support.token_for(user_id)}"}


@pytest.fixture
async def admin(make_user: MakeUser) -> User:
    return await make_user("admin")


@pytest.fixture
async def manager(make_user: MakeUser) -> User:
    return await make_user("manager")


@pytest.fixture
async def analyst(make_user: MakeUser) -> User:
    return await make_user("analyst")


@pytest.fixture
async def viewer(make_user: MakeUser) -> User:
    return await make_user("viewer")
