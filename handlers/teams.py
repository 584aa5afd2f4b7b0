"""Teams and their members."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import func, or_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    Role,
    SortOrder,
    TeamCreate,
    TeamList,
    TeamMemberCreate,
    TeamMemberList,
    TeamMemberResponse,
    TeamMemberSort,
    TeamResponse,
    TeamRole,
    TeamSort,
    TeamUpdate,
    TeamWorkload,
    UserBrief,
)
from handlers import audit
from handlers.access import managed_team_ids
from handlers.context import Ctx
from handlers.errors import Conflict, Forbidden, NotFound, ValidationFailed
from handlers.pagination import like_pattern, order_by, paginate
from handlers.permissions import Permission, at_least
from handlers.resources import check_if_match, etag_for, set_etag, set_location
from handlers.tables import Initiative, Team, TeamMember, User

SORT_COLUMNS: dict[str, Any] = {
    TeamSort.created_at: Team.created_at,
    TeamSort.name: func.lower(Team.name),
    TeamSort.updated_at: Team.updated_at,
    TeamSort.department: func.lower(Team.department),
    TeamSort.member_count: select(func.count())
    .where(TeamMember.team_id == Team.id)
    .correlate(Team)
    .scalar_subquery(),
}


async def _load(ctx: Ctx, team_id: UUID) -> Team:
    team = await ctx.session.get(Team, team_id)
    if team is None:
        raise NotFound(f"Team {team_id} not found")
    return team


async def _require_manage(ctx: Ctx, team: Team) -> None:
    """Admins manage every team; managers the teams they manage or lead."""
    if ctx.can(Permission.manage_all_teams):
        return
    if team.id not in await managed_team_ids(ctx, ctx.user.id):
        raise Forbidden("Only the team's manager or lead (or an admin) may change it")


async def _member_counts(ctx: Ctx, team_ids: list[UUID]) -> dict[UUID, int]:
    if not team_ids:
        return {}
    rows = await ctx.session.execute(
        select(TeamMember.team_id, func.count())
        .where(col(TeamMember.team_id).in_(team_ids))
        .group_by(TeamMember.team_id)
    )
    return {team_id: n for team_id, n in rows.all()}


def _team_data(team: Team, member_count: int) -> dict[str, Any]:
    return {
        "id": team.id,
        "name": team.name,
        "description": team.description,
        "department": team.department,
        "organization": team.organization,
        "manager_id": team.manager_id,
        "settings": team.settings,
        "member_count": member_count,
        "created_at": team.created_at,
        "updated_at": team.updated_at,
    }


async def respond(ctx: Ctx, team: Team) -> TeamResponse:
    counts = await _member_counts(ctx, [team.id])
    set_etag(ctx, etag_for(team.id, team.updated_at))
    return TeamResponse.model_validate(_team_data(team, counts.get(team.id, 0)))


async def _check_manager(ctx: Ctx, manager_id: UUID | None) -> None:
    """A team's manager must be an active user with the manager or admin role (422 otherwise)."""
    if manager_id is None:
        return
    user = await ctx.session.get(User, manager_id)
    if user is None:
        raise ValidationFailed.field(["body", "manager_id"], f"User {manager_id} does not exist")
    if not user.is_active or not at_least(user.role, Role.manager):
        raise ValidationFailed.field(
            ["body", "manager_id"], f"User {manager_id} is not an active manager or admin"
        )


async def _name_taken(ctx: Ctx, name: str, except_id: UUID | None = None) -> bool:
    stmt = select(Team.id).where(func.lower(Team.name) == name.lower())
    if except_id:
        stmt = stmt.where(Team.id != except_id)
    return (await ctx.session.execute(stmt)).first() is not None


