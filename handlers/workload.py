"""Workload: hours a user plans and spends per week (entries), and the weekly roll-ups of a user and
of a team (``GET /users/{id}/workload`` and ``GET /teams/{id}/workload`` use ``user_workload`` and
``team_workload`` below).

Who sees and writes entries: everyone their own (writing needs analyst, from the contract); managers
also those of the members of teams they manage or lead; admins everyone's. An entry outside that
scope is 404.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from uuid import UUID

from fastapi import Response  # noqa: F401
from sqlalchemy import Select, func, or_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    SortOrder,
    TeamWorkload,
    UserWorkload,
    WorkloadEntryBrief,
    WorkloadEntryCreate,
    WorkloadEntryList,
    WorkloadEntryResponse,
    WorkloadEntrySort,
    WorkloadEntryUpdate,
    WorkloadWeek,
)
from handlers import audit
from handlers.access import managed_team_ids
from handlers.context import Ctx
from handlers.errors import Conflict, Forbidden, NotFound, ValidationFailed
from handlers.pagination import order_by, paginate
from handlers.permissions import Permission
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.tables import Initiative, Team, TeamMember, User, WorkloadEntry

SORT_COLUMNS: dict[str, Any] = {
    WorkloadEntrySort.created_at: WorkloadEntry.created_at,
    WorkloadEntrySort.updated_at: WorkloadEntry.updated_at,
    WorkloadEntrySort.week_of: WorkloadEntry.week_of,
    WorkloadEntrySort.hours_allocated: WorkloadEntry.hours_allocated,
    WorkloadEntrySort.actual_hours: WorkloadEntry.actual_hours,
}
MAX_WEEKS = 53
DEFAULT_WEEKS = 8
CENTS = Decimal("0.01")


# --- who may see and write whose entries --------------------------------------------------------


def _sees_everyone(ctx: Ctx) -> bool:
    return ctx.can(Permission.manage_all_teams)  # admins


async def _managed_members(ctx: Ctx) -> Any:
    """A subquery of the users whose entries the caller manages besides their own (members of
    teams the caller manages or leads; managers only), or None when there are none."""
    if not ctx.can(Permission.view_team_workload):
        return None
    teams = await managed_team_ids(ctx, ctx.user.id)
    if not teams:
        return None
    return select(TeamMember.user_id).where(col(TeamMember.team_id).in_(teams))


async def _visible(ctx: Ctx, stmt: Select[Any]) -> Select[Any]:
    if _sees_everyone(ctx):
        return stmt
    members = await _managed_members(ctx)
    own = WorkloadEntry.user_id == ctx.user.id
    return stmt.where(own if members is None else or_(own, col(WorkloadEntry.user_id).in_(members)))


async def _may_manage(ctx: Ctx, user_id: UUID) -> bool:
    """Whether the caller may log or change hours of ``user_id``."""
    if user_id == ctx.user.id or _sees_everyone(ctx):
        return True
    members = await _managed_members(ctx)
    if members is None:
        return False
    found = await ctx.session.execute(members.where(TeamMember.user_id == user_id).limit(1))
    return found.first() is not None


# --- entries ------------------------------------------------------------------------------------


def _hours(value: float) -> Decimal:
    return Decimal(repr(value)).quantize(CENTS, rounding=ROUND_HALF_UP)  # as numeric(6,2) rounds


def etag(entry: WorkloadEntry) -> str:
    return etag_for(entry.id, entry.updated_at)


def _entries() -> Select[Any]:
    stmt: Select[Any] = (
        select(WorkloadEntry, User.full_name, Initiative.initiative_number)
        .join(User, col(User.id) == WorkloadEntry.user_id)
        .outerjoin(Initiative, col(Initiative.id) == WorkloadEntry.initiative_id)
    )
    return stmt


def _data(full_name: str, number: str | None) -> dict[str, Any]:
    return {"user_full_name": full_name, "initiative_number": number}


async def _respond(ctx: Ctx, entry: WorkloadEntry) -> WorkloadEntryResponse:
    row: Any = (await ctx.session.execute(_entries().where(WorkloadEntry.id == entry.id))).one()
    set_etag(ctx, etag(entry))
    return to_response(WorkloadEntryResponse, entry, **_data(row[1], row[2]))


async def _load(ctx: Ctx, entry_id: UUID) -> WorkloadEntry:
    """An entry the caller may see (locked for the write), or 404."""
    stmt = await _visible(ctx, select(WorkloadEntry).where(WorkloadEntry.id == entry_id))
    entry: WorkloadEntry | None = (await ctx.session.execute(stmt.with_for_update())).scalar_one_or_none()
    if entry is None:
        raise NotFound(f"Workload entry {entry_id} not found")
    return entry


async def list_workload(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: WorkloadEntrySort,
    order: SortOrder,
    user_id: list[UUID] | None,
    initiative_id: list[UUID] | None,
    team_id: list[UUID] | None,
    week_from: date | None,
    week_to: date | None,
) -> WorkloadEntryList:
    stmt = await _visible(ctx, _entries())
    if user_id:
        stmt = stmt.where(col(WorkloadEntry.user_id).in_(user_id))
    if initiative_id:
        stmt = stmt.where(col(WorkloadEntry.initiative_id).in_(initiative_id))
    if team_id:
        stmt = stmt.where(
            col(WorkloadEntry.user_id).in_(
                select(TeamMember.user_id).where(col(TeamMember.team_id).in_(team_id))
            )
        )
    if week_from:
        stmt = stmt.where(WorkloadEntry.week_of >= week_from)
    if week_to:
        stmt = stmt.where(WorkloadEntry.week_of <= week_to)
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, WorkloadEntry.id),
        scalars=False,
    )
    items = [to_response(WorkloadEntryBrief, e, **_data(name, number)) for e, name, number in result.items]
    return WorkloadEntryList.model_validate(result.envelope(items))


async def create_workload_entry(
    ctx: Ctx, *, idempotency_key: str | None, body: WorkloadEntryCreate
) -> WorkloadEntryResponse:
    if body.week_of.isoweekday() != 1:
        monday = body.week_of - timedelta(days=body.week_of.weekday())
        raise ValidationFailed.field(
            ["body", "week_of"],
            f"week_of must be a Monday; {body.week_of} is a {body.week_of:%A} (its week starts {monday})",
        )
    user_id = body.user_id or ctx.user.id
    if user_id != ctx.user.id and await ctx.session.get(User, user_id) is None:
        raise ValidationFailed.field(["body", "user_id"], f"User {user_id} does not exist")
    if not await _may_manage(ctx, user_id):
        raise Forbidden(
            "You may log hours only for yourself (managers also for members of teams they manage or lead)"
        )
    if body.initiative_id is not None:
        live = await ctx.session.execute(
            select(Initiative.id).where(
                Initiative.id == body.initiative_id, col(Initiative.deleted_at).is_(None)
            )
        )
        if live.first() is None:
            raise ValidationFailed.field(
                ["body", "initiative_id"], f"Initiative {body.initiative_id} does not exist"
            )
    taken = await ctx.session.execute(
        select(WorkloadEntry.id).where(
            WorkloadEntry.user_id == user_id,
            WorkloadEntry.week_of == body.week_of,
            WorkloadEntry.initiative_id == body.initiative_id
            if body.initiative_id is not None
            else col(WorkloadEntry.initiative_id).is_(None),
        )
    )
    if taken.first() is not None:
        raise Conflict(
            f"An entry for this user, {'initiative' if body.initiative_id else 'time outside initiatives'} "
            f"and the week of {body.week_of} already exists: change it instead"
        )
    entry = WorkloadEntry(
        user_id=user_id,
        initiative_id=body.initiative_id,
        week_of=body.week_of,
        hours_allocated=_hours(body.hours_allocated),
        actual_hours=_hours(body.actual_hours if body.actual_hours is not None else 0),
        notes=body.notes,
    )
    ctx.session.add(entry)
    await ctx.session.flush()
    await ctx.session.refresh(entry)
    audit.record(
        ctx,
        entity_type="workload_entry",
        entity_id=entry.id,
        action=AuditAction.create,
        changes=audit.snapshot(
            entry, ["user_id", "initiative_id", "week_of", "hours_allocated", "actual_hours"]
        ),
        initiative_id=entry.initiative_id,
    )
    set_location(ctx, f"/workload/{entry.id}")
    return await _respond(ctx, entry)


async def update_workload_entry(
    ctx: Ctx, *, entry_id: UUID, if_match: str | None, body: WorkloadEntryUpdate
) -> WorkloadEntryResponse:
    entry = await _load(ctx, entry_id)
    check_if_match(if_match, etag(entry))
    if not await _may_manage(ctx, entry.user_id):
        raise Forbidden("You may not change this entry")
    updates = body.model_dump(exclude_unset=True)
    for name in ("hours_allocated", "actual_hours"):
        if name in updates:
            if updates[name] is None:
                raise ValidationFailed.field(["body", name], "must be a number")
            updates[name] = _hours(updates[name])
    changes = audit.apply_changes(entry, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(entry)
        audit.record(
            ctx,
            entity_type="workload_entry",
            entity_id=entry.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=entry.initiative_id,
        )
    return await _respond(ctx, entry)


async def delete_workload_entry(ctx: Ctx, *, entry_id: UUID, if_match: str | None) -> None:
    entry = await _load(ctx, entry_id)
    check_if_match(if_match, etag(entry))
    if not await _may_manage(ctx, entry.user_id):
        raise Forbidden("You may not delete this entry")
    audit.record(
        ctx,
        entity_type="workload_entry",
        entity_id=entry.id,
        action=AuditAction.delete,
        changes={
            k: [audit.jsonable(getattr(entry, k)), None]
            for k in ("user_id", "initiative_id", "week_of", "hours_allocated", "actual_hours")
            if getattr(entry, k) is not None
        },
        initiative_id=entry.initiative_id,
    )
    await ctx.session.delete(entry)
    await ctx.session.flush()


# --- weekly roll-ups ----------------------------------------------------------------------------


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_range(week_from: date | None, week_to: date | None) -> list[date]:
    """Every Monday from the one on or before ``week_from`` (default: this week, UTC) to the one on or
    before ``week_to`` (default: seven weeks later); 422 when reversed or longer than 53 weeks."""
    start = week_from if week_from is not None else monday_of(datetime.now(UTC).date())
    try:
        end = week_to if week_to is not None else monday_of(start) + timedelta(weeks=DEFAULT_WEEKS - 1)
    except OverflowError:
        raise ValidationFailed.field(
            ["query", "week_from"], "week_from is too close to the end of the calendar"
        ) from None
    if end < start:
        raise ValidationFailed.field(["query", "week_to"], "week_to is before week_from")
    first, last = monday_of(start), monday_of(end)
    count = (last - first).days // 7 + 1
    if count > MAX_WEEKS:
        raise ValidationFailed.field(
            ["query", "week_to"], f"The range covers {count} weeks; at most {MAX_WEEKS} are reported"
        )
    return [first + timedelta(weeks=n) for n in range(count)]


def _week(week_of: date, allocated: Decimal, actual: Decimal, capacity: Decimal) -> WorkloadWeek:
    return WorkloadWeek(
        week_of=week_of,
        hours_allocated=float(allocated),
        actual_hours=float(actual),
        utilization=float(allocated / capacity) if capacity > 0 else None,
    )


async def _weekly_hours(
    ctx: Ctx, user_ids: list[UUID], weeks: list[date]
) -> dict[UUID, dict[date, tuple[Decimal, Decimal]]]:
    """Σ allocated and Σ actual hours per user and week (entries inside and outside initiatives)."""
    hours: dict[UUID, dict[date, tuple[Decimal, Decimal]]] = defaultdict(dict)
    if not user_ids:
        return hours
    rows = await ctx.session.execute(
        select(
            WorkloadEntry.user_id,
            WorkloadEntry.week_of,
            func.sum(WorkloadEntry.hours_allocated),
            func.sum(WorkloadEntry.actual_hours),
        )
        .outerjoin(Initiative, col(Initiative.id) == WorkloadEntry.initiative_id)
        .where(
            col(WorkloadEntry.user_id).in_(user_ids),
            WorkloadEntry.week_of >= weeks[0],
            WorkloadEntry.week_of <= weeks[-1],
            # Hours on deleted initiatives no longer count (as in the dashboards).
            or_(col(WorkloadEntry.initiative_id).is_(None), col(Initiative.deleted_at).is_(None)),
        )
        .group_by(WorkloadEntry.user_id, WorkloadEntry.week_of)
    )
    for user_id, week_of, allocated, actual in rows.all():
        hours[user_id][week_of] = (Decimal(allocated), Decimal(actual))
    return hours


def _user_workload(user: User, weeks: list[date], hours: dict[date, tuple[Decimal, Decimal]]) -> UserWorkload:
    zero = (Decimal(0), Decimal(0))
    return UserWorkload(
        user_id=user.id,
        full_name=user.full_name,
        capacity_hours=float(user.capacity_hours),
        week_from=weeks[0],
        week_to=weeks[-1],
        weeks=[_week(w, *hours.get(w, zero), user.capacity_hours) for w in weeks],
    )


async def user_workload(
    ctx: Ctx, *, user_id: UUID, week_from: date | None, week_to: date | None
) -> UserWorkload:
    """``GET /users/{user_id}/workload``: one's own, or anyone's for managers and admins."""
    user = await ctx.session.get(User, user_id)
    if user is None:
        raise NotFound(f"User {user_id} not found")
    if user.id != ctx.user.id:
        ctx.require_role("manager")
    weeks = week_range(week_from, week_to)
    hours = await _weekly_hours(ctx, [user.id], weeks)
    return _user_workload(user, weeks, hours.get(user.id, {}))


async def team_workload(
    ctx: Ctx, *, team_id: UUID, week_from: date | None, week_to: date | None
) -> TeamWorkload:
    """``GET /teams/{team_id}/workload``: the team's manager or lead, or an admin."""
    team = await ctx.session.get(Team, team_id)
    if team is None:
        raise NotFound(f"Team {team_id} not found")
    if not _sees_everyone(ctx) and team.id not in await managed_team_ids(ctx, ctx.user.id):
        raise Forbidden("Only the team's manager or lead (or an admin) may read its workload")
    weeks = week_range(week_from, week_to)
    members = (
        (
            await ctx.session.execute(
                select(User)
                .join(TeamMember, col(TeamMember.user_id) == User.id)
                .where(TeamMember.team_id == team.id, col(User.is_active).is_(True))
                .order_by(func.lower(User.full_name), User.id)
            )
        )
        .scalars()
        .all()
    )
    hours = await _weekly_hours(ctx, [m.id for m in members], weeks)
    capacity = sum((m.capacity_hours for m in members), Decimal(0))
    zero = (Decimal(0), Decimal(0))
    totals = []
    for week in weeks:
        per_member = [hours[m.id].get(week, zero) for m in members if m.id in hours]
        allocated = sum((a for a, _ in per_member), Decimal(0))
        actual = sum((b for _, b in per_member), Decimal(0))
        totals.append(_week(week, allocated, actual, capacity))
    return TeamWorkload(
        team_id=team.id,
        week_from=weeks[0],
        week_to=weeks[-1],
        capacity_hours=float(capacity),
        weeks=totals,
        members=[_user_workload(m, weeks, hours.get(m.id, {})) for m in members],
    )
