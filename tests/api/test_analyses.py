"""Analyses: the test catalog, running tests on uploaded datasets as jobs (numbers checked against
published results), configuration validation against the catalog and the profile, list/get/delete,
permissions, and the stub engine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from fastapi import FastAPI
from jsonschema import Draft202012Validator
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from generated.models import AgentResponse, AgentType
from handlers.app import create_app
from handlers.config import Settings
from handlers.jobs_runtime import run_job
from handlers.tables import AuditEvent, StatisticalAnalysis, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

# Student's sleep data (R's `sleep`): Welch t = -1.8608, df = 17.776, p = 0.07939
SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
ROWS = [(v, "one", "x" if i % 3 else "y", i % 3) for i, v in enumerate(SLEEP_1)] + [
    (v, "two", "x" if i % 3 else "y", i % 3) for i, v in enumerate(SLEEP_2)
]
CSV = ("extra,drug,batch,shift\n" + "".join(f"{a},{b},{c},{d}\n" for a, b, c, d in ROWS)).encode()


@pytest.fixture(name="jobs")
def jobs_fixture() -> list[UUID]:
    return []


@pytest.fixture(name="engine_name")
def engine_name_fixture() -> str:
    return "real"


@pytest.fixture(name="app")
def app_fixture(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    jobs: list[UUID],
    engine_name: str,
) -> FastAPI:
    app = create_app(
        settings.model_copy(update={"data_dir": tmp_path, "stats_engine": engine_name}), engine=engine
    )
    app.state.sessionmaker = sessionmaker
    app.state.job_dispatcher = jobs.append
    return app


@dataclass
class World:
    admin: User
    member: User
    outsider: User
    viewer: User
    ini: str
    app: FastAPI
    sessionmaker: async_sessionmaker[AsyncSession]
    jobs: list[UUID]

    async def run_jobs(self) -> None:
        while self.jobs:
            await run_job(self.sessionmaker, self.app.state.settings, self.jobs.pop(0))


@pytest.fixture(name="world")
async def world_fixture(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    make_team: Any,
    app: FastAPI,
    sessionmaker: async_sessionmaker[AsyncSession],
    jobs: list[UUID],
) -> World:
    admin = await make_user("admin")
    member = await make_user("analyst")
    team = await make_team(members=[(member, "member")])
    r = await client.post(
        "/initiatives",
        json={"title": "Analyses test", "team_id": str(team.id), "methodology": "dmaic"},
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    return World(
        admin=admin,
        member=member,
        outsider=await make_user("analyst"),
        viewer=await make_user("viewer"),
        ini=r.json()["id"],
        app=app,
        sessionmaker=sessionmaker,
        jobs=jobs,
    )


async def dataset(client: httpx.AsyncClient, world: World, *, profile: bool = True) -> str:
    r = await client.post(
        f"/initiatives/{world.ini}/datasets",
        files={"file": ("sleep.csv", CSV, "text/csv")},
        headers=auth(world.member),
    )
    assert r.status_code == 202, r.text
    if profile:
        await world.run_jobs()
    return str(r.json()["dataset"]["id"])


async def analyze(
    client: httpx.AsyncClient, world: World, ds: str, test_type: str, user: User | None = None, **config: Any
) -> httpx.Response:
    return await client.post(
        f"/datasets/{ds}/analyze",
        json={"test_type": test_type, "configuration": config},
        headers=auth(user or world.member),
    )


# --- the catalog --------------------------------------------------------------------------------


async def test_catalog_lists_every_test_with_a_usable_schema(client: httpx.AsyncClient, viewer: User) -> None:
    assert_error(await client.get("/stats/tests"), 401)
    r = await client.get("/stats/tests", headers=auth(viewer))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == 28 == len(body["items"])
    types = [t["test_type"] for t in body["items"]]
    assert types[:4] == ["descriptive_summary", "normality_test", "pareto_analysis", "one_sample_t"]
    assert types[-3:] == ["full_factorial", "fractional_factorial", "doe_analysis"]
    by_type = {t["test_type"]: t for t in body["items"]}
    two = by_type["two_sample_t"]
    assert two["test_category"] == "comparison" and two["min_observations"] == 2
    schema = two["configuration_schema"]
    Draft202012Validator.check_schema(schema)
    assert schema["required"] == ["y_column", "group_column"]
    assert schema["properties"]["y_column"]["x-column-kinds"] == ["continuous", "discrete"]
    assert schema["properties"]["equal_variance"]["default"] is False
    validator = Draft202012Validator(schema)
    assert validator.is_valid({"y_column": "a", "group_column": "b", "alpha": 0.1})
    assert not validator.is_valid({"y_column": "a"})
    assert not validator.is_valid({"y_column": "a", "group_column": "b", "alpha": 0.9})
    capability = Draft202012Validator(by_type["capability_normal"]["configuration_schema"])
    assert not capability.is_valid({"y_column": "a"})  # needs lsl or usl
    assert capability.is_valid({"y_column": "a", "usl": 3})
    assert not any("Not supported yet" in t["description"] for t in body["items"])  # all implemented
    doe = by_type["full_factorial"]["configuration_schema"]["properties"]["factor_columns"]
    assert doe["x-distinct-values"] == {"minimum": 2, "maximum": 2}


async def test_catalog_filters_by_category(client: httpx.AsyncClient, viewer: User) -> None:
    r = await client.get("/stats/tests", params={"test_category": "spc,capability"}, headers=auth(viewer))
    assert r.status_code == 200
    assert [t["test_type"] for t in r.json()["items"]] == [
        "i_mr_chart", "xbar_r_chart", "p_chart", "np_chart", "c_chart", "u_chart", "capability_normal", "capability_nonnormal"
    ]  # fmt: skip
    assert_error(
        await client.get("/stats/tests", params={"test_category": "astrology"}, headers=auth(viewer)), 422
    )


# --- running ------------------------------------------------------------------------------------


async def test_two_sample_t_runs_as_a_job_and_matches_r(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    ds = await dataset(client, world)
    r = await analyze(client, world, ds, "two_sample_t", y_column="extra", group_column="drug")
    assert r.status_code == 202, r.text
    body = r.json()
    analysis, job = body["analysis"], body["job"]
    assert analysis["status"] == "pending" and analysis["results"] is None
    assert analysis["test_category"] == "comparison" and analysis["job_id"] == job["id"]
    assert job["kind"] == "analysis_run" and job["subject_id"] == analysis["id"]
    assert r.headers["location"].endswith(f"/analyses/{analysis['id']}")
    assert analysis["configuration"]["alpha"] == 0.05  # defaults stored
    await world.run_jobs()
    got = await client.get(f"/analyses/{analysis['id']}", headers=auth(world.viewer))
    assert got.status_code == 200, got.text
    a = got.json()
    assert a["status"] == "completed" and a["error_message"] is None
    s = a["results"]["summary"]
    assert round(s["statistic"], 4) == -1.8608 and round(s["df"], 3) == 17.776
    assert round(s["p_value"], 5) == 0.07939
    assert a["charts"] and a["charts"][0]["data"][0]["type"] == "box"
    assert a["run_at"] is not None and a["duration_ms"] >= 0 and a["run_by"] == str(world.member.id)
    job_r = await client.get(f"/jobs/{job['id']}", headers=auth(world.member))
    assert job_r.json()["status"] == "succeeded"
    row = await db.get(StatisticalAnalysis, UUID(analysis["id"]))
    assert row is not None and row.results is not None
    assert row.results["details"]["groups"][0]["group"] == "one"


async def test_anova_with_tukey_and_capability_through_the_api(
    client: httpx.AsyncClient, world: World
) -> None:
    ds = await dataset(client, world)
    r = await analyze(client, world, ds, "one_way_anova", y_column="extra", group_column="batch")
    assert r.status_code == 202, r.text
    c = await analyze(client, world, ds, "capability_normal", y_column="extra", lsl=-3, usl=7)
    assert c.status_code == 202, c.text
    await world.run_jobs()
    a = (await client.get(f"/analyses/{r.json()['analysis']['id']}", headers=auth(world.member))).json()
    assert a["status"] == "completed" and a["results"]["details"]["anova_table"][0]["df"] == 1
    cap = (await client.get(f"/analyses/{c.json()['analysis']['id']}", headers=auth(world.member))).json()
    s = cap["results"]["summary"]
    assert s["cpk"] <= s["cp"] and s["pp"] > 0
    assert any("100" in w for w in cap["warnings"])  # few observations flagged


async def test_data_problem_found_while_running_fails_the_analysis(
    client: httpx.AsyncClient, world: World
) -> None:
    ds = await dataset(client, world)
    r = await analyze(client, world, ds, "two_sample_t", y_column="extra", group_column="shift")  # 3 groups
    assert r.status_code == 202, r.text
    await world.run_jobs()
    a = (await client.get(f"/analyses/{r.json()['analysis']['id']}", headers=auth(world.member))).json()
    assert a["status"] == "failed" and a["results"] is None
    assert "exactly two groups" in a["error_message"]
    job = (await client.get(f"/jobs/{r.json()['job']['id']}", headers=auth(world.member))).json()
    assert job["status"] == "failed" and "exactly two groups" in job["error"]


async def test_configuration_is_validated_against_catalog_and_profile(
    client: httpx.AsyncClient, world: World, db: AsyncSession
) -> None:
    ds = await dataset(client, world)
    cases: list[tuple[str, dict[str, Any], str, str]] = [
        ("two_sample_t", {"y_column": "nope", "group_column": "drug"}, "y_column", "not in the dataset"),
        ("two_sample_t", {"y_column": "drug", "group_column": "drug"}, "y_column", "categorical"),
        ("two_sample_t", {"y_column": "extra"}, "group_column", "needs group_column"),
        ("capability_normal", {"y_column": "extra"}, "lsl", "lsl or usl"),
        ("capability_normal", {"y_column": "extra", "lsl": 5, "usl": 1}, "lsl", "below usl"),
        ("correlation", {"y_column": "extra", "x_columns": ["extra", "batch"]}, "x_columns", "batch"),
        (
            "chi_square_goodness",
            {"category_column": "drug", "expected_proportions": {"one": 0.5, "two": 0.6}},
            "expected_proportions",
            "sum to 1",
        ),
        (
            "full_factorial",
            {"y_column": "extra", "factor_columns": ["drug", "shift"]},
            "factor_columns",
            "'shift' has 3 distinct values; full_factorial needs exactly 2",
        ),
    ]
    for test_type, config, field, reason in cases:
        r = await analyze(client, world, ds, test_type, **config)
        body = assert_error(r, 422, field=field)
        assert reason in body["detail"], (test_type, body)
    r = await client.post(
        f"/datasets/{ds}/analyze",
        json={"test_type": "descriptive_summary", "configuration": {"y_column": "extra"}, "phase": "control"},
        headers=auth(world.member),
    )
    assert r.status_code == 202, r.text  # control is a DMAIC phase
    r = await client.post(
        f"/datasets/{ds}/analyze",
        json={"test_type": "descriptive_summary", "configuration": {"y_column": "extra"}, "phase": "plan"},
        headers=auth(world.member),
    )
    assert_error(r, 422, field="phase")
    count = len((await db.execute(select(StatisticalAnalysis.id))).all())
    assert count == 1  # nothing stored for refused requests


async def test_too_few_observations_is_422(client: httpx.AsyncClient, world: World) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/datasets",
        files={"file": ("tiny.csv", b"v,g\n1.5,a\n2.5,b\n", "text/csv")},
        headers=auth(world.member),
    )
    await world.run_jobs()
    ds = r.json()["dataset"]["id"]
    body = assert_error(
        await analyze(client, world, ds, "normality_test", y_column="v"), 422, field="y_column"
    )
    assert "needs at least 3" in body["detail"]


async def test_unprofiled_dataset_permissions_and_unknown_ids(
    client: httpx.AsyncClient, world: World
) -> None:
    pending = await dataset(client, world, profile=False)
    assert_error(await analyze(client, world, pending, "descriptive_summary", y_column="extra"), 409)
    world.jobs.clear()
    ds = await dataset(client, world)
    assert_error(await analyze(client, world, ds, "descriptive_summary", world.viewer, y_column="extra"), 403)
    assert_error(
        await analyze(client, world, ds, "descriptive_summary", world.outsider, y_column="extra"), 403
    )
    assert_error(await analyze(client, world, str(uuid4()), "descriptive_summary", y_column="extra"), 404)
    assert_error(await client.get(f"/analyses/{uuid4()}", headers=auth(world.member)), 404)
    assert_error(await client.get("/analyses/not-a-uuid", headers=auth(world.member)), 422)
    r = await client.post(
        f"/datasets/{ds}/analyze",
        json={"test_type": "t_test", "configuration": {}},
        headers=auth(world.member),
    )
    assert_error(r, 422)


async def test_list_filters_and_delete(client: httpx.AsyncClient, world: World, db: AsyncSession) -> None:
    ds = await dataset(client, world)
    first = (await analyze(client, world, ds, "descriptive_summary", y_column="extra")).json()["analysis"]
    second = (await analyze(client, world, ds, "i_mr_chart", y_column="extra")).json()["analysis"]
    # pending: cannot be deleted yet
    pending = await client.get(f"/analyses/{first['id']}", headers=auth(world.member))
    r = await client.delete(
        f"/analyses/{first['id']}", headers={**auth(world.member), "If-Match": pending.headers["etag"]}
    )
    assert_error(r, 409)
    await world.run_jobs()
    listed = await client.get(
        f"/initiatives/{world.ini}/analyses",
        params={"sort": "test_type", "order": "asc"},
        headers=auth(world.viewer),
    )
    assert listed.status_code == 200, listed.text
    assert [a["test_type"] for a in listed.json()["items"]] == ["descriptive_summary", "i_mr_chart"]
    assert listed.json()["items"][0]["has_interpretation"] is False
    spc = await client.get(
        f"/initiatives/{world.ini}/analyses", params={"test_category": "spc"}, headers=auth(world.viewer)
    )
    assert [a["id"] for a in spc.json()["items"]] == [second["id"]]
    done = await client.get(
        f"/initiatives/{world.ini}/analyses", params={"status": "completed"}, headers=auth(world.viewer)
    )
    assert done.json()["total"] == 2
    assert_error(await client.get("/initiatives/INI-9999/analyses", headers=auth(world.viewer)), 404)
    current = await client.get(f"/analyses/{first['id']}", headers=auth(world.member))
    assert_error(
        await client.delete(
            f"/analyses/{first['id']}", headers={**auth(world.member), "If-Match": '"stale"'}
        ),
        412,
    )
    assert_error(
        await client.delete(
            f"/analyses/{first['id']}", headers={**auth(world.outsider), "If-Match": current.headers["etag"]}
        ),
        403,
    )
    r = await client.delete(
        f"/analyses/{first['id']}", headers={**auth(world.member), "If-Match": current.headers["etag"]}
    )
    assert r.status_code == 204, r.text
    assert await db.get(StatisticalAnalysis, UUID(first["id"])) is None
    events = (
        (await db.execute(select(AuditEvent).where(AuditEvent.entity_id == UUID(first["id"]))))
        .scalars()
        .all()
    )
    assert sorted(str(getattr(e.action, "value", e.action)) for e in events) == ["create", "delete"]
    assert_error(await client.get(f"/analyses/{first['id']}", headers=auth(world.member)), 404)


@pytest.mark.parametrize("engine_name", ["stub"])
async def test_stub_engine_gives_canned_results_and_runs_any_test(
    client: httpx.AsyncClient, world: World
) -> None:
    ds = await dataset(client, world)
    r = await analyze(client, world, ds, "doe_analysis", y_column="extra", factor_columns=["drug"])
    assert r.status_code == 202, r.text
    await world.run_jobs()
    a = (await client.get(f"/analyses/{r.json()['analysis']['id']}", headers=auth(world.member))).json()
    assert a["status"] == "completed" and a["results"]["summary"]["stub"] is True
    assert a["warnings"] == ["Stub statistics engine: these numbers are not computed from the data."]


async def test_one_test_per_category_through_the_api(client: httpx.AsyncClient, world: World) -> None:
    ds = await dataset(client, world)
    runs = {
        "descriptive_summary": {"y_column": "extra"},
        "i_mr_chart": {"y_column": "extra"},
        "correlation": {"y_column": "extra", "x_columns": ["shift"]},
        "simple_regression": {"y_column": "extra", "x_columns": ["shift"]},
        "chi_square_association": {"category_column": "drug", "group_column": "batch"},
    }
    ids = {}
    for test_type, config in runs.items():
        r = await analyze(client, world, ds, test_type, **config)
        assert r.status_code == 202, (test_type, r.text)
        ids[test_type] = r.json()["analysis"]["id"]
    await world.run_jobs()
    got = {t: (await client.get(f"/analyses/{i}", headers=auth(world.member))).json() for t, i in ids.items()}
    assert all(a["status"] == "completed" for a in got.values()), {
        t: a["error_message"] for t, a in got.items()
    }
    mean = (sum(SLEEP_1) + sum(SLEEP_2)) / 20  # 30.8 / 20
    assert abs(got["descriptive_summary"]["results"]["summary"]["mean"] - mean) < 1e-12
    assert abs(got["i_mr_chart"]["results"]["summary"]["center"] - mean) < 1e-12
    assert got["i_mr_chart"]["test_category"] == "spc" and len(got["i_mr_chart"]["charts"]) == 2
    r = got["correlation"]["results"]["summary"]["statistic"]
    assert -1 <= r <= 1 and got["correlation"]["test_category"] == "correlation"
    slope = got["simple_regression"]["results"]["summary"]["coefficients"]["shift"]
    assert (
        abs(slope - r * _sd([row[0] for row in ROWS]) / _sd([row[3] for row in ROWS])) < 1e-9
    )  # b = r·sy/sx
    table = got["chi_square_association"]["results"]["details"]["observed"]
    assert got["chi_square_association"]["results"]["details"]["columns"] == ["x", "y"]
    assert table == [[6.0, 4.0], [6.0, 4.0]]  # each drug: 6 × "x" and 4 × "y" (i % 3 == 0)


def _sd(values: list[float]) -> float:
    m = sum(values) / len(values)
    return float((sum((v - m) ** 2 for v in values) / (len(values) - 1)) ** 0.5)


class _FakeAdvisor:
    """Records what the stats advisor was asked and answers a fixed interpretation."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def route(self, intent: str, context: dict[str, Any]) -> AgentResponse:
        self.calls.append((intent, context))
        return AgentResponse(
            agent_type=AgentType.stats_advisor,
            content="The difference is not significant at alpha 0.05 (p = 0.079).",
            suggestions=["Collect more data", "Check the normality of each group"],
            artifacts=[],
            context_update={},
            requires_action=False,
            action_type=None,
        )


