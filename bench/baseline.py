"""The baseline: a minimal raw-ASGI app with an asyncpg pool doing the same SQL as the API for the
benchmarked operations and answering the same JSON shape (orjson).

What it does per request, to be fair to the API: it decodes and verifies the bearer JWT exactly as
the API does (``handlers.security.decode_access_token``: HS256, exp/iat/sub) but does not look the
user up, check roles, write audit rows' ETags, validate the body against the contract, or log.
Creates insert the initiative, its phases and one audit event in a transaction, then read it back as
GET does. The portfolio dashboard runs the three aggregation statements the API used before the
roll-up tables (20261126rollup): a scan of the live initiatives, the open/overdue actions and the
throughput; so its ratio shows what the roll-up buys over raw SQL on the base tables.

Run: ``uvicorn bench.baseline:app`` with ``BENCH_DSN`` (a libpq URL) and ``TOLLGATE_SECRET_KEY``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import asyncpg  # type: ignore[import-untyped]
import orjson

from handlers.config import DEV_SECRET_KEY
from handlers.methodology import phases_of
from handlers.security import InvalidToken, decode_access_token

SECRET = os.environ.get("TOLLGATE_SECRET_KEY", DEV_SECRET_KEY)
PAGE_SIZE = 20
BRIEF = (
    "id, initiative_number, title, methodology, initiative_type, priority, status, health, current_phase, "
    "team_id, lead_analyst_id, target_completion, projected_savings, currency, created_at, updated_at"
)
FULL = (
    "id, initiative_number, request_id, title, problem_statement, desired_outcome, goal_statement, scope, "
    "out_of_scope, business_case, methodology, initiative_type, priority, status, status_reason, health, "
    "lead_analyst_id, sponsor_id, process_owner_id, team_id, start_date, target_completion, "
    "actual_completion, current_phase, phase_progress, projected_savings, actual_savings, currency, "
    "projected_impact, actual_impact, tags, custom_fields, created_at, updated_at"
)
INSERT_SQL = (
    "INSERT INTO initiatives (title, methodology, priority, team_id, current_phase, phase_progress) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING " + FULL
)
LIST_SQL = (
    "SELECT {brief} FROM initiatives WHERE {clause} ORDER BY created_at DESC NULLS LAST, id DESC "
    "OFFSET {offset} LIMIT {limit}"
)
COUNTS = """
SELECT
  (SELECT count(*) FROM action_items WHERE initiative_id = $1 AND status NOT IN ('completed', 'cancelled')) AS actions_open,
  (SELECT count(*) FROM action_items WHERE initiative_id = $1 AND status NOT IN ('completed', 'cancelled')
      AND due_date < $2) AS actions_overdue,
  (SELECT count(*) FROM metrics WHERE initiative_id = $1) AS metrics,
  (SELECT count(*) FROM notes WHERE initiative_id = $1) AS notes,
  (SELECT count(*) FROM documents WHERE initiative_id = $1) AS documents,
  (SELECT count(*) FROM datasets WHERE initiative_id = $1) AS datasets,
  (SELECT count(*) FROM statistical_analyses WHERE initiative_id = $1) AS analyses,
  (SELECT count(*) FROM phase_artifacts WHERE initiative_id = $1) AS artifacts,
  (SELECT count(*) FROM initiative_stakeholders WHERE initiative_id = $1) AS stakeholders
"""
PHASES = (
    "SELECT id, phase_name, phase_order, status, due_date, gate_decision, completeness_score "
    "FROM phases WHERE initiative_id = $1 ORDER BY phase_order"
)
PORTFOLIO_COUNTS = """
SELECT currency, status, priority, current_phase, methodology, health, count(*) AS n,
       sum(projected_savings) AS projected, sum(actual_savings) AS actual,
       count(*) FILTER (WHERE projected_savings IS NOT NULL OR actual_savings IS NOT NULL) AS with_savings
