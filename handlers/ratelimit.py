"""Rate limits.

``LoginThrottle``: failed logins per account (case-insensitive email), in memory, in a sliding
window. After ``limit`` failures within ``window`` seconds the account's logins answer 429 with
``Retry-After`` until the oldest failure leaves the window; a successful login clears the count.
Keyed by the account, not by IP or ``X-Forwarded-For`` (both are easy to rotate or forge).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from threading import Lock


class LoginThrottle:
    def __init__(
        self, limit: int = 10, window: float = 900.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def retry_after(self, email: str) -> int | None:
        """Seconds to wait when the account is locked out, else None."""
        now = self._clock()
        with self._lock:
            failures = self._recent(email.lower(), now)
            if len(failures) < self.limit:
                return None
            return max(1, math.ceil(failures[0] + self.window - now))

    def failed(self, email: str) -> None:
        now = self._clock()
        with self._lock:
            self._recent(email.lower(), now).append(now)
            if len(self._failures) > 100_000:  # bound memory under a spray of unknown emails
                self._failures = {k: v for k, v in self._failures.items() if v}

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(email.lower(), None)
