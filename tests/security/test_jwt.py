"""OWASP API2 (broken authentication): the bearer-token matrix.

Every protected operation of the contract refuses a missing, unsigned, expired and foreign-key token
with 401 (``WWW-Authenticate: Bearer``, the standard error body) before anything else; the whole
matrix of forged and malformed tokens runs against a read, a write and an admin-only operation. The
users behind the tokens are admins, so only authentication can refuse them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from jose import jwt

from handlers import contract
from handlers.security import password_stamp
from tests import support
from tests.conftest import MakeUser, auth
from tests.support import TEST_SECRET, assert_error

OTHER_KEY = "another-secret-key-0123456789-abcdefghijklmnop"
PROTECTED = sorted(op for op, o in contract.operations().items() if not o.public)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def segment(data: Any) -> str:
    return b64(json.dumps(data).encode())


def claims_for(user_id: UUID | str, **overrides: Any) -> dict[str, Any]:
    now = int(datetime.now(UTC).timestamp())
    claims: dict[str, Any] = {"sub": str(user_id), "iat": now, "exp": now + 300}
    for name, value in overrides.items():
        if value is ...:
            claims.pop(name, None)
        else:
            claims[name] = value
    return claims


def forge(claims: dict[str, Any], *, key: str = TEST_SECRET, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key, algorithm=algorithm)


def hand_signed(header: dict[str, Any], claims: Any, *, key: str = TEST_SECRET) -> str:
    """A token with any header, HMAC-SHA256-signed with ``key`` (the algorithm-confusion attack:
    the header says RS256 or none, the signature is a valid HS256 one)."""
    signing_input = f"{segment(header)}.{segment(claims)}"
    signature = hmac.new(key.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def concrete(operation_id: str) -> tuple[str, str]:
    op = contract.operations()[operation_id]
    values = {"initiative_id": "INI-0001", "request_id": "REQ-0001", "phase": "define"}
    path = op.path
    for name in [p.name for p in contract.parameters(operation_id) if p.location == "path"]:
        path = path.replace("{" + name + "}", values.get(name, "3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b"))
    return op.method, path


async def token_matrix(make_user: MakeUser) -> dict[str, dict[str, str]]:
    """Authorization headers that must all answer 401."""
    admin = await make_user("admin")
    deactivated = await make_user("admin", is_active=False)
    changed_at = datetime.now(UTC)
    changed = await make_user("admin", password_changed_at=changed_at)
    now = int(datetime.now(UTC).timestamp())
    good = claims_for(admin.id)
    unsigned = f"{segment({'alg': 'none', 'typ': 'JWT'})}.{segment(good)}."
    valid = support.token_for(admin.id)
    head, payload, signature = valid.split(".")
    return {
        # transport
        "no header": {},
        "empty bearer": {"Authorization": "Bearer "},
        "bearer word only": {"Authorization": "Bearer"},
        "no scheme": {"Authorization": valid},
        "basic scheme": {"Authorization": "Basic YWRtaW46YWRtaW4="},
        "token scheme": {"Authorization": f"Token {valid}"},
        "jwt scheme": {"Authorization": f"JWT {valid}"},
        "two tokens": {"Authorization": f"Bearer {valid} {valid}"},
        # garbage
        "not a jwt": bearer("not-a-jwt"),
        "garbage segments": bearer("a.b.c"),
        "four segments": bearer(valid + ".x"),
        "two segments": bearer(f"{head}.{payload}"),
        "header a list": bearer(f"{segment([1])}.{payload}.{signature}"),
        "claims a list": bearer(hand_signed({"alg": "HS256", "typ": "JWT"}, [1, 2])),
        "claims a string": bearer(hand_signed({"alg": "HS256", "typ": "JWT"}, "admin")),
        "huge token": bearer("a" * 60_000 + "." + "b" * 60_000 + ".c"),
        # signature and algorithm
        "tampered claims": bearer(f"{head}.{segment({**good, 'sub': str(uuid4())})}.{signature}"),
        "signature stripped": bearer(f"{head}.{payload}."),
        "another key": bearer(forge(good, key=OTHER_KEY)),
        "alg none": bearer(unsigned),
        "alg none, signature kept": bearer(unsigned + signature),
        "alg None": bearer(f"{segment({'alg': 'None'})}.{segment(good)}."),
        "alg NONE": bearer(f"{segment({'alg': 'NONE'})}.{segment(good)}."),
        "HS384 same key": bearer(forge(good, algorithm="HS384")),
        "HS512 same key": bearer(forge(good, algorithm="HS512")),
        "RS256 header, HMAC signature": bearer(hand_signed({"alg": "RS256", "typ": "JWT"}, good)),
        "ES256 header, HMAC signature": bearer(hand_signed({"alg": "ES256", "typ": "JWT"}, good)),
        "no alg, HMAC signature": bearer(hand_signed({"typ": "JWT"}, good)),
        # time claims
        "expired": bearer(forge(claims_for(admin.id, iat=now - 7200, exp=now - 3600))),
        "expired a second ago": bearer(forge(claims_for(admin.id, iat=now - 600, exp=now - 1))),
        "not valid before tomorrow": bearer(forge(claims_for(admin.id, nbf=now + 86400))),
        "issued tomorrow": bearer(forge(claims_for(admin.id, iat=now + 86400, exp=now + 90000))),
        "exp a string": bearer(forge(claims_for(admin.id, exp=str(now + 300)))),
        "exp null": bearer(forge(claims_for(admin.id, exp=None))),
        "iat null": bearer(forge(claims_for(admin.id, iat=None))),
        "iat a list": bearer(forge(claims_for(admin.id, iat=[now]))),
        "exp true": bearer(forge(claims_for(admin.id, exp=True))),
        # missing claims
        "no exp": bearer(forge(claims_for(admin.id, exp=...))),
        "no iat": bearer(forge(claims_for(admin.id, iat=...))),
        "no sub": bearer(forge(claims_for(admin.id, sub=...))),
        "empty claims": bearer(forge({})),
        # subject
        "sub not a uuid": bearer(forge(claims_for("admin"))),
        "sub an integer": bearer(forge({**good, "sub": 1})),
        "sub null": bearer(forge({**good, "sub": None})),
        "sub an email": bearer(forge(claims_for("admin@tollgate.local"))),
        "sub SQL": bearer(forge(claims_for("' OR '1'='1"))),
        "unknown user": bearer(support.token_for(uuid4())),
        "deactivated user": auth(deactivated),
        # revocation by password change
        "issued before a password change": auth(changed),
        "pwd a microsecond before the change": bearer(
            forge(claims_for(changed.id, pwd=password_stamp(changed_at) - 1))
        ),
        "pwd not a number": bearer(forge(claims_for(changed.id, pwd="later"))),
        "pwd null": bearer(forge(claims_for(changed.id, pwd=None))),
        "pwd a list": bearer(forge(claims_for(changed.id, pwd=[password_stamp(changed_at)]))),
    }


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/users/me"),
        ("POST", "/initiatives"),
        ("GET", "/audit-events"),
        ("DELETE", "/users/3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b"),
    ],
)
async def test_every_forged_or_malformed_token_is_401(
    client: httpx.AsyncClient, make_user: MakeUser, method: str, path: str
) -> None:
    failures = []
    for name, headers in (await token_matrix(make_user)).items():
        r = await client.request(
            method, path, headers=headers, json={"title": "x"} if method == "POST" else None
        )
        if r.status_code != 401:
            failures.append(f"{name}: {r.status_code} {r.text[:200]}")
            continue
        assert_error(r, 401)
        assert "Traceback" not in r.text
    assert not failures, "\n".join(failures)


async def test_every_protected_operation_authenticates_first(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    """No token, alg none, expired, another key's token, and a valid token sent only in the query
    string: 401 on every protected operation of the contract, even with an invalid id and an empty
    body (authentication comes before everything else)."""
    assert len(PROTECTED) >= 90, PROTECTED
    admin = await make_user("admin")
    now = int(datetime.now(UTC).timestamp())
    valid = support.token_for(admin.id)
    cases: dict[str, tuple[dict[str, str], dict[str, str] | None]] = {
        "no token": ({}, None),
        "alg none": (
            bearer(f"{segment({'alg': 'none', 'typ': 'JWT'})}.{segment(claims_for(admin.id))}."),
            None,
        ),
        "expired": (bearer(forge(claims_for(admin.id, iat=now - 7200, exp=now - 3600))), None),
        "another key": (bearer(forge(claims_for(admin.id), key=OTHER_KEY)), None),
        "token in the query only": ({}, {"access_token": valid, "token": valid, "jwt": valid}),
    }
    failures = []
    for operation_id in PROTECTED:
        method, path = concrete(operation_id)
        for name, (headers, params) in cases.items():
            r = await client.request(
                method, path, headers=headers, params=params, json={} if method in ("POST", "PATCH") else None
            )
            if r.status_code != 401:
                failures.append(f"{operation_id} {name}: {r.status_code} {r.text[:200]}")
                continue
            assert_error(r, 401)
    assert not failures, "\n".join(failures)


async def test_the_valid_token_passes(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    """The control: the same user and key, well formed, is accepted (so the 401s are about the token)."""
    admin = await make_user("admin")
    r = await client.get("/users/me", headers=bearer(forge(claims_for(admin.id))))
    assert r.status_code == 200 and r.json()["id"] == str(admin.id), r.text
    now = int(datetime.now(UTC).timestamp())
    r = await client.get("/users/me", headers=bearer(forge(claims_for(admin.id, iat=now + 5))))
    assert r.status_code == 200, "a few seconds of clock skew on iat are tolerated"


async def test_password_change_revokes_the_callers_token(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    user = await make_user("viewer")
    old = auth(user)
    r = await client.patch(
        "/users/me",
        json={
            "current_password": "correct horse battery staple",
            "new_password": "a brand new passphrase 42",
        },
        headers=old,
    )
    assert r.status_code == 200, r.text
    assert_error(await client.get("/users/me", headers=old), 401)
    login = await client.post(
        "/auth/login", json={"email": user.email, "password": "a brand new passphrase 42"}
    )
    assert login.status_code == 200, login.text
    fresh = bearer(login.json()["access_token"])
    assert (await client.get("/users/me", headers=fresh)).status_code == 200


async def test_deactivation_revokes_tokens_at_once(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    admin, target = await make_user("admin"), await make_user("manager")
    assert (await client.get("/users/me", headers=auth(target))).status_code == 200
    assert (await client.delete(f"/users/{target.id}", headers=auth(admin))).status_code == 204
    assert_error(await client.get("/users/me", headers=auth(target)), 401)
    r = await client.post(
        "/auth/login", json={"email": target.email, "password": "correct horse battery staple"}
    )
    assert_error(r, 401)


async def test_login_does_not_say_which_accounts_exist(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    user = await make_user("viewer")
    wrong = await client.post("/auth/login", json={"email": user.email, "password": "wrong password 123"})
    unknown = await client.post(
        "/auth/login", json={"email": f"nobody-{uuid4().hex}@example.com", "password": "x"}
    )
    assert_error(wrong, 401)
    assert_error(unknown, 401)
    assert wrong.json() == unknown.json()


def test_issued_tokens_are_hs256_and_expire() -> None:
    token = support.token_for(uuid4(), minutes=30)
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.get_unverified_claims(token)
    assert claims["exp"] - claims["iat"] == 30 * 60
    assert set(claims) >= {"sub", "iat", "exp"}
    assert datetime.fromtimestamp(claims["exp"], UTC) - datetime.now(UTC) <= timedelta(minutes=30)
