"""Authentication: bearer tokens on every protected operation, login and self-registration."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from fastapi import FastAPI
from jose import jwt
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from handlers import contract
from handlers.app import create_app
from handlers.config import Settings
from handlers.security import create_access_token, password_stamp, verify_password
from handlers.tables import AuditEvent, User
from tests import support
from tests.conftest import PASSWORD, MakeUser, auth
from tests.support import TEST_SECRET, assert_error

# The protected operations of auth/users/teams/initiatives/phases (and the placeholders they take).
PROTECTED = [
    "get_current_user",
    "update_current_user",
    "list_users",
    "create_user",
    "get_user",
    "update_user",
    "deactivate_user",
    "list_teams",
    "create_team",
    "get_team",
    "update_team",
    "delete_team",
    "list_team_members",
    "add_team_member",
    "remove_team_member",
    "list_initiatives",
    "create_initiative",
    "get_initiative",
    "update_initiative",
    "delete_initiative",
    "list_phases",
    "get_phase",
    "update_phase",
]
PUBLIC = ["login", "register", "health_check", "readiness_check"]


def concrete(operation_id: str) -> tuple[str, str]:
    op = contract.operations()[operation_id]
    path = op.path.format(user_id=uuid4(), team_id=uuid4(), initiative_id="INI-0001", phase="define")
    return op.method, path


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def forge(claims: dict[str, Any], *, key: str = TEST_SECRET, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key, algorithm=algorithm)


def claims_for(user_id: UUID, **overrides: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    claims: dict[str, Any] = {
        "sub": str(user_id),
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(minutes=5)).timestamp()),
    }
    for name, value in overrides.items():
        if value is None:
            claims.pop(name, None)
        else:
            claims[name] = value
    return claims


async def bad_credentials(make_user: MakeUser) -> dict[str, dict[str, str]]:
    """Authorization headers that must all answer 401 (the users behind them are admins, so only
    authentication can refuse them)."""
    admin = await make_user("admin")
    deactivated = await make_user("admin", is_active=False)
    changed_at = datetime.now(UTC)
    changed = await make_user("admin", password_changed_at=changed_at)
    now = int(datetime.now(UTC).timestamp())

    def bearer(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    unsigned = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims_for(admin.id))}."
    return {
        "no header": {},
        "empty bearer": {"Authorization": "Bearer "},
        "no scheme": {"Authorization": support.token_for(admin.id)},
        "basic scheme": {"Authorization": "Basic YWRtaW46YWRtaW4="},
        "not a jwt": bearer("not-a-jwt"),
        "garbage segments": bearer("a.b.c"),
        "expired": bearer(forge(claims_for(admin.id, iat=now - 7200, exp=now - 3600))),
        "another key": bearer(forge(claims_for(admin.id), key="another-secret-key-0123456789-abcdefghij")),
        "alg none": bearer(unsigned),
        "alg none, signature kept": bearer(unsigned + "c2lnbmF0dXJl"),
        "HS512": bearer(forge(claims_for(admin.id), algorithm="HS512")),
        "no exp": bearer(forge(claims_for(admin.id, exp=None))),
        "no iat": bearer(forge(claims_for(admin.id, iat=None))),
        "no sub": bearer(forge(claims_for(admin.id, sub=None))),
        "sub not a uuid": bearer(forge(claims_for(admin.id, sub="admin"))),
        "unknown user": bearer(support.token_for(uuid4())),
        "deactivated user": auth(deactivated),
        "issued before a password change": auth(changed),
        "pwd claim a microsecond before the change": bearer(
            forge(claims_for(changed.id, pwd=password_stamp(changed_at) - 1))
        ),
    }


@pytest.mark.parametrize("operation_id", PROTECTED)
async def test_protected_operation_refuses_bad_credentials(
    client: httpx.AsyncClient, make_user: MakeUser, operation_id: str
) -> None:
    method, path = concrete(operation_id)
    for name, headers in (await bad_credentials(make_user)).items():
        r = await client.request(
            method, path, headers=headers, json={} if method in ("POST", "PATCH") else None
        )
        assert r.status_code == 401, f"{name}: {r.status_code} {r.text}"
        assert_error(r, 401)


ROLES = ["viewer", "analyst", "manager", "admin"]
BELOW_MIN_ROLE = [
    (operation_id, role)
    for operation_id in PROTECTED
    for role in ROLES[: ROLES.index(contract.operations()[operation_id].min_role or "viewer")]
]


def test_the_role_matrix_is_not_empty() -> None:
    assert {op for op, _ in BELOW_MIN_ROLE} >= {
        "create_user",
        "update_user",
        "deactivate_user",
        "create_team",
        "update_team",
        "delete_team",
        "add_team_member",
        "remove_team_member",
        "create_initiative",
        "update_initiative",
        "delete_initiative",
        "update_phase",
    }


@pytest.mark.parametrize(("operation_id", "role"), BELOW_MIN_ROLE)
async def test_roles_below_the_operations_minimum_are_403(
    client: httpx.AsyncClient, make_user: MakeUser, operation_id: str, role: str
) -> None:
    """The contract's x-min-role is enforced before anything else (ids, bodies)."""
    method, path = concrete(operation_id)
    user = await make_user(role)
    r = await client.request(
        method, path, headers=auth(user), json={} if method in ("POST", "PATCH") else None
    )
    assert_error(r, 403)


