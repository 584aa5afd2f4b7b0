"""The numbers that make a killed worker's job run again instead of failing (no processes here):
the Redis visibility timeout exceeds the job timeout (a running job is never handed out twice), and
the stuck-job sweep waits past the visibility timeout (a job whose worker died is redelivered before
the sweep could fail it). See handlers/worker.py and handlers/jobs_runtime.py."""

from __future__ import annotations

import pytest

from handlers.config import Settings
from handlers.jobs_runtime import stuck_after_seconds, visibility_timeout_seconds
from handlers.worker import transport_options
from tests.support import TEST_SECRET


def _settings(redis_url: str | None) -> Settings:
    return Settings.model_validate({"REDIS_URL": redis_url, "TOLLGATE_SECRET_KEY": TEST_SECRET})


@pytest.fixture(autouse=True)
def _defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TOLLGATE_JOB_TIMEOUT_SECONDS", "TOLLGATE_CELERY_VISIBILITY_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)


def test_defaults() -> None:
    assert visibility_timeout_seconds() == 900 + 300
    assert stuck_after_seconds(_settings(None)) == 900  # in-process: the job timeout
    assert stuck_after_seconds(_settings("redis://127.0.0.1:6379/0")) == 1200 + 240
    # The worker scans for unacknowledged messages every 10 × 10 seconds.
    assert transport_options() == {
        "visibility_timeout": 1200,
        "unacked_restore_interval": 10,
        "unacked_restore_throttle": 10,
    }


def test_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOLLGATE_JOB_TIMEOUT_SECONDS", "2")
    assert visibility_timeout_seconds() == 302  # follows the job timeout unless set
    monkeypatch.setenv("TOLLGATE_CELERY_VISIBILITY_TIMEOUT", "3")
    assert visibility_timeout_seconds() == 3
    assert stuck_after_seconds(_settings("redis://127.0.0.1:6379/0")) == 63
    assert transport_options() == {
        "visibility_timeout": 3,
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }
    monkeypatch.setenv("TOLLGATE_CELERY_VISIBILITY_TIMEOUT", "not a number")
    assert visibility_timeout_seconds() == 302
