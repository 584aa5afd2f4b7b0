"""User accounts and profiles."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    Role,
    SortOrder,
    UserCreate,
    UserList,
    UserResponse,
    UserSelfUpdate,
    UserSort,
    UserUpdate,
    UserWorkload,
)
from handlers import audit
from handlers.auth import find_user_by_email
from handlers.context import Ctx, utcnow
from handlers.errors import Conflict, NotFound, ValidationFailed
from handlers.pagination import like_pattern, order_by, paginate, to_list
from handlers.permissions import RANK
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.security import hash_password, verify_password
from handlers.tables import TeamMember, User

ROLE_RANK = case(RANK, value=User.role)  # admin first when descending
SORT_COLUMNS: dict[str, Any] = {
    UserSort.created_at: User.created_at,
    UserSort.updated_at: User.updated_at,
    UserSort.full_name: func.lower(User.full_name),
    UserSort.email: func.lower(User.email),
    UserSort.role: ROLE_RANK,
    UserSort.last_login_at: User.last_login_at,
}


def respond(ctx: Ctx, user: User) -> UserResponse:
    set_etag(ctx, etag_for(user.id, user.updated_at))
    return to_response(UserResponse, user)


async def _load(ctx: Ctx, user_id: UUID) -> User:
    user = await ctx.session.get(User, user_id)
    if user is None:
        raise NotFound(f"User {user_id} not found")
    return user


async def _save(ctx: Ctx, user: User, updates: dict[str, Any]) -> UserResponse:
    changes = audit.apply_changes(user, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(user)
        redacted = {
            k: (["***", "***"] if k in ("password_hash", "password_changed_at") else v)
            for k, v in changes.items()
        }
        audit.record(ctx, entity_type="user", entity_id=user.id, action=AuditAction.update, changes=redacted)
    return respond(ctx, user)


async def get_current_user(ctx: Ctx) -> UserResponse:
    return respond(ctx, ctx.user)


async def update_current_user(ctx: Ctx, *, if_match: str | None, body: UserSelfUpdate) -> UserResponse:
    user = ctx.user
    check_if_match(if_match, etag_for(user.id, user.updated_at))
    updates = body.model_dump(exclude_unset=True)
    current = updates.pop("current_password", None)
    new = updates.pop("new_password", None)
    if new is not None:
        if current is None or not verify_password(current, user.password_hash):
            raise ValidationFailed.field(["body", "current_password"], "The current password is not correct")
        updates["password_hash"] = hash_password(new)
        updates["password_changed_at"] = utcnow()
    elif current is not None:
        raise ValidationFailed.field(
            ["body", "new_password"], "new_password is required with current_password"
        )
    if "avatar_url" in updates and updates["avatar_url"] is not None:
        updates["avatar_url"] = str(updates["avatar_url"])
    return await _save(ctx, user, updates)


async def list_users(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: UserSort,
    order: SortOrder,
    q: str | None,
    role: list[Role] | None,
    is_active: bool | None,
    team_id: list[UUID] | None,
) -> UserList:
    stmt = select(User)
    filters: list[Any] = []
    if role:
        filters.append(col(User.role).in_(role))
    if is_active is not None:
        filters.append(User.is_active == is_active)
    if team_id:
        filters.append(
            col(User.id).in_(select(TeamMember.user_id).where(col(TeamMember.team_id).in_(team_id)))
        )
    if q:
        pattern = like_pattern(q)
        filters.append(or_(col(User.full_name).ilike(pattern), col(User.email).ilike(pattern)))
    if filters:
        stmt = stmt.where(and_(*filters))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, User.id),
    )
    from generated.models import UserBrief

    return to_list(UserList, result, UserBrief)


async def create_user(ctx: Ctx, *, idempotency_key: str | None, body: UserCreate) -> UserResponse:
    if await find_user_by_email(ctx, str(body.email)) is not None:
        raise Conflict("A user with this email already exists")
    # Unset and null fields take the table's defaults (skills [], capacity 40, role analyst).
    values = body.model_dump(exclude={"password"}, exclude_none=True)
    if values.get("avatar_url") is not None:
        values["avatar_url"] = str(values["avatar_url"])
    values["email"] = str(values["email"]).lower()
    user = User(**values, password_hash=hash_password(body.password))
    ctx.session.add(user)
    await ctx.session.flush()
    await ctx.session.refresh(user)
    audit.record(
        ctx,
        entity_type="user",
        entity_id=user.id,
        action=AuditAction.create,
        changes=audit.snapshot(user, ["email", "full_name", "role", "is_active"]),
    )
    set_location(ctx, f"/users/{user.id}")
    return respond(ctx, user)


async def get_user(ctx: Ctx, *, user_id: UUID) -> UserResponse:
    return respond(ctx, await _load(ctx, user_id))


async def update_user(ctx: Ctx, *, user_id: UUID, if_match: str | None, body: UserUpdate) -> UserResponse:
    user = await _load(ctx, user_id)
    check_if_match(if_match, etag_for(user.id, user.updated_at))
    updates = body.model_dump(exclude_unset=True)
    if user.id == ctx.user.id and (
        updates.get("is_active") is False or updates.get("role", Role.admin) != Role.admin
    ):
        raise Conflict("Admins cannot deactivate or demote themselves")
    if "email" in updates:
        updates["email"] = str(updates["email"]).lower()
        other = await find_user_by_email(ctx, updates["email"])
        if other is not None and other.id != user.id:
            raise Conflict("A user with this email already exists")
    if "avatar_url" in updates and updates["avatar_url"] is not None:
        updates["avatar_url"] = str(updates["avatar_url"])
    if "password" in updates:
        updates["password_hash"] = hash_password(updates.pop("password"))
        updates["password_changed_at"] = utcnow()
    return await _save(ctx, user, updates)


async def deactivate_user(ctx: Ctx, *, user_id: UUID, if_match: str | None) -> None:
    user = await _load(ctx, user_id)
    check_if_match(if_match, etag_for(user.id, user.updated_at))
    if user.id == ctx.user.id:
        raise Conflict("Admins cannot deactivate themselves")
    if user.is_active:
        user.is_active = False
        audit.record(
            ctx,
            entity_type="user",
            entity_id=user.id,
            action=AuditAction.status_change,
            changes={"is_active": [True, False]},
        )


async def get_user_workload(
    ctx: Ctx, *, user_id: UUID, week_from: date | None, week_to: date | None
) -> UserWorkload:
    from handlers import workload  # the weekly roll-ups live with the entries

    return await workload.user_workload(ctx, user_id=user_id, week_from=week_from, week_to=week_to)
