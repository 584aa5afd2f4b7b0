"""Reports: request (202 + job), the job renders, list/get/download, who sees what, validation, and
the documents themselves: the PDFs are opened (text extraction with pypdf) and their figures compared
with what the test put in the database; pages are rendered to images (pypdfium2) and must not be
blank. User text is shown as text and rendering touches no network."""

from __future__ import annotations

import html.parser
import io
import socket
import urllib.request
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pypdf
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from fastapi import FastAPI
from PIL import ImageStat
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from generated.models import ActionStatus, MetricDirection, Priority
from handlers.app import create_app
from handlers.config import Settings
from handlers.jobs_runtime import run_job
from handlers.tables import ActionItem, ExternalStakeholder, Initiative, Metric, Team, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

ARTIFACTS = Path(__file__).resolve().parents[2] / ".artifacts" / "reports"
HOSTILE_TITLE = '<img src="http://169.254.169.254/x"> <b>bold</b> & co'


def today() -> date:
    return datetime.now(UTC).date()


@pytest.fixture(name="jobs")
def jobs_fixture() -> list[UUID]:
    return []


@pytest.fixture(name="app")
def app_fixture(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    jobs: list[UUID],
) -> FastAPI:
    """Own storage directory; jobs are recorded and run by the test with the test's sessions."""
    app = create_app(
        settings.model_copy(update={"data_dir": tmp_path, "redis_url": None, "report_engine": "real"}),
        engine=engine,
    )
    app.state.sessionmaker = sessionmaker
    app.state.job_dispatcher = jobs.append
    return app


@dataclass
class World:
    admin: User
    manager: User
    analyst: User
    other_analyst: User
    viewer: User
    team: Team
    other_team: Team
    ini: dict[str, Any]  # the initiative of the initiative report (API answer)
    root: Path
    app: FastAPI
    sessionmaker: async_sessionmaker[AsyncSession]
    jobs: list[UUID]

    async def run_jobs(self) -> None:
        while self.jobs:
            await run_job(self.sessionmaker, self.app.state.settings, self.jobs.pop(0))


async def add(db: AsyncSession, *rows: Any) -> None:
    for row in rows:
        db.add(row)
    await db.commit()
    for row in rows:
        await db.refresh(row)


def initiative(team: Team, **fields: Any) -> Initiative:
    values: dict[str, Any] = {
        "title": f"Report test {uuid4().hex[:6]}",
        "methodology": "dmaic",
        "current_phase": "define",
        "phase_progress": {},
        "team_id": team.id,
    }
    values.update(fields)
    if values.get("status") in ("on_hold", "cancelled"):
        values.setdefault("status_reason", "test")
    return Initiative(**values)


