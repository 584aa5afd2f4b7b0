"""Dataset profiling benchmark: our profile job against pandas ``read_csv`` + ``describe()``.

``generate_csv(path, rows, cols, seed)`` writes a realistic mixed CSV (mostly continuous measurements,
plus integer, categorical, date and free-text columns, some of them with empty cells);
``cached_csv(rows, cols, seed)`` keeps one under ``.bench/`` keyed by those parameters.
``run(rows, cols, repeats)`` times, on the same file with a warm OS cache (wall clock, best and
median of ``repeats``):

- ours: ``profiling.read_dataset(path, "csv")`` then ``profiling.profile_frame(df)``, exactly what
  the ``dataset_profile`` job (handlers/datasets.py ``profile_task``) runs on a locally stored file;
- pandas: ``pd.read_csv(path)`` then ``df.describe(include="all")``, and ``df.describe()`` (numeric
  columns only) on the same frame;

and returns a JSON-ready dict with the times and the ratio ours / pandas (below 1: we are faster).

    python -m bench.profiling [--rows N] [--cols N] [--repeats N] [--json] [--pyinstrument]

prints a markdown table (``--json``: the dict; ``--pyinstrument``: where our time goes).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / ".bench"
FORMAT_VERSION = 1  # bump when generate_csv changes what it writes (the cache key includes it)

# The column pattern, repeated for more than 20 columns: 13 continuous measurements and 7 others.
PATTERN = (
    "id",
    "float",
    "date",
    "float",
    "line",
    "float",
    "float",
    "count",
    "float",
    "operator",
    "float",
    "float",
    "batch",
    "float",
    "note",
    "float",
    "float",
    "float",
    "float",
    "float",
)
WORDS = ("ok", "scratch", "dent", "recheck", "misaligned", "burr", "stain", "late", "rework", "crack")


def _column(kind: str, index: int, rows: int, rng: np.random.Generator) -> pl.Series:
    name = f"{kind}_{index}"
    if kind == "id":
        return pl.Series(name, np.arange(1, rows + 1, dtype=np.int64))
    if kind == "date":
        days = rng.integers(0, 3 * 365, rows)
        return pl.Series(name, np.datetime64("2023-01-01", "D") + days.astype("timedelta64[D]"))
    if kind == "line":
        return pl.Series(
            name, rng.choice(["L1", "L2", "L3", "L4", "L5"], rows, p=[0.4, 0.25, 0.2, 0.1, 0.05])
        )
    if kind == "operator":
        names = np.array([f"operator {i:02d}" for i in range(60)])
        return pl.Series(name, names[rng.zipf(1.6, rows) % 60])
    if kind == "count":  # a small discrete count with ~2 % empty cells
        values = pl.Series(name, rng.poisson(3.0, rows).astype(np.int64))
        return values.scatter(np.flatnonzero(rng.random(rows) < 0.02), None)
    if kind == "batch":
        return pl.Series(name, rng.integers(100_000, 999_999, rows, dtype=np.int64))
    if kind == "note":  # free text, mostly distinct, ~10 % empty
        words = pl.Series(rng.choice(np.array(WORDS), rows))
        codes = pl.Series(rng.integers(0, 10_000_000, rows, dtype=np.int64))
        text = pl.select(pl.format("{} at station {}", words, codes)).to_series().alias(name)
        return text.scatter(np.flatnonzero(rng.random(rows) < 0.10), None)
    # A continuous measurement: normal with its own location/scale, a few with a heavy tail
    # (outliers) and a few with ~1 % empty cells; 4 decimals like a gauge reading.
    location, scale = rng.uniform(-50, 500), rng.uniform(0.1, 25)
    readings = rng.normal(location, scale, rows)
    if index % 3 == 0:
        readings += rng.standard_t(3, rows) * scale
    series = pl.Series(name, np.round(readings, 4))
    if index % 4 == 1:
        series = series.scatter(np.flatnonzero(rng.random(rows) < 0.01), None)
    return series


def generate_csv(path: Path | str, rows: int = 1_000_000, cols: int = 20, seed: int = 0) -> Path:
    """Writes a ``rows`` × ``cols`` mixed CSV (comma separated, header row) to ``path``."""
    path = Path(path)
    rng = np.random.default_rng(seed)
    kinds = [PATTERN[i % len(PATTERN)] for i in range(cols)]
    frame = pl.DataFrame([_column(kind, i, rows, rng) for i, kind in enumerate(kinds)])
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + f".{os.getpid()}.part")
    frame.write_csv(partial, float_precision=4)
    partial.replace(path)
    return path


def cached_csv(rows: int = 1_000_000, cols: int = 20, seed: int = 0) -> Path:
    """The generated CSV under .bench/, written once per (rows, cols, seed, format version)."""
    path = CACHE_DIR / f"profiling-{rows}x{cols}-seed{seed}-v{FORMAT_VERSION}.csv"
    if not path.exists():
        generate_csv(path, rows=rows, cols=cols, seed=seed)
    return path


# --- timing -------------------------------------------------------------------------------------


def ours(path: Path) -> dict[str, Any]:
    """The profile job's work on a stored CSV: read it, profile it."""
    from handlers.services import profiling

    df = profiling.read_dataset(path, "csv")
    return profiling.profile_frame(df)