FROM initiatives WHERE deleted_at IS NULL
GROUP BY currency, status, priority, current_phase, methodology, health
"""
PORTFOLIO_ACTIONS = """
SELECT count(*), count(*) FILTER (WHERE due_date < $1) FROM action_items a
WHERE status <> ALL (ARRAY['completed'::text, 'cancelled'::text])
  AND NOT EXISTS (SELECT 1 FROM initiatives i WHERE i.id = a.initiative_id AND i.deleted_at IS NOT NULL)
"""
PORTFOLIO_THROUGHPUT = """
SELECT month, sum(s), sum(c) FROM (
  SELECT to_char(COALESCE(start_date, (created_at AT TIME ZONE 'UTC'::text)::date), 'YYYY-MM') AS month,
         1 AS s, 0 AS c
  FROM initiatives WHERE deleted_at IS NULL
   AND COALESCE(start_date, (created_at AT TIME ZONE 'UTC'::text)::date) BETWEEN $1 AND $2
  UNION ALL
  SELECT to_char(actual_completion, 'YYYY-MM'), 0, 1 FROM initiatives
  WHERE deleted_at IS NULL AND actual_completion IS NOT NULL AND actual_completion BETWEEN $1 AND $2
) e GROUP BY month
"""

Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]


def _default(value: Any) -> Any:
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    raise TypeError


def _record(row: asyncpg.Record) -> dict[str, Any]:
    data = dict(row)
    for key in ("phase_progress", "tags", "custom_fields"):
        if isinstance(data.get(key), str):
            data[key] = json.loads(data[key])
    return data


class Baseline:
    def __init__(self) -> None:
        self.pool: asyncpg.Pool | None = None

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self.pool = await asyncpg.create_pool(os.environ["BENCH_DSN"], min_size=10, max_size=10)
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if self.pool is not None:
                        await self.pool.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        path: str = scope["path"]
        if path == "/ping":
            await self._send(send, 200, {"ok": True})
            return
        token = dict(scope["headers"]).get(b"authorization", b"").decode()
        try:
            decode_access_token(token.removeprefix("Bearer "), secret=SECRET)
        except InvalidToken:
            await self._send(send, 401, {"error": "unauthorized"})
            return
        method = scope["method"]
        query = parse_qs(scope["query_string"].decode())
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            if path == "/api/v1/initiatives" and method == "GET":
                status, body = 200, await self.list(conn, query)
            elif path == "/api/v1/initiatives" and method == "POST":
                payload = b""
                while True:
                    message = await receive()
                    payload += message.get("body", b"")
                    if not message.get("more_body"):
                        break
                status, body = 201, await self.create(conn, orjson.loads(payload))
            elif path == "/api/v1/dashboards/portfolio":
                status, body = 200, await self.portfolio(conn)
            elif path.startswith("/api/v1/initiatives/"):
                found = await self.get_one(conn, uuid.UUID(path.rsplit("/", 1)[1]))
                status, body = (200, found) if found else (404, {"error": "not_found"})
            else:
                status, body = 404, {"error": "not_found"}
        await self._send(send, status, body)

    @staticmethod
    async def _send(send: Send, status: int, body: Any) -> None:
        data = orjson.dumps(body, default=_default)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(data)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})

    async def _full(self, conn: asyncpg.Connection, row: asyncpg.Record) -> dict[str, Any]:
        data = _record(row)
        data["phases"] = [dict(p) for p in await conn.fetch(PHASES, row["id"])]
        data["counts"] = dict(await conn.fetchrow(COUNTS, row["id"], date.today()))
        return data

    async def get_one(self, conn: asyncpg.Connection, initiative_id: uuid.UUID) -> dict[str, Any] | None:
        row = await conn.fetchrow(
            f"SELECT {FULL} FROM initiatives WHERE id = $1 AND deleted_at IS NULL",  # noqa: S608
            initiative_id,
        )
        return None if row is None else await self._full(conn, row)

    async def create(self, conn: asyncpg.Connection, body: dict[str, Any]) -> dict[str, Any]:
        methodology = body.get("methodology", "dmaic")
        names = [str(p) for p in phases_of(methodology)]
        now = datetime.now(UTC)
        async with conn.transaction():
            row = await conn.fetchrow(
                INSERT_SQL,
                body["title"],
                methodology,
                body.get("priority", "medium"),
                uuid.UUID(body["team_id"]) if body.get("team_id") else None,
                names[0],
                json.dumps(dict.fromkeys(names, 0)),
            )
            assert row is not None
            await conn.executemany(
                "INSERT INTO phases (initiative_id, phase_name, phase_order, status, started_at) "
                "VALUES ($1, $2, $3, $4, $5)",
                [
                    (row["id"], n, k, "in_progress" if k == 1 else "not_started", now if k == 1 else None)
                    for k, n in enumerate(names, start=1)
                ],
            )
            await conn.execute(
                "INSERT INTO audit_events (entity_type, entity_id, action, changes, initiative_id) "
                "VALUES ('initiative', $1, 'create', $2, $1)",
                row["id"],
                json.dumps({"title": body["title"]}),
            )
            return await self._full(conn, row)

    async def list(self, conn: asyncpg.Connection, query: dict[str, list[str]]) -> dict[str, Any]:
        where = ["deleted_at IS NULL"]
        args: list[Any] = []
        for name in ("status", "priority", "team_id"):
            if name in query:
                values = query[name][0].split(",")
                args.append([uuid.UUID(v) for v in values] if name == "team_id" else values)
                where.append(f"{name} = ANY(${len(args)})")
        if "created_from" in query:
            args.append(datetime.fromisoformat(query["created_from"][0]))
            where.append(f"created_at >= ${len(args)}")
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("page_size", [str(PAGE_SIZE)])[0])
        clause = " AND ".join(where)
        rows = await conn.fetch(
            LIST_SQL.format(brief=BRIEF, clause=clause, offset=(page - 1) * size, limit=size),
            *args,
        )
        if len(rows) < size and (rows or page == 1):
            total = (page - 1) * size + len(rows)
        else:
            count = f"SELECT count(*) FROM initiatives WHERE {clause}"  # noqa: S608
            total = int(await conn.fetchval(count, *args))
        return {
            "items": [dict(r) for r in rows],
            "total": total,
            "page": page,
            "page_size": size,
            "has_more": page * size < total,
        }

    async def portfolio(self, conn: asyncpg.Connection) -> dict[str, Any]:
        today = datetime.now(UTC).date()
        by: dict[str, dict[str, int]] = {
            d: {} for d in ("status", "priority", "current_phase", "methodology", "health")
        }
        savings: dict[str, list[Any]] = {}
        total = 0
        for r in await conn.fetch(PORTFOLIO_COUNTS):
            total += r["n"]
            for dim in by:
                by[dim][r[dim]] = by[dim].get(r[dim], 0) + r["n"]
            s = savings.setdefault(r["currency"], [Decimal(0), Decimal(0), 0])
            s[0] += r["projected"] or 0
            s[1] += r["actual"] or 0
            s[2] += r["with_savings"]
        open_actions, overdue = await conn.fetchrow(PORTFOLIO_ACTIONS, today)
        first = (today.replace(day=1) - timedelta(days=335)).replace(day=1)
        months = {m: (s, c) for m, s, c in await conn.fetch(PORTFOLIO_THROUGHPUT, first, today)}
        return {
            "generated_at": datetime.now(UTC),
            "totals": {"initiatives": total, "open_actions": open_actions},
            **{f"by_{dim}": counts for dim, counts in by.items()},
            "savings": [
                {"currency": c, "projected_savings": str(p), "actual_savings": str(a), "initiatives": n}
                for c, (p, a, n) in sorted(savings.items())
                if n
            ],
            "overdue_actions": overdue,
            "throughput": [
                {"month": m, "started": s, "completed": c} for m, (s, c) in sorted(months.items())
            ],
        }


app = Baseline()
