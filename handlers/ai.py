"""Handlers of the ai operations: one exchange with an AI agent, stored in the caller's conversation.

Every ``/ai/*`` operation (and each turn of the WebSocket stream, handlers/ai_stream.py) runs the same
steps in ``exchange``:

1. count the call against the caller's AI rate limit (handlers/ai_ratelimit.py; 429 / 503) — the
   RateLimit-* headers go on the answer, errors included;
2. check what the body references (``_check``): the initiative, request, dataset, analysis or team
   must exist (404); the phase must belong to the initiative's methodology (422); a dataset must be
   profiled and an analysis completed (409);
3. open the conversation (``_conversation``): the caller's own active one named by
   ``conversation_id`` (another user's is 404, a closed one 409), else a new one linked to the
   initiative / request / phase;
4. ground the question in our data (handlers/ai_grounding.build_context) and add the message and the
   conversation's recent history;
5. ask the orchestrator (``route`` — or ``stream`` for the WebSocket); when it is unavailable, 503
   and nothing is stored (the request's transaction rolls back);
6. append the user's message and the agent's answer to the conversation.

Conversations are private: only the owner lists and reads them (admins read any by id). A conversation
closes (``is_active`` false, read-only) after ``TOLLGATE_AI_CONVERSATION_IDLE_DAYS`` without messages or
at ``TOLLGATE_AI_CONVERSATION_MAX_MESSAGES`` messages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from fastapi import Response  # noqa: F401
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlmodel import col

from generated.models import (
    AgentResponse,
    AgentType,
    AIChatRequest,
    AICoachRequest,
    AIConversationBrief,
    AIConversationList,
    AIConversationResponse,
    AIConversationSort,
    AIReportGenerateRequest,
    AIStatsInterpretRequest,
    AIStatsRecommendRequest,
    AITriageRequest,
    AnalysisStatus,
    SortOrder,
)
from handlers.access import load_initiative, phase_id_for
from handlers.ai_ratelimit import RateDecision, app_rate_limiter
from handlers.context import Ctx, utcnow
from handlers.errors import APIError, Conflict, NotFound, ServiceUnavailable
from handlers.pagination import order_by, paginate
from handlers.resources import to_response
from handlers.services import ServiceUnavailableError
from handlers.services.ai import INTENT_AGENTS, ai_orchestrator
from handlers.tables import AIConversation, Phase, Team, User

HISTORY_MESSAGES = 20  # earlier messages the agents see
PREVIEW_CHARS = 200

# The request body model of each intent (the WebSocket validates its "context" against these).
INTENT_BODIES: dict[str, type[BaseModel]] = {
    "chat": AIChatRequest,
    "triage": AITriageRequest,
    "coach": AICoachRequest,
    "stats_recommend": AIStatsRecommendRequest,
    "stats_interpret": AIStatsInterpretRequest,
    "report_generate": AIReportGenerateRequest,
}
# What the user "says" when the body has no message (the stats and report intents make it optional).
_DEFAULT_MESSAGES = {
    "stats_recommend": "Which statistical tests suit this dataset, and why?",
    "stats_interpret": "What do these results mean?",
    "report_generate": "Draft the narrative of this report.",
}


# ------------------------------------------------------------------------------------ the exchange
@dataclass
class Prepared:
    """An exchange checked and grounded, ready for the orchestrator."""

    intent: str
    conversation: AIConversation
    message: str
    context: dict[str, Any]


async def count_call(ctx: Ctx) -> RateDecision:
    """Count one AI call of the caller; 429 when the window's limit is spent, 503 when the store is down."""
    decision = await app_rate_limiter(ctx.request.app).hit(ctx.user.id)
    decision.raise_if_refused()
    return decision


async def prepare(ctx: Ctx, intent: str, body: BaseModel) -> Prepared:
    data = body.model_dump(mode="json", exclude_none=True)
    links = await _check(ctx, intent, data)
    conversation = await _conversation(ctx, intent, data.get("conversation_id"), links)
    message = str(data.get("message") or _DEFAULT_MESSAGES.get(intent, ""))
    context = await _ground(ctx, intent, data)
    context["message"] = message
    context["history"] = [
        {"role": m.get("role"), "content": m.get("content")}
        for m in (conversation.messages or [])[-HISTORY_MESSAGES:]
    ]
    if conversation.context_summary:
        context["conversation_summary"] = conversation.context_summary
    return Prepared(intent=intent, conversation=conversation, message=message, context=context)


