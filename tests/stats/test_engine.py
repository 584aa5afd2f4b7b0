"""The StatsEngine implementations and their selection by TOLLGATE_STATS_ENGINE."""

from __future__ import annotations

import dataclasses
import math
from uuid import UUID, uuid4

import polars as pl
import pytest

from generated import models
from generated.models import AnalysisConfiguration, AnalysisResult
from handlers.config import Settings
from handlers.services.statistics import CATALOG, run
from handlers.services.stats import (
    RealStatsEngine,
    StatsError,
    StubStatsEngine,
    UnsupportedTest,
    get_stats_engine,
)

FRAME = pl.DataFrame(
    {
        "time": [1.0, 2.1, 2.9, 4.2, 5.0, 6.1, 6.8, 8.2, 9.1, 9.9, 11.2, 12.0],
        "site": ["north", "south"] * 6,
        "load": [1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    }
)


def test_setting_selects_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(get_stats_engine(Settings()), RealStatsEngine)
    monkeypatch.setenv("TOLLGATE_STATS_ENGINE", "stub")
    assert isinstance(get_stats_engine(Settings()), StubStatsEngine)
    monkeypatch.setenv("TOLLGATE_STATS_ENGINE", "magic")
    with pytest.raises(ValueError, match=r"stats_engine|TOLLGATE_STATS_ENGINE"):
        Settings()


def test_real_engine_runs_through_the_loader() -> None:
    seen: list[UUID] = []

    def loader(dataset_id: UUID) -> pl.DataFrame:
        seen.append(dataset_id)
        return FRAME

    engine = RealStatsEngine(loader)
    ds = uuid4()
    res = engine.run_test(
        models.TestType.simple_regression,
        AnalysisConfiguration.model_validate({"y_column": "time", "x_columns": ["load"]}),
        ds,
    )
    assert isinstance(res, AnalysisResult) and seen == [ds]
    assert res.test_category.value == "regression"
    # slope of time on load: Σ(dx·dy)/Σdx² with dx = load − 6.5
    load = FRAME["load"].to_list()
    time = FRAME["time"].to_list()
    mx, my = sum(load) / 12, sum(time) / 12
    slope = sum((a - mx) * (b - my) for a, b in zip(load, time, strict=True)) / sum(
        (a - mx) ** 2 for a in load
    )
    assert math.isclose(res.summary["coefficients"]["load"], slope, rel_tol=1e-12)
    profile = engine.profile_dataset(ds)
    assert profile.row_count == 12 and [c.name for c in profile.columns] == ["time", "site", "load"]
    recs = engine.get_available_tests(profile)
    assert recs and all(CATALOG[r.test_type.value].supported for r in recs)


def test_real_engine_refuses_unsupported_tests_and_bad_data(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = RealStatsEngine(lambda _id: FRAME)
    # Every catalogued test is implemented now; a spec without a runner is still refused.
    monkeypatch.setitem(CATALOG, "doe_analysis", dataclasses.replace(CATALOG["doe_analysis"], runner=None))
    with pytest.raises(UnsupportedTest, match="not supported yet"):
        engine.run_test("doe_analysis", {"y_column": "time", "factor_columns": ["site"]}, uuid4())
    monkeypatch.undo()
    with pytest.raises(StatsError, match="at least two factor_columns"):
        engine.run_test("doe_analysis", {"y_column": "time", "factor_columns": ["site"]}, uuid4())
    with pytest.raises(StatsError, match="load has 12 levels"):
        engine.run_frame("full_factorial", {"y_column": "time", "factor_columns": ["site", "load"]}, FRAME)
    with pytest.raises(StatsError, match="exactly two groups"):
        engine.run_frame("two_sample_t", {"y_column": "time", "group_column": "load"}, FRAME)
    with pytest.raises(StatsError, match="No dataset loader"):
        RealStatsEngine().run_test("descriptive_summary", {"y_column": "time"}, uuid4())


@pytest.mark.parametrize("test_type", [t.value for t in models.TestType])
def test_stub_engine_answers_every_test_schema_valid(test_type: str) -> None:
    res = StubStatsEngine().run_test(test_type, {"y_column": "x"}, uuid4())
    assert res.test_type.value == test_type
    assert res.test_category.value == CATALOG[test_type].category
    assert res.warnings and "Stub" in res.warnings[0].root
    assert res.charts[0].data and "layout" in res.charts[0].model_dump()


def test_catalog_covers_the_domain_list_and_results_are_json_safe() -> None:
    assert set(CATALOG) == {t.value for t in models.TestType}
    assert [t for t, s in CATALOG.items() if not s.supported] == []
    res = run("i_mr_chart", FRAME, {"y_column": "time"})
    AnalysisResult.model_validate(res)
    import json

    json.dumps(res, allow_nan=False)
