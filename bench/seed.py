"""Bulk seed for the benchmark: teams, users, N initiatives with phases, metrics and action items.

Rows are generated in Python (seeded RNG, so two runs give the same data) and loaded with asyncpg's
``copy_records_to_table`` (binary COPY) in chunks. For speed, the secondary indexes of the four big
tables are dropped first and rebuilt after the load, and the load runs with
``session_replication_role = replica`` (no foreign-key or user triggers: the data is consistent by
construction); the dashboard roll-up tables are then rebuilt in one statement
(``tollgate_portfolio_rollups_rebuild()``, from the 20261126rollup migration) and everything is
VACUUM ANALYZEd (index-only scans need the visibility map).

Distributions (roughly what a real portfolio looks like): 20 teams of skewed size, created_at over
five years with more recent work, status planned 10% / active 45% / on_hold 8% / completed 30% /
cancelled 7%, priority critical 5% / high 25% / medium 50% / low 20%, methodology dmaic 40% / kaizen
20% / just_do_it 15% / pdsa 10% / a3 10% / dmadv 5%, health on_track 70% / at_risk 20% / blocked 10%,
USD 85% / EUR 10% / GBP 5%, 2% soft-deleted; every phase of the methodology (earlier ones completed,
the current one in progress); 1-2 metrics and 0-5 action items (mean 2.5) per initiative.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import asyncpg  # type: ignore[import-untyped]

from handlers.methodology import PHASES

CHUNK = 50_000
TEAMS = 20
USERS = 200
BIG_TABLES = ("initiatives", "phases", "metrics", "action_items")

STATUS = (("planned", 10), ("active", 45), ("on_hold", 8), ("completed", 30), ("cancelled", 7))
PRIORITY = (("critical", 5), ("high", 25), ("medium", 50), ("low", 20))
METHODOLOGY = (("dmaic", 40), ("kaizen", 20), ("just_do_it", 15), ("pdsa", 10), ("a3", 10), ("dmadv", 5))
HEALTH = (("on_track", 70), ("at_risk", 20), ("blocked", 10))
CURRENCY = (("USD", 85), ("EUR", 10), ("GBP", 5))
TYPES = ("process_improvement", "cost_reduction", "quality", "safety", "experience", "efficiency")
ACTION_STATUS = (
    ("not_started", 20),
    ("in_progress", 20),
    ("blocked", 5),
    ("completed", 45),
    ("deferred", 5),
    ("cancelled", 5),
)
WORDS = [
    "reduce",
    "scrap",
    "rework",
    "cycle",
    "time",
    "changeover",
    "downtime",
    "defects",
    "invoice",
    "errors",
    "onboarding",
    "delays",
    "warehouse",
    "picking",
    "accuracy",
    "customer",
    "complaints",
    "energy",
    "usage",
    "overtime",
    "backlog",
    "handoffs",
]


def _chooser(options: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    values, weights = zip(*options, strict=True)
    return list(values), list(weights)


def _number(n: int) -> str:
    """As tollgate_format_number('INI-', n)."""
    return f"INI-{n:04d}" if n < 10000 else f"INI-{n}"


class Generator:
    """Deterministic rows for initiatives ``first .. first+count-1`` and their children."""

    def __init__(self, seed: int, teams: list[uuid.UUID], users: list[uuid.UUID], now: datetime) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data
        self.teams = teams
        # Skewed team sizes: team k gets weight 1/(k+1)^0.7.
        self.team_weights = [1 / (k + 1) ** 0.7 for k in range(len(teams))]
        self.users = users
        self.now = now
        self.span = timedelta(days=5 * 365).total_seconds()
        self.choices = {
            name: _chooser(opts)
            for name, opts in (
                ("status", STATUS),
                ("priority", PRIORITY),
                ("methodology", METHODOLOGY),
                ("health", HEALTH),
                ("currency", CURRENCY),
                ("action_status", ACTION_STATUS),
            )
        }

    def pick(self, name: str, k: int) -> list[str]:
        values, weights = self.choices[name]
        return self.rng.choices(values, weights, k=k)

    def chunk(self, first: int, count: int) -> tuple[list[tuple[Any, ...]], ...]:
        rng = self.rng
        statuses = self.pick("status", count)
        priorities = self.pick("priority", count)
        methodologies = self.pick("methodology", count)
        healths = self.pick("health", count)
        currencies = self.pick("currency", count)
        teams = rng.choices(self.teams, self.team_weights, k=count)
        action_statuses = self.pick("action_status", count * 5)
        initiatives: list[tuple[Any, ...]] = []
        phases: list[tuple[Any, ...]] = []
        metrics: list[tuple[Any, ...]] = []
        actions: list[tuple[Any, ...]] = []
        today = self.now.date()
        a = 0
        for i in range(count):
            n = first + i
            iid = uuid.uuid4()
            # More recent work is denser: created = now - span * u^1.5.
            age = self.span * rng.random() ** 1.5 + 3600
            created = self.now - timedelta(seconds=age)
            status, methodology = statuses[i], methodologies[i]
            names = PHASES[methodology]  # type: ignore[index]
            start = None if status == "planned" else created.date() + timedelta(days=rng.randint(0, 30))
            target = (start or created.date()) + timedelta(days=rng.randint(60, 365))
            actual_completion = None
            if status == "completed":
                actual_completion = min(
                    today, (start or created.date()) + timedelta(days=rng.randint(20, 300))
                )
                current = len(names)
            elif status == "planned":
                current = 0
            else:
                current = rng.randrange(len(names))
            current_phase = "complete" if current == len(names) else str(names[current])
            projected = Decimal(rng.randint(5, 500) * 1000) if rng.random() < 0.6 else None
            actual = (
                (projected * Decimal(rng.randint(50, 130)) / 100).quantize(Decimal("0.01"))
                if projected is not None and status == "completed"
                else None
            )
            progress = {
                str(p): (100 if k < current else (rng.randint(0, 90) if k == current else 0))
                for k, p in enumerate(names)
            }
            deleted = created + timedelta(days=1) if rng.random() < 0.02 else None
            title = " ".join(rng.sample(WORDS, 4)).capitalize()
            initiatives.append(
                (
                    iid,
                    created,
                    created,
                    _number(n),
                    title,
                    f"{title} in line {n % 97}",
                    methodology,
                    TYPES[n % len(TYPES)],
                    priorities[i],
                    status,
                    "waiting on budget" if status in ("on_hold", "cancelled") else None,
                    healths[i],
                    self.users[n % len(self.users)],
                    teams[i],
                    start,
                    target,
                    actual_completion,
                    current_phase,
                    json.dumps(progress),
                    projected,
                    actual,
                    currencies[i],
                    json.dumps(["bench"] if n % 3 else ["bench", "lean"]),
                    deleted,
                )
            )
            phase_ids = []
            for k, p in enumerate(names):
                pid = uuid.uuid4()
                phase_ids.append(pid)
                pstatus = "completed" if k < current else ("in_progress" if k == current else "not_started")
                phases.append(
                    (
                        pid,
                        created,
                        created,
                        iid,
                        str(p),
                        k + 1,
                        pstatus,
                        (start or created.date()) + timedelta(days=30 * (k + 1)),
                        created if k <= current else None,
                        created + timedelta(days=30 * (k + 1)) if k < current else None,
                        "approved" if k < current else "pending",
                        100 if k < current else 0,
                    )
                )
            for m in range(1 + (n % 2)):
                baseline = Decimal(rng.randint(10, 100))
                metrics.append(
                    (
                        uuid.uuid4(),
                        created,
                        created,
                        iid,
                        "Cycle time" if m == 0 else "Defect rate",
                        "min" if m == 0 else "%",
                        "delivery" if m == 0 else "quality",
                        "lower_is_better",
                        baseline,
                        created.date(),
                        (baseline * Decimal("0.7")).quantize(Decimal("0.01")),
                        (baseline * Decimal(rng.randint(60, 110)) / 100).quantize(Decimal("0.01")),
                    )
                )
            for _ in range(rng.randint(0, 5)):
                astatus = action_statuses[a]
                a += 1
                due = created.date() + timedelta(days=rng.randint(7, 240)) if rng.random() < 0.9 else None
                actions.append(
                    (
                        uuid.uuid4(),
                        created,
                        created,
                        iid,
                        phase_ids[min(current, len(phase_ids) - 1)],
                        f"Follow up: {rng.choice(WORDS)}",
                        astatus,
                        priorities[(i + a) % count],
                        due,
                        created + timedelta(days=10) if astatus == "completed" else None,
                    )
                )
        return initiatives, phases, metrics, actions


COLUMNS = {
    "initiatives": (
        "id", "created_at", "updated_at", "initiative_number", "title", "problem_statement", "methodology",
        "initiative_type", "priority", "status", "status_reason", "health", "lead_analyst_id", "team_id",
        "start_date", "target_completion", "actual_completion", "current_phase", "phase_progress",
        "projected_savings", "actual_savings", "currency", "tags", "deleted_at",
    ),
    "phases": (
        "id", "created_at", "updated_at", "initiative_id", "phase_name", "phase_order", "status", "due_date",
        "started_at", "completed_at", "gate_decision", "completeness_score",
    ),
    "metrics": (
        "id", "created_at", "updated_at", "initiative_id", "name", "unit", "category", "direction",
        "baseline_value", "baseline_date", "target_value", "current_value",
    ),
    "action_items": (
        "id", "created_at", "updated_at", "initiative_id", "phase_id", "title", "status", "priority",
        "due_date", "completed_at",
    ),
}  # fmt: skip


async def _secondary_indexes(conn: asyncpg.Connection) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the big tables' indexes that back no constraint."""
    rows = await conn.fetch(
        """
        SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS ddl
        FROM pg_index i
        WHERE i.indrelid = ANY($1::regclass[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        """,
        list(BIG_TABLES),
    )
    return [(r["name"], r["ddl"]) for r in rows]


