"""``make bench`` / ``python -m bench``: seed, serve, load, report (issue 7).

For each size (100k and 1M initiatives; 10k with QUICK=1) it seeds its own database once (kept
between runs under .bench/), then for each app (the API, then the raw-asyncpg baseline), one at a
time: starts it with uvicorn (1 worker) pinned to core 0, runs every scenario from a load-generator
process pinned to core 1 (warm-up, then a fixed duration), stops it. Then the dataset-profiling row
(bench/profiling.py), a markdown table with the ratios against the targets (.bench/results.md) and
every number as JSON (.bench/results.json).

Environment: QUICK=1 (10k rows, 3 s per scenario), BENCH_SIZES=100000,1000000, BENCH_DURATION=10
(seconds per scenario), BENCH_WARMUP=2, BENCH_CONCURRENCY=16, BENCH_SCENARIOS=get_one,create,...,
BENCH_APPS=tollgate,baseline, BENCH_PROFILE_ROWS=1000000 (0 skips profiling), BENCH_DATABASE_URL
(a PostgreSQL server to use instead of the embedded PostgreSQL 16 in .bench/pg; the bench creates
databases bench_<size> on it).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import asyncpg  # type: ignore[import-untyped]
import httpx

from bench import seed as seeding
from handlers.config import DEV_SECRET_KEY

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / ".bench"
PY = sys.executable
SERVER_CORE, LOAD_CORE = 0, 1
PORTS = {"tollgate": 8731, "baseline": 8732}
SCENARIOS = ("get_one", "create", "list_nocount", "list_count", "dashboard")
LABELS = {
    "get_one": "GET initiative by id",
    "create": "POST create initiative",
    "list_nocount": "list, filtered (page proves the total)",
    "list_count": "list, filtered, exact total",
    "dashboard": "dashboard portfolio (unfiltered)",
}
LIST_FILTER = "status=active,on_hold&priority=high&sort=created_at&order=desc&page_size=20"


def log(message: str) -> None:
    print(message, flush=True)


def cores() -> tuple[int | None, int | None]:
    """(server core, load core) when the machine has at least two, else no pinning."""
    available = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(available) >= 2:
        return available[0], available[1]
    return None, None


# --- database -------------------------------------------------------------------------------------


def server_url() -> str:
    """A libpq URL of the PostgreSQL server (its ``postgres`` database)."""
    given = os.environ.get("BENCH_DATABASE_URL")
    if given:
        return given.replace("postgresql+asyncpg://", "postgresql://")
    from handlers.database import embedded_database_url

    return embedded_database_url(OUT / "pg").replace("postgresql+asyncpg://", "postgresql://")


def database_url(base: str, name: str) -> str:
    head, sep, query = base.partition("?")
    prefix = head.rsplit("/", 1)[0]
    return f"{prefix}/{name}{sep}{query}"


async def ensure_database(base: str, name: str, size: int) -> tuple[str, dict[str, Any] | None]:
    """The database of one size, migrated to head and seeded (reused when already seeded)."""
    url = database_url(base, name)
    admin = await asyncpg.connect(base)
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if exists:
            conn = await asyncpg.connect(url)
            try:
                count = await seeding.seeded_count(conn)
            finally:
                await conn.close()
            if count == size:
                migrate(url)
                log(f"{name}: already seeded with {size:,} initiatives (drop it to reseed)")
                return url, None
            await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    migrate(url)
    log(f"{name}: seeding {size:,} initiatives (COPY)…")
    report = await seeding.seed(url, size, log=log)
    log(f"{name}: seeded in {report['timings']['total_s']} s: {report}")
    return url, report


def migrate(url: str) -> None:
    env = {**os.environ, "DATABASE_URL": url, "TOLLGATE_SAMPLE_DATA": "false"}
    subprocess.run([PY, "-m", "handlers.cli", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603


async def fixtures(url: str) -> dict[str, Any]:
    """The bench user (an admin, created once) and its token; ids and filters the scenarios use."""
    from handlers.security import create_access_token

    conn = await asyncpg.connect(url)
    try:
        user_id = await conn.fetchval("SELECT id FROM users WHERE email = 'bench-admin@bench.local'")
        if user_id is None:
            user_id = await conn.fetchval(
                "INSERT INTO users (email, password_hash, full_name, role) "
                "VALUES ('bench-admin@bench.local', '!', 'Bench Admin', 'admin') RETURNING id"
            )
        secret = os.environ.get("TOLLGATE_SECRET_KEY", DEV_SECRET_KEY)
        token, _ = create_access_token(user_id, secret=secret, minutes=24 * 60)
        ids = [
            str(r[0])
            for r in await conn.fetch(
                "SELECT id FROM initiatives TABLESAMPLE SYSTEM (5) WHERE deleted_at IS NULL LIMIT 2000"
            )
        ]
        # The smallest team, and a creation time such that its first filtered page is not full
        # (about 12 of 20 rows): the API can then skip the count, as can the baseline.
        team = await conn.fetchval(
            "SELECT team_id FROM initiatives WHERE team_id IS NOT NULL GROUP BY team_id ORDER BY count(*) LIMIT 1"
        )
        since = await conn.fetchval(
            "SELECT created_at FROM initiatives WHERE deleted_at IS NULL AND team_id = $1 "
            "AND status IN ('active', 'on_hold') AND priority = 'high' ORDER BY created_at DESC OFFSET 11 LIMIT 1",
            team,
        )
        return {"token": token, "ids": ids, "team": str(team), "since": since}
    finally:
        await conn.close()


def requests_for(scenario: str, fx: dict[str, Any]) -> tuple[list[list[Any]], int]:
    """(request list, concurrency) of a scenario."""
    if scenario == "get_one":
        return [["GET", f"/api/v1/initiatives/{i}", None] for i in fx["ids"]], 16
    if scenario == "create":
        bodies = [
            {"title": f"Bench create {k}", "methodology": m, "priority": "medium"}
            for k, m in enumerate(["dmaic", "kaizen", "pdsa", "a3", "just_do_it"] * 20)
        ]
        return [["POST", "/api/v1/initiatives", b] for b in bodies], 16
    if scenario == "list_nocount":
        since = quote(fx["since"].isoformat())
        path = f"/api/v1/initiatives?{LIST_FILTER}&team_id={fx['team']}&created_from={since}"
        return [["GET", path, None]], 16
    if scenario == "list_count":
        return [["GET", f"/api/v1/initiatives?{LIST_FILTER}&page={p}", None] for p in range(1, 6)], 16
    if scenario == "dashboard":
        return [["GET", "/api/v1/dashboards/portfolio", None]], 1  # one at a time: the target is latency
    raise ValueError(scenario)


# --- servers and load -----------------------------------------------------------------------------


def _pin(core: int | None) -> Any:
    if core is None:
        return None

    def pin() -> None:
        os.sched_setaffinity(0, {core})

    return pin


@contextlib.contextmanager
def serve(app: str, url: str, core: int | None) -> Iterator[int]:
    port = PORTS[app]
    env = {**os.environ, "DATABASE_URL": url, "BENCH_DSN": url, "TOLLGATE_LOG_LEVEL": "WARNING"}
    target = "handlers.main:app" if app == "tollgate" else "bench.baseline:app"
    command = [
        PY, "-m", "uvicorn", target, "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
        "--loop", "uvloop", "--http", "httptools", "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    logfile = (OUT / f"{app}.log").open("ab")
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=logfile, stderr=logfile, preexec_fn=_pin(core))  # noqa: S603
    try:
        probe = "/api/v1/health" if app == "tollgate" else "/ping"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}{probe}", timeout=2).status_code < 500:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{app} did not start (see {OUT / (app + '.log')})")
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        logfile.close()


def load(
    port: int,
    requests: list[list[Any]],
    concurrency: int,
    token: str,
    core: int | None,
    client: str = "raw",
) -> dict[str, Any]:
    spec = {
        "host": "127.0.0.1",
        "port": port,
        "duration": float(os.environ.get("BENCH_DURATION", "3" if quick() else "10")),
        "warmup": float(os.environ.get("BENCH_WARMUP", "1" if quick() else "2")),
        "concurrency": int(os.environ.get("BENCH_CONCURRENCY", concurrency)),
        "token": token,
        "requests": requests,
        "core": core,
        "client": client,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(spec, f, default=str)
    try:
        out = subprocess.run(  # noqa: S603
            [PY, "-m", "bench.load", f.name], cwd=ROOT, capture_output=True, text=True, check=True
        )
    finally:
        os.unlink(f.name)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def quick() -> bool:
    return os.environ.get("QUICK", "") not in ("", "0")


# --- report ---------------------------------------------------------------------------------------


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def evaluate(results: dict[str, Any], sizes: list[int]) -> list[dict[str, Any]]:
    """One row per scenario × size: both apps' numbers, the ratio and the target's verdict."""
    rows = []
    for size in sizes:
        runs = results["sizes"].get(str(size), {}).get("runs", {})
        for scenario in SCENARIOS:
            t = runs.get("tollgate", {}).get(scenario)
            b = runs.get("baseline", {}).get(scenario)
            if t is None:
                continue
            ratio = _ratio(t["rps"], b["rps"]) if b else None
            target, ok = "", None
            if scenario in ("get_one", "create"):
                target, ok = "≥ 0.5× baseline req/s", ratio is not None and ratio >= 0.5
            elif scenario == "list_nocount":
                target, ok = "≥ 0.6× baseline req/s", ratio is not None and ratio >= 0.6
            elif scenario == "list_count" and size == max(sizes) and len(sizes) > 1:
                small = (
                    results["sizes"]
                    .get(str(min(sizes)), {})
                    .get("runs", {})
                    .get("tollgate", {})
                    .get(scenario)
                )
                if small and t["p99_ms"] and small["p99_ms"]:
                    growth = t["p99_ms"] / small["p99_ms"]
                    target, ok = f"p99 ≤ 2× {min(sizes):,}'s (is {growth:.2f}×)", growth <= 2
            elif scenario == "dashboard" and size == max(sizes):
                target, ok = "p50 ≤ 50 ms", t["p50_ms"] is not None and t["p50_ms"] <= 50
            rows.append(
                {
                    "size": size,
                    "scenario": scenario,
                    "tollgate": t,
                    "baseline": b,
                    "ratio_rps": ratio,
                    "target": target,
                    "met": ok,
                }
            )
    return rows


def markdown(rows: list[dict[str, Any]], profiling: dict[str, Any] | None, meta: dict[str, Any]) -> str:
    def cell(run: dict[str, Any] | None) -> str:
        if not run:
            return "–"
        errors = sum(run.get("errors", {}).values())
        extra = f" ({errors} errors)" if errors else ""
        return f"{run['rps']:,.0f} req/s, p50 {run['p50_ms']} / p99 {run['p99_ms']} ms{extra}"

    lines = [
        f"Benchmark {meta['finished_at']} — {meta['machine']}; {meta['duration_s']} s per scenario after "
        f"{meta['warmup_s']} s warm-up; server on core {meta['server_core']}, load generator on core "
        f"{meta['load_core']} (PostgreSQL unpinned).",
        "",
        "| rows | scenario | Tollgate API | raw asyncpg baseline | ratio (req/s) | target | met |",
        "|---:|---|---|---|---:|---|:-:|",
    ]
    for r in rows:
        met = "" if r["met"] is None else ("yes" if r["met"] else "**no**")
        ratio = "–" if r["ratio_rps"] is None else f"{r['ratio_rps']:.2f}×"
        lines.append(
            f"| {r['size']:,} | {LABELS[r['scenario']]} | {cell(r['tollgate'])} | {cell(r['baseline'])} | "
            f"{ratio} | {r['target']} | {met} |"
        )
    if profiling:
        if "error" in profiling:
            lines.append(f"| – | dataset profiling | failed: {profiling['error']} | | | | |")
        else:
            ours = profiling.get("ours", {}).get("best_s")
            theirs = profiling.get("pandas_describe_all", {}).get("best_s")
            pratio = profiling.get("ratio")
            met = "yes" if isinstance(pratio, int | float) and pratio <= 1 else "**no**"
            lines.append(
                f"| {profiling.get('rows', 0):,} × {profiling.get('cols', 0)} | dataset profiling (CSV) | "
                f"read + profile {ours} s (best) | pandas read_csv + describe(include='all') {theirs} s | "
                f"{pratio}× time | ≤ 1× pandas | {met} |"
            )
    lines += [
        "",
        "The baseline decodes and verifies the JWT as the API does but skips the user lookup, roles,",
        "contract validation and logging; its dashboard runs the aggregation on the base tables (no roll-up).",
    ]
    return "\n".join(lines) + "\n"


def profiling_row() -> dict[str, Any] | None:
    rows = int(os.environ.get("BENCH_PROFILE_ROWS", "100000" if quick() else "1000000"))
    if rows <= 0:
        return None
    try:
        from bench import profiling  # written by another helper

        result: dict[str, Any] = profiling.run(rows=rows, cols=20, repeats=1 if quick() else 3)
        result.setdefault("rows", rows)
        result.setdefault("cols", 20)
        return result
    except Exception as exc:  # noqa: BLE001 - the bench must finish without it
        traceback.print_exc()
        return {"error": f"{type(exc).__name__}: {exc}"}


def loader_check() -> int:
    """How many requests per second each client drives on one core against the baseline's /ping
    (no database): the ceiling of the measurement itself."""
    server_core, load_core = cores()
    url = server_url()
    with serve("baseline", url, server_core) as port:
        for client in ("raw", "httpx"):
            result = load(port, [["GET", "/ping", None]], 16, "", load_core, client)
            log(f"load generator {client:<5}: {result['rps']:,.0f} req/s on /ping")
    return 0


async def main() -> int:
    if "--loader-check" in sys.argv:
        return loader_check()
    OUT.mkdir(exist_ok=True)
    (OUT / ".gitignore").write_text("*\n")
    sizes = [
        int(s) for s in os.environ.get("BENCH_SIZES", "10000" if quick() else "100000,1000000").split(",")
    ]
    scenarios = os.environ.get("BENCH_SCENARIOS", ",".join(SCENARIOS)).split(",")
    apps = os.environ.get("BENCH_APPS", "tollgate,baseline").split(",")
    server_core, load_core = cores()
    base = server_url()
    results: dict[str, Any] = {"sizes": {}}
    results_path = OUT / "results.json"
    if results_path.exists() and os.environ.get("BENCH_MERGE"):
        results = json.loads(results_path.read_text())
    for size in sizes:
        name = f"bench_{size}"
        url, seeded = await ensure_database(base, name, size)
        fx = await fixtures(url)
        entry = results["sizes"].setdefault(str(size), {"runs": {}})
        if seeded:
            entry["seed"] = seeded
        for app in apps:
            with serve(app, url, server_core) as port:
                for scenario in scenarios:
                    requests, concurrency = requests_for(scenario, fx)
                    result = load(port, requests, concurrency, fx["token"], load_core)
                    entry["runs"].setdefault(app, {})[scenario] = result
                    log(f"{size:>9,} {app:<9} {scenario:<13} {result}")
    profiling = profiling_row()
    if profiling is None and os.environ.get("BENCH_MERGE"):
        profiling = results.get("profiling")  # keep the merged run's row
    meta = {
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "duration_s": float(os.environ.get("BENCH_DURATION", "3" if quick() else "10")),
        "warmup_s": float(os.environ.get("BENCH_WARMUP", "1" if quick() else "2")),
        "server_core": server_core,
        "load_core": load_core,
        "baseline": "raw ASGI + asyncpg pool; verifies the JWT like the API, no user lookup",
    }
    all_sizes = sorted(int(s) for s in results["sizes"])
    rows = evaluate(results, all_sizes)
    results.update(meta=meta, rows=rows, profiling=profiling)
    table = markdown(rows, profiling, meta)
    results_path.write_text(json.dumps(results, indent=2, default=str))
    (OUT / "results.md").write_text(table)
    print()
    print(table)
    log(f"wrote {results_path} and {OUT / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
