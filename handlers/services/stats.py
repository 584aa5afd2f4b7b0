"""The StatsEngine interface, its stub and its real implementation (chosen by TOLLGATE_STATS_ENGINE).

- ``stub``: canned, schema-valid results (no data read, nothing computed); for demos and UI work.
- ``real``: profiles with ``handlers.services.profiling`` (polars) and runs tests with the pure
  computations of ``handlers.services.statistics`` (numpy, scipy, statsmodels). Tests the engine does
  not implement yet raise ``UnsupportedTest`` (a ``StatsError``), which the API maps to 422.

Engines are synchronous (CPU work: they run inside background jobs). They read a dataset through a
``loader`` (dataset id → polars DataFrame) that the job runtime supplies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol
from uuid import UUID

import polars as pl

from generated.models import (
    AnalysisConfiguration,
    AnalysisResult,
    ColumnProfile,
    DatasetProfile,
    TestCategory,
    TestRecommendation,
    TestType,
)
from handlers.config import Settings
from handlers.services import statistics
from handlers.services.statistics import CATALOG, StatsError, UnsupportedTest

__all__ = [
    "DatasetLoader",
    "RealStatsEngine",
    "StatsEngine",
    "StatsError",
    "StubStatsEngine",
    "UnsupportedTest",
    "get_stats_engine",
]

DatasetLoader = Callable[[UUID], pl.DataFrame]
Config = AnalysisConfiguration | Mapping[str, Any]


class StatsEngine(Protocol):
    def profile_dataset(self, dataset_id: UUID) -> DatasetProfile: ...

    def run_test(self, test_type: TestType | str, config: Config, dataset_id: UUID) -> AnalysisResult: ...

    def get_available_tests(self, profile: DatasetProfile) -> list[TestRecommendation]: ...


def config_dict(config: Config) -> dict[str, Any]:
    """The configuration as a plain dict (enums as their values, unset fields absent)."""
    if isinstance(config, AnalysisConfiguration):
        return config.model_dump(mode="json", exclude_none=True)
    return {k: getattr(v, "value", v) for k, v in config.items() if v is not None}


def _no_loader(dataset_id: UUID) -> pl.DataFrame:
    raise StatsError(f"No dataset loader is configured (dataset {dataset_id}).")


def _recommendations(profile: DatasetProfile, *, supported_only: bool) -> list[TestRecommendation]:
    from handlers.services.profiling import recommend

    out = []
    for item in recommend([c.model_dump(mode="json") for c in profile.columns]):
        spec = CATALOG.get(item["test_type"])
        if spec is None or (supported_only and not spec.supported):
            continue
        out.append(
            TestRecommendation(
                test_type=TestType(item["test_type"]),
                test_category=TestCategory(spec.category),
                reason=str(item["reason"])[:2000],
                suggested_configuration=AnalysisConfiguration.model_validate(item["suggested_configuration"]),
            )
        )
    return out


class RealStatsEngine:
    """scipy/statsmodels computations on the dataset the loader returns."""

    def __init__(self, loader: DatasetLoader = _no_loader) -> None:
        self.loader = loader

    def profile_dataset(self, dataset_id: UUID) -> DatasetProfile:
        from handlers.services.profiling import profile_frame

        p = profile_frame(self.loader(dataset_id))
        return DatasetProfile.model_validate({k: p[k] for k in DatasetProfile.model_fields})

    def run_frame(self, test_type: TestType | str, config: Config, df: Any) -> AnalysisResult:
        """Runs one test on an in-memory DataFrame (pandas or polars)."""
        raw = statistics.run(str(getattr(test_type, "value", test_type)), df, config_dict(config))
        return AnalysisResult.model_validate(raw)

    def run_test(self, test_type: TestType | str, config: Config, dataset_id: UUID) -> AnalysisResult:
        return self.run_frame(test_type, config, self.loader(dataset_id))

    def get_available_tests(self, profile: DatasetProfile) -> list[TestRecommendation]:
        return _recommendations(profile, supported_only=True)


def _stub_chart(title: str) -> dict[str, Any]:
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "lines+markers",
                "x": [1, 2, 3, 4, 5],
                "y": [10.2, 9.8, 10.5, 10.1, 9.9],
            }
        ],
        "layout": {"title": {"text": f"{title} (stub)"}},
    }


class StubStatsEngine:
    """Canned, schema-valid answers: the same for every dataset; nothing is read or computed."""

    def profile_dataset(self, dataset_id: UUID) -> DatasetProfile:
        return DatasetProfile(
            row_count=5,
            column_count=2,
            columns=[
                ColumnProfile.model_validate(
                    {
                        "name": "value",
                        "dtype": "f64",
                        "kind": "continuous",
                        "null_count": 0,
                        "unique_count": 5,
                        "min": 9.8,
                        "max": 10.5,
                        "mean": 10.1,
                        "std": 0.2739,
                    }
                ),
                ColumnProfile.model_validate(
                    {
                        "name": "group",
                        "dtype": "str",
                        "kind": "categorical",
                        "null_count": 0,
                        "unique_count": 2,
                        "min": None,
                        "max": None,
                        "mean": None,
                        "std": None,
                    }
                ),
            ],
            recommended_tests=[TestType.descriptive_summary, TestType.two_sample_t],
            quality_issues=[],
        )

    def run_test(self, test_type: TestType | str, config: Config, dataset_id: UUID) -> AnalysisResult:
        tt = TestType(str(getattr(test_type, "value", test_type)))
        spec = CATALOG[tt.value]
        return AnalysisResult.model_validate(
            {
                "test_type": tt.value,
                "test_category": spec.category,
                "success": True,
                "summary": {"statistic": 1.0, "p_value": 0.5, "effect_size": 0.1, "stub": True},
                "details": {"note": "Canned result from the stub statistics engine."},
                "charts": [_stub_chart(spec.name)],
                "interpretation_context": {"stub": True, "configuration": config_dict(config)},
                "warnings": ["Stub statistics engine: these numbers are not computed from the data."],
            }
        )

    def get_available_tests(self, profile: DatasetProfile) -> list[TestRecommendation]:
        return _recommendations(profile, supported_only=False)


def get_stats_engine(settings: Settings, loader: DatasetLoader = _no_loader) -> StatsEngine:
    """The engine named by ``settings.stats_engine`` (``TOLLGATE_STATS_ENGINE``)."""
    if settings.stats_engine == "stub":
        return StubStatsEngine()
    return RealStatsEngine(loader)
