"""Object-level access: loading initiatives and requests by UUID or number, and who may write them.

Everyone signed in may read initiatives, requests and what hangs off them (API.md: viewers read
everything). Writing under an initiative needs, beyond the operation's minimum role:
- analyst: being on it — its lead analyst, a stakeholder, or a member of its team;
- manager: the same, or its team is one they manage (``Team.manager_id``) or lead (``role_in_team``);
- admin: nothing more.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import exists, or_, select

from generated.models import Role, TeamRole
from handlers.context import Ctx
from handlers.errors import Forbidden, NotFound, ValidationFailed
from handlers.permissions import Permission
from handlers.resources import parse_number_or_uuid
from handlers.tables import Initiative, InitiativeStakeholder, Phase, Team, TeamMember


async def load_initiative(ctx: Ctx, initiative_id: str, *, for_update: bool = False) -> Initiative:
    """The live (not soft-deleted) initiative by UUID or ``INI-0042``, or 404."""
    uid, number = parse_number_or_uuid(initiative_id, "INI")
    stmt = select(Initiative).where(Initiative.deleted_at.is_(None))
    stmt = stmt.where(Initiative.id == uid) if uid else stmt.where(Initiative.initiative_number == number)
    if for_update:
        stmt = stmt.with_for_update()
    initiative = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if initiative is None:
        raise NotFound(f"Initiative {initiative_id} not found")
    return initiative


async def team_ids(ctx: Ctx, user_id: UUID, *, leading_only: bool = False) -> set[UUID]:
    stmt = select(TeamMember.team_id).where(TeamMember.user_id == user_id)
    if leading_only:
        stmt = stmt.where(TeamMember.role_in_team == TeamRole.lead)
    return set((await ctx.session.execute(stmt)).scalars().all())


async def managed_team_ids(ctx: Ctx, user_id: UUID) -> set[UUID]:
    """Teams the user manages (``manager_id``) or leads (``role_in_team = lead``)."""
    managed = select(Team.id).where(Team.manager_id == user_id)
    led = select(TeamMember.team_id).where(
        TeamMember.user_id == user_id, TeamMember.role_in_team == TeamRole.lead
    )
    rows = await ctx.session.execute(managed.union(led))
    return set(rows.scalars().all())


async def is_on_initiative(ctx: Ctx, initiative: Initiative, user_id: UUID) -> bool:
    if initiative.lead_analyst_id == user_id:
        return True
    stakeholder = exists().where(
        InitiativeStakeholder.initiative_id == initiative.id, InitiativeStakeholder.user_id == user_id
    )
    conditions = [stakeholder]
    if initiative.team_id is not None:
        conditions.append(
            exists().where(TeamMember.team_id == initiative.team_id, TeamMember.user_id == user_id)
        )
    return bool((await ctx.session.execute(select(or_(*conditions)))).scalar())


async def can_write_initiative(ctx: Ctx, initiative: Initiative) -> bool:
    user = ctx.user
    if ctx.can(Permission.write_any_initiative):
        return True
    if user.role == Role.viewer:
        return False
    if await is_on_initiative(ctx, initiative, user.id):
        return True
    if ctx.can(Permission.write_team_initiatives) and initiative.team_id is not None:
        return initiative.team_id in await managed_team_ids(ctx, user.id)
    return False


async def require_initiative_write(ctx: Ctx, initiative: Initiative) -> None:
    if not await can_write_initiative(ctx, initiative):
        raise Forbidden(
            f"You may not change initiative {initiative.initiative_number}: you are not on it "
            "and do not manage its team"
        )


async def require_team_allowed(ctx: Ctx, team_id: UUID | None) -> None:
    """Creating or moving an initiative into a team: analysts and managers only into their teams."""
    if team_id is None or ctx.can(Permission.write_any_initiative):
        return
    allowed = await team_ids(ctx, ctx.user.id) | await managed_team_ids(ctx, ctx.user.id)
    if team_id not in allowed:
        raise Forbidden("You may only place initiatives in a team you belong to or manage")


async def phase_id_for(
    ctx: Ctx, initiative: Initiative, phase: str | None, loc: list[str | int] | None = None
) -> UUID | None:
    """The id of the initiative's phase named ``phase`` (None for None), or 422 at ``loc``
    (default ``["body", "phase"]``)."""
    if phase is None:
        return None
    phase_id: UUID | None = (
        await ctx.session.execute(
            select(Phase.id).where(Phase.initiative_id == initiative.id, Phase.phase_name == phase)
        )
    ).scalar_one_or_none()
    if phase_id is None:
        raise ValidationFailed.field(
            loc or ["body", "phase"],
            f"{phase} is not a phase of initiative {initiative.initiative_number} ({initiative.methodology})",
        )
    return phase_id
