"""Reading and profiling datasets with polars (columnar; no row-by-row Python over the data).

``read_dataset(path, file_format)`` parses a stored CSV (UTF-8; comma, semicolon or tab separated,
first row = column names) or XLSX workbook (first sheet, opened read-only by openpyxl, whose XML
parsing is protected by defusedxml when it is installed) into a ``polars.DataFrame``.
``profile_frame(df)`` computes what ``StatsEngine.profile_dataset`` returns (the DatasetProfile of
the contract, plus ``summary_stats`` and ``data_preview``), and ``recommend(columns)`` the tests the
profile suits. Errors the user can act on are ``DatasetError`` (their message is shown as is).
"""

from __future__ import annotations

import math
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import polars as pl

MAX_ROWS = 1_000_000
MAX_COLUMNS = 1_000
PREVIEW_ROWS = 50
TOP_VALUES = 10
# The largest uncompressed XLSX content read (a zip bomb stops here, before anything is inflated).
MAX_XLSX_UNCOMPRESSED = 500 * 1024 * 1024
MAX_XLSX_RATIO = 200
CATEGORICAL_MAX_UNIQUE = 20
DISCRETE_MAX_UNIQUE = 20


class DatasetError(ValueError):
    """The file cannot be read as a dataset; the message says why (for profile_error / 422)."""


# --- reading ------------------------------------------------------------------------------------


def _separator(path: Path) -> str:
    with path.open("rb") as handle:
        first = handle.readline(64 * 1024).decode("utf-8-sig", "replace")
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else ","


def check_xlsx(path: Path) -> None:
    """Refuse what is not a workbook, or would inflate beyond the caps (a zip bomb), before parsing."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise DatasetError("The file is not an Excel workbook (.xlsx)")
            total = sum(info.file_size for info in infos)
            compressed = max(1, sum(info.compress_size for info in infos))
            if total > MAX_XLSX_UNCOMPRESSED or total / compressed > MAX_XLSX_RATIO:
                raise DatasetError(
                    "The workbook expands to far more than its size (a compressed archive bomb?); "
                    "it is refused"
                )
    except zipfile.BadZipFile:
        raise DatasetError("The file is not a readable Excel workbook (.xlsx)") from None


def _read_xlsx(path: Path, n_rows: int | None) -> pl.DataFrame:
    import openpyxl  # type: ignore[import-untyped]

    check_xlsx(path)
    with path.open("rb") as handle:  # a file object: openpyxl then ignores the (absent) extension
        return _read_workbook(openpyxl, handle, n_rows)


def _read_workbook(openpyxl: Any, handle: Any, n_rows: int | None) -> pl.DataFrame:
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a broken workbook
        raise DatasetError(f"The workbook cannot be opened: {str(exc)[:200]}") from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise DatasetError("The workbook has no sheet")
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None or all(v is None for v in header):
            raise DatasetError("The first sheet has no header row")
        if len(header) > MAX_COLUMNS:
            raise DatasetError(f"The sheet has more than {MAX_COLUMNS} columns")
        names = _unique_names([("" if v is None else str(v)) for v in header])
        columns: list[list[Any]] = [[] for _ in names]
        limit = MAX_ROWS if n_rows is None else min(n_rows, MAX_ROWS)
        count = 0
        for row in rows:
            if count >= limit:
                if n_rows is None:
                    raise DatasetError(f"The sheet has more than {MAX_ROWS} rows")
                break
            if all(v is None for v in row):
                continue
            for i in range(len(names)):
                columns[i].append(row[i] if i < len(row) else None)
            count += 1
    finally:
        workbook.close()
    series = []
    for name, values in zip(names, columns, strict=True):
        try:
            series.append(pl.Series(name, values, strict=False))
        except (TypeError, ValueError, OverflowError, pl.exceptions.PolarsError):
            series.append(pl.Series(name, [None if v is None else str(v) for v in values], dtype=pl.String))
    return pl.DataFrame(series)


def _unique_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, raw in enumerate(names):
        name = raw.strip() or f"column_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        seen.setdefault(name, 0)
        out.append(name)
    return out


def read_dataset(path: Path, file_format: str, *, n_rows: int | None = None) -> pl.DataFrame:
    """The dataset as a DataFrame (``n_rows`` limits how many data rows are read)."""
    if str(file_format) in ("xlsx", "FileFormat.xlsx"):
        return _read_xlsx(path, n_rows)
    try:
        df = pl.read_csv(
            path,
            separator=_separator(path),
            infer_schema_length=10_000,
            try_parse_dates=True,
            n_rows=n_rows,
            encoding="utf8",
            truncate_ragged_lines=True,
        )
    except pl.exceptions.NoDataError:
        raise DatasetError("The CSV file has no header row") from None
    except (pl.exceptions.PolarsError, ValueError) as exc:
        raise DatasetError(f"The CSV file cannot be parsed: {str(exc).splitlines()[0][:300]}") from None
    if df.width > MAX_COLUMNS:
        raise DatasetError(f"The file has more than {MAX_COLUMNS} columns")
    if n_rows is None and df.height > MAX_ROWS:
        raise DatasetError(f"The file has more than {MAX_ROWS} rows")
    return df


# --- profiling ----------------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """A cell as JSON: numbers stay numbers (NaN/inf become null), dates ISO 8601 strings."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    return str(value)


