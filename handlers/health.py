"""Liveness and readiness."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import text

from generated.models import HealthStatus, ReadinessStatus
from handlers.context import Ctx
from handlers.errors import ServiceUnavailable

VERSION = "0.1.0"


async def health_check(ctx: Ctx) -> HealthStatus:
    return HealthStatus.model_validate({"status": "ok", "version": VERSION})


async def _check_database(ctx: Ctx) -> tuple[bool, str]:
    try:
        await asyncio.wait_for(ctx.session.execute(text("SELECT 1")), timeout=2)
        return True, "reachable"
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        return False, type(exc).__name__


async def _check_broker(ctx: Ctx) -> tuple[bool, str]:
    url = ctx.settings.redis_url
    if not url:
        return True, "not configured: background jobs run in-process"
    try:
        import redis.asyncio as redis

        client = redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
        try:
            await client.ping()
        finally:
            await client.aclose()
        return True, "reachable"
    except Exception as exc:  # noqa: BLE001
        return False, type(exc).__name__


async def _check_storage(ctx: Ctx) -> tuple[bool, str]:
    directory = ctx.settings.data_dir
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".ready-probe-{uuid.uuid4().hex}"  # concurrent probes never collide
        probe.write_bytes(b"ok")
        probe.unlink()
        return True, "writable"
    except OSError as exc:
        return False, type(exc).__name__


async def readiness_check(ctx: Ctx) -> ReadinessStatus:
    checks = []
    for name, check in (
        ("database", _check_database),
        ("broker", _check_broker),
        ("storage", _check_storage),
    ):
        ok, detail = await check(ctx)
        checks.append({"name": name, "ok": ok, "detail": detail})
    failed = [c["name"] for c in checks if not c["ok"]]
    if failed:
        raise ServiceUnavailable(f"Not ready: {', '.join(str(f) for f in failed)} unavailable")
    return ReadinessStatus.model_validate({"status": "ready", "checks": checks})
