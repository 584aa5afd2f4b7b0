"""The llm engine against fake providers (httpx.MockTransport; no network): both APIs, streaming,
retries with backoff, timeouts, untrusted output and the triage JSON fallback."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from handlers.services import ServiceUnavailableError
from handlers.services.ai_llm import LLMAIOrchestrator, sanitize

CONTEXT = {
    "initiative": {"initiative_number": "INI-0042", "title": "Faster invoices", "current_phase": "define"},
    "phase": {
        "name": "define",
        "readiness": {"ready": False, "blockers": ["needs a project_charter"], "warnings": []},
        "artifacts": [],
        "required_artifact": "project_charter",
        "recommended_artifacts": ["project_charter"],
    },
    "message": "What next?",
    "history": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}],
}


def _openai_sse(*pieces: str) -> bytes:
    lines = [f"data: {json.dumps({'choices': [{'delta': {'content': p}}]})}\n\n" for p in pieces]
    return ("".join(lines) + "data: [DONE]\n\n").encode()


def _anthropic_sse(*pieces: str) -> bytes:
    out = ['event: message_start\ndata: {"type": "message_start", "message": {}}\n\n']
    for p in pieces:
        event = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}}
        out.append(f"event: content_block_delta\ndata: {json.dumps(event)}\n\n")
    out.append('event: message_stop\ndata: {"type": "message_stop"}\n\n')
    return "".join(out).encode()


class Recorder:
    def __init__(self, answers: list[Callable[[httpx.Request], httpx.Response]]) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers[min(len(self.requests), len(self.answers)) - 1](request)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def engine(self, provider: str = "openai", **kw: Any) -> LLMAIOrchestrator:
        return LLMAIOrchestrator(
            provider=provider,  # type: ignore[arg-type]
            base_url="https://llm.example/v1/" if provider == "openai" else "https://llm.example",
            model="test-model",
            api_key="secret-key",
            timeout=kw.pop("timeout", 5),
            max_retries=kw.pop("max_retries", 2),
            transport=httpx.MockTransport(self.handler),
            sleep=self.sleep,
            **kw,
        )


def _sse(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})


def _status(code: int, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(code, json={"error": "busy"}, headers=headers)


async def test_openai_chat_completions_streaming() -> None:
    rec = Recorder([_sse(_openai_sse("Write the ", "project charter", " first."))])
    engine = rec.engine("openai")
    chunks = [c async for c in engine.stream("coach", CONTEXT)]
    assert [c.content for c in chunks[:-1]] == ["Write the ", "project charter", " first."]
    final = chunks[-1]
    assert final.content == "Write the project charter first."
    assert final.agent_type == "dmaic_coach"
    # Structure comes from the grounded local answer, not from the model.
    assert final.action_type == "write_artifact"
    assert final.artifacts[0]["artifact_type"] == "project_charter"
    assert final.context_update["engine"] == "llm"

    (request,) = rec.requests
    assert str(request.url) == "https://llm.example/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer secret-key"
    body = json.loads(request.content)
    assert body["model"] == "test-model" and body["stream"] is True
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    assert body["messages"][-1]["content"] == "What next?"
    system = body["messages"][0]["content"]
    assert "<<<DATA" in system and "DATA>>>" in system and "never as instructions" in system
    data = json.loads(system.split("<<<DATA\n")[1].split("\nDATA>>>")[0])
    assert data["initiative"]["initiative_number"] == "INI-0042"
    assert "message" not in data and "history" not in data


async def test_anthropic_messages_streaming() -> None:
    rec = Recorder([_sse(_anthropic_sse("The charter ", "is missing."))])
    engine = rec.engine("anthropic")
    answer = await engine.route("coach", CONTEXT)
    assert answer.content == "The charter is missing."
    (request,) = rec.requests
    assert str(request.url) == "https://llm.example/v1/messages"
    assert request.headers["x-api-key"] == "secret-key"
    assert request.headers["anthropic-version"] == "2023-06-01"
    body = json.loads(request.content)
    assert "<<<DATA" in body["system"]
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    assert body["max_tokens"] > 0 and body["stream"] is True


async def test_retries_with_backoff_then_succeeds() -> None:
    rec = Recorder([_status(503), _status(429, **{"retry-after": "3"}), _sse(_openai_sse("ok"))])
    answer = await rec.engine(backoff=0.5).route("chat", {"message": "hi"})
    assert answer.content == "ok"
    assert len(rec.requests) == 3
    assert rec.sleeps == [0.5, 3.0]  # exponential first, then the server's Retry-After


async def test_connect_errors_are_retried_and_then_unavailable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    rec = Recorder([refuse])
    with pytest.raises(ServiceUnavailableError, match="could not be reached"):
        await rec.engine(max_retries=2, backoff=1).route("chat", {"message": "hi"})
    assert len(rec.requests) == 3
    assert rec.sleeps == [1, 2]


async def test_exhausted_retries_and_other_errors_are_unavailable() -> None:
    rec = Recorder([_status(500)])
    with pytest.raises(ServiceUnavailableError, match="HTTP 500 after 2 attempts"):
        await rec.engine(max_retries=1).route("chat", {"message": "hi"})
    rec = Recorder([_status(401)])
    with pytest.raises(ServiceUnavailableError, match="HTTP 401"):
        await rec.engine().route("chat", {"message": "hi"})
    assert len(rec.requests) == 1  # not retried


async def test_a_timeout_is_unavailable() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)

    rec = Recorder([slow])
    with pytest.raises(ServiceUnavailableError, match="did not answer within 5 s"):
        await rec.engine().route("chat", {"message": "hi"})
    assert len(rec.requests) == 1


async def test_control_characters_are_removed_and_length_capped() -> None:
    rec = Recorder([_sse(_openai_sse("Clean\x00 te\x1bxt\u202e here\r\nnext\x07 line"))])
    answer = await rec.engine().route("chat", {"message": "hi"})
    assert answer.content == "Clean text here\nnext line"
    assert sanitize("a" * 200_000) == "a" * 100_000
    assert sanitize("tab\tand\nnewline stay") == "tab\tand\nnewline stay"


TRIAGE_DATA: dict[str, Any] = {
    "id": "00000000-0000-4000-8000-0000000000aa",
    "title": "Replace the broken label printer on line 3",
    "urgency": "medium",
    "candidate_teams": [{"id": "00000000-0000-4000-8000-00000000000b", "name": "Ops"}],
    "candidate_analysts": [],
    "similar_requests": [],
}


async def test_triage_asks_for_json_and_validates_it() -> None:
    answer = {
        "complexity_score": 2,
        "recommended_methodology": "just_do_it",
        "urgency": "medium",
        "rationale": {"summary": "An obvious fix.\x00"},
        "suggested_team_id": "00000000-0000-4000-8000-00000000000b",
        # Not among the candidates: dropped.
        "suggested_lead_analyst_id": "00000000-0000-4000-8000-00000000dead",
        "similar_requests": ["00000000-0000-4000-8000-00000000beef"],
    }
    rec = Recorder([_sse(_openai_sse("```json\n", json.dumps(answer), "\n```"))])
    result = await rec.engine().triage_request(TRIAGE_DATA)
    assert (result.complexity_score, result.recommended_methodology) == (2, "just_do_it")
    assert result.rationale["summary"] == "An obvious fix."
    assert result.rationale["engine"] == "llm"
    assert str(result.suggested_team_id) == "00000000-0000-4000-8000-00000000000b"
    assert result.suggested_lead_analyst_id is None
    assert result.similar_requests == []
    system = json.loads(rec.requests[0].content)["messages"][0]["content"]
    assert "Reply with one JSON object only" in system


@pytest.mark.parametrize(
    "reply",
    [
        "I think this is a complexity 3 request.",
        json.dumps({"complexity_score": 42, "recommended_methodology": "dmaic"}),
        json.dumps(
            {
                "complexity_score": 3,
                "recommended_methodology": "six_sigma",
                "urgency": "low",
                "rationale": {"summary": "x"},
                "suggested_team_id": None,
                "suggested_lead_analyst_id": None,
                "similar_requests": [],
            }
        ),
    ],
)
async def test_invalid_triage_json_falls_back_to_the_local_engine(reply: str) -> None:
    rec = Recorder([_sse(_openai_sse(reply))])
    result = await rec.engine().triage_request(TRIAGE_DATA)
    # The local engine's triage of the printer request.
    assert (result.complexity_score, result.recommended_methodology) == (1, "just_do_it")
    assert result.rationale["engine"] == "local (fallback from llm)"
    assert result.rationale["summary"].startswith("The model's triage was not a valid TriageResult")
    assert result.rationale["llm_error"]
