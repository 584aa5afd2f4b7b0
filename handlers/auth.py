"""Login and self-registration."""

from __future__ import annotations

from sqlalchemy import func, select

from generated.models import AuditAction, LoginRequest, RegisterRequest, Role, TokenResponse, UserResponse
from handlers import audit
from handlers.context import Ctx, utcnow
from handlers.errors import Conflict, Forbidden, RateLimited, Unauthorized
from handlers.ratelimit import LoginThrottle
from handlers.resources import etag_for, set_etag, set_location, to_response
from handlers.security import create_access_token, hash_password, verify_password
from handlers.tables import User


async def find_user_by_email(ctx: Ctx, email: str) -> User | None:
    stmt = select(User).where(func.lower(User.email) == email.lower())
    return (await ctx.session.execute(stmt)).scalar_one_or_none()


def issue_token(ctx: Ctx, user: User) -> TokenResponse:
    token, expires_in = create_access_token(
        user.id,
        secret=ctx.settings.secret_key.get_secret_value(),
        minutes=ctx.settings.access_token_minutes,
        password_changed_at=user.password_changed_at,
    )
    return TokenResponse.model_validate(
        {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": expires_in,
            "user": to_response(UserResponse, user),
        }
    )


async def login(ctx: Ctx, *, body: LoginRequest) -> TokenResponse:
    throttle: LoginThrottle = ctx.request.app.state.login_throttle
    wait = throttle.retry_after(str(body.email))
    if wait is not None:
        raise RateLimited(
            f"Too many failed logins for this account; retry in {wait} seconds",
            headers={"Retry-After": str(wait)},
        )
    user = await find_user_by_email(ctx, str(body.email))
    # One answer for an unknown email, a wrong password and a deactivated account.
    if (
        not verify_password(body.password, user.password_hash if user else None)
        or user is None
        or not user.is_active
    ):
        throttle.failed(str(body.email))
        raise Unauthorized("Incorrect email or password")
    throttle.succeeded(str(body.email))
    user.last_login_at = utcnow()
    await ctx.session.flush()
    await ctx.session.refresh(user)
    return issue_token(ctx, user)


async def register(ctx: Ctx, *, idempotency_key: str | None, body: RegisterRequest) -> UserResponse:
    if not ctx.settings.allow_registration:
        raise Forbidden("Self-registration is disabled on this deployment")
    if await find_user_by_email(ctx, str(body.email)) is not None:
        raise Conflict("An account with this email already exists")
    user = User(
        email=str(body.email).lower(),
        password_hash=hash_password(body.password),
        full_name=body.full_name,
        role=Role.viewer,
    )
    ctx.session.add(user)
    await ctx.session.flush()
    await ctx.session.refresh(user)
    audit.record(
        ctx,
        entity_type="user",
        entity_id=user.id,
        action=AuditAction.create,
        changes=audit.snapshot(user, ["email", "full_name", "role"]),
    )
    set_location(ctx, f"/users/{user.id}")
    set_etag(ctx, etag_for(user.id, user.updated_at))
    return to_response(UserResponse, user)
