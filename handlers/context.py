"""The request context every generated route injects: ``ctx: Annotated[Ctx, ctx_for("<operationId>")]``.

``ctx_for`` builds, per operation, one dependency that
1. opens the request's database session (committed after the handler returns, before the response
   is sent; rolled back on any error — handlers only ``flush()``),
2. authenticates the bearer token (unless the operation is public) and loads the active user,
3. enforces the operation's minimum role from the contract (``x-min-role``),
4. validates the raw query and path parameters and the raw JSON body against the contract.
"""

from __future__ import annotations

import inspect
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from fastapi import Depends, Request, Response
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from handlers import contract
from handlers.config import Settings
from handlers.errors import Forbidden, Unauthorized, ValidationFailed
from handlers.permissions import Permission, at_least, has
from handlers.security import InvalidToken, decode_access_token, password_stamp

if TYPE_CHECKING:
    from handlers.tables import User


@dataclass
class Ctx:
    request: Request
    response: Response
    session: AsyncSession
    settings: Settings
    operation: contract.Operation
    _user: User | None = None
    after_commit: list[Callable[[], Any]] = field(default_factory=list)

    @property
    def user(self) -> User:
        """The authenticated user (every non-public operation has one)."""
        if self._user is None:
            raise Unauthorized()
        return self._user

    @property
    def maybe_user(self) -> User | None:
        return self._user

    def can(self, permission: Permission) -> bool:
        return has(self.user.role, permission)

    def require(self, permission: Permission, detail: str | None = None) -> None:
        if not self.can(permission):
            raise Forbidden(detail)

    def require_role(self, minimum: str) -> None:
        if not at_least(self.user.role, minimum):
            raise Forbidden(f"This operation needs the {minimum} role")


def split_csv(value: Any) -> Any:
    """``?status=a,b`` and ``?status=a&status=b`` both become ``["a", "b"]``; empty means no filter."""
    if value is None:
        return None
    items = value if isinstance(value, list) else [value]
    out: list[Any] = []
    for item in items:
        if isinstance(item, str):
            out.extend(part.strip() for part in item.split(",") if part.strip())
        else:
            out.append(item)
    return out or None


def _bearer_token(request: Request) -> str:
    header = request.headers.get("authorization")
    if not header:
        raise Unauthorized("Not authenticated: send Authorization: Bearer <token>")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Authorization must be a Bearer token")
    return token.strip()


# Tokens already verified (signature, algorithm, claims): a client sends the same token with every
# request, and decoding it again is a fifth of an authenticated GET's CPU. Only the expiry can
# change its verdict (exp is checked again on each use; iat, once not in the future, stays so).
_VERIFIED_MAX = 4096
_verified: dict[tuple[str, str], dict[str, Any]] = {}


def verified_claims(token: str, secret: str) -> dict[str, Any]:
    """``decode_access_token``, remembering tokens that passed until they expire."""
    key = (token, secret)
    claims = _verified.get(key)
    if claims is not None:
        if int(time.time()) <= claims["exp"]:  # as python-jose: expired once exp < now
            return dict(claims)
        del _verified[key]
        raise InvalidToken("Signature has expired.")
    claims = decode_access_token(token, secret=secret)
    if len(_verified) >= _VERIFIED_MAX:
        _verified.clear()
    _verified[key] = dict(claims)
    return claims


async def authenticate(request: Request, session: AsyncSession, settings: Settings) -> User:
    return (await authenticate_token(_bearer_token(request), session, settings))[0]


async def authenticate_token(
    token: str, session: AsyncSession, settings: Settings
) -> tuple[User, dict[str, Any]]:
    """The active user a bearer token names, and the token's claims; ``Unauthorized`` otherwise."""
    from handlers.tables import User

    try:
        claims = verified_claims(token, settings.secret_key.get_secret_value())
    except InvalidToken:
        raise Unauthorized("The token is invalid or expired") from None
    user = await session.get(User, UUID(claims["sub"]))
    if user is None or not user.is_active:
        raise Unauthorized("The token's user does not exist or is deactivated")
    changed = user.password_changed_at
    if changed is not None and int(claims.get("pwd", 0)) < password_stamp(changed):
        raise Unauthorized("The password has changed since this token was issued")
    return user, claims


