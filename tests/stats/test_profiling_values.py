"""Dataset profiling (handlers/services/profiling.py): every number checked against an independent
computation (hand counts, the statistics module, numpy), the CSV reader's sampled column types, and
the benchmark's generated file."""

from __future__ import annotations

import io
import math
import statistics
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl  # type: ignore[import-untyped]
import polars as pl
import pytest

from bench.profiling import generate_csv
from handlers.services import profiling

PPM = [12.5, 14.0, None, 13.25, 15.5, 11.0, 90.0, 13.0, 12.0, 12.0, -20.0, 13.5]
COUNT = [1, 2, 2, None, 3, 1, 1, 2, None, 4, 2, 1]
BATCH = [100 + 7 * i for i in range(12)]  # 12 distinct integers: discrete
LINE = ["A", "B", "A", "B", "A", "B", "A", "B", "A", "C", None, "A"]
SHIFT = ["day"] * 12
VALUE = ["1", "x", "3", " 4 ", "5", "n/a", "7", "8", None, "9", "10", "11"]
WHEN = [date(2024, 3, d) for d in (5, 1, 9, 2, 30, 7, 7, 8, 11, 12, 3, 4)]
FLAG = [True, False, True, True, None, True, False, True, True, True, False, True]


def frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "ppm": PPM,
            "count": COUNT,
            "batch": BATCH,
            "line": LINE,
            "shift": SHIFT,
            "value": VALUE,
            "when": WHEN,
            "flag": FLAG,
        }
    )


def present(values: list[Any]) -> list[Any]:
    return [v for v in values if v is not None]


def fences(values: list[Any]) -> tuple[float, float]:
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)


@pytest.fixture(name="profile", scope="module")
def profile_fixture() -> dict[str, Any]:
    return profiling.profile_frame(frame())


def test_counts_nulls_and_uniques(profile: dict[str, Any]) -> None:
    assert (profile["row_count"], profile["column_count"]) == (12, 8)
    cols = {c["name"]: c for c in profile["columns"]}
    assert list(cols) == ["ppm", "count", "batch", "line", "shift", "value", "when", "flag"]
    data: dict[str, list[Any]] = {"ppm": PPM, "count": COUNT, "batch": BATCH, "line": LINE}
    data |= {"shift": SHIFT, "value": VALUE, "when": WHEN, "flag": FLAG}
    for name, values in data.items():
        assert cols[name]["null_count"] == values.count(None), name
        assert cols[name]["unique_count"] == len(set(present(values))), name
        assert profile["summary_stats"][name]["count"] == len(present(values)), name
    assert (cols["ppm"]["null_count"], cols["count"]["null_count"], cols["line"]["null_count"]) == (1, 2, 1)
    assert (cols["ppm"]["unique_count"], cols["count"]["unique_count"], cols["line"]["unique_count"]) == (
        10,
        4,
        3,
    )
    kinds = {name: c["kind"] for name, c in cols.items()}
    assert kinds == {
        "ppm": "continuous",
        "count": "discrete",
        "batch": "discrete",
        "line": "categorical",
        "shift": "categorical",
        "value": "categorical",  # 11 distinct strings, at most 20: categorical
        "when": "datetime",
        "flag": "categorical",
    }
    assert cols["when"]["dtype"] == "Date" and cols["ppm"]["dtype"] == "Float64"