async def record(ctx: Ctx, prepared: Prepared, answer: AgentResponse) -> AgentResponse:
    """Append the user's message and the answer to the conversation; the answer names it."""
    conversation = prepared.conversation
    now = utcnow().isoformat()
    conversation.messages = [
        *(conversation.messages or []),
        {"role": "user", "content": prepared.message, "agent_type": None, "timestamp": now},
        {
            "role": "assistant",
            "content": answer.content,
            "agent_type": AgentType(answer.agent_type).value,
            "timestamp": now,
        },
    ]
    if answer.context_update:
        conversation.context_summary = _merge_summary(conversation.context_summary, answer.context_update)
    if len(conversation.messages) >= ctx.settings.ai_conversation_max_messages:
        conversation.is_active = False
    ctx.session.add(conversation)
    await ctx.session.flush()
    return answer.model_copy(update={"conversation_id": conversation.id})


async def exchange(ctx: Ctx, intent: str, body: BaseModel) -> AgentResponse:
    """One complete exchange (the /ai/* operations)."""
    decision = await count_call(ctx)
    try:
        prepared = await prepare(ctx, intent, body)
        try:
            answer = await ai_orchestrator(ctx).route(intent, prepared.context)
        except ServiceUnavailableError as exc:
            raise ServiceUnavailable(f"The AI service is unavailable: {exc}") from None
        result = await record(ctx, prepared, answer)
    except APIError as exc:
        for name, value in decision.headers().items():
            exc.headers.setdefault(name, value)
        raise
    ctx.response.headers.update(decision.headers())
    return result


async def stream_exchange(ctx: Ctx, prepared: Prepared) -> AsyncIterator[AgentResponse]:
    """The exchange in pieces (the WebSocket): chunks, then the final answer, stored before it is yielded."""
    final: AgentResponse | None = None
    try:
        async for item in ai_orchestrator(ctx).stream(prepared.intent, prepared.context):
            if final is not None:
                yield final  # the previous item was a chunk after all
            final = item
    except ServiceUnavailableError as exc:
        raise ServiceUnavailable(f"The AI service is unavailable: {exc}") from None
    if final is None:
        raise ServiceUnavailable("The AI service gave no answer")
    yield await record(ctx, prepared, final)


# ------------------------------------------------------------------------------------------ checks
@dataclass
class Links:
    initiative_id: UUID | None = None
    request_id: UUID | None = None
    phase_id: UUID | None = None


async def _check(ctx: Ctx, intent: str, data: dict[str, Any]) -> Links:
    """404 / 409 / 422 for what the body references; the conversation's links."""
    from handlers.analyses import _load as load_analysis
    from handlers.datasets import _load as load_dataset
    from handlers.requests import load_request

    links = Links()
    if initiative_ref := data.get("initiative_id"):
        initiative = await load_initiative(ctx, initiative_ref)
        links.initiative_id = initiative.id
        links.phase_id = await phase_id_for(ctx, initiative, data.get("phase"))
    if request_ref := data.get("request_id"):
        links.request_id = (await load_request(ctx, request_ref)).id
    if dataset_ref := data.get("dataset_id"):
        dataset = await load_dataset(ctx, UUID(dataset_ref))
        links.initiative_id = dataset.initiative_id
        if dataset.profile_status != "profiled":
            raise Conflict(f"Dataset {dataset.id} is not profiled yet; wait for its profiling job")
    if analysis_ref := data.get("analysis_id"):
        analysis = await load_analysis(ctx, UUID(analysis_ref))
        links.initiative_id = analysis.initiative_id
        if analysis.status != AnalysisStatus.completed:
            raise Conflict(
                f"Analysis {analysis.id} is {AnalysisStatus(analysis.status).value}; only completed analyses are interpreted"
            )
    if (team_ref := data.get("team_id")) and await ctx.session.get(Team, UUID(team_ref)) is None:
        raise NotFound(f"Team {team_ref} not found")
    return links


async def _conversation(ctx: Ctx, intent: str, conversation_ref: str | None, links: Links) -> AIConversation:
    if conversation_ref is None:
        return AIConversation(
            user_id=ctx.user.id,
            agent_type=INTENT_AGENTS[intent],
            initiative_id=links.initiative_id,
            request_id=links.request_id,
            phase_id=links.phase_id,
            messages=[],
        )
    conversation = (
        await ctx.session.execute(
            select(AIConversation)
            .where(
                col(AIConversation.id) == UUID(conversation_ref), col(AIConversation.user_id) == ctx.user.id
            )
            .with_for_update()
        )
    ).scalar_one_or_none()
    if conversation is None:
        raise NotFound(f"Conversation {conversation_ref} not found")
    if conversation.is_active and _expired(ctx, conversation):
        conversation.is_active = False
        ctx.session.add(conversation)
        # Keep the closing although this request fails with 409 (nothing else is written yet).
        await ctx.session.commit()
    if not conversation.is_active:
        raise Conflict(f"Conversation {conversation.id} is closed; start a new one (omit conversation_id)")
    return conversation


def _expired(ctx: Ctx, conversation: AIConversation) -> bool:
    messages = conversation.messages or []
    if len(messages) >= ctx.settings.ai_conversation_max_messages:
        return True
    last = _last_message_at(conversation) or conversation.created_at
    return last is not None and utcnow() - last > timedelta(days=ctx.settings.ai_conversation_idle_days)