async def test_401_happens_before_query_validation(client: httpx.AsyncClient) -> None:
    r = await client.get("/initiatives?page_size=101")
    assert_error(r, 401)


async def test_a_valid_token_is_accepted(client: httpx.AsyncClient, admin: User) -> None:
    r = await client.get("/users/me", headers=auth(admin))
    assert r.status_code == 200
    assert r.json()["id"] == str(admin.id)
    r = await client.get("/users/me", headers={"Authorization": f"bearer {support.token_for(admin.id)}"})
    assert r.status_code == 200, "the scheme is case-insensitive"


async def test_token_with_current_pwd_claim_is_accepted(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    changed_at = datetime.now(UTC) - timedelta(minutes=1)
    user = await make_user("viewer", password_changed_at=changed_at)
    token, _ = create_access_token(user.id, secret=TEST_SECRET, minutes=5, password_changed_at=changed_at)
    r = await client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("operation_id", PUBLIC)
async def test_public_operations_need_no_token(client: httpx.AsyncClient, operation_id: str) -> None:
    method, path = concrete(operation_id)
    for headers in ({}, {"Authorization": "Bearer not-a-jwt"}):
        r = await client.request(method, path, headers=headers, json={} if method == "POST" else None)
        assert r.status_code != 401, r.text
        assert r.status_code in (200, 422), r.text


# --- login ----------------------------------------------------------------------------------


async def _user_row(db: AsyncSession, user_id: UUID) -> User:
    db.expire_all()
    return (await db.execute(select(User).where(User.id == user_id))).scalar_one()


class TestLogin:
    async def test_returns_a_working_token_and_records_last_login(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, settings: Settings
    ) -> None:
        user = await make_user("analyst", email="login-ok@example.com")
        assert user.last_login_at is None
        before = datetime.now(UTC)
        r = await client.post("/auth/login", json={"email": "login-ok@example.com", "password": PASSWORD})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["token_type"] == "bearer"
        assert body["expires_in"] == settings.access_token_minutes * 60
        assert body["user"]["id"] == str(user.id)
        assert body["user"]["role"] == "analyst"
        assert "password" not in body["user"] and "password_hash" not in body["user"]
        claims = jwt.decode(body["access_token"], TEST_SECRET, algorithms=["HS256"])
        assert claims["sub"] == str(user.id)
        assert claims["exp"] - claims["iat"] == settings.access_token_minutes * 60
        row = await _user_row(db, user.id)
        assert row.last_login_at is not None and row.last_login_at >= before - timedelta(seconds=1)
        assert body["user"]["last_login_at"] is not None
        me = await client.get("/users/me", headers={"Authorization": f"Bearer {body['access_token']}"})
        assert me.status_code == 200 and me.json()["id"] == str(user.id)

    async def test_email_is_case_insensitive(self, client: httpx.AsyncClient, make_user: MakeUser) -> None:
        user = await make_user("viewer", email="mixed.case@example.com")
        r = await client.post("/auth/login", json={"email": "Mixed.CASE@Example.com", "password": PASSWORD})
        assert r.status_code == 200, r.text
        assert r.json()["user"]["id"] == str(user.id)

    async def test_one_answer_for_unknown_email_wrong_password_and_deactivated(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser
    ) -> None:
        await make_user("analyst", email="known@example.com")
        gone = await make_user("analyst", email="gone@example.com", is_active=False)
        answers = [
            await client.post("/auth/login", json={"email": "nobody@example.com", "password": PASSWORD}),
            await client.post(
                "/auth/login", json={"email": "known@example.com", "password": "wrong password"}
            ),
            await client.post("/auth/login", json={"email": "gone@example.com", "password": PASSWORD}),
        ]
        bodies = [assert_error(r, 401) for r in answers]
        assert bodies[0] == bodies[1] == bodies[2]
        assert (await _user_row(db, gone.id)).last_login_at is None

    async def test_seeded_deactivated_user_cannot_log_in(self, client: httpx.AsyncClient) -> None:
        r = await client.post(
            "/auth/login", json={"email": "ken.moore@tollgate.example", "password": "analyst-dev-password"}
        )
        assert_error(r, 401)

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"email": "a@example.com"}, None),
            ({"password": "x"}, None),
            ({"email": "a@example.com", "password": "x", "role": "admin"}, None),
            ({"email": "not-an-email", "password": "x"}, "email"),
            ({"email": 5, "password": "x"}, "email"),
            ({"email": "a@example.com", "password": False}, "password"),
            ({"email": "a@example.com", "password": None}, "password"),
            ({"email": "a@example.com", "password": ""}, "password"),
            ({"email": "a@example.com", "password": "x" * 201}, "password"),
            ({"email": "a@example.com", "password": "pass\u0000word"}, "password"),
        ],
    )
    async def test_bad_input_is_422(
        self, client: httpx.AsyncClient, body: dict[str, Any], field: str | None
    ) -> None:
        assert_error(await client.post("/auth/login", json=body), 422, field=field)