@pytest.fixture(name="world")
async def world_fixture(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    make_team: Any,
    tmp_path: Path,
    app: FastAPI,
    sessionmaker: async_sessionmaker[AsyncSession],
    jobs: list[UUID],
) -> World:
    admin = await make_user("admin")
    manager = await make_user("manager")
    analyst = await make_user("analyst", full_name="Ada Analyst")
    team = await make_team(
        members=[(analyst, "member")], manager_id=manager.id, name=f"Plant {uuid4().hex[:6]}"
    )
    other_team = await make_team()
    r = await client.post(
        "/initiatives",
        json={
            "title": "Cut invoice cycle time",
            "team_id": str(team.id),
            "methodology": "dmaic",
            "priority": "high",
            "lead_analyst_id": str(analyst.id),
            "problem_statement": "Invoices take 12 days.",
            "projected_savings": "125000.00",
        },
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    return World(
        admin=admin,
        manager=manager,
        analyst=analyst,
        other_analyst=await make_user("analyst"),
        viewer=await make_user("viewer"),
        team=team,
        other_team=other_team,
        ini=r.json(),
        root=tmp_path,
        app=app,
        sessionmaker=sessionmaker,
        jobs=jobs,
    )


async def request_report(
    client: httpx.AsyncClient, user: User, report_type: str, fmt: str = "pdf", **parameters: Any
) -> httpx.Response:
    body: dict[str, Any] = {"report_type": report_type, "format": fmt, "parameters": parameters}
    return await client.post("/reports", json=body, headers=auth(user))


async def rendered(
    client: httpx.AsyncClient, world: World, user: User, report_type: str, fmt: str = "pdf", **parameters: Any
) -> tuple[dict[str, Any], httpx.Response]:
    """Request, run the job, and download: (the report, the download response)."""
    r = await request_report(client, user, report_type, fmt, **parameters)
    assert r.status_code == 202, r.text
    await world.run_jobs()
    report_id = r.json()["report"]["id"]
    got = await client.get(f"/reports/{report_id}", headers=auth(user))
    assert got.status_code == 200, got.text
    assert got.json()["status"] == "completed", got.json()
    download = await client.get(f"/reports/{report_id}/download", headers=auth(user))
    assert download.status_code == 200, download.text
    return got.json(), download


def pdf_tokens(content: bytes) -> list[str]:
    """The text of every page, one table cell or line per token."""
    reader = pypdf.PdfReader(io.BytesIO(content))
    lines: list[str] = []
    for page in reader.pages:
        lines += [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    return lines


def table_rows(tokens: list[str], header: list[str], n_rows: int) -> list[list[str]]:
    """The rows under a table header (each cell is one token in reportlab's output)."""
    width = len(header)
    for i in range(len(tokens) - width):
        if tokens[i : i + width] == header:
            body = tokens[i + width : i + width + n_rows * width]
            return [body[n : n + width] for n in range(0, len(body), width)]
    raise AssertionError(f"table {header} not found in {tokens}")


def save_pages(content: bytes, name: str) -> list[float]:
    """Render every page to PNG under .artifacts/reports/; the standard deviation of each page's pixels."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    document = pdfium.PdfDocument(content)
    spreads = []
    try:
        for n in range(len(document)):
            image = document[n].render(scale=1.2).to_pil()
            image.save(ARTIFACTS / f"{name}-page{n + 1}.png")
            spreads.append(ImageStat.Stat(image.convert("L")).stddev[0])
    finally:
        document.close()
    (ARTIFACTS / f"{name}.pdf").write_bytes(content)
    return spreads


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to open a connection or a URL is recorded and fails."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise AssertionError(f"network access while rendering: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


# --- request, job, read, download -------------------------------------------------------------------


async def test_request_answers_202_with_the_report_and_its_job(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    r = await request_report(client, world.analyst, "initiative_report", initiative_id=world.ini["id"])
    assert r.status_code == 202, r.text
    report, job = r.json()["report"], r.json()["job"]
    assert r.headers["location"] == f"/api/v1/reports/{report['id']}"
    assert report["status"] == "pending" and report["format"] == "pdf"
    assert report["report_type"] == "initiative_report"
    assert report["parameters"] == {"initiative_id": world.ini["id"]}
    assert report["requested_by"] == str(world.analyst.id) and report["job_id"] == job["id"]
    assert (report["filename"], report["size_bytes"], report["generated_at"], report["error_message"]) == (
        None,
        None,
        None,
        None,
    )
    assert "file_path" not in report
    assert job["kind"] == "report_generation" and job["status"] == "queued"
    assert job["subject_type"] == "report" and job["subject_id"] == report["id"]
    assert world.jobs == [UUID(job["id"])]
    event = (
        await db.execute(
            text(
                "SELECT action, initiative_id FROM audit_events WHERE entity_type = 'report' AND entity_id = :i"
            ),
            {"i": report["id"]},
        )
    ).one()
    assert (event.action, str(event.initiative_id)) == ("create", world.ini["id"])

    # Before the job ran: not downloadable.
    early = await client.get(f"/reports/{report['id']}/download", headers=auth(world.analyst))
    assert_error(early, 409)

    await world.run_jobs()
    j = (await client.get(f"/jobs/{job['id']}", headers=auth(world.analyst))).json()
    assert j["status"] == "succeeded" and j["progress"] == 100
    got = await client.get(f"/reports/{report['id']}", headers=auth(world.analyst))
    assert got.status_code == 200 and got.headers["etag"]
    done = got.json()
    number = world.ini["initiative_number"]
    assert done["status"] == "completed" and done["error_message"] is None
    assert done["filename"] == f"initiative_report-{number}-{today().isoformat()}.pdf"
    assert done["generated_at"] is not None
    key, size = (
        await db.execute(text("SELECT file_path, size_bytes FROM reports WHERE id = :i"), {"i": report["id"]})
    ).one()
    stored = (world.root / "files" / key).read_bytes()
    assert key.startswith("reports/") and done["size_bytes"] == size == len(stored)

    download = await client.get(f"/reports/{report['id']}/download", headers=auth(world.analyst))
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["x-content-type-options"] == "nosniff"
    disposition = download.headers["content-disposition"]
    assert disposition.startswith("attachment;") and f'filename="{done["filename"]}"' in disposition
    assert download.content == stored and download.content.startswith(b"%PDF-")


async def test_html_report_downloads_as_html_with_charset(client: httpx.AsyncClient, world: World) -> None:
    report, download = await rendered(
        client, world, world.analyst, "phase_report", "html", initiative_id=world.ini["id"], phase="define"
    )
    number = world.ini["initiative_number"]
    assert report["filename"] == f"phase_report-{number}-define-{today().isoformat()}.html"
    assert download.headers["content-type"] == "text/html; charset=utf-8"
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"].startswith("attachment;")
    assert "default-src 'none'" in download.headers["content-security-policy"]
    body = download.content.decode("utf-8")
    assert body.startswith("<!DOCTYPE html>") and "Cut invoice cycle time" in body and "Define phase" in body


@pytest.mark.parametrize("report_type", ["executive_brief", "initiative_report", "phase_report", "close_out"])
@pytest.mark.parametrize("fmt", ["pdf", "html"])
async def test_every_type_renders_in_either_format(
    client: httpx.AsyncClient, world: World, report_type: str, fmt: str
) -> None:
    params: dict[str, Any] = {}
    if report_type != "executive_brief":
        params["initiative_id"] = world.ini["id"]
    if report_type == "phase_report":
        params["phase"] = "measure"
    report, download = await rendered(client, world, world.analyst, report_type, fmt, **params)
    assert report["filename"].endswith(f".{fmt}") and report["size_bytes"] == len(download.content)
    if fmt == "pdf":
        tokens = pdf_tokens(download.content)
        title = {
            "executive_brief": "Executive brief",
            "initiative_report": f"{world.ini['initiative_number']} Cut invoice cycle time",
            "phase_report": f"{world.ini['initiative_number']} measure phase",
            "close_out": f"{world.ini['initiative_number']} close-out",
        }[report_type]
        assert title in tokens
    else:
        assert download.content.decode().startswith("<!DOCTYPE html>")


async def test_stub_engine_renders_a_stub(client: httpx.AsyncClient, world: World) -> None:
    world.app.state.settings = world.app.state.settings.model_copy(update={"report_engine": "stub"})
    _, download = await rendered(client, world, world.analyst, "executive_brief", "pdf")
    assert any("Stub report generator: executive_brief" in t for t in pdf_tokens(download.content))


async def test_failed_job_marks_the_report_failed(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    r = await request_report(client, world.analyst, "close_out", initiative_id=world.ini["id"])
    assert r.status_code == 202
    await db.execute(text("UPDATE initiatives SET deleted_at = now() WHERE id = :i"), {"i": world.ini["id"]})
    await db.commit()
    await world.run_jobs()
    got = (await client.get(f"/reports/{r.json()['report']['id']}", headers=auth(world.analyst))).json()
    assert got["status"] == "failed" and got["error_message"] == "The initiative of this report was deleted"
    assert got["filename"] is None and got["size_bytes"] is None and got["generated_at"] is None
    job = (await client.get(f"/jobs/{got['job_id']}", headers=auth(world.analyst))).json()
    assert job["status"] == "failed" and job["error"] == got["error_message"]
    assert_error(await client.get(f"/reports/{got['id']}/download", headers=auth(world.analyst)), 409)


# --- validation -------------------------------------------------------------------------------------


async def test_parameters_are_checked(client: httpx.AsyncClient, world: World, db: AsyncSession) -> None:
    missing = str(uuid4())
    assert_error(await request_report(client, world.analyst, "initiative_report", initiative_id=missing), 404)
    assert_error(await request_report(client, world.analyst, "executive_brief", team_id=missing), 404)
    r = await request_report(
        client, world.analyst, "phase_report", initiative_id=world.ini["id"], phase="plan"
    )
    assert_error(r, 422, field="phase")
    r = await request_report(
        client, world.analyst, "executive_brief", date_from="2026-05-02", date_to="2026-05-01"
    )
    assert_error(r, 422, field="date_from")
    assert_error(await request_report(client, world.analyst, "initiative_report"), 422)
    r = await request_report(client, world.analyst, "phase_report", initiative_id=world.ini["id"])
    assert_error(r, 422)
    r = await client.post(
        "/reports",
        json={"report_type": "executive_brief", "file_path": "/etc/passwd"},
        headers=auth(world.analyst),
    )
    assert_error(r, 422)
    # A deleted initiative is 404.
    await db.execute(text("UPDATE initiatives SET deleted_at = now() WHERE id = :i"), {"i": world.ini["id"]})
    await db.commit()
    assert_error(
        await request_report(client, world.analyst, "initiative_report", initiative_id=world.ini["id"]), 404
    )
    assert world.jobs == []
    count = await db.execute(
        text("SELECT count(*) FROM reports WHERE requested_by = :u"), {"u": world.analyst.id}
    )
    assert count.scalar_one() == 0


# --- permissions and visibility ---------------------------------------------------------------------


async def test_who_may_request_and_read(client: httpx.AsyncClient, world: World) -> None:
    assert_error(await client.post("/reports", json={"report_type": "executive_brief"}), 401)
    assert_error(await request_report(client, world.viewer, "executive_brief"), 403)
    mine = (await request_report(client, world.analyst, "executive_brief")).json()["report"]
    theirs = (await request_report(client, world.other_analyst, "executive_brief", fmt="html")).json()[
        "report"
    ]
    await world.run_jobs()

    for path in (f"/reports/{mine['id']}", f"/reports/{mine['id']}/download"):
        assert (await client.get(path, headers=auth(world.analyst))).status_code == 200
        assert (await client.get(path, headers=auth(world.manager))).status_code == 200
        assert (await client.get(path, headers=auth(world.admin))).status_code == 200
        assert_error(await client.get(path, headers=auth(world.other_analyst)), 404)
        assert_error(await client.get(path, headers=auth(world.viewer)), 404)
        assert_error(await client.get(path), 401)
    assert_error(await client.get(f"/reports/{uuid4()}", headers=auth(world.admin)), 404)
    assert_error(await client.get(f"/reports/{uuid4()}/download", headers=auth(world.admin)), 404)

    own = (await client.get("/reports", headers=auth(world.analyst))).json()
    assert [i["id"] for i in own["items"]] == [mine["id"]] and own["total"] == 1
    assert (await client.get("/reports", headers=auth(world.viewer))).json()["total"] == 0
    every = (await client.get("/reports?page_size=100", headers=auth(world.manager))).json()
    assert {mine["id"], theirs["id"]} <= {i["id"] for i in every["items"]}


async def test_list_filters_sort_and_pagination(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    ini = world.ini["id"]
    a = (await request_report(client, world.analyst, "executive_brief")).json()["report"]
    b = (await request_report(client, world.analyst, "initiative_report", "html", initiative_id=ini)).json()[
        "report"
    ]
    c = (await request_report(client, world.analyst, "close_out", initiative_id=ini)).json()["report"]
    await world.run_jobs()
    d = (
        await request_report(client, world.analyst, "phase_report", initiative_id=ini, phase="define")
    ).json()["report"]
    # One transaction: now() is the same for every row; space the creation times out.
    for n, report in enumerate((a, b, c, d)):
        await db.execute(
            text("UPDATE reports SET created_at = now() - make_interval(mins => :m) WHERE id = :i"),
            {"m": 10 - n, "i": report["id"]},
        )
    await db.commit()

    async def ids(query: str) -> list[str]:
        r = await client.get(f"/reports?{query}", headers=auth(world.analyst))
        assert r.status_code == 200, r.text
        return [i["id"] for i in r.json()["items"]]

    assert await ids("sort=created_at&order=asc") == [a["id"], b["id"], c["id"], d["id"]]
    assert await ids("status=pending") == [d["id"]]
    assert set(await ids("status=completed")) == {a["id"], b["id"], c["id"]}
    assert await ids("format=html") == [b["id"]]
    assert set(await ids(f"initiative_id={ini}")) == {b["id"], c["id"], d["id"]}
    assert set(await ids("report_type=executive_brief,close_out")) == {a["id"], c["id"]}
    assert (await ids("sort=generated_at&order=desc"))[-1] == d["id"]  # not generated: last
    page = (
        await client.get("/reports?page=2&page_size=3&sort=created_at&order=asc", headers=auth(world.analyst))
    ).json()
    assert [i["id"] for i in page["items"]] == [d["id"]] and page["total"] == 4 and page["has_more"] is False
    brief = next(i for i in page["items"])
    assert brief["initiative_id"] == ini and brief["generated_at"] is None and brief["size_bytes"] is None
    assert_error(await client.get("/reports?sort=filename", headers=auth(world.analyst)), 422)
    assert_error(await client.get("/reports?status=done", headers=auth(world.analyst)), 422)


# --- the figures in the PDFs ------------------------------------------------------------------------


async def portfolio(db: AsyncSession, world: World) -> dict[str, Any]:
    """Initiatives of the world's team with known figures (and rows that must not count)."""
    t = world.team
    i1 = initiative(
        t,
        status="active",
        priority="critical",
        projected_savings=Decimal("100000.00"),
        actual_savings=Decimal("25000.50"),
        title="Scrap line 4",
    )
    i2 = initiative(
        t, status="active", priority="high", projected_savings=Decimal("50000.00"), title="Setup time"
    )
    i3 = initiative(
        t,
        status="completed",
        priority="medium",
        projected_savings=Decimal("20000.00"),
        actual_savings=Decimal("30000.00"),
        title="Kitting",
    )
    i4 = initiative(
        t,
        status="on_hold",
        priority="low",
        projected_savings=Decimal("8000.00"),
        currency="EUR",
        title="Label errors",
    )
    i5 = initiative(t, status="cancelled", priority="medium", title="Old idea")
    i6 = initiative(t, status="planned", priority="high", title="Next idea")
    deleted = initiative(
        t,
        status="active",
        priority="critical",
        projected_savings=Decimal("999999.00"),
        deleted_at=datetime.now(UTC),
    )
    elsewhere = initiative(
        world.other_team, status="active", priority="critical", projected_savings=Decimal("777777.00")
    )
    await add(db, i1, i2, i3, i4, i5, i6, deleted, elsewhere)
    d = today()
    await add(
        db,
        ActionItem(
            initiative_id=i1.id,
            title="Calibrate gauge 7",
            status=ActionStatus.in_progress,
            priority=Priority.high,
            due_date=d - timedelta(days=10),
            assigned_to=world.analyst.id,
        ),
        ActionItem(
            initiative_id=i1.id,
            title="Not yet due",
            status=ActionStatus.not_started,
            due_date=d + timedelta(days=5),
        ),
        ActionItem(
            initiative_id=i1.id,
            title="Done late",
            status=ActionStatus.completed,
            due_date=d - timedelta(days=30),
        ),
        ActionItem(
            initiative_id=i2.id,
            title="Order fixtures",
            status=ActionStatus.not_started,
            priority=Priority.medium,
            due_date=d - timedelta(days=3),
            owner_name="Vendor Vic",
        ),
        ActionItem(
            initiative_id=deleted.id,
            title="Ghost",
            status=ActionStatus.not_started,
            due_date=d - timedelta(days=3),
        ),
        ActionItem(
            initiative_id=elsewhere.id,
            title="Elsewhere",
            status=ActionStatus.not_started,
            due_date=d - timedelta(days=3),
        ),
    )
    # The world's own initiative (created through the API) is in the team too: active, high, USD 125,000.00.
    return {"numbers": [i.initiative_number for i in (i1, i2, i3)]}


async def test_executive_brief_figures_match_the_database(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    await portfolio(db, world)
    report, download = await rendered(
        client, world, world.analyst, "executive_brief", team_id=str(world.team.id)
    )
    assert report["filename"] == f"executive_brief-{today().isoformat()}.pdf"
    tokens = pdf_tokens(download.content)
    spreads = save_pages(download.content, "executive_brief")
    assert spreads and all(s > 10 for s in spreads), spreads  # every page has visible content

    # 7 initiatives: the API one (active, high) + i1..i6; the deleted and the other team's do not count.
    kpis = tokens[tokens.index("Portfolio") + 1 : tokens.index("Portfolio") + 7]
    assert kpis == ["7", "5", "3", "1", "3", "2"]  # total, open, active, completed, open actions, overdue
    status = table_rows(tokens, ["Status", "Initiatives", "Share"], 5)
    assert status == [
        ["Planned", "1", "14%"],
        ["Active", "3", "43%"],
        ["On hold", "1", "14%"],
        ["Completed", "1", "14%"],
        ["Cancelled", "1", "14%"],
    ]
    priority = table_rows(tokens, ["Priority", "Initiatives", "Share"], 4)
    assert priority == [
        ["Critical", "1", "14%"],
        ["High", "3", "43%"],
        ["Medium", "2", "29%"],
        ["Low", "1", "14%"],
    ]
    savings = table_rows(tokens, ["Currency", "Projected", "Actual", "Initiatives"], 2)
    assert savings == [["EUR", "8,000.00", "0.00", "1"], ["USD", "295,000.00", "55,000.50", "4"]]
    overdue = table_rows(tokens, ["Initiative", "Action", "Priority", "Owner", "Due", "Days overdue"], 2)
    assert [row[1:] for row in overdue] == [
        ["Calibrate gauge 7", "High", "Ada Analyst", (today() - timedelta(days=10)).isoformat(), "10"],
        ["Order fixtures", "Medium", "Vendor Vic", (today() - timedelta(days=3)).isoformat(), "3"],
    ]
    assert "Ghost" not in tokens and "Elsewhere" not in tokens
    top = table_rows(tokens, ["Initiative", "Title", "Status", "Priority", "Lead", "Projected", "Actual"], 6)
    assert [row[1] for row in top] == ["Cut invoice cycle time", "Scrap line 4", "Setup time", "Kitting",
                                       "Label errors", "Next idea"]  # fmt: skip
    assert top[0][3:] == ["High", "Ada Analyst", "USD 125,000.00", "—"]
    assert top[1][5:] == ["USD 100,000.00", "USD 25,000.50"]


async def test_executive_brief_agrees_with_the_portfolio_dashboard(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    await portfolio(db, world)
    _, download = await rendered(
        client, world, world.analyst, "executive_brief", "pdf", team_id=str(world.team.id)
    )
    tokens = pdf_tokens(download.content)
    dash = (
        await client.get(f"/dashboards/portfolio?team_id={world.team.id}", headers=auth(world.analyst))
    ).json()
    status = dict((row[0], int(row[1])) for row in table_rows(tokens, ["Status", "Initiatives", "Share"], 5))
    assert status == {k.replace("_", " ").capitalize(): v for k, v in dash["by_status"].items()}
    savings = table_rows(tokens, ["Currency", "Projected", "Actual", "Initiatives"], len(dash["savings"]))
    assert [[r[0], r[1].replace(",", ""), r[2].replace(",", ""), int(r[3])] for r in savings] == [
        [s["currency"], s["projected_savings"], s["actual_savings"], s["initiatives"]]
        for s in dash["savings"]
    ]
    assert dash["overdue_actions"] == 2 and dash["totals"]["open_actions"] == 3


async def test_whole_portfolio_brief_counts_every_live_initiative(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    await portfolio(db, world)
    _, download = await rendered(client, world, world.manager, "executive_brief")
    tokens = pdf_tokens(download.content)
    rows = (
        await db.execute(
            text("SELECT status, count(*) FROM initiatives WHERE deleted_at IS NULL GROUP BY status")
        )
    ).all()
    expected = {s: 0 for s in ("planned", "active", "on_hold", "completed", "cancelled")} | {
        s: n for s, n in rows
    }
    status = table_rows(tokens, ["Status", "Initiatives", "Share"], 5)
    assert {r[0]: int(r[1]) for r in status} == {
        k.replace("_", " ").capitalize(): v for k, v in expected.items()
    }


async def metrics_and_people(db: AsyncSession, world: World) -> None:
    ini = UUID(world.ini["id"])
    await add(
        db,
        Metric(
            initiative_id=ini,
            name="Cycle time",
            unit="days",
            direction=MetricDirection.lower_is_better,
            baseline_value=Decimal("12.5"),
            current_value=Decimal("7.25"),
            target_value=Decimal("5"),
        ),
        Metric(
            initiative_id=ini,
            name="First pass yield",
            unit="%",
            direction=MetricDirection.higher_is_better,
            baseline_value=Decimal("81"),
            current_value=Decimal("96.4"),
            target_value=Decimal("95"),
        ),
        ActionItem(
            initiative_id=ini, title="Map approval flow", status=ActionStatus.completed, due_date=today()
        ),
        ActionItem(
            initiative_id=ini,
            title="Drop duplicate sign-off",
            status=ActionStatus.in_progress,
            priority=Priority.high,
            due_date=today() - timedelta(days=2),
            assigned_to=world.analyst.id,
        ),
        ExternalStakeholder(initiative_id=ini, name="Vendor Vic", organization="Acme", role="Supplier"),
    )


async def test_initiative_report_figures_match_the_database(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    await metrics_and_people(db, world)
    _, download = await rendered(
        client, world, world.analyst, "initiative_report", initiative_id=world.ini["id"]
    )
    tokens = pdf_tokens(download.content)
    spreads = save_pages(download.content, "initiative_report")
    assert spreads and all(s > 10 for s in spreads), spreads

    db_metrics = (
        await db.execute(
            text(
                "SELECT name, baseline_value, current_value, target_value, target_met FROM metrics "
                "WHERE initiative_id = :i ORDER BY created_at, name, id"
            ),
            {"i": world.ini["id"]},
        )
    ).all()
    rows = table_rows(tokens, ["Metric", "Direction", "Baseline", "Current", "Target", "Target met"], 2)
    units = {"Cycle time": " days", "First pass yield": "%"}
    assert rows == [
        [
            m.name,
            {"Cycle time": "Lower is better", "First pass yield": "Higher is better"}[m.name],
            f"{m.baseline_value.normalize():f}{units[m.name]}",
            f"{m.current_value.normalize():f}{units[m.name]}",
            f"{m.target_value.normalize():f}{units[m.name]}",
            "Yes" if m.target_met else "No",
        ]
        for m in db_metrics
    ]
    assert (
        rows[0][2:5] == ["12.5 days", "7.25 days", "5 days"] and rows[1][5] == "Yes"
    )  # independent of the SQL
    actions = table_rows(tokens, ["Action", "Kind", "Status", "Priority", "Owner", "Due", "Overdue"], 2)
    assert actions == [
        ["Drop duplicate sign-off", "Action item", "In progress", "High", "Ada Analyst",
         (today() - timedelta(days=2)).isoformat(), "Yes"],
        ["Map approval flow", "Action item", "Completed", "Medium", "—", today().isoformat(), "No"],
    ]  # fmt: skip
    assert "2 in total: 1 open, 1 completed, 0 cancelled." in tokens
    phases = table_rows(
        tokens, ["#", "Phase", "Status", "Gate decision", "Due", "Completed", "Completeness"], 5
    )
    assert [p[1] for p in phases] == ["Define", "Measure", "Analyze", "Improve", "Control"]
    assert "Vendor Vic (external)" in tokens and "USD 125,000.00" in tokens
    assert "Invoices take 12 days." in tokens


async def test_close_out_shows_savings_and_targets(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    await metrics_and_people(db, world)
    await db.execute(
        text("UPDATE initiatives SET actual_savings = 131500.25 WHERE id = :i"), {"i": world.ini["id"]}
    )
    await db.commit()
    _, download = await rendered(client, world, world.analyst, "close_out", initiative_id=world.ini["id"])
    tokens = pdf_tokens(download.content)
    save_pages(download.content, "close_out")
    outcome = tokens[tokens.index("Outcome") + 1 : tokens.index("Outcome") + 11]
    assert outcome == [
        "Projected savings", "USD 125,000.00",
        "Actual savings", "USD 131,500.25",
        "Variance", "USD 6,500.25",
        "Metrics on target", "1 of 2",
        "Phases completed", "0 of 5",
    ]  # fmt: skip


# --- user text is text; nothing is fetched ------------------------------------------------------------


class _Elements(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "xlink:href", "action", "data")]


async def test_markup_in_user_text_is_printed_and_nothing_is_fetched(
    client: httpx.AsyncClient, world: World, db: AsyncSession, no_network: list[str]
) -> None:
    await db.execute(
        text("UPDATE initiatives SET title = :t, problem_statement = :p WHERE id = :i"),
        {
            "t": HOSTILE_TITLE,
            "p": '<a href="https://evil.example/">x</a><font size=60>big</font>',
            "i": world.ini["id"],
        },
    )
    await add(
        db,
        ActionItem(
            initiative_id=UUID(world.ini["id"]),
            title='<img src="file:///etc/passwd">',
            status=ActionStatus.not_started,
        ),
    )
    _, pdf = await rendered(client, world, world.analyst, "initiative_report", initiative_id=world.ini["id"])
    _, page = await rendered(
        client, world, world.analyst, "initiative_report", "html", initiative_id=world.ini["id"]
    )
    assert no_network == []

    text_of_pdf = " ".join(pdf_tokens(pdf.content))
    number = world.ini["initiative_number"]
    assert f"{number} {HOSTILE_TITLE}" in text_of_pdf
    assert '<a href="https://evil.example/">x</a><font size=60>big</font>' in text_of_pdf
    assert '<img src="file:///etc/passwd">' in text_of_pdf
    save_pages(pdf.content, "initiative_report-hostile-title")

    body = page.content.decode()
    parser = _Elements()
    parser.feed(body)
    assert "img" not in parser.tags and "a" not in parser.tags and "font" not in parser.tags
    assert "script" not in parser.tags and "link" not in parser.tags
    assert parser.urls == []
    assert "&lt;img src=&#34;http://169.254.169.254/x&#34;&gt; &lt;b&gt;bold&lt;/b&gt; &amp; co" in body