def rows_of(df: pl.DataFrame) -> list[list[Any]]:
    return [[jsonable(v) for v in row] for row in df.iter_rows()]


def _kind(series: pl.Series, unique: int) -> str:
    dtype = series.dtype
    if dtype == pl.Boolean:
        return "categorical"
    if dtype.is_float():
        return "continuous"
    if dtype.is_integer():
        return "discrete" if unique <= DISCRETE_MAX_UNIQUE else "continuous"
    if dtype.is_temporal():
        return "datetime"
    non_null = series.len() - series.null_count()
    if unique <= CATEGORICAL_MAX_UNIQUE or (non_null and unique <= 0.05 * non_null):
        return "categorical"
    return "text"


def _number(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def profile_frame(df: pl.DataFrame) -> dict[str, Any]:
    """The DatasetProfile of ``df`` (row_count, column_count, columns, recommended_tests,
    quality_issues) plus ``summary_stats`` (column → statistics) and ``data_preview`` (first 50 rows)."""
    if df.width == 0:
        raise DatasetError("The file has no columns")
    if df.height == 0:
        raise DatasetError("The file has a header row but no data rows")
    columns: list[dict[str, Any]] = []
    summary: dict[str, Any] = {}
    issues: list[str] = []
    numeric_names = [n for n in df.columns if df.schema[n].is_numeric()]

    def values(name: str) -> pl.Expr:
        return pl.col(name).cast(pl.Float64).fill_nan(None)

    # One query for every column's aggregates (polars runs them in parallel, column by column).
    aggregates = df.select(
        *(pl.col(n).null_count().alias(f"{i}|nulls") for i, n in enumerate(df.columns)),
        *(pl.col(n).drop_nulls().n_unique().alias(f"{i}|unique") for i, n in enumerate(df.columns)),
        *(
            expr.alias(f"{n}|{label}")
            for n in numeric_names
            for label, expr in (
                ("min", values(n).min()),
                ("max", values(n).max()),
                ("mean", values(n).mean()),
                ("std", values(n).std()),
                ("quartiles", values(n).quantile([0.25, 0.5, 0.75], interpolation="linear")),
            )
        ),
    ).row(0, named=True)
    bounds: dict[str, tuple[float, float]] = {}
    for n in numeric_names:
        quartiles = aggregates[f"{n}|quartiles"]
        if quartiles is not None and None not in quartiles:
            q1, q3 = float(quartiles[0]), float(quartiles[2])
            bounds[n] = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1))
    outlier_counts = (
        df.select(
            *(((values(n) < low) | (values(n) > high)).sum().alias(n) for n, (low, high) in bounds.items())
        ).row(0, named=True)
        if bounds
        else {}
    )
    for i, name in enumerate(df.columns):
        series = df.get_column(name)
        null_count, unique = int(aggregates[f"{i}|nulls"]), int(aggregates[f"{i}|unique"])
        kind = _kind(series, unique)
        profile: dict[str, Any] = {
            "name": name,
            "dtype": str(series.dtype),
            "kind": kind,
            "null_count": null_count,
            "unique_count": unique,
            "min": None,
            "max": None,
            "mean": None,
            "std": None,
        }
        stats: dict[str, Any] = {"count": series.len() - null_count}
        if name in numeric_names:
            quartiles = aggregates[f"{name}|quartiles"] or [None, None, None]
            numbers = {k: _number(aggregates[f"{name}|{k}"]) for k in ("min", "max", "mean", "std")}
            numbers.update(zip(("q1", "median", "q3"), (_number(q) for q in quartiles), strict=True))
            profile.update({k: numbers[k] for k in ("min", "max", "mean", "std")})
            stats.update(numbers)
            if name in outlier_counts:
                outliers = int(outlier_counts[name] or 0)
                stats["outliers"] = outliers
                if outliers:
                    issues.append(f"Column '{name}' has {outliers} outlier(s) outside 1.5 × IQR")
        elif series.dtype.is_temporal():
            low_value, high_value = series.min(), series.max()
            profile["min"] = jsonable(low_value)
            profile["max"] = jsonable(high_value)
            stats.update(min=profile["min"], max=profile["max"])
        if kind in ("categorical", "text"):
            top = series.drop_nulls().value_counts(sort=True).head(TOP_VALUES).rows()
            stats["top_values"] = [{"value": jsonable(v), "count": int(c)} for v, c in top]
        if series.dtype == pl.String:
            non_null = series.len() - null_count
            numeric = int(series.str.strip_chars().cast(pl.Float64, strict=False).is_not_null().sum())
            if 0 < numeric < non_null:
                issues.append(
                    f"Column '{name}' mixes types: {numeric} of {non_null} values are numbers, the rest text"
                )
        if null_count:
            issues.append(f"Column '{name}' has {null_count} missing value(s)")
        if unique == 1 and df.height > 1:
            issues.append(f"Column '{name}' is constant")
        columns.append(profile)
        summary[name] = stats
    return {
        "row_count": df.height,
        "column_count": df.width,
        "columns": columns,
        "summary_stats": summary,
        "data_preview": rows_of(df.head(PREVIEW_ROWS)),
        "quality_issues": [issue[:2000] for issue in issues],
        "recommended_tests": [r["test_type"] for r in recommend(columns)],
    }