# --- register -------------------------------------------------------------------------------


@pytest.fixture
async def closed_client(
    database_url: str, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of an app whose deployment disables self-registration."""
    app: FastAPI = create_app(
        support.test_settings(database_url, TOLLGATE_ALLOW_REGISTRATION=False), engine=engine
    )
    app.state.sessionmaker = sessionmaker
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver/api/v1") as c:
        yield c


class TestRegister:
    async def test_creates_an_active_viewer(self, client: httpx.AsyncClient, db: AsyncSession) -> None:
        body = {"email": "Grace.Hopper@Example.com", "password": "a-long-enough-pass", "full_name": "Grace"}
        r = await client.post("/auth/register", json=body)
        assert r.status_code == 201, r.text
        user = r.json()
        assert user["role"] == "viewer" and user["is_active"] is True
        assert user["email"] == "grace.hopper@example.com", "emails are stored lower-cased"
        assert "password" not in user and "password_hash" not in user
        assert r.headers["location"] == f"/api/v1/users/{user['id']}"
        assert r.headers["etag"]
        row = await _user_row(db, UUID(user["id"]))
        assert row.email == "grace.hopper@example.com"
        assert row.password_hash != body["password"] and verify_password(body["password"], row.password_hash)
        events = (await db.execute(select(AuditEvent).where(AuditEvent.entity_id == row.id))).scalars().all()
        assert [e.action for e in events] == ["create"]
        assert events[0].actor_id is None
        login = await client.post("/auth/login", json={"email": body["email"], "password": body["password"]})
        assert login.status_code == 200 and login.json()["user"]["id"] == user["id"]

    async def test_taken_email_is_409_case_insensitively(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser
    ) -> None:
        await make_user("analyst", email="taken@example.com")
        before = (await db.execute(select(func.count()).select_from(User))).scalar_one()
        r = await client.post(
            "/auth/register",
            json={"email": "TAKEN@example.com", "password": "a-long-enough-pass", "full_name": "Copy"},
        )
        assert_error(r, 409)
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == before

    @pytest.mark.parametrize(
        ("extra", "field"),
        [
            ({"role": "admin"}, None),
            ({"id": str(uuid4())}, None),
            ({"is_active": True}, None),
            ({"password": "short"}, "password"),
            ({"password": 1234567890123}, "password"),
            ({"full_name": None}, "full_name"),
            ({"full_name": ""}, "full_name"),
            ({"full_name": "x" * 201}, "full_name"),
            ({"full_name": "Nul\u0000Byte"}, "full_name"),
            ({"email": "no-at-sign"}, "email"),
        ],
    )
    async def test_bad_input_is_422(
        self, client: httpx.AsyncClient, db: AsyncSession, extra: dict[str, Any], field: str | None
    ) -> None:
        body = {"email": "new-person@example.com", "password": "a-long-enough-pass", "full_name": "New"}
        assert_error(await client.post("/auth/register", json={**body, **extra}), 422, field=field)
        count = select(func.count()).where(func.lower(User.email) == "new-person@example.com")
        assert (await db.execute(count)).scalar_one() == 0

    async def test_forbidden_when_registration_is_disabled(
        self, closed_client: httpx.AsyncClient, db: AsyncSession
    ) -> None:
        r = await closed_client.post(
            "/auth/register",
            json={"email": "closed@example.com", "password": "a-long-enough-pass", "full_name": "Closed"},
        )
        assert_error(r, 403)
        count = select(func.count()).where(func.lower(User.email) == "closed@example.com")
        assert (await db.execute(count)).scalar_one() == 0
        # Logging in still works on such a deployment.
        login = await closed_client.post(
            "/auth/login", json={"email": "admin@tollgate.local", "password": "tollgate-admin"}
        )
        assert login.status_code == 200
