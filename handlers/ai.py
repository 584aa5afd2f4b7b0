"""Handlers of the ai operations."""

from __future__ import annotations

from uuid import UUID

from fastapi import Response  # noqa: F401

from generated.models import (
    AgentResponse,
    AgentType,
    AIChatRequest,
    AICoachRequest,
    AIConversationList,
    AIConversationResponse,
    AIConversationSort,
    AIReportGenerateRequest,
    AIStatsInterpretRequest,
    AIStatsRecommendRequest,
    AITriageRequest,
    SortOrder,
)
from handlers.context import Ctx
from handlers.errors import NotImplementedYet


async def ai_chat(ctx: Ctx, *, body: AIChatRequest) -> AgentResponse:
    raise NotImplementedYet()


async def ai_coach(ctx: Ctx, *, body: AICoachRequest) -> AgentResponse:
    raise NotImplementedYet()


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
    raise NotImplementedYet()


async def get_conversation(ctx: Ctx, *, conversation_id: UUID) -> AIConversationResponse:
    raise NotImplementedYet()


async def ai_report_generate(ctx: Ctx, *, body: AIReportGenerateRequest) -> AgentResponse:
    raise NotImplementedYet()


async def ai_stats_interpret(ctx: Ctx, *, body: AIStatsInterpretRequest) -> AgentResponse:
    raise NotImplementedYet()


async def ai_stats_recommend(ctx: Ctx, *, body: AIStatsRecommendRequest) -> AgentResponse:
    raise NotImplementedYet()


async def ai_triage(ctx: Ctx, *, body: AITriageRequest) -> AgentResponse:
    raise NotImplementedYet()