# --- recommendations ----------------------------------------------------------------------------


def recommend(columns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """TestRecommendation items (test_type, test_category, reason, suggested_configuration), best first."""
    numeric = [c["name"] for c in columns if c["kind"] in ("continuous", "discrete")]
    continuous = [c["name"] for c in columns if c["kind"] == "continuous"] or numeric
    groups = [c for c in columns if c["kind"] == "categorical"]
    two_level = [c["name"] for c in groups if c["unique_count"] == 2]
    multi_level = [c["name"] for c in groups if c["unique_count"] >= 2]
    out: list[dict[str, Any]] = []

    def add(test_type: str, category: str, reason: str, **config: Any) -> None:
        out.append(
            {
                "test_type": test_type,
                "test_category": category,
                "reason": reason,
                "suggested_configuration": config,
            }
        )

    if continuous:
        y = continuous[0]
        add("descriptive_summary", "descriptive", f"'{y}' is numeric: summarise it first", y_column=y)
        add("normality_test", "descriptive", f"Check whether '{y}' is normally distributed", y_column=y)
        add("i_mr_chart", "spc", f"Check the stability of '{y}' over the file's order", y_column=y)
    if continuous and two_level:
        add(
            "two_sample_t",
            "comparison",
            f"'{two_level[0]}' splits '{continuous[0]}' into two groups",
            y_column=continuous[0],
            group_column=two_level[0],
        )
        add(
            "mann_whitney",
            "comparison",
            f"Compare '{continuous[0]}' between the two groups of '{two_level[0]}' without assuming normality",
            y_column=continuous[0],
            group_column=two_level[0],
        )
    if continuous and multi_level:
        add(
            "one_way_anova",
            "comparison",
            f"Compare the mean of '{continuous[0]}' across the groups of '{multi_level[0]}'",
            y_column=continuous[0],
            group_column=multi_level[0],
        )
        add(
            "kruskal_wallis",
            "comparison",
            f"Compare '{continuous[0]}' across the groups of '{multi_level[0]}' without assuming normality",
            y_column=continuous[0],
            group_column=multi_level[0],
        )
    if len(numeric) >= 2:
        add(
            "correlation",
            "correlation",
            f"'{numeric[0]}' and '{numeric[1]}' are both numeric",
            y_column=numeric[0],
            x_columns=numeric[1:2],
        )
        add(
            "simple_regression",
            "regression",
            f"Model '{numeric[0]}' from '{numeric[1]}'",
            y_column=numeric[0],
            x_columns=numeric[1:2],
        )
    if len(numeric) >= 3:
        add(
            "multiple_regression",
            "regression",
            f"Model '{numeric[0]}' from {len(numeric) - 1} numeric predictors",
            y_column=numeric[0],
            x_columns=numeric[1:51],
        )
    if groups:
        add(
            "pareto_analysis",
            "descriptive",
            f"'{groups[0]['name']}' is categorical: rank its categories",
            category_column=groups[0]["name"],
        )
    if len(multi_level) >= 2:
        add(
            "chi_square_association",
            "comparison",
            f"'{multi_level[0]}' and '{multi_level[1]}' are both categorical",
            category_column=multi_level[0],
            group_column=multi_level[1],
        )
    return out