async def _ground(ctx: Ctx, intent: str, data: dict[str, Any]) -> dict[str, Any]:
    from handlers.ai_grounding import build_context

    return await build_context(ctx.session, ctx.user, intent, data)


def _merge_summary(summary: str | None, update: dict[str, Any]) -> str:
    """The running summary: ``key: value`` lines, later facts replacing earlier ones."""
    facts: dict[str, str] = {}
    for line in (summary or "").splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            facts[key] = value
    for key, value in update.items():
        facts[str(key)[:100]] = str(value)[:1000]
    return "\n".join(f"{k}: {v}" for k, v in facts.items())[-20000:]


# --------------------------------------------------------------------------------------- operations
async def ai_chat(ctx: Ctx, *, body: AIChatRequest) -> AgentResponse:
    return await exchange(ctx, "chat", body)


async def ai_coach(ctx: Ctx, *, body: AICoachRequest) -> AgentResponse:
    return await exchange(ctx, "coach", body)


async def ai_report_generate(ctx: Ctx, *, body: AIReportGenerateRequest) -> AgentResponse:
    return await exchange(ctx, "report_generate", body)


async def ai_stats_interpret(ctx: Ctx, *, body: AIStatsInterpretRequest) -> AgentResponse:
    return await exchange(ctx, "stats_interpret", body)


async def ai_stats_recommend(ctx: Ctx, *, body: AIStatsRecommendRequest) -> AgentResponse:
    return await exchange(ctx, "stats_recommend", body)


async def ai_triage(ctx: Ctx, *, body: AITriageRequest) -> AgentResponse:
    return await exchange(ctx, "triage", body)


# ------------------------------------------------------------------------------------ conversations
def _last_message_at(conversation: AIConversation) -> datetime | None:
    messages = conversation.messages or []
    if not messages:
        return None
    return datetime.fromisoformat(str(messages[-1]["timestamp"]))


# ISO 8601 timestamps of one format sort as text.
_LAST_MESSAGE_AT = col(AIConversation.messages).op("->")(-1).op("->>")("timestamp")


async def _phase_names(ctx: Ctx, conversations: list[AIConversation]) -> dict[UUID, str]:
    ids = {c.phase_id for c in conversations if c.phase_id is not None}
    if not ids:
        return {}
    rows = await ctx.session.execute(select(Phase.id, Phase.phase_name).where(col(Phase.id).in_(ids)))
    return {row.id: str(row.phase_name) for row in rows}


def _computed(conversation: AIConversation, phase_names: dict[UUID, str]) -> dict[str, Any]:
    messages = conversation.messages or []
    first_user = next((m for m in messages if m.get("role") == "user"), None)
    return {
        "message_count": len(messages),
        "last_message_at": _last_message_at(conversation),
        "phase_name": phase_names.get(conversation.phase_id) if conversation.phase_id else None,
        "preview": str(first_user["content"])[:PREVIEW_CHARS] if first_user else "",
    }


async def list_conversations(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: AIConversationSort,
    order: SortOrder,
    agent_type: list[AgentType] | None,
    initiative_id: list[UUID] | None,
    is_active: bool | None,
) -> AIConversationList:
    stmt: Select[Any] = select(AIConversation).where(col(AIConversation.user_id) == ctx.user.id)
    if agent_type:
        stmt = stmt.where(col(AIConversation.agent_type).in_([a.value for a in agent_type]))
    if initiative_id:
        stmt = stmt.where(col(AIConversation.initiative_id).in_(initiative_id))
    if is_active is not None:
        stmt = stmt.where(col(AIConversation.is_active) == is_active)
    columns = {
        "created_at": AIConversation.created_at,
        "updated_at": AIConversation.updated_at,
        "last_message_at": func.nullif(_LAST_MESSAGE_AT, ""),
    }
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort.value, order, columns, col(AIConversation.id)),
    )
    conversations = list(result.items)
    names = await _phase_names(ctx, conversations)
    items = [to_response(AIConversationBrief, c, **_computed(c, names)) for c in conversations]
    return AIConversationList.model_validate(result.envelope(items))


async def get_conversation(ctx: Ctx, *, conversation_id: UUID) -> AIConversationResponse:
    conversation = await ctx.session.get(AIConversation, conversation_id)
    if conversation is None or (conversation.user_id != ctx.user.id and not _is_admin(ctx.user)):
        raise NotFound(f"Conversation {conversation_id} not found")
    names = await _phase_names(ctx, [conversation])
    extra = _computed(conversation, names)
    extra.pop("preview")
    return to_response(AIConversationResponse, conversation, **extra)


def _is_admin(user: User) -> bool:
    return str(user.role) == "admin"
