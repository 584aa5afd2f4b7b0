"""Per-user rate limits of the AI operations and the AI WebSocket stream.

A fixed window per user: the first AI call of a user opens a window of
``TOLLGATE_AI_RATE_WINDOW_SECONDS``; each call counts; the ``TOLLGATE_AI_RATE_LIMIT + 1``-th call
within the window is refused (429 with ``Retry-After`` = seconds until the window ends). Every
answer of an AI operation carries ``RateLimit-Limit``, ``RateLimit-Remaining`` and
``RateLimit-Reset`` (the IETF draft's names). Keyed by the authenticated user's id — never by IP or
``X-Forwarded-For``, which are easy to rotate or forge.

Two stores behind one interface:

- ``RedisRateLimiter`` (``REDIS_URL`` set): one atomic Lua script (INCR + PEXPIRE on the first hit +
  PTTL), so every API process shares the same counters. When Redis cannot be reached the AI
  operations fail closed with 503 (``ServiceUnavailable``); the rest of the API does not use it.
- ``MemoryRateLimiter`` (no Redis): the same arithmetic in this process's memory.

``app.state.ai_rate_limiter`` holds the application's limiter (created on first use).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING, Any, Protocol
from uuid import UUID

from handlers.errors import RateLimited, ServiceUnavailable

if TYPE_CHECKING:
    from handlers.config import Settings

KEY_PREFIX = "tollgate:ai-rate"

# KEYS[1] = the user's counter; ARGV[1] = window in ms. Returns {count, ttl_ms}.
_LUA_HIT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
"""


@dataclass(frozen=True)
class RateDecision:
    """One counted call: whether it is allowed and the numbers for the RateLimit headers."""

    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self) -> dict[str, str]:
        out = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_seconds),
        }
        if not self.allowed:
            out["Retry-After"] = str(max(1, self.reset_seconds))
        return out

    def raise_if_refused(self) -> None:
        if not self.allowed:
            raise RateLimited(
                f"AI rate limit exceeded ({self.limit} requests per window); retry in "
                f"{max(1, self.reset_seconds)} seconds",
                headers=self.headers(),
            )


def _decide(count: int, ttl_seconds: float, limit: int) -> RateDecision:
    return RateDecision(
        allowed=count <= limit,
        limit=limit,
        remaining=max(0, limit - count),
        reset_seconds=max(0, math.ceil(ttl_seconds)),
    )


class RateLimiter(Protocol):
    limit: int
    window: int

    async def hit(self, user_id: UUID) -> RateDecision: ...

    async def close(self) -> None: ...


class MemoryRateLimiter:
    """Fixed windows per user in this process's memory (the default without Redis)."""

    def __init__(self, limit: int, window: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._windows: dict[UUID, tuple[float, int]] = {}  # user → (window end, count)
        self._lock = Lock()

    async def hit(self, user_id: UUID) -> RateDecision:
        now = self._clock()
        with self._lock:
            end, count = self._windows.get(user_id, (0.0, 0))
            if end <= now:
                end, count = now + self.window, 0
                if len(self._windows) > 100_000:  # drop expired windows to bound memory
                    self._windows = {k: v for k, v in self._windows.items() if v[0] > now}
            count += 1
            self._windows[user_id] = (end, count)
        return _decide(count, end - now, self.limit)

    async def close(self) -> None:
        return None


class RedisRateLimiter:
    """Fixed windows per user in Redis, shared by every API process (atomic Lua script)."""

    def __init__(self, redis_url: str, limit: int, window: int, prefix: str = KEY_PREFIX) -> None:
        import redis.asyncio as aioredis

        self.limit = limit
        self.window = window
        self.prefix = prefix
        # Short timeouts: a dead Redis must turn into a quick 503, not a hung request.
        self._redis: Any = aioredis.Redis.from_url(
            redis_url, socket_connect_timeout=1.0, socket_timeout=1.0, retry_on_timeout=False
        )
        self._script: Any = self._redis.register_script(_LUA_HIT)

    async def hit(self, user_id: UUID) -> RateDecision:
        from redis.exceptions import RedisError

        try:
            count, ttl_ms = await self._script(keys=[f"{self.prefix}:{user_id}"], args=[self.window * 1000])
        except (RedisError, OSError) as exc:
            raise ServiceUnavailable(
                "The AI rate limiter's store (Redis) is unreachable; AI requests are refused until it is back",
                headers={"Retry-After": "5"},
            ) from exc
        return _decide(int(count), int(ttl_ms) / 1000.0, self.limit)

    async def close(self) -> None:
        await self._redis.aclose()


def make_rate_limiter(settings: Settings) -> RateLimiter:
    if settings.redis_url:
        return RedisRateLimiter(settings.redis_url, settings.ai_rate_limit, settings.ai_rate_window_seconds)
    return MemoryRateLimiter(settings.ai_rate_limit, settings.ai_rate_window_seconds)


def app_rate_limiter(app: Any) -> RateLimiter:
    """The application's limiter (``app.state.ai_rate_limiter``), created on first use."""
    limiter: RateLimiter | None = getattr(app.state, "ai_rate_limiter", None)
    if limiter is None:
        limiter = make_rate_limiter(app.state.settings)
        app.state.ai_rate_limiter = limiter
    return limiter
