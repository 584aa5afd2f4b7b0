"""The login throttle, with a fake clock."""

from __future__ import annotations

from handlers.ratelimit import LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_locks_after_limit_failures_and_unlocks_when_the_window_passes() -> None:
    clock = Clock()
    throttle = LoginThrottle(limit=3, window=60, clock=clock)
    for _ in range(3):
        assert throttle.retry_after("A@x.io") is None
        throttle.failed("a@x.io")
        clock.now += 1
    assert throttle.retry_after("a@X.IO") == 57  # first failure at 1000 leaves the window at 1060; now 1003
    clock.now = 1060.5
    assert throttle.retry_after("a@x.io") is None


def test_success_clears_and_accounts_are_independent() -> None:
    throttle = LoginThrottle(limit=2, window=60, clock=Clock())
    throttle.failed("a@x.io")
    throttle.failed("a@x.io")
    assert throttle.retry_after("a@x.io") is not None
    assert throttle.retry_after("b@x.io") is None
    throttle.succeeded("a@x.io")
    assert throttle.retry_after("a@x.io") is None
