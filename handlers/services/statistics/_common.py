"""Shared helpers of the statistics package: column access, accurate sums, results, Plotly dicts.

Pure functions on a pandas or polars DataFrame: nothing here touches the database or the network.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


class StatsError(ValueError):
    """The data or configuration cannot be analysed (the reason is for the user; the API maps it to 422)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnsupportedTest(StatsError):
    """The real engine does not implement this test type yet."""


def columns_of(df: Any) -> list[str]:
    return [str(c) for c in df.columns]


def _raw(df: Any, name: str) -> np.ndarray:
    if name not in columns_of(df):
        raise StatsError(f"Column {name!r} is not in the dataset.", name)
    return np.asarray(df[name].to_numpy())


def numeric(df: Any, name: str) -> FloatArray:
    """The column as float64 with NaN for empty cells (StatsError when it is not numeric)."""
    raw = _raw(df, name)
    if raw.dtype.kind in "iufb":
        return raw.astype(np.float64)
    out = np.empty(raw.shape[0], dtype=np.float64)
    for i, v in enumerate(raw):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            out[i] = np.nan
        elif isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool):
            out[i] = float(v)
        else:
            raise StatsError(f"Column {name!r} is not numeric.", name)
    return out


def labels(df: Any, name: str) -> np.ndarray:
    """The column as an object array of strings, None for empty cells."""
    raw = _raw(df, name)
    out = np.empty(raw.shape[0], dtype=object)
    for i, v in enumerate(raw):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            out[i] = None
        elif isinstance(v, (float, np.floating)) and float(v).is_integer():
            out[i] = str(int(v))
        else:
            out[i] = str(v)
    return out


def accurate_mean(x: FloatArray) -> float:
    """Mean with one correction pass (the NIST StRD sets break a plain Σx/n far less, but still)."""
    if x.size == 0:
        return math.nan
    m = math.fsum(x.tolist()) / x.size
    return m + math.fsum((x - m).tolist()) / x.size


def sum_sq_dev(x: FloatArray, center: float | None = None) -> float:
    """Σ(x − mean)², from deviations, never Σx² − (Σx)²/n."""
    c = accurate_mean(x) if center is None else center
    d = x - c
    return math.fsum((d * d).tolist())


def sample_var(x: FloatArray) -> float:
    return sum_sq_dev(x) / (x.size - 1) if x.size > 1 else math.nan


def clean(value: Any) -> Any:
    """JSON-safe: numpy scalars to Python, NaN/inf to None, recursively."""
    if isinstance(value, Mapping):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, np.ndarray):
        return [clean(v) for v in value.tolist()]
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        f = float(value)
        return f if math.isfinite(f) else None
    return value


def result(
    test_type: str,
    category: str,
    *,
    summary: dict[str, Any],
    details: dict[str, Any] | None = None,
    charts: Sequence[dict[str, Any]] = (),
    context: dict[str, Any] | None = None,
    warnings: Sequence[str] = (),
) -> dict[str, Any]:
    """The AnalysisResult shape (JSON-safe)."""
    out: dict[str, Any] = clean(
        {
            "test_type": test_type,
            "test_category": category,
            "success": True,
            "summary": summary,
            "details": details or {},
            "charts": list(charts),
            "interpretation_context": context or {},
            "warnings": list(warnings),
        }
    )
    return out


def figure(data: list[dict[str, Any]], title: str, x_title: str = "", y_title: str = "") -> dict[str, Any]:
    """A Plotly figure JSON dict (no plotly dependency)."""
    return {
        "data": data,
        "layout": {
            "title": {"text": title},
            "xaxis": {"title": {"text": x_title}},
            "yaxis": {"title": {"text": y_title}},
        },
    }


def hline(y: float, name: str, n: int, dash: str = "dash") -> dict[str, Any]:
    return {
        "type": "scatter",
        "mode": "lines",
        "name": name,
        "x": [1, max(n, 1)],
        "y": [y, y],
        "line": {"dash": dash},
    }


def require_n(n: int, minimum: int, what: str, field: str | None = None) -> None:
    if n < minimum:
        raise StatsError(f"{what} has {n} usable observations; at least {minimum} are needed.", field)


def cfg(config: Mapping[str, Any], key: str, default: Any = None) -> Any:
    v = config.get(key)
    return default if v is None else v


def need(config: Mapping[str, Any], key: str) -> Any:
    v = config.get(key)
    if v is None or v == []:
        raise StatsError(f"The configuration needs {key}.", key)
    return v


def alt(config: Mapping[str, Any]) -> str:
    """scipy's spelling of the alternative."""
    a = str(cfg(config, "alternative", "two_sided"))
    a = getattr(a, "value", a)
    return {"two_sided": "two-sided", "less": "less", "greater": "greater"}.get(a, "two-sided")


def normality_warning(x: FloatArray, label: str, alpha: float = 0.05) -> str | None:
    """A Shapiro-Wilk warning when `x` looks non-normal (n between 3 and 5000)."""
    from scipy import stats

    if 3 <= x.size <= 5000 and np.ptp(x) > 0:
        p = float(stats.shapiro(x).pvalue)
        if p < alpha:
            return f"{label} may not be normal (Shapiro-Wilk p = {p:.4g} < {alpha})."
    return None


def small_sample_warning(n: int, label: str, recommended: int = 30) -> str | None:
    if n < recommended:
        return f"{label} has only {n} observations; results are sensitive to assumptions (at least {recommended} recommended)."
    return None
