"""The AI orchestrator interface (API.md "Services behind the API") and its stub.

``AIOrchestrator`` is what handlers call; ``get_ai_orchestrator(settings)`` picks the implementation
named by ``TOLLGATE_AI_ENGINE``:

- ``stub``: ``StubAIOrchestrator``, canned but schema-valid answers and a deterministic triage
  heuristic; no network, no model (for front-end work).
- ``local`` (default): ``handlers.services.ai_local.LocalAIOrchestrator``, deterministic rule-based
  answers grounded in our data (the context ``handlers.ai_grounding`` builds); no network.
- ``llm``: ``handlers.services.ai_llm.LLMAIOrchestrator``, an OpenAI-compatible chat-completions or
  Anthropic messages API (``TOLLGATE_AI_LLM_*``); without base URL, model and key it refuses to start.

The application keeps one orchestrator on ``app.state.ai_orchestrator`` (set by ``create_app``);
handlers read it with ``ai_orchestrator(ctx)``, so tests substitute a fake by assigning that attribute.
Implementations raise ``ServiceUnavailableError`` when their provider cannot be reached; the handlers
turn it into 503 and change nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from generated.models import AgentResponse, AgentType, Methodology, Priority, TriageResult
from handlers.services import ServiceConfigurationError, ServiceUnavailableError

if TYPE_CHECKING:
    from handlers.config import Settings
    from handlers.context import Ctx

__all__ = [
    "INTENT_AGENTS",
    "AIOrchestrator",
    "ServiceConfigurationError",
    "ServiceUnavailableError",
    "StubAIOrchestrator",
    "ai_orchestrator",
    "get_ai_orchestrator",
]

# The intents of the /ai/* operations and the WebSocket stream, and the agent that answers each.
INTENT_AGENTS: dict[str, AgentType] = {
    "chat": AgentType.orchestrator,
    "triage": AgentType.triage,
    "coach": AgentType.dmaic_coach,
    "stats_recommend": AgentType.stats_advisor,
    "stats_interpret": AgentType.stats_advisor,
    "report_generate": AgentType.report_agent,
    # Internal: GET /initiatives/{initiative_id}/summary (not an /ai/* operation; nothing is stored).
    "summary": AgentType.report_agent,
}


@runtime_checkable
class AIOrchestrator(Protocol):
    """What the API asks of the AI.

    - ``route(intent, context)``: one complete answer. ``intent`` is a key of ``INTENT_AGENTS``;
      ``context`` holds the fields of the matching request body (message, initiative_id, …) plus what
      the API adds (e.g. the initiative's profile).
    - ``stream(intent, context)``: the same answer in pieces. Every item but the last is a chunk whose
      ``content`` is a text delta; the last item is the complete answer (as ``route`` would give).
    - ``triage_request(request_data)``: the TriageResult of an intake request. ``request_data`` holds
      the request's descriptive fields (JSON-ready: id, request_number, title, description,
      problem_statement, desired_outcome, business_impact, urgency, requester_dept).

    Implementations leave ``AgentResponse.conversation_id`` unset (the API fills it) and raise
    ``ServiceUnavailableError`` when their provider is unreachable.
    """

    async def route(self, intent: str, context: dict[str, Any]) -> AgentResponse: ...

    def stream(self, intent: str, context: dict[str, Any]) -> AsyncIterator[AgentResponse]: ...

    async def triage_request(self, request_data: dict[str, Any]) -> TriageResult: ...


# ------------------------------------------------------------------------------------------- stub
_STUB_ANSWERS: dict[str, tuple[str, list[str], str | None]] = {
    "chat": (
        "This is the stub AI orchestrator: it gives canned answers. Configure TOLLGATE_AI_ENGINE to "
        "talk to a real model.",
        ["Ask about the current phase", "Ask which analysis fits your data"],
        None,
    ),
    "triage": (
        "Stub triage: complexity is estimated from how much the request says; the methodology follows "
        "from the complexity.",
        ["Add the problem statement's numbers", "Name the process owner"],
        None,
    ),
    "coach": (
        "Stub coach: complete the phase's required artifacts, then ask for the gate review.",
        ["Fill in the charter", "Map the process with a SIPOC"],
        "review_gate",
    ),
    "stats_recommend": (
        "Stub stats advisor: start with descriptive statistics and a normality check.",
        ["Run descriptive statistics", "Check normality"],
        "run_test",
    ),
    "stats_interpret": (
        "Stub stats advisor: the p-value is compared with alpha; below it, the difference is significant.",
        ["Check the test's assumptions", "Look at the effect size"],
        None,
    ),
    "report_generate": (
        "Stub report agent: a report summarises status, phase progress, metrics and open actions.",
        ["Add the latest metric values"],
        None,
    ),
    "summary": (
        "Stub report agent: the initiative's summary covers its phases, metrics, open actions and notes.",
        ["Keep the metrics current"],
        None,
    ),
}

_TRIAGE_TEXT_FIELDS = (
    "title",
    "description",
    "problem_statement",
    "desired_outcome",
    "business_impact",
)
# Word-count thresholds → complexity 1..10 (the 10th step is anything longer).
_COMPLEXITY_STEPS = (8, 15, 30, 50, 80, 120, 180, 260, 400)
_URGENCY_BUMP = {Priority.critical: 1, Priority.high: 1, Priority.medium: 0, Priority.low: 0}


def stub_methodology(complexity: int) -> Methodology:
    if complexity <= 2:
        return Methodology.just_do_it
    if complexity <= 4:
        return Methodology.kaizen
    if complexity == 5:
        return Methodology.pdsa
    if complexity <= 8:
        return Methodology.dmaic
    return Methodology.dmadv


class StubAIOrchestrator:
    """Canned, schema-valid answers; triage by a deterministic heuristic (no model involved).

    Triage: complexity grows with the number of words in the request's descriptive fields (1 for a
    few words, 10 for a long essay), plus one for critical or high urgency (capped at 10); the
    methodology follows the complexity (1–2 just_do_it, 3–4 kaizen, 5 pdsa, 6–8 dmaic, 9–10 dmadv);
    urgency is the request's own; no team, lead analyst or similar requests are suggested.
    """

    name = "stub"

    def _answer(self, intent: str) -> AgentResponse:
        if intent not in INTENT_AGENTS:
            raise ValueError(f"Unknown intent {intent!r}; expected one of {sorted(INTENT_AGENTS)}")
        content, suggestions, action_type = _STUB_ANSWERS[intent]
        return AgentResponse.model_validate(
            {
                "agent_type": INTENT_AGENTS[intent],
                "content": content,
                "suggestions": suggestions,
                "artifacts": [],
                "context_update": {},
                "requires_action": action_type is not None,
                "action_type": action_type,
            }
        )

    async def route(self, intent: str, context: dict[str, Any]) -> AgentResponse:
        return self._answer(intent)

    async def stream(self, intent: str, context: dict[str, Any]) -> AsyncIterator[AgentResponse]:
        final = self._answer(intent)
        words = final.content.split(" ")
        for i in range(0, len(words), 8):
            delta = " ".join(words[i : i + 8]) + (" " if i + 8 < len(words) else "")
            yield final.model_copy(
                update={"content": delta, "suggestions": [], "requires_action": False, "action_type": None}
            )
        yield final

    async def triage_request(self, request_data: dict[str, Any]) -> TriageResult:
        text = " ".join(str(request_data.get(f) or "") for f in _TRIAGE_TEXT_FIELDS)
        words = len(text.split())
        complexity = 1 + sum(1 for step in _COMPLEXITY_STEPS if words > step)
        try:
            urgency = Priority(request_data.get("urgency") or Priority.medium)
        except ValueError:
            urgency = Priority.medium
        complexity = min(10, complexity + _URGENCY_BUMP[urgency])
        methodology = stub_methodology(complexity)
        return TriageResult(
            complexity_score=complexity,
            recommended_methodology=methodology,
            urgency=urgency,
            rationale={
                "summary": (
                    f"Complexity {complexity}/10 estimated from {words} words of description and "
                    f"{urgency.value} urgency; {methodology.value} fits that size of problem."
                ),
                "engine": self.name,
                "word_count": words,
            },
            suggested_team_id=None,
            suggested_lead_analyst_id=None,
            similar_requests=[],
        )


# ---------------------------------------------------------------------------------------- choosing
def get_ai_orchestrator(settings: Settings) -> AIOrchestrator:
    """The orchestrator named by ``settings.ai_engine`` (``TOLLGATE_AI_ENGINE``).

    ``llm`` needs ``TOLLGATE_AI_LLM_BASE_URL``, ``_MODEL`` and ``_API_KEY``; without them this raises
    ``ServiceConfigurationError`` (the application refuses to start).
    """
    engine = settings.ai_engine
    if engine == "stub":
        return StubAIOrchestrator()
    if engine == "local":
        from handlers.services.ai_local import LocalAIOrchestrator

        return LocalAIOrchestrator()
    if engine == "llm":
        from handlers.services.ai_llm import LLMAIOrchestrator

        missing = [
            name
            for name, value in (
                ("TOLLGATE_AI_LLM_BASE_URL", settings.ai_llm_base_url),
                ("TOLLGATE_AI_LLM_MODEL", settings.ai_llm_model),
                (
                    "TOLLGATE_AI_LLM_API_KEY",
                    settings.ai_llm_api_key.get_secret_value() if settings.ai_llm_api_key else None,
                ),
            )
            if not (value or "").strip()
        ]
        if missing:
            raise ServiceConfigurationError(
                f"TOLLGATE_AI_ENGINE='llm' needs {', '.join(missing)} (the provider's base URL, the model "
                "name and the API key); set them, or use TOLLGATE_AI_ENGINE=local"
            )
        assert settings.ai_llm_api_key is not None and settings.ai_llm_base_url and settings.ai_llm_model
        return LLMAIOrchestrator(
            provider=settings.ai_llm_provider,
            base_url=settings.ai_llm_base_url,
            model=settings.ai_llm_model,
            api_key=settings.ai_llm_api_key.get_secret_value(),
            timeout=settings.ai_llm_timeout_seconds,
            max_retries=settings.ai_llm_max_retries,
        )
    raise ServiceConfigurationError(f"TOLLGATE_AI_ENGINE={engine!r} is unknown: use 'local', 'llm' or 'stub'")


def ai_orchestrator(ctx: Ctx) -> AIOrchestrator:
    """The application's orchestrator (``app.state.ai_orchestrator``), created on first use."""
    state = ctx.request.app.state
    orchestrator: AIOrchestrator | None = getattr(state, "ai_orchestrator", None)
    if orchestrator is None:
        orchestrator = get_ai_orchestrator(ctx.settings)
        state.ai_orchestrator = orchestrator
    return orchestrator