def test_numeric_statistics_match_independent_computations(profile: dict[str, Any]) -> None:
    cols = {c["name"]: c for c in profile["columns"]}
    for name, values in (("ppm", present(PPM)), ("count", present(COUNT)), ("batch", BATCH)):
        column, stats = cols[name], profile["summary_stats"][name]
        assert column["min"] == min(values) and column["max"] == max(values)
        assert column["mean"] == pytest.approx(statistics.fmean(values), rel=1e-12)
        assert column["std"] == pytest.approx(statistics.stdev(values), rel=1e-12)  # sample, n - 1
        assert column["std"] == pytest.approx(float(np.std(values, ddof=1)), rel=1e-12)
        q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
        assert (stats["q1"], stats["median"], stats["q3"]) == pytest.approx((q1, median, q3), rel=1e-12)
        assert [stats["q1"], stats["median"], stats["q3"]] == pytest.approx(
            list(np.percentile(values, [25, 50, 75])), rel=1e-12
        )
        assert {k: stats[k] for k in ("min", "max", "mean", "std")} == {
            k: column[k] for k in ("min", "max", "mean", "std")
        }
    # ppm sorted: -20, 11, 12, 12, 12.5, 13, 13.25, 13.5, 14, 15.5, 90: Q1 at position 2.5 is 12, the
    # median 13, Q3 at 7.5 is 13.75; the fences 9.375 and 16.375 leave out -20 and 90.
    ppm = profile["summary_stats"]["ppm"]
    assert (ppm["q1"], ppm["median"], ppm["q3"]) == (12.0, 13.0, 13.75)
    for name, values in (("ppm", present(PPM)), ("count", present(COUNT)), ("batch", BATCH)):
        low, high = fences(values)
        expected = sum(1 for v in values if v < low or v > high)
        assert profile["summary_stats"][name]["outliers"] == expected, name
    assert profile["summary_stats"]["ppm"]["outliers"] == 2
    assert profile["summary_stats"]["batch"]["outliers"] == 0
    assert "Column 'ppm' has 2 outlier(s) outside 1.5 × IQR" in profile["quality_issues"]
    assert not any("'batch' has" in issue and "outlier" in issue for issue in profile["quality_issues"])


def test_dates_top_values_and_quality_issues(profile: dict[str, Any]) -> None:
    cols = {c["name"]: c for c in profile["columns"]}
    assert (cols["when"]["min"], cols["when"]["max"]) == ("2024-03-01", "2024-03-30")
    assert cols["when"]["mean"] is None and cols["line"]["min"] is None
    top = profile["summary_stats"]["line"]["top_values"]
    assert [(t["value"], t["count"]) for t in top] == Counter(present(LINE)).most_common()
    assert top[0] == {"value": "A", "count": 6}
    flags = profile["summary_stats"]["flag"]["top_values"]
    assert [(t["value"], t["count"]) for t in flags] == [(True, 8), (False, 3)]
    assert "top_values" not in profile["summary_stats"]["ppm"]
    issues = profile["quality_issues"]
    assert "Column 'shift' is constant" in issues
    assert not any("'line' is constant" in issue for issue in issues)
    # value: 9 of its 11 non-empty cells parse as numbers (" 4 " too), "x" and "n/a" do not.
    assert "Column 'value' mixes types: 9 of 11 values are numbers, the rest text" in issues
    assert not any("'line' mixes types" in issue for issue in issues)
    missing = [i for i in issues if "missing value" in i]
    assert missing == [
        "Column 'ppm' has 1 missing value(s)",
        "Column 'count' has 2 missing value(s)",
        "Column 'line' has 1 missing value(s)",
        "Column 'value' has 1 missing value(s)",
        "Column 'flag' has 1 missing value(s)",
    ]
    assert profile["data_preview"][0] == [12.5, 1, 100, "A", "day", "1", "2024-03-05", True]
    assert len(profile["data_preview"]) == 12


def test_nan_is_a_value_but_not_a_number_for_the_statistics() -> None:
    values = [1.0, float("nan"), 2.0, 4.0, None, float("nan")]
    got = profiling.profile_frame(pl.DataFrame({"x": values}))
    column, stats = got["columns"][0], got["summary_stats"]["x"]
    numbers = [1.0, 2.0, 4.0]
    assert column["null_count"] == 1 and column["unique_count"] == 4  # 1, 2, 4 and NaN
    assert (column["min"], column["max"]) == (1.0, 4.0)
    assert column["mean"] == pytest.approx(statistics.fmean(numbers))
    assert column["std"] == pytest.approx(statistics.stdev(numbers))
    assert stats["median"] == 2.0 and (stats["q1"], stats["q3"]) == (1.5, 3.0)


