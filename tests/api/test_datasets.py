"""Datasets: streamed CSV/XLSX uploads (cap, content checks, nothing left behind), the profiling job
(numbers checked against independent computations), preview, download, recommendations, deletion and
permissions."""

from __future__ import annotations

import hashlib
import io
import statistics
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import openpyxl  # type: ignore[import-untyped]
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from handlers.app import create_app
from handlers.config import Settings
from handlers.jobs_runtime import run_job
from handlers.tables import User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

CAP = 200_000  # TOLLGATE_MAX_UPLOAD_BYTES for these tests
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

PPM = [12.5, 14.0, 13.25, 15.5, 11.0, 90.0, 13.0, 12.0]
LINES = ["A", "B", "A", "B", "A", "B", "A", "B"]
CSV = (
    "line;ppm;shift\n" + "".join(f"{line};{ppm};day\n" for line, ppm in zip(LINES, PPM, strict=True))
).encode()
BINARY = bytes(range(256)) * 40


def make_xlsx(rows: list[list[Any]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * 30_000_000)
    return buffer.getvalue()


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
    """Own storage directory, a small cap, and jobs recorded (the tests run them with the test's
    sessions, which see the test's uncommitted transaction)."""
    app = create_app(
        settings.model_copy(update={"data_dir": tmp_path, "max_upload_bytes": CAP, "redis_url": None}),
        engine=engine,
    )
    app.state.sessionmaker = sessionmaker
    app.state.job_dispatcher = jobs.append
    return app


@dataclass
class World:
    admin: User
    manager: User
    member: User
    outsider: User
    other_manager: User
    viewer: User
    ini: str
    root: Path
    app: FastAPI
    sessionmaker: async_sessionmaker[AsyncSession]
    jobs: list[UUID]

    def files(self) -> list[Path]:
        root = self.root / "files"
        return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []

    async def run_jobs(self) -> None:
        while self.jobs:
            await run_job(self.sessionmaker, self.app.state.settings, self.jobs.pop(0))


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
    member = await make_user("analyst")
    other_manager = await make_user("manager")
    team = await make_team(members=[(member, "member")], manager_id=manager.id)
    await make_team(manager_id=other_manager.id)
    r = await client.post(
        "/initiatives",
        json={"title": "Datasets test", "team_id": str(team.id), "methodology": "dmaic"},
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    return World(
        admin=admin,
        manager=manager,
        member=member,
        outsider=await make_user("analyst"),
        other_manager=other_manager,
        viewer=await make_user("viewer"),
        ini=r.json()["id"],
        root=tmp_path,
        app=app,
        sessionmaker=sessionmaker,
        jobs=jobs,
    )


async def upload(
    client: httpx.AsyncClient, world: World, user: User, filename: str, content: bytes, **fields: str
) -> httpx.Response:
    return await client.post(
        f"/initiatives/{world.ini}/datasets",
        files={"file": (filename, content, "application/octet-stream")},
        data=fields,
        headers=auth(user),
    )


async def profiled(client: httpx.AsyncClient, world: World, filename: str, content: bytes) -> dict[str, Any]:
    r = await upload(client, world, world.member, filename, content)
    assert r.status_code == 202, r.text
    await world.run_jobs()
    got = await client.get(f"/datasets/{r.json()['dataset']['id']}", headers=auth(world.member))
    assert got.status_code == 200
    return dict(got.json())


async def test_upload_csv_is_stored_and_profiled(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    r = await upload(client, world, world.member, "defects.csv", CSV, description="Line defects")
    assert r.status_code == 202, r.text
    body = r.json()
    dataset, job = body["dataset"], body["job"]
    assert r.headers["location"].endswith(f"/datasets/{dataset['id']}")
    assert dataset["profile_status"] == "pending" and dataset["row_count"] is None
    assert dataset["name"] == "defects" and dataset["original_filename"] == "defects.csv"
    assert dataset["file_format"] == "csv" and dataset["size_bytes"] == len(CSV)
    assert dataset["sha256"] == hashlib.sha256(CSV).hexdigest()
    assert dataset["phase_name"] == "define"  # the initiative's current phase
    assert "file_path" not in dataset
    assert job["kind"] == "dataset_profile" and job["status"] == "queued" and job["progress"] == 0
    assert job["subject_type"] == "dataset" and job["subject_id"] == dataset["id"]
    assert job["requested_by"] == str(world.member.id) and dataset["job_id"] == job["id"]
    assert world.jobs == [UUID(job["id"])]
    key = (
        await db.execute(text("SELECT file_path FROM datasets WHERE id = :i"), {"i": dataset["id"]})
    ).scalar_one()
    assert key.startswith("datasets/") and (world.root / "files" / key).read_bytes() == CSV

    await world.run_jobs()
    j = (await client.get(f"/jobs/{job['id']}", headers=auth(world.member))).json()
    assert j["status"] == "succeeded" and j["progress"] == 100 and j["finished_at"] is not None
    assert j["result"] == {"dataset_id": dataset["id"], "row_count": 8, "column_count": 3}

    got = (await client.get(f"/datasets/{dataset['id']}", headers=auth(world.viewer))).json()
    assert got["profile_status"] == "profiled" and got["profile_error"] is None
    assert (got["row_count"], got["column_count"]) == (8, 3)
    cols = {c["name"]: c for c in got["columns"]}
    assert [c["name"] for c in got["columns"]] == ["line", "ppm", "shift"]
    ppm = cols["ppm"]
    assert ppm["kind"] == "continuous" and ppm["null_count"] == 0 and ppm["unique_count"] == 8
    assert ppm["min"] == min(PPM) and ppm["max"] == max(PPM)
    assert ppm["mean"] == pytest.approx(statistics.fmean(PPM))
    assert ppm["std"] == pytest.approx(statistics.stdev(PPM))
    q1, median, q3 = statistics.quantiles(PPM, n=4, method="inclusive")
    stats = got["summary_stats"]["ppm"]
    assert (stats["q1"], stats["median"], stats["q3"]) == pytest.approx((q1, median, q3))
    high = q3 + 1.5 * (q3 - q1)
    assert stats["outliers"] == sum(1 for v in PPM if v > high or v < q1 - 1.5 * (q3 - q1)) == 1
    assert cols["line"]["kind"] == "categorical" and cols["line"]["unique_count"] == 2
    top = got["summary_stats"]["line"]["top_values"]
    assert sorted((t["value"], t["count"]) for t in top) == [("A", LINES.count("A")), ("B", LINES.count("B"))]
    assert cols["shift"]["unique_count"] == 1
    assert "Column 'shift' is constant" in got["quality_issues"]
    assert any("'ppm'" in issue and "outlier" in issue for issue in got["quality_issues"])
    assert got["data_preview"][0] == ["A", 12.5, "day"] and len(got["data_preview"]) == 8
    assert {"descriptive_summary", "two_sample_t", "one_way_anova"} <= set(got["recommended_tests"])


async def test_upload_xlsx_is_profiled(client: httpx.AsyncClient, world: World) -> None:
    rows = [["batch", "weight", "operator", "missing"]] + [
        [i, 100.0 + i * 0.5, "Ann" if i % 3 else "Bob", None if i % 4 else i] for i in range(1, 31)
    ]
    got = await profiled(client, world, "weights.xlsx", make_xlsx(rows))
    assert got["file_format"] == "xlsx" and got["profile_status"] == "profiled", got
    assert (got["row_count"], got["column_count"]) == (30, 4)
    cols = {c["name"]: c for c in got["columns"]}
    weights = [r[1] for r in rows[1:]]
    assert cols["weight"]["mean"] == pytest.approx(statistics.fmean(weights))
    assert cols["weight"]["std"] == pytest.approx(statistics.stdev(weights))
    assert cols["weight"]["kind"] == "continuous"
    assert cols["batch"]["min"] == 1 and cols["batch"]["max"] == 30
    assert cols["operator"]["kind"] == "categorical" and cols["operator"]["unique_count"] == 2
    assert cols["missing"]["null_count"] == sum(1 for r in rows[1:] if r[3] is None) == 23
    assert "Column 'missing' has 23 missing value(s)" in got["quality_issues"]


async def test_mixed_types_and_failed_profile(client: httpx.AsyncClient, world: World) -> None:
    mixed = b"code,value\n1,x\n2,3\n3,4\n4,5\n5,n/a\n"
    got = await profiled(client, world, "mixed.csv", mixed)
    assert any("'value' mixes types" in issue for issue in got["quality_issues"]), got["quality_issues"]

    r = await upload(client, world, world.member, "header.csv", b"a,b,c\n")
    assert r.status_code == 202
    job_id = r.json()["job"]["id"]
    await world.run_jobs()
    got = (await client.get(f"/datasets/{r.json()['dataset']['id']}", headers=auth(world.member))).json()
    assert got["profile_status"] == "failed" and "no data rows" in got["profile_error"]
    assert got["columns"] == [] and got["row_count"] is None
    job = (await client.get(f"/jobs/{job_id}", headers=auth(world.member))).json()
    assert job["status"] == "failed" and "no data rows" in job["error"] and job["result"] is None
    assert_error(await client.get(f"/datasets/{got['id']}/preview", headers=auth(world.member)), 409)
    assert_error(
        await client.get(f"/datasets/{got['id']}/recommended-tests", headers=auth(world.member)), 409
    )


async def test_oversized_upload_is_413_and_leaves_nothing(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    big = b"a,b\n" + b"1,2\n" * (CAP // 4 + 10)
    assert_error(await upload(client, world, world.member, "big.csv", big), 413)
    assert world.files() == [] and world.jobs == []
    count = await db.execute(text("SELECT count(*) FROM datasets WHERE initiative_id = :i"), {"i": world.ini})
    assert count.scalar_one() == 0


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("binary.csv", BINARY),
        ("report.csv", b"%PDF-1.4\n" + b"x" * 100),
        ("data.xlsx", CSV),  # text named .xlsx
    ],
)
async def test_wrong_content_is_415_and_leaves_nothing(
    client: httpx.AsyncClient, world: World, filename: str, content: bytes
) -> None:
    body = assert_error(await upload(client, world, world.member, filename, content), 415)
    assert "CSV" in body["detail"] or "csv" in body["detail"].lower()
    assert world.files() == [] and world.jobs == []


async def test_zip_bomb_named_xlsx_is_refused(client: httpx.AsyncClient, world: World) -> None:
    body = assert_error(await upload(client, world, world.member, "bomb.xlsx", zip_bomb()), 415)
    assert "bomb" in body["detail"]
    assert world.files() == [] and world.jobs == []


async def test_broken_workbook_is_415(client: httpx.AsyncClient, world: World) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "not xml at all <")
    assert_error(await upload(client, world, world.member, "broken.xlsx", buffer.getvalue()), 415)
    assert world.files() == []


async def test_bad_form_is_422(client: httpx.AsyncClient, world: World) -> None:
    assert_error(
        await upload(client, world, world.member, "d.csv", CSV, phase="improve_x"), 422, field="phase"
    )
    assert_error(await upload(client, world, world.member, "d.csv", CSV, phase="design"), 422, field="phase")
    assert_error(await upload(client, world, world.member, "d.csv", CSV, colour="red"), 422, field="colour")
    assert_error(await upload(client, world, world.member, "d.csv", b""), 422, field="file")
    r = await client.post(
        f"/initiatives/{world.ini}/datasets", data={"name": "x"}, headers=auth(world.member)
    )
    assert r.status_code in (415, 422)
    assert world.files() == []
    r = await upload(client, world, world.member, "d.csv", CSV, phase="measure", name="Measured")
    assert r.status_code == 202 and r.json()["dataset"]["phase_name"] == "measure"
    assert r.json()["dataset"]["name"] == "Measured"


async def test_upload_permissions(client: httpx.AsyncClient, world: World) -> None:
    assert_error(await upload(client, world, world.viewer, "d.csv", CSV), 403)
    assert_error(await upload(client, world, world.outsider, "d.csv", CSV), 403)
    assert_error(await upload(client, world, world.other_manager, "d.csv", CSV), 403)
    assert world.files() == []
    for user in (world.member, world.manager, world.admin):
        assert (await upload(client, world, user, "d.csv", CSV)).status_code == 202
    r = await client.post(f"/initiatives/{world.ini}/datasets", files={"file": ("d.csv", CSV, "text/csv")})
    assert_error(r, 401)
    r = await client.post(
        f"/initiatives/{uuid4()}/datasets",
        files={"file": ("d.csv", CSV, "text/csv")},
        headers=auth(world.admin),
    )
    assert_error(r, 404)


async def test_preview_pages_read_the_file(client: httpx.AsyncClient, world: World) -> None:
    content = b"n,sq\n" + b"".join(f"{i},{i * i}\n".encode() for i in range(1, 131))
    got = await profiled(client, world, "squares.csv", content)
    url = f"/datasets/{got['id']}/preview"
    page = (await client.get(url, params={"page": 2, "page_size": 50}, headers=auth(world.viewer))).json()
    assert page["columns"] == ["n", "sq"] and page["total"] == 130 and page["has_more"] is True
    assert page["rows"][0] == [51, 2601] and len(page["rows"]) == 50
    last = (await client.get(url, params={"page": 3, "page_size": 50}, headers=auth(world.viewer))).json()
    assert len(last["rows"]) == 30 and last["rows"][-1] == [130, 16900] and last["has_more"] is False
    past = (await client.get(url, params={"page": 9, "page_size": 50}, headers=auth(world.viewer))).json()
    assert past["rows"] == [] and past["has_more"] is False
    assert_error(await client.get(url, params={"page_size": 101}, headers=auth(world.viewer)), 422)
    assert_error(await client.get(f"/datasets/{uuid4()}/preview", headers=auth(world.viewer)), 404)


async def test_download_and_recommended_tests(client: httpx.AsyncClient, world: World) -> None:
    got = await profiled(client, world, "Défauts ligne.csv", CSV)
    r = await client.get(f"/datasets/{got['id']}/download", headers=auth(world.viewer))
    assert r.status_code == 200 and r.content == CSV
    assert r.headers["content-type"].startswith("text/csv")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-disposition"].startswith("attachment;")
    assert "filename*=UTF-8''D%C3%A9fauts%20ligne.csv" in r.headers["content-disposition"]
    assert r.headers["etag"] == f'"{hashlib.sha256(CSV).hexdigest()}"'

    rec = (await client.get(f"/datasets/{got['id']}/recommended-tests", headers=auth(world.viewer))).json()
    assert rec["dataset_id"] == got["id"]
    by_type = {item["test_type"]: item for item in rec["items"]}
    assert set(by_type) == set(got["recommended_tests"])
    assert by_type["two_sample_t"]["suggested_configuration"] == {"y_column": "ppm", "group_column": "line"}
    assert by_type["two_sample_t"]["test_category"] == "comparison"


async def test_list_filters_and_sort(client: httpx.AsyncClient, world: World) -> None:
    await profiled(client, world, "alpha.csv", CSV)
    r = await upload(client, world, world.manager, "beta.xlsx", make_xlsx([["x"], [1], [2]]))
    assert r.status_code == 202
    url = f"/initiatives/{world.ini}/datasets"
    everything = (
        await client.get(url, params={"sort": "name", "order": "asc"}, headers=auth(world.viewer))
    ).json()
    assert [d["name"] for d in everything["items"]] == ["alpha", "beta"] and everything["total"] == 2
    only = (await client.get(url, params={"file_format": "xlsx"}, headers=auth(world.viewer))).json()
    assert [d["name"] for d in only["items"]] == ["beta"]
    pending = (await client.get(url, params={"profile_status": "pending"}, headers=auth(world.viewer))).json()
    assert [d["name"] for d in pending["items"]] == ["beta"]
    mine = (
        await client.get(url, params={"uploaded_by": str(world.manager.id)}, headers=auth(world.viewer))
    ).json()
    assert [d["name"] for d in mine["items"]] == ["beta"]
    found = (await client.get(url, params={"q": "ALP"}, headers=auth(world.viewer))).json()
    assert [d["original_filename"] for d in found["items"]] == ["alpha.csv"]
    assert_error(await client.get(url, params={"sort": "colour"}, headers=auth(world.viewer)), 422)
    assert_error(await client.get(f"/initiatives/{uuid4()}/datasets", headers=auth(world.viewer)), 404)


async def test_delete_removes_row_and_file(client: httpx.AsyncClient, world: World, db: AsyncSession) -> None:
    r = await upload(client, world, world.member, "d.csv", CSV)
    dataset_id = r.json()["dataset"]["id"]
    assert len(world.files()) == 1
    # Profiling is still queued: 409, and nothing removed.
    assert_error(await client.delete(f"/datasets/{dataset_id}", headers=auth(world.member)), 409)
    await world.run_jobs()
    assert_error(await client.delete(f"/datasets/{dataset_id}", headers=auth(world.outsider)), 403)
    assert_error(await client.delete(f"/datasets/{dataset_id}", headers=auth(world.viewer)), 403)
    assert_error(
        await client.delete(f"/datasets/{dataset_id}", headers={**auth(world.member), "If-Match": '"stale"'}),
        412,
    )
    etag = (await client.get(f"/datasets/{dataset_id}", headers=auth(world.member))).headers["etag"]
    r = await client.delete(f"/datasets/{dataset_id}", headers={**auth(world.member), "If-Match": etag})
    assert r.status_code == 204
    assert world.files() == []
    assert (
        await db.execute(text("SELECT count(*) FROM datasets WHERE id = :i"), {"i": dataset_id})
    ).scalar_one() == 0
    assert_error(await client.get(f"/datasets/{dataset_id}", headers=auth(world.member)), 404)
    assert_error(await client.delete(f"/datasets/{dataset_id}", headers=auth(world.member)), 404)


async def test_manager_of_the_team_may_delete(client: httpx.AsyncClient, world: World) -> None:
    got = await profiled(client, world, "d.csv", CSV)
    assert_error(await client.delete(f"/datasets/{got['id']}", headers=auth(world.other_manager)), 403)
    assert (await client.delete(f"/datasets/{got['id']}", headers=auth(world.manager))).status_code == 204
    assert world.files() == []


async def test_unknown_and_malformed_ids(client: httpx.AsyncClient, world: World) -> None:
    for path in ("", "/preview", "/download", "/recommended-tests"):
        assert_error(await client.get(f"/datasets/{uuid4()}{path}", headers=auth(world.viewer)), 404)
        assert_error(await client.get(f"/datasets/not-a-uuid{path}", headers=auth(world.viewer)), 422)
    assert_error(await client.get(f"/datasets/{uuid4()}"), 401)