async def list_teams(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: TeamSort,
    order: SortOrder,
    q: str | None,
    manager_id: list[UUID] | None,
    member_id: list[UUID] | None,
) -> TeamList:
    stmt = select(Team)
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(
            or_(
                col(Team.name).ilike(pattern),
                col(Team.description).ilike(pattern),
                col(Team.department).ilike(pattern),
            )
        )
    if manager_id:
        stmt = stmt.where(col(Team.manager_id).in_(manager_id))
    if member_id:
        stmt = stmt.where(
            col(Team.id).in_(select(TeamMember.team_id).where(col(TeamMember.user_id).in_(member_id)))
        )
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Team.id),
    )
    counts = await _member_counts(ctx, [t.id for t in result.items])
    items = [_team_data(t, counts.get(t.id, 0)) for t in result.items]
    return TeamList.model_validate(result.envelope(items))


async def create_team(ctx: Ctx, *, idempotency_key: str | None, body: TeamCreate) -> TeamResponse:
    if await _name_taken(ctx, body.name):
        raise Conflict(f"A team named {body.name!r} already exists")
    await _check_manager(ctx, body.manager_id)
    team = Team(**body.model_dump(exclude_none=True))  # unset settings: {} (the table's default)
    ctx.session.add(team)
    await ctx.session.flush()
    await ctx.session.refresh(team)
    audit.record(
        ctx,
        entity_type="team",
        entity_id=team.id,
        action=AuditAction.create,
        changes=audit.snapshot(team, ["name", "department", "manager_id"]),
    )
    set_location(ctx, f"/teams/{team.id}")
    return await respond(ctx, team)


async def get_team(ctx: Ctx, *, team_id: UUID) -> TeamResponse:
    return await respond(ctx, await _load(ctx, team_id))


async def update_team(ctx: Ctx, *, team_id: UUID, if_match: str | None, body: TeamUpdate) -> TeamResponse:
    team = await _load(ctx, team_id)
    check_if_match(if_match, etag_for(team.id, team.updated_at))
    await _require_manage(ctx, team)
    updates = body.model_dump(exclude_unset=True)
    if "name" in updates and await _name_taken(ctx, updates["name"], team.id):
        raise Conflict(f"A team named {updates['name']!r} already exists")
    if "manager_id" in updates and updates["manager_id"] != team.manager_id:
        if not ctx.can(Permission.manage_all_teams):
            raise Forbidden("Only admins change a team's manager")
        await _check_manager(ctx, updates["manager_id"])
    changes = audit.apply_changes(team, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(team)
        audit.record(ctx, entity_type="team", entity_id=team.id, action=AuditAction.update, changes=changes)
    return await respond(ctx, team)


async def delete_team(ctx: Ctx, *, team_id: UUID, if_match: str | None) -> None:
    team = await _load(ctx, team_id)
    check_if_match(if_match, etag_for(team.id, team.updated_at))
    audit.record(
        ctx,
        entity_type="team",
        entity_id=team.id,
        action=AuditAction.delete,
        changes={"name": [team.name, None]},
    )
    # The team's initiatives (deleted ones too) stay, without a team, and their history says so.
    initiatives = (
        (await ctx.session.execute(select(Initiative).where(Initiative.team_id == team.id))).scalars().all()
    )
    for initiative in initiatives:
        changes = audit.apply_changes(initiative, {"team_id": None})
        audit.record(
            ctx,
            entity_type="initiative",
            entity_id=initiative.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=initiative.id,
        )
    await ctx.session.flush()
    await ctx.session.delete(team)
    await ctx.session.flush()


def _member_data(member: TeamMember, user: User) -> dict[str, Any]:
    return {
        "id": member.id,
        "team_id": member.team_id,
        "user_id": member.user_id,
        "role_in_team": member.role_in_team,
        "joined_at": member.joined_at,
        "user": UserBrief.model_validate(user, from_attributes=True),
        "created_at": member.created_at,
        "updated_at": member.updated_at,
    }


MEMBER_SORT_COLUMNS: dict[str, Any] = {
    TeamMemberSort.created_at: TeamMember.created_at,
    TeamMemberSort.joined_at: TeamMember.joined_at,
    TeamMemberSort.full_name: func.lower(User.full_name),
    TeamMemberSort.email: func.lower(User.email),
    TeamMemberSort.role_in_team: TeamMember.role_in_team,
}


async def list_team_members(
    ctx: Ctx,
    *,
    team_id: UUID,
    page: int,
    page_size: int,
    sort: TeamMemberSort,
    order: SortOrder,
    q: str | None,
    role_in_team: list[TeamRole] | None,
) -> TeamMemberList:
    await _load(ctx, team_id)
    stmt = (
        select(TeamMember, User)
        .join(User, col(User.id) == TeamMember.user_id)
        .where(TeamMember.team_id == team_id)
    )
    if q:
        stmt = stmt.where(
            or_(col(User.full_name).ilike(like_pattern(q)), col(User.email).ilike(like_pattern(q)))
        )
    if role_in_team:
        stmt = stmt.where(col(TeamMember.role_in_team).in_(role_in_team))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, MEMBER_SORT_COLUMNS, TeamMember.id),
        scalars=False,
    )
    items = [_member_data(m, u) for m, u in result.items]
    return TeamMemberList.model_validate(result.envelope(items))


