"""The load generator: a small asyncio HTTP/1.1 keep-alive client (N connections, fixed duration).

Run as its own process, pinned to a core other than the server's: ``python -m bench.load SPEC.json``
prints one JSON object (requests, errors, req/s, p50/p90/p99 in ms). httpx was the first choice, but
at one core it tops out well below what the raw-asyncpg baseline serves, so it would measure itself
(``python -m bench --loader-check`` compares both against the baseline's ``/ping``). This client
parses only what it needs: the status line, ``Content-Length`` and ``Transfer-Encoding: chunked``.

SPEC: {"host", "port", "duration", "warmup", "concurrency", "token", "requests": [[method, path, body|null], ...]}
Each request picks the next item of ``requests`` (round robin over a shuffled list).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def _affinity(core: int | None) -> None:
    if core is not None and hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {core})


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = -1
    chunked = False
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        lname = name.strip().lower()
        if lname == b"content-length":
            length = int(value)
        elif lname == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        body = bytearray()
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                break
            body += await reader.readexactly(size)
            await reader.readexactly(2)
        return status, bytes(body)
    return status, (await reader.readexactly(length)) if length > 0 else b""


def _encode(method: str, path: str, body: Any, host: str, token: str | None) -> bytes:
    headers = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Accept: application/json"]
    if token:
        headers.append(f"Authorization: Bearer {token}")
    payload = b""
    if body is not None:
        payload = json.dumps(body).encode()
        headers.append("Content-Type: application/json")
    headers.append(f"Content-Length: {len(payload)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + payload


async def run(spec: dict[str, Any]) -> dict[str, Any]:
    host, port = spec["host"], int(spec["port"])
    token = spec.get("token")
    encoded = [_encode(m, p, b, f"{host}:{port}", token) for m, p, b in spec["requests"]]
    source = itertools.cycle(encoded)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    state = {"measuring": False, "stop": False}

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while not state["stop"]:
                request = next(source)
                t0 = time.perf_counter()
                writer.write(request)
                status, _ = await _read_response(reader)
                elapsed = time.perf_counter() - t0
                if state["measuring"]:
                    latencies.append(elapsed)
                    if status >= 400:
                        errors[str(status)] = errors.get(str(status), 0) + 1
        finally:
            writer.close()

    tasks = [asyncio.create_task(worker()) for _ in range(int(spec["concurrency"]))]
    await asyncio.sleep(float(spec.get("warmup", 2)))
    state["measuring"] = True
    started = time.perf_counter()
    await asyncio.sleep(float(spec["duration"]))
    state["measuring"] = False
    elapsed = time.perf_counter() - started
    state["stop"] = True
    done, pending = await asyncio.wait(tasks, timeout=30)
    for task in pending:
        task.cancel()
    failures = [t.exception() for t in done if not t.cancelled() and t.exception() is not None]
    latencies.sort()

    def pct(p: float) -> float | None:
        if not latencies:
            return None
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 2)

    return {
        "requests": len(latencies),
        "errors": errors,
        "client_failures": [repr(f) for f in failures[:3]],
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": pct(0.50),
        "p90_ms": pct(0.90),
        "p99_ms": pct(0.99),
        "concurrency": int(spec["concurrency"]),
        "duration_s": round(elapsed, 2),
    }


async def run_httpx(spec: dict[str, Any]) -> dict[str, Any]:
    """The same loop with httpx (only for ``--loader-check``)."""
    import httpx

    base = f"http://{spec['host']}:{spec['port']}"
    source = itertools.cycle(spec["requests"])
    latencies: list[float] = []
    state = {"measuring": False, "stop": False}
    limits = httpx.Limits(max_connections=int(spec["concurrency"]))
    async with httpx.AsyncClient(base_url=base, limits=limits) as client:

        async def worker() -> None:
            while not state["stop"]:
                method, path, body = next(source)
                t0 = time.perf_counter()
                await client.request(method, path, json=body)
                if state["measuring"]:
                    latencies.append(time.perf_counter() - t0)

        tasks = [asyncio.create_task(worker()) for _ in range(int(spec["concurrency"]))]
        await asyncio.sleep(float(spec.get("warmup", 2)))
        state["measuring"] = True
        started = time.perf_counter()
        await asyncio.sleep(float(spec["duration"]))
        state["measuring"] = False
        elapsed = time.perf_counter() - started
        state["stop"] = True
        await asyncio.wait(tasks, timeout=30)
    return {"requests": len(latencies), "rps": round(len(latencies) / elapsed, 1)}


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text())
    _affinity(spec.get("core"))
    import uvloop

    runner = run_httpx if spec.get("client") == "httpx" else run
    print(json.dumps(asyncio.run(runner(spec), loop_factory=uvloop.new_event_loop)))


if __name__ == "__main__":
    main()
