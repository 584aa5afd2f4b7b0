"""SIGTERM of the API (``python -m handlers.cli serve``, i.e. uvicorn) while a request is in flight:
the server stops accepting connections at once, lets the request finish with its normal answer
(``TOLLGATE_SHUTDOWN_GRACE_SECONDS``, uvicorn's graceful shutdown), and exits.

The request is a dataset upload whose body the client sends slowly, so it is deterministically in
flight: the test signals the server only once the upload's partial file exists on disk.

SIGTERM during an AI WebSocket stream: tests/fault/test_sigterm_stream.py.
"""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from tests.fault.services import STOP_DEADLINE, Api, wait_for

BOUNDARY = "tollgate-fault-boundary"
ROW = b"7,alpha,12.5\n"
CHUNKS = 40  # sent 0.05 s apart: about 2 seconds of upload


def _slow_body(sent_first: threading.Event, release: threading.Event) -> Iterator[bytes]:
    yield (
        (
            f"--{BOUNDARY}\r\n"
            'Content-Disposition: form-data; name="name"\r\n\r\n'
            "Slow upload\r\n"
            f"--{BOUNDARY}\r\n"
            'Content-Disposition: form-data; name="file"; filename="slow.csv"\r\n'
            "Content-Type: text/csv\r\n\r\n"
        ).encode()
        + b"id,label,value\n"
        + ROW * 100
    )
    sent_first.set()
    release.wait(timeout=60)  # the rest only once the server has been told to stop
    for _ in range(CHUNKS):
        time.sleep(0.05)
        yield ROW * 100
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def _dataset_rows(database_url: str, name: str) -> list[Any]:
    import asyncpg  # type: ignore[import-untyped]

    async def fetch() -> list[Any]:
        conn = await asyncpg.connect(database_url)
        try:
            rows: list[Any] = await conn.fetch(
                "SELECT row_count, size_bytes FROM datasets WHERE name = $1", name
            )
            return rows
        finally:
            await conn.close()

    return asyncio.run(fetch())


def test_sigterm_lets_the_request_in_flight_finish(fault_database: str, fault_root: Path) -> None:
    api = Api(fault_database, fault_root, env_overrides={"TOLLGATE_SHUTDOWN_GRACE_SECONDS": "30"})
    try:
        api.start()
        assert api.proc is not None
        headers = api.admin_headers()
        initiative = api.make_initiative(headers)

        sent_first, release = threading.Event(), threading.Event()
        outcome: dict[str, Any] = {}

        def upload() -> None:
            try:
                outcome["answer"] = httpx.post(
                    f"{api.base}/initiatives/{initiative}/datasets",
                    content=_slow_body(sent_first, release),
                    headers={**headers, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
                    timeout=60,
                )
            except httpx.HTTPError as exc:
                outcome["error"] = exc

        client = threading.Thread(target=upload, daemon=True)
        client.start()
        assert sent_first.wait(timeout=30)
        storage = fault_root / "data"
        wait_for("the upload to reach the server", lambda: any(storage.rglob("*.part")))

        api.proc.send_signal(signal.SIGTERM)

        def refused() -> bool:
            try:
                httpx.get(f"{api.base}/health", timeout=2)
            except httpx.ConnectError:
                return True
            except httpx.HTTPError:
                return False
            return False

        wait_for("the server to stop accepting connections", refused)
        assert client.is_alive()  # the upload is still being sent
        release.set()
        client.join(timeout=60)
        assert "error" not in outcome, outcome
        answer: httpx.Response = outcome["answer"]
        assert answer.status_code == 202, answer.text
        dataset = answer.json()["dataset"]
        assert dataset["name"] == "Slow upload"
        expected_size = len(b"id,label,value\n") + len(ROW) * 100 * (CHUNKS + 1)
        assert dataset["size_bytes"] == expected_size

        api.proc.wait(timeout=30 + STOP_DEADLINE)  # within the grace period (and a margin)
        # uvicorn re-raises the signal once it has shut down gracefully: "terminated by SIGTERM".
        assert api.proc.returncode in (0, -signal.SIGTERM), api.log_tail()
        assert "Traceback" not in api.log.read_text(), api.log_tail()
        rows = _dataset_rows(api.database_url, "Slow upload")
        assert [r["size_bytes"] for r in rows] == [expected_size]  # committed, once
        assert not any(storage.rglob("*.part"))
    finally:
        api.stop()