def test_columns_named_like_the_statistics() -> None:
    # Column names are arbitrary text: "count" and "value" (the top values' fields), "0|nulls"…
    df = pl.DataFrame(
        {"count": ["a", "b", "a", None], "value": ["x", "x", "y", "x"], "0|nulls": [1.0, 2, 3, 4]}
    )
    got = profiling.profile_frame(df)
    stats = got["summary_stats"]
    assert stats["count"]["top_values"] == [{"value": "a", "count": 2}, {"value": "b", "count": 1}]
    assert stats["value"]["top_values"] == [{"value": "x", "count": 3}, {"value": "y", "count": 1}]
    assert [c["null_count"] for c in got["columns"]] == [1, 0, 0]
    assert [c["unique_count"] for c in got["columns"]] == [2, 2, 4]
    assert stats["0|nulls"]["median"] == 2.5 and got["columns"][2]["std"] == pytest.approx(
        statistics.stdev([1, 2, 3, 4])
    )


def test_larger_frame_matches_numpy() -> None:
    rng = np.random.default_rng(7)
    n = 20_000
    heavy = np.round(rng.standard_t(2, n) * 3 + 50, 2)
    ints = rng.integers(-1_000, 1_000, n)
    words = rng.choice(np.array(["p", "q", "r", "s"]), n)
    df = pl.DataFrame({"heavy": heavy, "ints": ints, "words": words})
    df = df.with_columns(
        pl.when(pl.int_range(pl.len()) % 97 == 0).then(None).otherwise(pl.col("heavy")).alias("heavy")
    )
    got = profiling.profile_frame(df)
    cols = {c["name"]: c for c in got["columns"]}
    kept = heavy[np.arange(n) % 97 != 0]
    for name, values in (("heavy", kept), ("ints", ints)):
        column, stats = cols[name], got["summary_stats"][name]
        assert column["null_count"] == n - len(values)
        assert column["unique_count"] == len(np.unique(values))
        assert column["mean"] == pytest.approx(float(np.mean(values)), rel=1e-12)
        assert column["std"] == pytest.approx(float(np.std(values, ddof=1)), rel=1e-12)
        q1, median, q3 = np.percentile(values, [25, 50, 75])
        assert (stats["q1"], stats["median"], stats["q3"]) == pytest.approx((q1, median, q3), rel=1e-12)
        low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
        assert stats["outliers"] == int(np.sum((values < low) | (values > high)))
    assert cols["heavy"]["null_count"] == math.ceil(n / 97)
    assert got["summary_stats"]["heavy"]["outliers"] > 100  # heavy tails
    counts = Counter(words.tolist())
    assert [
        (t["value"], t["count"]) for t in got["summary_stats"]["words"]["top_values"]
    ] == counts.most_common()


# --- reading ------------------------------------------------------------------------------------


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_csv_types_come_from_a_sample_then_apply_to_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(profiling, "SCHEMA_SAMPLE_ROWS", 10)
    rows = [
        f"{i};2024-01-{i % 28 + 1:02d};{i * 0.25};{'ab'[i % 2]};2024-02-03 {i % 24:02d}:15:00;"
        f'{i % 24:02d}:30:00;{i} pcs;"{"line one" + chr(10) + "line two" if i in (9, 10, 11) else "one line"}"'
        for i in range(1, 41)
    ]
    header = "n;day;x;g;at;clock;qty;note"
    df = profiling.read_dataset(write(tmp_path / "d.csv", [header, *rows]), "csv")
    assert df.height == 40
    assert dict(df.schema) == {
        "n": pl.Int64,
        "day": pl.Date,
        "x": pl.Float64,
        "g": pl.String,
        "at": pl.Datetime("us"),
        "clock": pl.Time,
        "qty": pl.String,  # starts with a digit, but no date
        "note": pl.String,  # a quoted line break inside the sampled rows' edge
    }
    assert df["day"].max() == date(2024, 1, 28) and df["x"].sum() == sum(i * 0.25 for i in range(1, 41))
    assert df["note"].to_list()[8:12] == ["line one\nline two"] * 3 + ["one line"]
    # The same frame as polars inferring every column from every row, dates included.
    reference = pl.read_csv(tmp_path / "d.csv", separator=";", infer_schema_length=None, try_parse_dates=True)
    assert df.equals(reference)
    preview = profiling.read_dataset(tmp_path / "d.csv", "csv", n_rows=3)
    assert preview.height == 3 and preview.schema == df.schema