async def add_team_member(
    ctx: Ctx, *, team_id: UUID, idempotency_key: str | None, body: TeamMemberCreate
) -> TeamMemberResponse:
    team = await _load(ctx, team_id)
    await _require_manage(ctx, team)
    user = await ctx.session.get(User, body.user_id)
    if user is None:
        raise ValidationFailed.field(["body", "user_id"], f"User {body.user_id} does not exist")
    if not user.is_active:
        raise ValidationFailed.field(["body", "user_id"], f"User {body.user_id} is deactivated")
    existing = await ctx.session.execute(
        select(TeamMember).where(TeamMember.team_id == team_id, TeamMember.user_id == body.user_id)
    )
    if existing.first() is not None:
        raise Conflict("The user is already a member of this team")
    member = TeamMember(team_id=team_id, user_id=body.user_id, role_in_team=body.role_in_team)
    ctx.session.add(member)
    await ctx.session.flush()
    await ctx.session.refresh(member)
    audit.record(
        ctx,
        entity_type="team_member",
        entity_id=member.id,
        action=AuditAction.create,
        changes={
            "team_id": [None, str(team_id)],
            "user_id": [None, str(body.user_id)],
            "role_in_team": [None, str(body.role_in_team)],
        },
    )
    set_location(ctx, f"/teams/{team_id}/members/{body.user_id}")
    set_etag(ctx, etag_for(member.id, member.updated_at))
    return TeamMemberResponse.model_validate(_member_data(member, user))


async def remove_team_member(ctx: Ctx, *, team_id: UUID, user_id: UUID, if_match: str | None) -> None:
    team = await _load(ctx, team_id)
    await _require_manage(ctx, team)
    member = (
        await ctx.session.execute(
            select(TeamMember).where(TeamMember.team_id == team_id, TeamMember.user_id == user_id)
        )
    ).scalar_one_or_none()
    if member is None:
        raise NotFound(f"User {user_id} is not a member of team {team_id}")
    check_if_match(if_match, etag_for(member.id, member.updated_at))
    audit.record(
        ctx,
        entity_type="team_member",
        entity_id=member.id,
        action=AuditAction.delete,
        changes={"team_id": [str(team_id), None], "user_id": [str(user_id), None]},
    )
    await ctx.session.delete(member)
    await ctx.session.flush()


async def get_team_workload(
    ctx: Ctx, *, team_id: UUID, week_from: date | None, week_to: date | None
) -> TeamWorkload:
    from handlers import workload  # the weekly roll-ups live with the entries

    return await workload.team_workload(ctx, team_id=team_id, week_from=week_from, week_to=week_to)
