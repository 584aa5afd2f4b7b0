"""The security suite's world: two teams, each with an initiative, and one object of every resource
kind under team A's initiative, built through the API (as the users who may) inside the test's
transaction; a dataset and an analysis (which run the stats engine) only on ``World.with_data``.

Users: ``admin``; ``manager_a`` (manager of team A) and ``manager_b`` (of team B); ``analyst_a``
(member of team A, lead analyst of initiative A) and ``analyst_b`` (member of team B, on initiative
B only); ``viewer`` (on no team); ``requester`` (a viewer who submitted a request).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from handlers.app import create_app
from handlers.config import Settings
from handlers.jobs_runtime import run_job
from handlers.tables import User
from tests.conftest import MakeUser, auth

# Student's sleep data: two groups of ten, enough for a two-sample t-test.
_SLEEP = [
    0.7,
    -1.6,
    -0.2,
    -1.2,
    -0.1,
    3.4,
    3.7,
    0.8,
    0.0,
    2.0,
    1.9,
    0.8,
    1.1,
    0.1,
    -0.1,
    4.4,
    5.5,
    1.6,
    4.6,
    3.4,
]
CSV = ("extra,drug\n" + "".join(f"{v},{'one' if i < 10 else 'two'}\n" for i, v in enumerate(_SLEEP))).encode()


def this_monday() -> date:
    today = datetime.now(UTC).date()
    return today - timedelta(days=today.weekday())


@pytest.fixture
def jobs() -> list[UUID]:
    return []


@pytest.fixture
def app(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    jobs: list[UUID],
) -> FastAPI:
    """The app with its files under ``tmp_path`` and background jobs recorded (run on demand)."""
    app = create_app(settings.model_copy(update={"data_dir": tmp_path}), engine=engine)
    app.state.sessionmaker = sessionmaker
    app.state.job_dispatcher = jobs.append
    return app


@dataclass
class World:
    admin: User
    manager_a: User
    manager_b: User
    analyst_a: User
    analyst_b: User
    viewer: User
    requester: User
    team_a: str
    team_b: str
    ini_a: dict[str, Any]
    ini_b: dict[str, Any]
    app: FastAPI
    sessionmaker: async_sessionmaker[AsyncSession]
    jobs: list[UUID]
    # resource kind -> the id of one object of that kind under initiative A (or of team A's people)
    ids: dict[str, str] = field(default_factory=dict)

    def user(self, name: str) -> User:
        user: User = getattr(self, name)
        return user

    async def with_data(self, client: httpx.AsyncClient) -> World:
        """Adds a profiled dataset (``dataset``, its profiling ``job``) and a completed analysis on
        it (``analysis``) under initiative A: built only for the tests that need them (the stats
        engine runs)."""
        if "analysis" in self.ids:
            return self
        a, ini, ids = auth(self.analyst_a), self.ids["initiative"], self.ids
        upload = await _ok(
            await client.post(
                f"/initiatives/{ini}/datasets", files={"file": ("sleep.csv", CSV, "text/csv")}, headers=a
            ),
            202,
        )
        ids["dataset"] = upload["dataset"]["id"]
        ids["job"] = upload["job"]["id"]
        await self.run_jobs()
        analysis = await _ok(
            await client.post(
                f"/datasets/{ids['dataset']}/analyze",
                json={
                    "test_type": "two_sample_t",
                    "configuration": {"y_column": "extra", "group_column": "drug"},
                },
                headers=a,
            ),
            202,
        )
        ids["analysis"] = analysis["analysis"]["id"]
        await self.run_jobs()
        return self

    async def run_jobs(self) -> None:
        while self.jobs:
            await run_job(self.sessionmaker, self.app.state.settings, self.jobs.pop(0))


async def _ok(response: httpx.Response, status: int = 201) -> dict[str, Any]:
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url}: {response.text}"
    )
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture
async def world(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    make_team: Any,
    app: FastAPI,
    sessionmaker: async_sessionmaker[AsyncSession],
    jobs: list[UUID],
) -> World:
    admin = await make_user("admin")
    manager_a, manager_b = await make_user("manager"), await make_user("manager")
    analyst_a, analyst_b = await make_user("analyst"), await make_user("analyst")
    viewer, requester = await make_user("viewer"), await make_user("viewer")
    team_a = await make_team(members=[(analyst_a, "member")], manager_id=manager_a.id)
    team_b = await make_team(members=[(analyst_b, "member")], manager_id=manager_b.id)
    ini_a = await _ok(
        await client.post(
            "/initiatives",
            json={"title": "Initiative A", "team_id": str(team_a.id), "lead_analyst_id": str(analyst_a.id)},
            headers=auth(admin),
        )
    )
    ini_b = await _ok(
        await client.post(
            "/initiatives",
            json={"title": "Initiative B", "team_id": str(team_b.id), "lead_analyst_id": str(analyst_b.id)},
            headers=auth(admin),
        )
    )
    w = World(
        admin=admin,
        manager_a=manager_a,
        manager_b=manager_b,
        analyst_a=analyst_a,
        analyst_b=analyst_b,
        viewer=viewer,
        requester=requester,
        team_a=str(team_a.id),
        team_b=str(team_b.id),
        ini_a=ini_a,
        ini_b=ini_b,
        app=app,
        sessionmaker=sessionmaker,
        jobs=jobs,
    )
    a = auth(analyst_a)
    ini = ini_a["id"]
    ids = w.ids
    ids["initiative"] = ini
    ids["team"] = w.team_a
    ids["user"] = str(analyst_a.id)
    ids["action"] = (
        await _ok(await client.post(f"/initiatives/{ini}/actions", json={"title": "Fix it"}, headers=a))
    )["id"]
    ids["artifact"] = (
        await _ok(
            await client.post(
                f"/initiatives/{ini}/phases/define/artifacts",
                json={"artifact_type": "sipoc", "title": "SIPOC"},
                headers=a,
            )
        )
    )["id"]
    ids["metric"] = (
        await _ok(await client.post(f"/initiatives/{ini}/metrics", json={"name": "Cycle time"}, headers=a))
    )["id"]
    await _ok(
        await client.post(
            f"/metrics/{ids['metric']}/values", json={"period_start": "2026-01-05", "value": 3.5}, headers=a
        )
    )
    ids["note"] = (
        await _ok(await client.post(f"/initiatives/{ini}/notes", json={"content": "A note"}, headers=a))
    )["id"]
    ids["document"] = (
        await _ok(
            await client.post(
                f"/initiatives/{ini}/documents",
                json={"name": "Link", "document_type": "reference", "external_url": "https://example.com/x"},
                headers=a,
            )
        )
    )["id"]
    ids["file_document"] = (
        await _ok(
            await client.post(
                f"/initiatives/{ini}/documents",
                files={"file": ("notes.txt", b"plain text notes\n", "text/plain")},
                data={"name": "Notes", "document_type": "reference"},
                headers=a,
            )
        )
    )["id"]
    ids["stakeholder"] = (
        await _ok(
            await client.post(
                f"/initiatives/{ini}/stakeholders",
                json={"user_id": str(viewer.id), "role": "sponsor"},
                headers=a,
            )
        )
    )["id"]
    ids["external_stakeholder"] = (
        await _ok(
            await client.post(f"/initiatives/{ini}/external-stakeholders", json={"name": "Eve"}, headers=a)
        )
    )["id"]
    ids["workload"] = (
        await _ok(
            await client.post(
                "/workload",
                json={"initiative_id": ini, "week_of": this_monday().isoformat(), "hours_allocated": 8},
                headers=a,
            )
        )
    )["id"]
    ids["request"] = (
        await _ok(await client.post("/requests", json={"title": "Please fix"}, headers=auth(requester)))
    )["id"]
    return w