def _timed(function: Callable[[], Any]) -> float:
    gc.collect()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _summary(times: list[float]) -> dict[str, Any]:
    return {
        "best_s": round(min(times), 4),
        "median_s": round(statistics.median(times), 4),
        "runs_s": [round(t, 4) for t in times],
    }


def run(rows: int = 1_000_000, cols: int = 20, repeats: int = 3, seed: int = 0) -> dict[str, Any]:
    """Times our profile and pandas read_csv + describe on the same cached file (see the module)."""
    import pandas as pd

    from handlers.services import profiling

    path = cached_csv(rows, cols, seed)
    load_before = os.getloadavg()[0]
    path.read_bytes()  # warm the OS cache
    ours(path)  # and imports, polars' thread pool
    read_t: list[float] = []
    profile_t: list[float] = []
    ours_t: list[float] = []
    pd_read_t: list[float] = []
    pd_all_t: list[float] = []
    pd_numeric_t: list[float] = []
    ours_cpu: list[float] = []
    pd_all_cpu: list[float] = []
    for _ in range(repeats):
        gc.collect()
        cpu, start = time.process_time(), time.perf_counter()
        df = profiling.read_dataset(path, "csv")
        middle = time.perf_counter()
        profiling.profile_frame(df)
        end = time.perf_counter()
        ours_cpu.append(time.process_time() - cpu)
        del df
        read_t.append(middle - start)
        profile_t.append(end - middle)
        ours_t.append(end - start)

        gc.collect()
        cpu, start = time.process_time(), time.perf_counter()
        frame = pd.read_csv(path)
        middle = time.perf_counter()
        frame.describe(include="all")
        end = time.perf_counter()
        pd_all_cpu.append(time.process_time() - cpu)
        pd_read_t.append(middle - start)
        pd_all_t.append(end - start)
        pd_numeric_t.append(pd_read_t[-1] + _timed(frame.describe))
        del frame
    result = {
        "benchmark": "profiling",
        "rows": rows,
        "cols": cols,
        "repeats": repeats,
        "file_bytes": path.stat().st_size,
        "cpus": os.cpu_count(),
        # The machine's 1-minute load average before and after: above the CPU count, times are noisy.
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "versions": {"polars": pl.__version__, "pandas": pd.__version__, "python": sys.version.split()[0]},
        "ours": {
            **_summary(ours_t),
            "cpu_best_s": round(min(ours_cpu), 4),
            "read": _summary(read_t),
            "profile": _summary(profile_t),
        },
        "pandas_describe_all": {
            **_summary(pd_all_t),
            "cpu_best_s": round(min(pd_all_cpu), 4),
            "read": _summary(pd_read_t),
        },
        "pandas_describe_numeric": _summary(pd_numeric_t),
    }
    result["ratio"] = round(min(ours_t) / min(pd_all_t), 3)
    result["ratio_numeric"] = round(min(ours_t) / min(pd_numeric_t), 3)
    return result


def markdown(result: dict[str, Any]) -> str:
    """The result as a small markdown table."""
    ours_, pd_all, pd_num = result["ours"], result["pandas_describe_all"], result["pandas_describe_numeric"]
    lines = [
        f"Profiling {result['rows']:,} rows × {result['cols']} columns "
        f"({result['file_bytes'] / 1e6:.0f} MB CSV, {result['cpus']} CPUs, load average "
        f"{result['load_average'][0]}→{result['load_average'][1]}, best/median of {result['repeats']})",
        "",
        "| path | best (s) | median (s) | ratio ours / this |",
        "|---|---:|---:|---:|",
        f"| ours: read_dataset + profile_frame | {ours_['best_s']:.3f} | {ours_['median_s']:.3f} | 1.00 |",
        f"| — ours read_dataset | {ours_['read']['best_s']:.3f} | {ours_['read']['median_s']:.3f} | |",
        f"| — ours profile_frame | {ours_['profile']['best_s']:.3f} | {ours_['profile']['median_s']:.3f} | |",
        f"| pandas read_csv + describe(include='all') | {pd_all['best_s']:.3f} | {pd_all['median_s']:.3f} "
        f"| {result['ratio']:.2f} |",
        f"| — pandas read_csv | {pd_all['read']['best_s']:.3f} | {pd_all['read']['median_s']:.3f} | |",
        f"| pandas read_csv + describe() (numeric) | {pd_num['best_s']:.3f} | {pd_num['median_s']:.3f} "
        f"| {result['ratio_numeric']:.2f} |",
        "",
        f"CPU time (best): ours {ours_['cpu_best_s']:.2f} s, pandas read_csv + describe(include='all') "
        f"{pd_all['cpu_best_s']:.2f} s. Wall-clock ratio ours / pandas: {result['ratio']:.2f} "
        "(below 1: ours is faster).",
    ]
    return "\n".join(lines)


def _pyinstrument(rows: int, cols: int, seed: int) -> str:
    from pyinstrument import Profiler

    path = cached_csv(rows, cols, seed)
    ours(path)
    profiler = Profiler(interval=0.001)
    with profiler:
        ours(path)
    return str(profiler.output_text(unicode=True, color=False, show_all=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profiling", description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--cols", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--pyinstrument", action="store_true", help="print where our profiling time goes")
    args = parser.parse_args(argv)
    if args.pyinstrument:
        print(_pyinstrument(args.rows, args.cols, args.seed))
        return 0
    result = run(rows=args.rows, cols=args.cols, repeats=args.repeats, seed=args.seed)
    print(json.dumps(result, indent=2) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
