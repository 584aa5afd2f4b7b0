"""Initiatives: the living profile of an improvement project."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import (
    Date,
    Integer,
    Uuid,
    and_,
    bindparam,
    cast,
    func,
    insert,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy import inspect as sa_inspect
from sqlmodel import col

from generated.models import (
    ActionStatus,
    AgentResponse,
    AuditAction,
    CurrentPhase,
    Health,
    InitiativeBrief,
    InitiativeCounts,
    InitiativeCreate,
    InitiativeList,
    InitiativeResponse,
    InitiativeSort,
    InitiativeStatus,
    InitiativeType,
    InitiativeUpdate,
    Methodology,
    PhaseBrief,
    PhaseStatus,
    Priority,
    SortOrder,
    TimelineList,
)
from handlers import audit
from handlers.access import load_initiative, require_initiative_write, require_team_allowed
from handlers.context import Ctx, utcnow
from handlers.errors import NotFound, ServiceUnavailable, ValidationFailed
from handlers.methodology import phases_of
from handlers.pagination import order_by, paginate, priority_rank, to_list
from handlers.resources import (
    check_if_match,
    column_values,
    etag_for,
    parse_number_or_uuid,
    set_etag,
    set_location,
    to_response,
)
from handlers.tables import (
    ActionItem,
    Dataset,
    Document,
    Initiative,
    InitiativeStakeholder,
    Metric,
    Note,
    Phase,
    PhaseArtifact,
    StatisticalAnalysis,
    Team,
    User,
    initiative_search_vector,
)
from handlers.tables.rollups import NO_TEAM, InitiativeListCount

PRIORITY_RANK = priority_rank(Initiative.priority)
SORT_COLUMNS: dict[str, Any] = {
    InitiativeSort.created_at: Initiative.created_at,
    InitiativeSort.updated_at: Initiative.updated_at,
    InitiativeSort.title: func.lower(Initiative.title),
    InitiativeSort.initiative_number: cast(func.substr(Initiative.initiative_number, 5), Integer),
    InitiativeSort.priority: PRIORITY_RANK,
    InitiativeSort.status: Initiative.status,
    InitiativeSort.target_completion: Initiative.target_completion,
}
CLOSED_ACTIONS = (ActionStatus.completed, ActionStatus.cancelled)
BRIEF_COLUMNS = [getattr(Initiative, name) for name in InitiativeBrief.model_fields]


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def search_filter(q: str) -> Any:
    """``q``: every word must prefix-match a word of the title or problem statement (the full-text
    GIN index ``ix_initiatives_search``), or ``q`` is the initiative's number."""
    words = _WORD.findall(q.lower())[:10]
    number = Initiative.initiative_number == q.strip().upper()
    if not words:
        return number
    tsquery = func.to_tsquery(literal_column("'simple'::regconfig"), " & ".join(f"{w}:*" for w in words))
    return or_(initiative_search_vector().op("@@")(tsquery), number)


def etag(initiative: Initiative) -> str:
    return etag_for(initiative.id, initiative.updated_at)


async def _check_references(ctx: Ctx, values: dict[str, Any]) -> None:
    """Referenced users and team must exist (422 naming the field, never a foreign-key 500)."""
    for field in ("lead_analyst_id", "sponsor_id", "process_owner_id"):
        user_id = values.get(field)
        if user_id is not None and await ctx.session.get(User, user_id) is None:
            raise ValidationFailed.field(["body", field], f"User {user_id} does not exist")
    team_id = values.get("team_id")
    if team_id is not None and await ctx.session.get(Team, team_id) is None:
        raise ValidationFailed.field(["body", "team_id"], f"Team {team_id} does not exist")
    start, target = values.get("start_date"), values.get("target_completion")
    if start and target and target < start:
        raise ValidationFailed.field(["body", "target_completion"], "target_completion is before start_date")


