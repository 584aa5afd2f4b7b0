"""Passwords (argon2) and access tokens (JWT, HS256 only, exp/iat/sub required)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from jose import JWTError, jwt

ALGORITHM = "HS256"
IAT_LEEWAY_SECONDS = 60  # clock skew tolerated on a token's issue time
_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps login timing uniform.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class InvalidToken(Exception):
    """The token is malformed, forged, expired or lacks a required claim."""


def hash_password(plain: str) -> str:
    return _hasher.hash(plain)


def verify_password(plain: str, hashed: str | None) -> bool:
    try:
        return _hasher.verify(hashed or _DUMMY_HASH, plain) and hashed is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_stamp(changed_at: datetime) -> int:
    """The ``pwd`` claim: the instant of the last password change in whole microseconds since the
    epoch (exact, so a token issued between two changes in the same second is revoked too)."""
    aware = changed_at if changed_at.tzinfo else changed_at.replace(tzinfo=UTC)
    return (aware - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


def create_access_token(
    user_id: UUID, *, secret: str, minutes: int, password_changed_at: datetime | None = None
) -> tuple[str, int]:
    """Return ``(token, expires_in_seconds)``.

    ``pwd`` carries the time of the user's last password change, so tokens issued before a change
    stop working.
    """
    now = datetime.now(UTC)
    claims: dict[str, Any] = {
        "sub": str(user_id),
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(minutes=minutes)).timestamp()),
        "jti": secrets.token_urlsafe(12),
    }
    if password_changed_at is not None:
        claims["pwd"] = password_stamp(password_changed_at)
    return jwt.encode(claims, secret, algorithm=ALGORITHM), minutes * 60


def decode_access_token(token: str, *, secret: str) -> dict[str, Any]:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != ALGORITHM:
            raise InvalidToken("unexpected algorithm")
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={
                "require_exp": True,
                "require_iat": True,
                "require_sub": True,
                "verify_exp": True,
                "verify_iat": True,
                "verify_aud": False,
            },
        )
    except (JWTError, TypeError, ValueError) as exc:  # python-jose lets int(None) escape as TypeError
        raise InvalidToken(str(exc)) from exc
    for name in ("exp", "iat", *(["pwd"] if "pwd" in claims else [])):
        if not _is_int(claims[name]):
            raise InvalidToken(f"{name} is not an integer")
    if claims["iat"] > int(datetime.now(UTC).timestamp()) + IAT_LEEWAY_SECONDS:
        raise InvalidToken("iat is in the future")
    try:
        UUID(str(claims["sub"]))
    except ValueError as exc:
        raise InvalidToken("sub is not a user id") from exc
    return claims


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
