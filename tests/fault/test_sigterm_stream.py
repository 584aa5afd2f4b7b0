"""SIGTERM of the API (``python -m handlers.cli serve``) while an AI WebSocket turn is streaming: the
turn in flight finishes (every chunk, then the stored final answer), then the server closes the
stream with 1012 (service restart) and exits within the grace period.

The turn is made slow deterministically: the API runs the ``llm`` engine against a fake
OpenAI-compatible server (started here, on loopback) that streams its answer one word every 0.1 s.
"""

from __future__ import annotations

import asyncio
import json
import signal
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from tests.fault.services import STOP_DEADLINE, Api

WORDS = [f"word{i}" for i in range(30)]  # 30 × 0.1 s: about 3 seconds of streaming


class _FakeChatCompletions(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.end_headers()
        for word in WORDS:
            chunk = {"choices": [{"index": 0, "delta": {"content": word + " "}}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
            time.sleep(0.1)
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture
def fake_llm() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeChatCompletions)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def _stream_through_sigterm(
    api: Api, token: str
) -> tuple[list[dict[str, Any]], dict[str, Any], int | None]:
    assert api.proc is not None
    url = api.base.replace("http://", "ws://") + "/ai/stream"
    chunks: list[dict[str, Any]] = []
    final: dict[str, Any] = {}
    async with websockets.connect(url) as ws:
        await ws.send(json.dumps({"token": token, "intent": "chat", "context": {"message": "Explain DMAIC"}}))
        first = json.loads(await asyncio.wait_for(ws.recv(), 60))
        assert "agent" in first, first
        chunks.append(first)
        api.proc.send_signal(signal.SIGTERM)  # mid-turn
        try:
            while True:
                message = json.loads(await asyncio.wait_for(ws.recv(), 60))
                if "agent" in message:
                    chunks.append(message)
                else:
                    final = message
        except ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd else None
    return chunks, final, code


def test_sigterm_lets_the_stream_turn_in_flight_finish(
    fault_database: str, fault_root: Path, fake_llm: str
) -> None:
    api = Api(
        fault_database,
        fault_root,
        env_overrides={
            "TOLLGATE_SHUTDOWN_GRACE_SECONDS": "30",
            "TOLLGATE_AI_ENGINE": "llm",
            "TOLLGATE_AI_LLM_PROVIDER": "openai",
            "TOLLGATE_AI_LLM_BASE_URL": fake_llm,
            "TOLLGATE_AI_LLM_MODEL": "fake-model",
            "TOLLGATE_AI_LLM_API_KEY": "fake-key",
        },
    )
    try:
        api.start()
        token = api.admin_headers()["Authorization"].removeprefix("Bearer ")
        chunks, final, code = asyncio.run(_stream_through_sigterm(api, token))
        # Every word arrived, then the complete, stored answer, then the restart close.
        assert "".join(c["content"] for c in chunks).split() == WORDS
        assert final.get("conversation_id"), final
        assert final["content"].split() == WORDS
        assert code == 1012
        assert api.proc is not None
        api.proc.wait(timeout=30 + STOP_DEADLINE)
        assert api.proc.returncode in (0, -signal.SIGTERM), api.log_tail()
        assert "Traceback" not in api.log.read_text(), api.log_tail()
    finally:
        api.stop()
