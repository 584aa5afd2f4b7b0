"""Dashboards: read-only roll-ups computed by aggregation queries on every request (nothing stored).

Each dashboard is a handful of statements, never a query per initiative, member or action. Deleted
initiatives never count (nor their actions or workload entries). "Open" action items are those not
completed or cancelled; "overdue" ones are open with a due_date before today (UTC).

Designed for a million initiatives (see migrations/versions/2026-11-26_dashboard_indexes.py for the
measurements):
- the portfolio counts and savings are one scan of the covering partial index
  ``ix_initiatives_portfolio`` (team_id, created_at) INCLUDE (the counted columns), grouped once by
  every dimension together and then rolled up with GROUPING SETS;
- open and overdue actions come from the partial index ``ix_action_items_open``; without a team or
  date filter, actions of deleted initiatives are subtracted through ``ix_initiatives_deleted``
  (an anti-join against the few deleted rows instead of a join against every live one);
- throughput reads only the months asked for, from the expression indexes
  ``ix_initiatives_started_on`` and ``ix_initiatives_completed_on``.
Constants that partial-index predicates or index expressions must match are inlined in the SQL
(``literal_column``), never bound as parameters: a generic prepared plan could not use the index.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from fastapi import Response  # noqa: F401
from pydantic import BaseModel
from sqlalchemy import (
    Date,
    and_,
    cast,
    exists,
    extract,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlmodel import col

from generated.models import (
    ActionBrief,
    ActionStatus,
    ActionStatusCounts,
    CurrentPhaseCounts,
    DashboardPeriod,
    HealthCounts,
    InitiativeBrief,
    InitiativeCounts,
    InitiativeDashboard,
    InitiativeStatus,
    InitiativeStatusCounts,
    MethodologyCounts,
    MetricDirection,
    MetricProgress,
    PhaseProgress,
    PhaseStatus,
    PortfolioDashboard,
    PortfolioTotals,
    Priority,
    PriorityCounts,
    RequestPipelineDashboard,
    RequestStatus,
    RequestStatusCounts,
    SavingsTotal,
    TeamDashboard,
    TeamDashboardMember,
    ThroughputMonth,
    UserDashboard,
    WorkloadWeek,
)
from handlers.access import load_initiative
from handlers.context import Ctx, utcnow
from handlers.errors import Forbidden, NotFound, ValidationFailed
from handlers.pagination import priority_rank
from handlers.permissions import Permission
from handlers.resources import to_response
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
    Request,
    StatisticalAnalysis,
    Team,
    TeamMember,
    User,
    WorkloadEntry,
)
from handlers.tables.rollups import NO_TEAM, PortfolioActionDueDay, PortfolioRollup, PortfolioRollupTotal
from handlers.workload import monday_of, week_range

MAX_MONTHS = 120
DEFAULT_MONTHS = 12
USER_LIST_LIMIT = 50
UPCOMING_LIMIT = 10
CENTS = Decimal("0.01")
OPEN_INITIATIVE = (InitiativeStatus.planned, InitiativeStatus.active, InitiativeStatus.on_hold)


def _sql_list(values: tuple[str, ...]) -> list[Any]:
    """Values inlined as SQL literals (they must match a partial index's predicate)."""
    return [literal_column(f"'{v}'") for v in values]


LIVE = col(Initiative.deleted_at).is_(None)
OPEN_ACTION = col(ActionItem.status).not_in(_sql_list((ActionStatus.completed, ActionStatus.cancelled)))
# The day an initiative counts as started: its start_date, else the (UTC) day it was created. Spelled
# exactly as the expression of ix_initiatives_started_on.
STARTED_ON = func.coalesce(
    Initiative.start_date,
    cast(func.timezone(literal_column("'UTC'"), Initiative.created_at), Date),
)
PRIORITY_RANK = priority_rank(ActionItem.priority)


# --- small helpers --------------------------------------------------------------------------------


def _start_of_day(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _add_months(month: date, n: int) -> date:
    """The first day of the month ``n`` months after ``month``'s, kept within years 1–9999."""
    years, index = divmod(month.month - 1 + n, 12)
    year = month.year + years
    if year < date.min.year:
        return date.min
    if year > date.max.year:
        return date.max.replace(day=1)
    return date(year, index + 1, 1)


def _month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def _month_label(month: date) -> str:
    """``YYYY-MM`` (4-digit year, as PostgreSQL's ``to_char(d, 'YYYY-MM')`` writes it)."""
    return f"{month.year:04d}-{month.month:02d}"


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def _money(value: Decimal | None) -> str:
    return str((value or Decimal(0)).quantize(CENTS))


def _float(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


def _week(week_of: date, allocated: Decimal, actual: Decimal, capacity: Decimal) -> WorkloadWeek:
    return WorkloadWeek(
        week_of=week_of,
        hours_allocated=float(allocated),
        actual_hours=float(actual),
        utilization=float(allocated / capacity) if capacity > 0 else None,
    )


def _zero_counts[M: BaseModel](model: type[M], counts: Mapping[str, int]) -> M:
    """An enum-keyed counts object with every key present (zero when absent)."""
    return model.model_validate({name: int(counts.get(name, 0)) for name in model.model_fields})


def _check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationFailed.field(["query", "date_from"], "date_from is after date_to")


def _created_within(column: Any, date_from: date | None, date_to: date | None) -> list[Any]:
    """``column`` (a timestamptz) on a (UTC) day of [date_from, date_to]; sargable bounds."""
    where = []
    if date_from is not None:
        where.append(column >= _start_of_day(date_from))
    if date_to is not None and date_to < date.max:
        where.append(column < _start_of_day(date_to + timedelta(days=1)))
    return where


def _hours_excluding_deleted() -> Any:
    """Workload entries outside initiatives or on live ones (entries of deleted initiatives never count)."""
    deleted = exists().where(
        Initiative.id == WorkloadEntry.initiative_id, col(Initiative.deleted_at).is_not(None)
    )
    return ~deleted


# --- portfolio ------------------------------------------------------------------------------------


def _throughput_months(date_from: date | None, date_to: date | None, today: date) -> list[date]:
    current = _month_start(today)
    if date_from is None and date_to is None:
        first, last = _add_months(current, 1 - DEFAULT_MONTHS), current
    elif date_to is None:
        assert date_from is not None
        first = _month_start(date_from)
        last = max(current, first)
    elif date_from is None:
        last = _month_start(date_to)
        first = _add_months(last, 1 - DEFAULT_MONTHS)
    else:
        first, last = _month_start(date_from), _month_start(date_to)
    count = _months_between(first, last) + 1
    if count > MAX_MONTHS:
        raise ValidationFailed.field(
            ["query", "date_from"], f"The period covers {count} months; at most {MAX_MONTHS} are reported"
        )
    return [_add_months(first, n) for n in range(count)]


@dataclass
class _Counts:
    """The created-date-filtered part of the portfolio: counts per dimension, savings per currency
    (projected, actual, initiatives with any), open and overdue action items."""

    by: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    savings: dict[str, list[Any]] = field(default_factory=dict)
    total: int = 0
    open_actions: int = 0
    overdue_actions: int = 0

    def add(self, dim: str, value: str, n: int) -> None:
        self.by[dim][value] = self.by[dim].get(value, 0) + n
        if dim == "currency":
            self.total += n

    def add_savings(self, currency: str, projected: Any, actual: Any, with_savings: int) -> None:
        entry = self.savings.setdefault(currency, [Decimal(0), Decimal(0), 0])
        entry[0] += projected or Decimal(0)
        entry[1] += actual or Decimal(0)
        entry[2] += int(with_savings or 0)


PORTFOLIO_DIMS = ("currency", "status", "priority", "current_phase", "methodology", "health")


async def _base_counts(
    ctx: Ctx, counts: _Counts, in_teams: list[Any], created: list[Any], today: date
) -> None:
    """Add the counts of the live initiatives matching the filters, from the base tables."""
    # One pass grouping by every dimension at once (a few hundred groups at most), then one row per
    # value of each dimension (GROUPING SETS over that small result).
    dims = (
        Initiative.currency,
        Initiative.status,
        Initiative.priority,
        Initiative.current_phase,
        Initiative.methodology,
        Initiative.health,
    )
    with_savings = or_(
        col(Initiative.projected_savings).is_not(None), col(Initiative.actual_savings).is_not(None)
    )
    grouped = (
        select(
            *dims,
            func.count().label("n"),
            func.sum(Initiative.projected_savings).label("projected"),
            func.sum(Initiative.actual_savings).label("actual"),
            func.count().filter(with_savings).label("with_savings"),
        )
        .where(LIVE, *in_teams, *created)
        .group_by(*dims)
        .subquery("g")
    )
    g = grouped.c
    keys = (g.currency, g.status, g.priority, g.current_phase, g.methodology, g.health)
    rollup = select(
        *keys,
        func.sum(g.n).label("n"),
        func.sum(g.projected).label("projected"),
        func.sum(g.actual).label("actual"),
        func.sum(g.with_savings).label("with_savings"),
    ).group_by(func.grouping_sets(*keys))
    for row in (await ctx.session.execute(rollup)).mappings():
        dim = next(name for name in PORTFOLIO_DIMS if row[name] is not None)
        counts.add(dim, row[dim], int(row["n"]))
        if dim == "currency":
            counts.add_savings(row["currency"], row["projected"], row["actual"], row["with_savings"])

    # Open and overdue action items of those initiatives.
    actions = select(func.count(), func.count().filter(ActionItem.due_date < today)).where(OPEN_ACTION)
    if in_teams or created:
        chosen = select(Initiative.id).where(LIVE, *in_teams, *created)
        actions = actions.where(col(ActionItem.initiative_id).in_(chosen))
    else:
        deleted = exists().where(
            Initiative.id == ActionItem.initiative_id, col(Initiative.deleted_at).is_not(None)
        )
        actions = actions.where(~deleted)
    open_actions, overdue_actions = (await ctx.session.execute(actions)).one()
    counts.open_actions += int(open_actions)
    counts.overdue_actions += int(overdue_actions)


def _full_months(date_from: date | None, date_to: date | None) -> tuple[date | None, date | None] | None:
    """The creation months wholly inside [date_from, date_to] as (first, last) month starts (None:
    unbounded on that side), or None when not one month is whole."""
    first = last = None
    if date_from is not None:
        first = date_from if date_from.day == 1 else _add_months(_month_start(date_from), 1)
        if first < date_from:  # clamped at year 9999
            return None
    if date_to is not None:
        last = (
            _month_start(date_to)
            if date_to == _month_end(date_to)
            else _add_months(_month_start(date_to), -1)
        )
        if _month_end(last) > date_to:  # clamped at year 1
            return None
    if first is not None and last is not None and first > last:
        return None
    return first, last


async def _rollup_counts(
    ctx: Ctx,
    counts: _Counts,
    teams: list[UUID],
    months: tuple[date | None, date | None] | None,
    throughput: list[date],
    today: date,
) -> dict[str, tuple[int, int]]:
    """In one statement: add the counts of whole creation months (``months``; None: none) from the
    roll-ups (``portfolio_rollup_totals`` when unbounded, else ``portfolio_rollups`` over that
    range), and return the started and completed initiatives per month of ``throughput`` (whatever
    their creation date)."""
    zero = literal(0)
    parts: list[Any] = []
    if months is not None:
        first, last = months
        r: Any = PortfolioRollupTotal if first is None and last is None else PortfolioRollup
        where = [col(r.dimension).in_((*PORTFOLIO_DIMS, "open_actions"))]
        if teams:
            where.append(col(r.team_key).in_(teams))
        if first is not None:
            where.append(r.created_month >= first)
        if last is not None:
            where.append(r.created_month <= last)
        parts.append(
            select(
                r.dimension.label("dimension"),
                r.value.label("value"),
                func.sum(r.initiatives).label("n"),
                func.sum(r.projected_savings).label("projected"),
                func.sum(r.actual_savings).label("actual"),
                func.sum(r.with_savings).label("with_savings"),
            )
            .where(*where)
            .group_by(r.dimension, r.value)
        )
        # Open items due this month before today, per due day (earlier months: the due-month rows).
        d = PortfolioActionDueDay
        due = [d.due_date >= _month_start(today), d.due_date < today]
        if teams:
            due.append(col(d.team_key).in_(teams))
        if first is not None:
            due.append(d.created_month >= first)
        if last is not None:
            due.append(d.created_month <= last)
        parts.append(
            select(
                literal("overdue_this_month"),
                literal(""),
                func.coalesce(func.sum(d.open_actions), 0),
                zero,
                zero,
                zero,
            ).where(*due)
        )
    t = PortfolioRollupTotal
    moved = [
        col(t.dimension).in_(("started", "completed")),
        t.value >= _month_label(throughput[0]),
        t.value <= _month_label(throughput[-1]),
    ]
    if teams:
        moved.append(col(t.team_key).in_(teams))
    parts.append(
        select(t.dimension, t.value, func.sum(t.initiatives), zero, zero, zero)
        .where(*moved)
        .group_by(t.dimension, t.value)
    )
    this_month = _month_label(today)
    started: dict[str, int] = {}
    completed: dict[str, int] = {}
    for dimension, value, total, projected, actual, with_savings in (
        await ctx.session.execute(union_all(*parts))
    ).all():
        n = int(total)
        if dimension == "started":
            started[value] = n
        elif dimension == "completed":
            completed[value] = n
        elif dimension == "overdue_this_month":
            counts.overdue_actions += n
        elif dimension == "open_actions":
            counts.open_actions += n
            if value and value < this_month:
                counts.overdue_actions += n
        else:
            counts.add(dimension, value, n)
            if dimension == "currency":
                counts.add_savings(value, projected, actual, with_savings)
    return {m: (started.get(m, 0), completed.get(m, 0)) for m in {*started, *completed}}


async def _base_throughput(ctx: Ctx, in_teams: list[Any], months: list[date]) -> dict[str, tuple[int, int]]:
    """Initiatives started and completed per month (of any creation date), from the base table."""
    first, end = months[0], _month_end(months[-1])
    started = select(
        func.to_char(STARTED_ON, "YYYY-MM").label("month"),
        literal(1).label("started"),
        literal(0).label("completed"),
    ).where(LIVE, *in_teams, STARTED_ON.between(first, end))
    completed = select(
        func.to_char(Initiative.actual_completion, "YYYY-MM"),
        literal(0),
        literal(1),
    ).where(
        LIVE,
        col(Initiative.actual_completion).is_not(None),
        *in_teams,
        Initiative.actual_completion >= first,
        Initiative.actual_completion <= end,
    )
    events = union_all(started, completed).subquery("events")
    return {
        month: (int(s), int(c))
        for month, s, c in (
            await ctx.session.execute(
                select(events.c.month, func.sum(events.c.started), func.sum(events.c.completed)).group_by(
                    events.c.month
                )
            )
        ).all()
    }


async def get_portfolio_dashboard(
    ctx: Ctx, *, team_id: list[UUID] | None, date_from: date | None, date_to: date | None
) -> PortfolioDashboard:
    _check_period(date_from, date_to)
    now = utcnow()
    today = now.date()
    months = _throughput_months(date_from, date_to, today)
    teams = list(dict.fromkeys(team_id or []))
    in_teams = [col(Initiative.team_id).in_(teams)] if teams else []
    counts = _Counts()
    if NO_TEAM in teams:
        # The roll-ups file team-less initiatives under the nil UUID; asked for literally, it must
        # match nothing, so this (unlikely) request is answered from the base tables.
        await _base_counts(
            ctx, counts, in_teams, _created_within(Initiative.created_at, date_from, date_to), today
        )
        per_month = await _base_throughput(ctx, in_teams, months)
    else:
        whole = _full_months(date_from, date_to)
        per_month = await _rollup_counts(ctx, counts, teams, whole, months, today)
        if whole is None:
            await _base_counts(
                ctx, counts, in_teams, _created_within(Initiative.created_at, date_from, date_to), today
            )
        else:
            # Partial months at either end of the period come from the base table.
            first, last = whole
            if date_from is not None and first is not None and date_from < first:
                head = _created_within(Initiative.created_at, date_from, first - timedelta(days=1))
                await _base_counts(ctx, counts, in_teams, head, today)
            if date_to is not None and last is not None and date_to > _month_end(last):
                tail = _created_within(Initiative.created_at, _month_end(last) + timedelta(days=1), date_to)
                await _base_counts(ctx, counts, in_teams, tail, today)

    status = counts.by["status"]
    savings = [
        SavingsTotal(
            currency=currency,
            projected_savings=_money(projected),
            actual_savings=_money(actual),
            initiatives=n,
        )
        for currency, (projected, actual, n) in sorted(counts.savings.items())
        if n
    ]
    return PortfolioDashboard(
        generated_at=now,
        team_ids=teams,
        period=DashboardPeriod(date_from=date_from, date_to=date_to),
        totals=PortfolioTotals(
            initiatives=counts.total,
            open=sum(status.get(s, 0) for s in OPEN_INITIATIVE),
            active=status.get(InitiativeStatus.active, 0),
            completed=status.get(InitiativeStatus.completed, 0),
            open_actions=counts.open_actions,
        ),
        by_status=_zero_counts(InitiativeStatusCounts, status),
        by_priority=_zero_counts(PriorityCounts, counts.by["priority"]),
        by_phase=_zero_counts(CurrentPhaseCounts, counts.by["current_phase"]),
        by_methodology=_zero_counts(MethodologyCounts, counts.by["methodology"]),
        by_health=_zero_counts(HealthCounts, counts.by["health"]),
        savings=savings,
        overdue_actions=counts.overdue_actions,
        throughput=[
            ThroughputMonth(month=_month_label(m), started=s, completed=c)
            for m in months
            for s, c in [per_month.get(_month_label(m), (0, 0))]
        ],
    )


# --- pipeline -------------------------------------------------------------------------------------


async def get_pipeline_dashboard(
    ctx: Ctx, *, date_from: date | None, date_to: date | None
) -> RequestPipelineDashboard:
    _check_period(date_from, date_to)
    # Hours from submission to review (never negative); GREATEST skips NULLs, so the aggregates
    # filter on the reviewed requests themselves.
    hours = func.greatest(
        extract("epoch", Request.reviewed_at - Request.submitted_at) / literal(3600), literal(0)
    )
    reviewed = col(Request.reviewed_at).is_not(None)
    columns: list[Any] = [func.count().label("total")]
    columns += [func.count().filter(Request.status == s).label(f"status_{s}") for s in RequestStatus]
    columns += [func.count().filter(Request.urgency == p).label(f"urgency_{p}") for p in Priority]
    columns += [
        func.count(Request.reviewed_at).label("triaged"),
        func.percentile_cont(0.5).within_group(hours).filter(reviewed).label("median"),
        func.avg(hours).filter(reviewed).label("mean"),
    ]
    stmt = select(*columns).where(*_created_within(Request.submitted_at, date_from, date_to))
    row = (await ctx.session.execute(stmt)).mappings().one()
    status = {s.value: int(row[f"status_{s}"]) for s in RequestStatus}
    decided = status["accepted"] + status["declined"] + status["converted"]
    return RequestPipelineDashboard(
        generated_at=utcnow(),
        period=DashboardPeriod(date_from=date_from, date_to=date_to),
        total=int(row["total"]),
        by_status=_zero_counts(RequestStatusCounts, status),
        by_urgency=_zero_counts(PriorityCounts, {p.value: int(row[f"urgency_{p}"]) for p in Priority}),
        triaged=int(row["triaged"]),
        median_hours_to_triage=_float(row["median"]),
        avg_hours_to_triage=_float(row["mean"]),
        conversion_rate=status["converted"] / decided if decided else None,
    )


# --- team -----------------------------------------------------------------------------------------


async def get_team_dashboard(
    ctx: Ctx, *, team_id: UUID, week_from: date | None, week_to: date | None
) -> TeamDashboard:
    team = await ctx.session.get(Team, team_id)
    if team is None:
        raise NotFound(f"Team {team_id} not found")
    if not ctx.can(Permission.manage_all_teams) and team.manager_id != ctx.user.id:
        member = await ctx.session.execute(
            select(TeamMember.id).where(TeamMember.team_id == team.id, TeamMember.user_id == ctx.user.id)
        )
        if member.first() is None:
            raise Forbidden("Only the team's members, its manager and admins may read its dashboard")
    try:
        weeks = week_range(week_from, week_to)
    except (OverflowError, ValueError):  # a default week_to past year 9999
        raise ValidationFailed.field(["query", "week_from"], "The weeks fall outside the calendar") from None
    first, last = weeks[0], weeks[-1]

    members = (
        await ctx.session.execute(
            select(User.id, User.full_name, TeamMember.role_in_team, User.capacity_hours)
            .join(TeamMember, col(TeamMember.user_id) == User.id)
            .where(TeamMember.team_id == team.id, col(User.is_active).is_(True))
            .order_by(func.lower(User.full_name), User.id)
        )
    ).all()
    ids = [m.id for m in members]

    hours: dict[UUID, dict[date, tuple[Decimal, Decimal]]] = defaultdict(dict)
    led: dict[UUID, int] = {}
    involved: dict[UUID, int] = {}
    if ids:
        rows = await ctx.session.execute(
            select(
                WorkloadEntry.user_id,
                WorkloadEntry.week_of,
                func.sum(WorkloadEntry.hours_allocated),
                func.sum(WorkloadEntry.actual_hours),
            )
            .where(
                col(WorkloadEntry.user_id).in_(ids),
                WorkloadEntry.week_of >= first,
                WorkloadEntry.week_of <= last,
                _hours_excluding_deleted(),
            )
            .group_by(WorkloadEntry.user_id, WorkloadEntry.week_of)
        )
        for user_id, week_of, allocated, actual in rows.all():
            hours[user_id][week_of] = (Decimal(allocated), Decimal(actual))

        # Open initiatives each member leads or works on, in one statement.
        open_live = and_(LIVE, col(Initiative.status).in_(OPEN_INITIATIVE))
        leads: Any = select(
            col(Initiative.lead_analyst_id).label("user_id"),
            col(Initiative.id).label("initiative_id"),
            literal(True).label("led"),
        ).where(open_live, col(Initiative.lead_analyst_id).in_(ids))
        stakes = (
            select(InitiativeStakeholder.user_id, InitiativeStakeholder.initiative_id, literal(False))
            .join(Initiative, col(Initiative.id) == InitiativeStakeholder.initiative_id)
            .where(open_live, col(InitiativeStakeholder.user_id).in_(ids))
        )
        booked = (
            select(WorkloadEntry.user_id, WorkloadEntry.initiative_id, literal(False))
            .join(Initiative, col(Initiative.id) == WorkloadEntry.initiative_id)
            .where(
                open_live,
                col(WorkloadEntry.user_id).in_(ids),
                WorkloadEntry.week_of >= first,
                WorkloadEntry.week_of <= last,
                WorkloadEntry.hours_allocated > 0,
            )
        )
        inv = union_all(leads, stakes, booked).subquery("inv")
        rows = await ctx.session.execute(
            select(
                inv.c.user_id,
                func.count(inv.c.initiative_id.distinct()).filter(inv.c.led),
                func.count(inv.c.initiative_id.distinct()),
            ).group_by(inv.c.user_id)
        )
        for user_id, n_led, n_involved in rows.all():
            led[user_id], involved[user_id] = int(n_led), int(n_involved)

    by_status: dict[str, int] = dict(
        (
            await ctx.session.execute(
                select(Initiative.status, func.count())
                .where(LIVE, Initiative.team_id == team.id)
                .group_by(Initiative.status)
            )
        ).all()
    )

    zero = (Decimal(0), Decimal(0))
    capacity = sum((Decimal(m.capacity_hours) for m in members), Decimal(0))
    totals = []
    for week in weeks:
        allocated = sum((hours[m.id].get(week, zero)[0] for m in members), Decimal(0))
        actual = sum((hours[m.id].get(week, zero)[1] for m in members), Decimal(0))
        totals.append(_week(week, allocated, actual, capacity))
    return TeamDashboard(
        generated_at=utcnow(),
        team_id=team.id,
        team_name=team.name,
        week_from=first,
        week_to=last,
        capacity_hours=float(capacity),
        weeks=totals,
        members=[
            TeamDashboardMember(
                user_id=m.id,
                full_name=m.full_name,
                role_in_team=m.role_in_team,
                capacity_hours=float(m.capacity_hours),
                initiatives_led=led.get(m.id, 0),
                initiatives_involved=involved.get(m.id, 0),
                weeks=[_week(w, *hours[m.id].get(w, zero), Decimal(m.capacity_hours)) for w in weeks],
            )
            for m in members
        ],
        initiatives_by_status=_zero_counts(InitiativeStatusCounts, by_status),
    )


# --- user -----------------------------------------------------------------------------------------


def _action_briefs_query() -> Any:
    """Action items of live initiatives with the initiative's number and the phase's name."""
    return (
        select(ActionItem, Initiative.initiative_number, Phase.phase_name)
        .join(Initiative, col(Initiative.id) == ActionItem.initiative_id)
        .outerjoin(Phase, col(Phase.id) == ActionItem.phase_id)
        .where(LIVE)
    )


def _action_brief(action: ActionItem, number: str, phase_name: str | None, today: date) -> ActionBrief:
    overdue = (
        action.due_date is not None
        and action.due_date < today
        and action.status not in (ActionStatus.completed, ActionStatus.cancelled)
    )
    return to_response(ActionBrief, action, initiative_number=number, phase_name=phase_name, overdue=overdue)


async def get_user_dashboard(
    ctx: Ctx, *, user_id: UUID, week_of: date | None, due_within_days: int
) -> UserDashboard:
    user = await ctx.session.get(User, user_id)
    if user is None:
        raise NotFound(f"User {user_id} not found")
    if user.id != ctx.user.id:
        ctx.require_role("manager")
    now = utcnow()
    today = now.date()

    # Open initiatives the user leads, sponsors, owns the process of or is a stakeholder of (the
    # window count gives the total alongside the first page).
    stakeholder = exists().where(
        InitiativeStakeholder.initiative_id == Initiative.id, InitiativeStakeholder.user_id == user.id
    )
    mine = or_(
        Initiative.lead_analyst_id == user.id,
        Initiative.sponsor_id == user.id,
        Initiative.process_owner_id == user.id,
        stakeholder,
    )
    rows = (
        await ctx.session.execute(
            select(Initiative, func.count().over().label("total"))
            .where(LIVE, col(Initiative.status).in_(OPEN_INITIATIVE), mine)
            .order_by(
                col(Initiative.target_completion).asc().nulls_last(), Initiative.created_at, Initiative.id
            )
            .limit(USER_LIST_LIMIT)
        )
    ).all()
    initiative_count = int(rows[0].total) if rows else 0

    # Open actions assigned to the user, overdue or due within the window.
    horizon = today + timedelta(days=due_within_days)
    actions = (
        await ctx.session.execute(
            _action_briefs_query()
            .add_columns(
                func.count().over().label("total"),
                func.count().filter(ActionItem.due_date < today).over().label("overdue"),
            )
            .where(OPEN_ACTION, ActionItem.assigned_to == user.id, ActionItem.due_date <= horizon)
            .order_by(col(ActionItem.due_date).asc(), PRIORITY_RANK.desc(), ActionItem.id)
            .limit(USER_LIST_LIMIT)
        )
    ).all()

    week = monday_of(week_of or today)
    allocated, actual = (
        await ctx.session.execute(
            select(
                func.coalesce(func.sum(WorkloadEntry.hours_allocated), 0),
                func.coalesce(func.sum(WorkloadEntry.actual_hours), 0),
            ).where(
                WorkloadEntry.user_id == user.id, WorkloadEntry.week_of == week, _hours_excluding_deleted()
            )
        )
    ).one()
    return UserDashboard(
        generated_at=now,
        user_id=user.id,
        full_name=user.full_name,
        initiative_count=initiative_count,
        initiatives=[to_response(InitiativeBrief, row.Initiative) for row in rows],
        actions_due_count=int(actions[0].total) if actions else 0,
        actions_overdue_count=int(actions[0].overdue) if actions else 0,
        actions_due=[_action_brief(a.ActionItem, a.initiative_number, a.phase_name, today) for a in actions],
        capacity_hours=float(user.capacity_hours),
        hours=_week(week, Decimal(allocated), Decimal(actual), Decimal(user.capacity_hours)),
    )


# --- initiative -----------------------------------------------------------------------------------


def _metric_progress(metric: Metric) -> MetricProgress:
    baseline, current = metric.baseline_value, metric.current_value
    change = current - baseline if baseline is not None and current is not None else None
    change_percent = change / abs(baseline) * 100 if change is not None and baseline else None
    improved: bool | None = None
    if change is not None and metric.direction == MetricDirection.higher_is_better:
        improved = change > 0
    elif change is not None and metric.direction == MetricDirection.lower_is_better:
        improved = change < 0
    return MetricProgress(
        metric_id=metric.id,
        name=metric.name,
        unit=metric.unit,
        category=metric.category,
        direction=metric.direction,
        baseline_value=_float(baseline),
        baseline_date=metric.baseline_date,
        target_value=_float(metric.target_value),
        target_lower=_float(metric.target_lower),
        target_upper=_float(metric.target_upper),
        current_value=_float(current),
        current_as_of=metric.current_as_of,
        target_met=metric.target_met,
        change=_float(change),
        change_percent=_float(change_percent),
        improved=improved,
    )


def _progress(phase_progress: dict[str, Any], phase_name: str) -> int:
    value = phase_progress.get(phase_name, 0)
    try:
        return max(0, min(100, int(value)))
    except (TypeError, ValueError):
        return 0


async def get_initiative_dashboard(ctx: Ctx, *, initiative_id: str) -> InitiativeDashboard:
    initiative = await load_initiative(ctx, initiative_id)
    now = utcnow()
    today = now.date()

    phases = (
        (
            await ctx.session.execute(
                select(Phase).where(Phase.initiative_id == initiative.id).order_by(Phase.phase_order)
            )
        )
        .scalars()
        .all()
    )
    metrics = (
        (
            await ctx.session.execute(
                select(Metric)
                .where(Metric.initiative_id == initiative.id)
                .order_by(func.lower(Metric.name), Metric.id)
            )
        )
        .scalars()
        .all()
    )

    def count(table: Any) -> Any:
        return (
            select(func.count())
            .select_from(table)
            .where(table.initiative_id == initiative.id)
            .scalar_subquery()
        )

    def hours(column: Any) -> Any:
        return (
            select(func.coalesce(func.sum(column), 0))
            .where(WorkloadEntry.initiative_id == initiative.id)
            .scalar_subquery()
        )

    action_counts = (
        select(
            *[func.count().filter(ActionItem.status == s).label(s.value) for s in ActionStatus],
            func.count().filter(OPEN_ACTION).label("open"),
            func.count().filter(OPEN_ACTION, ActionItem.due_date < today).label("overdue"),
        )
        .where(ActionItem.initiative_id == initiative.id)
        .subquery("a")
    )
    row = (
        (
            await ctx.session.execute(
                select(
                    action_counts,
                    count(Metric).label("metrics"),
                    count(Note).label("notes"),
                    count(Document).label("documents"),
                    count(Dataset).label("datasets"),
                    count(StatisticalAnalysis).label("analyses"),
                    count(PhaseArtifact).label("artifacts"),
                    count(InitiativeStakeholder).label("stakeholders"),
                    hours(WorkloadEntry.hours_allocated).label("hours_allocated"),
                    hours(WorkloadEntry.actual_hours).label("actual_hours"),
                )
            )
        )
        .mappings()
        .one()
    )
    upcoming = (
        await ctx.session.execute(
            _action_briefs_query()
            .where(
                ActionItem.initiative_id == initiative.id,
                OPEN_ACTION,
                col(ActionItem.due_date).is_not(None),
            )
            .order_by(col(ActionItem.due_date).asc(), PRIORITY_RANK.desc(), ActionItem.id)
            .limit(UPCOMING_LIMIT)
        )
    ).all()

    progress = initiative.phase_progress or {}
    phase_rows = [
        PhaseProgress(
            phase_name=p.phase_name,
            phase_order=p.phase_order,
            status=p.status,
            gate_decision=p.gate_decision,
            progress=_progress(progress, p.phase_name),
            completeness_score=p.completeness_score,
            due_date=p.due_date,
            completed_at=p.completed_at,
            overdue=p.due_date is not None
            and p.due_date < today
            and p.status not in (PhaseStatus.completed, PhaseStatus.skipped),
        )
        for p in phases
    ]
    counted = [p.progress for p in phase_rows if p.status != PhaseStatus.skipped]
    overall = (2 * sum(counted) + len(counted)) // (2 * len(counted)) if counted else 0
    return InitiativeDashboard(
        generated_at=now,
        initiative=to_response(InitiativeBrief, initiative),
        overall_progress=overall,
        phases=phase_rows,
        metrics=[_metric_progress(m) for m in metrics],
        actions_by_status=_zero_counts(ActionStatusCounts, {s.value: row[s.value] for s in ActionStatus}),
        actions_open=int(row["open"]),
        actions_overdue=int(row["overdue"]),
        upcoming_actions=[
            _action_brief(a.ActionItem, a.initiative_number, a.phase_name, today) for a in upcoming
        ],
        projected_savings=None
        if initiative.projected_savings is None
        else _money(initiative.projected_savings),
        actual_savings=None if initiative.actual_savings is None else _money(initiative.actual_savings),
        currency=initiative.currency,
        hours_allocated=float(row["hours_allocated"]),
        actual_hours=float(row["actual_hours"]),
        counts=InitiativeCounts(
            actions_open=int(row["open"]),
            actions_overdue=int(row["overdue"]),
            metrics=int(row["metrics"]),
            notes=int(row["notes"]),
            documents=int(row["documents"]),
            datasets=int(row["datasets"]),
            analyses=int(row["analyses"]),
            artifacts=int(row["artifacts"]),
            stakeholders=int(row["stakeholders"]),
        ),
    )