def _response_statements() -> tuple[Any, Any]:
    """The one-row counts of an initiative joined to its phases (one row per phase, or one row
    without a phase), with bound ``initiative_id`` and ``today``: built once, so a read pays no
    statement construction (SQLAlchemy then also reuses its compiled form). The second statement
    reads the live initiative itself too (no row when there is none): a GET by id in one round trip."""
    initiative_id, today = bindparam("initiative_id", type_=Uuid()), bindparam("today", type_=Date())

    def count(table: Any, *where: Any) -> Any:
        return (
            select(func.count())
            .select_from(table)
            .where(table.initiative_id == initiative_id, *where)
            .scalar_subquery()
        )

    open_action = col(ActionItem.status).not_in(CLOSED_ACTIONS)
    counts = select(
        count(ActionItem, open_action).label("actions_open"),
        count(ActionItem, open_action, ActionItem.due_date < today).label("actions_overdue"),
        count(Metric).label("metrics"),
        count(Note).label("notes"),
        count(Document).label("documents"),
        count(Dataset).label("datasets"),
        count(StatisticalAnalysis).label("analyses"),
        count(PhaseArtifact).label("artifacts"),
        count(InitiativeStakeholder).label("stakeholders"),
    ).subquery("counts")
    response = (
        select(counts, Phase)
        .select_from(counts)
        .outerjoin(Phase, Phase.initiative_id == initiative_id)
        .order_by(Phase.phase_order)
    )
    with_initiative = (
        select(Initiative, counts, Phase)
        .select_from(Initiative)
        .join(counts, true())
        .outerjoin(Phase, Phase.initiative_id == initiative_id)
        .where(Initiative.id == initiative_id, Initiative.deleted_at.is_(None))
        .order_by(Phase.phase_order)
    )
    return response, with_initiative


RESPONSE_STATEMENT, GET_STATEMENT = _response_statements()
COUNT_NAMES = tuple(InitiativeCounts.model_fields)


async def build_response(ctx: Ctx, initiative: Initiative) -> InitiativeResponse:
    """The initiative with its phases and counts, read in one statement."""
    rows = (
        await ctx.session.execute(RESPONSE_STATEMENT, {"initiative_id": initiative.id, "today": date.today()})
    ).all()
    return _response(ctx, initiative, rows)


def _response(ctx: Ctx, initiative: Initiative, rows: Sequence[Any]) -> InitiativeResponse:
    set_etag(ctx, etag(initiative))
    return to_response(
        InitiativeResponse,
        initiative,
        phases=[to_response(PhaseBrief, row.Phase) for row in rows if row.Phase is not None],
        counts=InitiativeCounts.model_validate({name: getattr(rows[0], name) for name in COUNT_NAMES}),
    )


async def list_initiatives(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: InitiativeSort,
    order: SortOrder,
    q: str | None,
    status: list[InitiativeStatus] | None,
    priority: list[Priority] | None,
    methodology: list[Methodology] | None,
    initiative_type: list[InitiativeType] | None,
    health: list[Health] | None,
    team_id: list[UUID] | None,
    lead_analyst_id: list[UUID] | None,
    created_from: datetime | None,
    created_to: datetime | None,
    target_from: date | None,
    target_to: date | None,
) -> InitiativeList:
    # Only the columns of the brief: the page and its count read (and hydrate) far less than whole rows.
    stmt = select(*BRIEF_COLUMNS).where(Initiative.deleted_at.is_(None))
    filters: list[Any] = []
    for column, values in (
        (Initiative.status, status),
        (Initiative.priority, priority),
        (Initiative.methodology, methodology),
        (Initiative.initiative_type, initiative_type),
        (Initiative.health, health),
        (Initiative.team_id, team_id),
        (Initiative.lead_analyst_id, lead_analyst_id),
    ):
        if values:
            filters.append(col(column).in_(values))
    if q:
        filters.append(search_filter(q))
    if created_from:
        filters.append(Initiative.created_at >= created_from)
    if created_to:
        filters.append(Initiative.created_at <= created_to)
    if target_from:
        filters.append(Initiative.target_completion >= target_from)
    if target_to:
        filters.append(Initiative.target_completion <= target_to)
    if filters:
        stmt = stmt.where(and_(*filters))

    async def count_from_rollup() -> int:
        """The exact total from initiative_list_counts (kept by triggers), instead of counting
        every matching row: possible when only these columns are filtered."""
        c = InitiativeListCount
        where = [
            col(column).in_(values)
            for column, values in (
                (c.status, status),
                (c.priority, priority),
                (c.methodology, methodology),
                (c.initiative_type, initiative_type),
                (c.health, health),
                (c.team_key, team_id),
            )
            if values
        ]
        total = select(func.coalesce(func.sum(c.initiatives), 0)).where(*where)
        return int((await ctx.session.execute(total)).scalar_one())

    # The roll-up files team-less initiatives under the nil UUID, which team_id must not match.
    countable = not (
        q or lead_analyst_id or created_from or created_to or target_from or target_to
    ) and NO_TEAM not in (team_id or [])
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Initiative.id),
        scalars=False,
        count=count_from_rollup if countable else None,
    )
    return to_list(InitiativeList, result, InitiativeBrief)