def _validate_params(request: Request, operation: contract.Operation) -> None:
    fields: list[dict[str, Any]] = []
    for param in contract.parameters(operation.operation_id):
        if param.location == "query":
            raw = request.query_params.getlist(param.name)
        else:
            raw = [request.path_params[param.name]] if param.name in request.path_params else []
        value = param.value(raw) if raw else None
        if value is None:
            continue
        fields.extend(
            {"loc": [param.location, param.name], "msg": message[:1000], "type": keyword}
            for message, keyword in param.errors(value)
        )
    if fields:
        first = fields[0]
        raise ValidationFailed(
            f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}", fields=fields[:50]
        )


async def _validate_body(request: Request, operation: contract.Operation) -> None:
    if operation.json_body_schema is None:
        return
    if not request.headers.get("content-type", "").startswith("application/json"):
        return  # FastAPI answers a missing/other body itself; multipart handlers parse their own.
    try:
        payload = await request.json()
    except ValueError:
        return  # not JSON: FastAPI reports it as 400
    validator = contract.body_validator(operation.json_body_schema)
    errors = sorted(validator.iter_errors(payload), key=lambda e: list(e.absolute_path))
    if errors:
        fields = [
            {
                # a loc element is at most 200 characters (FieldError); object keys may be longer
                "loc": ["body", *(p[:200] if isinstance(p, str) else p for p in e.absolute_path)],
                "msg": e.message[:1000],
                "type": str(e.validator),
            }
            for e in errors[:50]
        ]
        first = fields[0]
        where = ".".join(str(p) for p in first["loc"][1:]) or "body"
        raise ValidationFailed(f"{where}: {first['msg']}", fields=fields)


# Hot reads whose handlers only read (checked: no flush, no INSERT/UPDATE/DELETE, no after-commit
# work, no row locks). They run without an explicit transaction: at READ COMMITTED every statement
# sees its own snapshot inside a transaction too, so the answers are the same, without the BEGIN and
# COMMIT round trips (two of a GET's five). An operation that writes must not be listed here.
READ_ONLY_OPERATIONS = frozenset({"get_initiative", "list_initiatives"})
_AUTOCOMMIT = {"isolation_level": "AUTOCOMMIT"}


@cache
def ctx_for(operation_id: str) -> Any:
    """The dependency (``Depends``) of one operation; see the module docstring."""
    operation = contract.operations()[operation_id]
    read_only = operation_id in READ_ONLY_OPERATIONS

    async def dependency(request: Request, response: Response) -> AsyncIterator[Ctx]:
        settings = cast(Settings, request.app.state.settings)
        async with request.app.state.sessionmaker() as session:
            if read_only and isinstance(session.bind, AsyncEngine):  # not a caller's connection
                await session.connection(execution_options=_AUTOCOMMIT)
            ctx = Ctx(request, response, session, settings, operation)
            try:
                if not operation.public:
                    ctx._user = await authenticate(request, session, settings)
                    if operation.min_role and not at_least(ctx._user.role, operation.min_role):
                        raise Forbidden(f"This operation needs the {operation.min_role} role")
                _validate_params(request, operation)
                await _validate_body(request, operation)
                yield ctx
                await session.commit()
            except BaseException:
                await session.rollback()
                raise
        for callback in ctx.after_commit:
            result = callback()
            if inspect.isawaitable(result):  # e.g. removing a stored file once its row is gone
                await result

    dependency.__name__ = f"ctx_{operation_id}"
    return Depends(dependency, scope="function")


def utcnow() -> datetime:
    return datetime.now(UTC)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")


def iso_date(value: Any) -> Any:
    """Query dates are ISO 8601 calendar dates (``2026-11-26``), nothing looser."""
    if isinstance(value, str) and not _ISO_DATE.match(value):
        raise ValueError("must be a date as YYYY-MM-DD")
    return value


def rfc3339(value: Any) -> Any:
    """Query date-times are RFC 3339 with an offset (``2026-11-26T09:00:00Z``): no Unix
    timestamps, no naive times."""
    if isinstance(value, str) and not _RFC3339.match(value):
        raise ValueError("must be an RFC 3339 date-time with a time zone, e.g. 2026-11-26T09:00:00Z")
    return value