async def test_interpret_stores_the_advisors_answer(client: httpx.AsyncClient, world: World) -> None:
    advisor = _FakeAdvisor()
    world.app.state.ai_orchestrator = advisor
    ds = await dataset(client, world)
    r = await analyze(client, world, ds, "two_sample_t", y_column="extra", group_column="drug")
    analysis_id = r.json()["analysis"]["id"]

    early = await client.post(f"/analyses/{analysis_id}/interpret", headers=auth(world.member))
    assert early.status_code == 409 and early.json()["error"] == "conflict"  # still pending
    await world.run_jobs()

    refused = await client.post(f"/analyses/{analysis_id}/interpret", headers=auth(world.outsider))
    assert refused.status_code == 403
    assert (
        await client.post(f"/analyses/{analysis_id}/interpret", headers=auth(world.viewer))
    ).status_code == 403
    missing = await client.post(f"/analyses/{UUID(int=7)}/interpret", headers=auth(world.member))
    assert missing.status_code == 404

    done = await client.post(f"/analyses/{analysis_id}/interpret", headers=auth(world.member))
    assert done.status_code == 200, done.text
    # It counts against the member's AI rate limit: the early (409) and the missing (404) calls too.
    assert done.headers["ratelimit-limit"] == "30" and done.headers["ratelimit-remaining"] == "27"
    body = done.json()
    assert body["ai_interpretation"].startswith("The difference is not significant")
    assert body["ai_next_steps"] == ["Collect more data", "Check the normality of each group"]
    intent, context = advisor.calls[-1]
    assert intent == "stats_interpret" and context["test_type"] == "two_sample_t"
    assert round(context["results"]["summary"]["p_value"], 5) == 0.07939
    again = await client.get(f"/analyses/{analysis_id}", headers=auth(world.viewer))
    assert again.json()["ai_next_steps"] == body["ai_next_steps"]