async def create_initiative(
    ctx: Ctx, *, idempotency_key: str | None, body: InitiativeCreate
) -> InitiativeResponse:
    values = column_values(Initiative, body.model_dump(exclude_none=True))
    await _check_references(ctx, values)
    await require_team_allowed(ctx, body.team_id)
    initiative = await create_initiative_row(ctx, values)
    set_location(ctx, f"/initiatives/{initiative.id}")
    return await build_response(ctx, initiative)


# The phases table (not the entity): an executemany of one cached single-row INSERT, where a
# multi-row VALUES would be compiled again on every call (SQLAlchemy does not cache those).
PHASES_INSERT = insert(sa_inspect(Phase).local_table)


async def create_initiative_row(ctx: Ctx, values: dict[str, Any]) -> Initiative:
    """Insert an initiative with its phases (from ``values["methodology"]``, default dmaic; the first
    in_progress) and record its creation. The caller has checked ``values`` (``_check_references``)
    and the caller's right to create it. Shared by ``create_initiative`` and ``convert_request``."""
    phase_names = phases_of(values.get("methodology") or Methodology.dmaic)
    now = utcnow()
    initiative = Initiative(
        **values,
        current_phase=CurrentPhase(phase_names[0]),
        phase_progress={p: 0 for p in phase_names},
    )
    ctx.session.add(initiative)
    await ctx.session.flush()  # eager_defaults: the number, timestamps and defaults come back
    # Every phase in one INSERT (no ORM objects: build_response reads them back).
    await ctx.session.execute(
        PHASES_INSERT,
        [
            {
                "initiative_id": initiative.id,
                "phase_name": name,
                "phase_order": order,
                "status": PhaseStatus.in_progress if order == 1 else PhaseStatus.not_started,
                "started_at": now if order == 1 else None,
            }
            for order, name in enumerate(phase_names, start=1)
        ],
    )
    audit.record(
        ctx,
        entity_type="initiative",
        entity_id=initiative.id,
        action=AuditAction.create,
        changes=audit.snapshot(
            initiative,
            ["initiative_number", "title", "methodology", "status", "priority", "team_id", "request_id"],
        ),
        initiative_id=initiative.id,
    )
    return initiative


async def get_initiative(ctx: Ctx, *, initiative_id: str) -> InitiativeResponse:
    uid, _ = parse_number_or_uuid(initiative_id, "INI")
    if uid is None:  # by number: load_initiative resolves it
        return await build_response(ctx, await load_initiative(ctx, initiative_id))
    rows = (await ctx.session.execute(GET_STATEMENT, {"initiative_id": uid, "today": date.today()})).all()
    if not rows:
        raise NotFound(f"Initiative {initiative_id} not found")
    return _response(ctx, rows[0].Initiative, rows)