def test_a_value_unlike_the_sample_widens_the_column(tmp_path: Path) -> None:
    n = profiling.SCHEMA_SAMPLE_ROWS + 40  # the odd values come after the sampled rows
    rows = [f"{i},{i},2024-02-{i % 29 + 1:02d}" for i in range(1, n)] + ["2.5,x,unknown"]
    df = profiling.read_dataset(write(tmp_path / "w.csv", ["n,code,day", *rows]), "csv")
    assert dict(df.schema) == {"n": pl.Float64, "code": pl.String, "day": pl.String} and df.height == n
    got = profiling.profile_frame(df)
    assert got["columns"][0]["mean"] == pytest.approx(statistics.fmean([*range(1, n), 2.5]), rel=1e-12)
    issue = f"Column 'code' mixes types: {n - 1} of {n} values are numbers, the rest text"
    assert issue in got["quality_issues"]


def test_too_many_rows_and_empty_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(profiling, "SCHEMA_SAMPLE_ROWS", 4)
    monkeypatch.setattr(profiling, "MAX_ROWS", 10)
    assert profiling.read_dataset(write(tmp_path / "ok.csv", ["a", *map(str, range(10))]), "csv").height == 10
    with pytest.raises(profiling.DatasetError, match="more than 10 rows"):
        profiling.read_dataset(write(tmp_path / "long.csv", ["a", *map(str, range(11))]), "csv")
    assert profiling.read_dataset(tmp_path / "long.csv", "csv", n_rows=5)["a"].to_list() == [0, 1, 2, 3, 4]
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(profiling.DatasetError, match="no header row"):
        profiling.read_dataset(tmp_path / "empty.csv", "csv")
    header_only = profiling.read_dataset(write(tmp_path / "h.csv", ["a,b"]), "csv")
    with pytest.raises(profiling.DatasetError, match="no data rows"):
        profiling.profile_frame(header_only)


def test_xlsx_is_profiled(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    weights = [100.0 + i * 0.5 for i in range(20)]
    sheet.append(["weight", "who"])
    for i, w in enumerate(weights):
        sheet.append([w, "Ann" if i % 3 else None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    (tmp_path / "w.xlsx").write_bytes(buffer.getvalue())
    got = profiling.profile_frame(profiling.read_dataset(tmp_path / "w.xlsx", "xlsx"))
    cols = {c["name"]: c for c in got["columns"]}
    assert got["row_count"] == 20 and cols["weight"]["mean"] == pytest.approx(statistics.fmean(weights))
    assert cols["weight"]["std"] == pytest.approx(statistics.stdev(weights))
    assert cols["who"]["null_count"] == 7 and cols["who"]["unique_count"] == 1
    assert "Column 'who' has 7 missing value(s)" in got["quality_issues"]


def test_benchmark_file_is_mixed_and_reproducible(tmp_path: Path) -> None:
    first = generate_csv(tmp_path / "a.csv", rows=300, cols=22, seed=3)
    again = generate_csv(tmp_path / "b.csv", rows=300, cols=22, seed=3)
    assert first.read_bytes() == again.read_bytes()
    df = profiling.read_dataset(first, "csv")
    assert df.shape == (300, 22)
    dtypes = Counter(str(t) for t in df.schema.values())
    assert dtypes == {"Float64": 14, "Int64": 4, "String": 3, "Date": 1}
    assert df.null_count().row(0, named=True)["note_14"] > 0
    kinds = {c["name"]: c["kind"] for c in profiling.profile_frame(df)["columns"]}
    assert (kinds["line_4"], kinds["note_14"], kinds["date_2"], kinds["count_7"]) == (
        "categorical",
        "text",
        "datetime",
        "discrete",
    )
    assert {kinds[n] for n in df.columns if n.startswith(("float_", "id_", "batch_"))} == {"continuous"}