async def seeded_count(conn: asyncpg.Connection) -> int:
    marker = await conn.fetchval("SELECT to_regclass('bench_seed')")
    if marker is None:
        return -1
    return int(await conn.fetchval("SELECT initiatives FROM bench_seed") or -1)


async def seed(dsn: str, initiatives: int, *, seed_value: int = 7, log: Any = print) -> dict[str, Any]:
    """Load ``initiatives`` initiatives (and children) into an empty, migrated database."""
    conn = await asyncpg.connect(dsn)
    timings: dict[str, float] = {}
    try:
        started = time.perf_counter()
        await conn.execute("SET session_replication_role = replica; SET maintenance_work_mem = '512MB'")
        now = datetime.now(UTC).replace(microsecond=0)
        team_ids = [uuid.uuid4() for _ in range(TEAMS)]
        user_ids = [uuid.uuid4() for _ in range(USERS)]
        await conn.copy_records_to_table(
            "users",
            records=[
                (u, f"bench-analyst-{k}@bench.local", "!", f"Bench Analyst {k}", "analyst")
                for k, u in enumerate(user_ids)
            ],
            columns=("id", "email", "password_hash", "full_name", "role"),
        )
        await conn.copy_records_to_table(
            "teams",
            records=[(t, f"Bench team {k:02d}", "Operations") for k, t in enumerate(team_ids)],
            columns=("id", "name", "department"),
        )
        await conn.copy_records_to_table(
            "team_members",
            records=[(uuid.uuid4(), team_ids[k % TEAMS], u, "member") for k, u in enumerate(user_ids)],
            columns=("id", "team_id", "user_id", "role_in_team"),
        )
        dropped = await _secondary_indexes(conn)
        for name, _ in dropped:
            await conn.execute(f"DROP INDEX {name}")
        first = int(await conn.fetchval("SELECT count(*) FROM initiatives")) + 1
        gen = Generator(seed_value, team_ids, user_ids, now)
        counts = dict.fromkeys(BIG_TABLES, 0)
        gen_time = copy_time = 0.0
        for offset in range(0, initiatives, CHUNK):
            n = min(CHUNK, initiatives - offset)
            t0 = time.perf_counter()
            tables = gen.chunk(first + offset, n)
            t1 = time.perf_counter()
            for table, records in zip(BIG_TABLES, tables, strict=True):
                await conn.copy_records_to_table(table, records=records, columns=COLUMNS[table])
                counts[table] += len(records)
            t2 = time.perf_counter()
            gen_time += t1 - t0
            copy_time += t2 - t1
            if (offset // CHUNK) % 4 == 3:
                log(f"  seeded {offset + n:,} initiatives ({time.perf_counter() - started:.0f} s)")
        await conn.execute(
            "SELECT setval('initiative_number_seq', (SELECT max(substr(initiative_number, 5)::bigint) "
            "FROM initiatives))"
        )
        timings["generate_s"] = gen_time
        timings["copy_s"] = copy_time
        t0 = time.perf_counter()
        for _, ddl in dropped:
            await conn.execute(ddl)
        timings["indexes_s"] = time.perf_counter() - t0
        await conn.execute("SET session_replication_role = origin")
        t0 = time.perf_counter()
        has_rollup = await conn.fetchval(
            "SELECT to_regproc('tollgate_portfolio_rollups_rebuild') IS NOT NULL"
        )
        if has_rollup:
            await conn.execute("SELECT tollgate_portfolio_rollups_rebuild()")
        timings["rollups_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        await conn.execute("VACUUM (ANALYZE)")
        timings["vacuum_analyze_s"] = time.perf_counter() - t0
        timings["total_s"] = time.perf_counter() - started
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS bench_seed (initiatives bigint, seeded_at timestamptz)"
        )
        await conn.execute("DELETE FROM bench_seed")
        await conn.execute("INSERT INTO bench_seed VALUES ($1, now())", initiatives)
        return {"rows": counts, "timings": {k: round(v, 1) for k, v in timings.items()}}
    finally:
        await conn.close()


def chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for k in range(0, len(items), size):
        yield items[k : k + size]