async def update_initiative(
    ctx: Ctx, *, initiative_id: str, if_match: str | None, body: InitiativeUpdate
) -> InitiativeResponse:
    initiative = await load_initiative(ctx, initiative_id, for_update=True)
    check_if_match(if_match, etag(initiative))
    await require_initiative_write(ctx, initiative)
    updates = column_values(Initiative, body.model_dump(exclude_unset=True))
    merged = {
        "start_date": initiative.start_date,
        "target_completion": initiative.target_completion,
        **updates,
    }
    await _check_references(
        ctx, {k: v for k, v in merged.items() if k in updates or k in ("start_date", "target_completion")}
    )
    if "team_id" in updates and updates["team_id"] != initiative.team_id:
        await require_team_allowed(ctx, updates["team_id"])
    new_status = updates.get("status", initiative.status)
    status_changes = new_status != initiative.status
    if new_status in (InitiativeStatus.on_hold, InitiativeStatus.cancelled):
        # Becoming on_hold/cancelled needs a reason in the same request; staying keeps the stored one.
        reason = updates.get("status_reason", None if status_changes else initiative.status_reason)
        if not reason or not reason.strip():
            raise ValidationFailed.field(
                ["body", "status_reason"], f"status_reason is required when the status is {new_status}"
            )
    elif status_changes and "status_reason" not in updates:
        updates["status_reason"] = None
    if (
        updates.get("status") == InitiativeStatus.completed
        and not merged.get("actual_completion")
        and not initiative.actual_completion
    ):
        updates["actual_completion"] = date.today()
    changes = audit.apply_changes(initiative, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(initiative)
        audit.record(
            ctx,
            entity_type="initiative",
            entity_id=initiative.id,
            action=AuditAction.status_change
            if set(changes) <= {"status", "status_reason", "actual_completion"}
            else AuditAction.update,
            changes=changes,
            initiative_id=initiative.id,
        )
    return await build_response(ctx, initiative)


async def delete_initiative(ctx: Ctx, *, initiative_id: str, if_match: str | None) -> None:
    initiative = await load_initiative(ctx, initiative_id, for_update=True)
    check_if_match(if_match, etag(initiative))
    await require_initiative_write(ctx, initiative)
    initiative.deleted_at = utcnow()
    audit.record(
        ctx,
        entity_type="initiative",
        entity_id=initiative.id,
        action=AuditAction.delete,
        changes={"deleted_at": [None, audit.jsonable(initiative.deleted_at)]},
        initiative_id=initiative.id,
    )


async def get_initiative_timeline(ctx: Ctx, *, initiative_id: str, page: int, page_size: int) -> TimelineList:
    """Audit events of the initiative and of every row under it (``audit_events.initiative_id``) and
    its notes, newest first, in one paginated UNION ALL (exact total)."""
    from sqlalchemy import Text, null, union_all

    from generated.models import TimelineEvent
    from handlers.tables import AuditEvent

    initiative = await load_initiative(ctx, initiative_id)
    events = select(
        AuditEvent.id,
        literal_column("'audit'").label("kind"),
        AuditEvent.occurred_at,
        AuditEvent.actor_id,
        AuditEvent.entity_type,
        AuditEvent.entity_id,
        AuditEvent.action,
        AuditEvent.changes,
        cast(null(), Text).label("note_type"),
        cast(null(), Text).label("content"),
    ).where(AuditEvent.initiative_id == initiative.id)
    notes = select(
        Note.id,
        literal_column("'note'"),
        Note.created_at,
        Note.author_id,
        literal_column("'note'"),
        Note.id,
        cast(null(), Text),
        literal_column("'{}'::jsonb"),
        Note.note_type,
        Note.content,
    ).where(Note.initiative_id == initiative.id)
    timeline = union_all(events, notes).subquery("timeline")
    result = await paginate(
        ctx.session,
        select(timeline),
        page=page,
        page_size=page_size,
        ordering=[timeline.c.occurred_at.desc(), timeline.c.id.desc()],
        scalars=False,
    )
    items = [TimelineEvent.model_validate(row._asdict()) for row in result.items]
    return TimelineList.model_validate(result.envelope(items))


async def get_initiative_summary(ctx: Ctx, *, initiative_id: str) -> AgentResponse:
    """The AI report agent's summary of the initiative (intent ``summary``), built from its phases,
    metrics, actions and notes; nothing is stored (``conversation_id`` null); 503 when the AI engine
    is unavailable."""
    from handlers.ai import count_call
    from handlers.ai_grounding import build_context
    from handlers.services import ServiceUnavailableError
    from handlers.services.ai import ai_orchestrator

    ctx.response.headers.update((await count_call(ctx)).headers())  # the caller's AI rate limit
    initiative = await load_initiative(ctx, initiative_id)
    context = await build_context(ctx.session, ctx.user, "summary", {"initiative_id": str(initiative.id)})
    context["message"] = f"Summarise initiative {initiative.initiative_number}."
    context["history"] = []
    try:
        answer = await ai_orchestrator(ctx).route("summary", context)
    except ServiceUnavailableError as exc:
        raise ServiceUnavailable(f"The AI service is unavailable: {exc}") from None
    return answer.model_copy(update={"conversation_id": None})
