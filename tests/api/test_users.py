"""Users: my profile, the user directory, admin management and deactivation."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from handlers.security import verify_password
from handlers.tables import AuditEvent, TeamMember, User
from tests.conftest import PASSWORD, MakeUser, auth
from tests.support import assert_error

ROLE_RANK = {"viewer": 1, "analyst": 2, "manager": 3, "admin": 4}
PAST = datetime(2025, 1, 1, tzinfo=UTC)


async def user_row(db: AsyncSession, user_id: UUID | str) -> User:
    """The row as the database has it now (the same object as a fixture's user, refreshed)."""
    stmt = select(User).where(User.id == UUID(str(user_id))).execution_options(populate_existing=True)
    return (await db.execute(stmt)).scalar_one()


async def events(db: AsyncSession, entity_id: UUID | str) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity_id == UUID(str(entity_id)))
        .order_by(AuditEvent.occurred_at, AuditEvent.created_at)
    )
    return list((await db.execute(stmt)).scalars().all())


async def count(db: AsyncSession, *where: Any) -> int:
    return int((await db.execute(select(func.count()).select_from(User).where(*where))).scalar_one())


async def login(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    return await client.post("/auth/login", json={"email": email, "password": password})


# --- GET /users/me --------------------------------------------------------------------------


class TestGetCurrentUser:
    @pytest.mark.parametrize("role", ["viewer", "analyst", "manager", "admin"])
    async def test_every_role_reads_itself(
        self, client: httpx.AsyncClient, make_user: MakeUser, role: str
    ) -> None:
        user = await make_user(role, title="Black Belt", skills=["DMAIC", "SPC"])
        r = await client.get("/users/me", headers=auth(user))
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["id"] == str(user.id)
        assert body["role"] == role
        assert body["email"] == user.email
        assert body["skills"] == ["DMAIC", "SPC"]
        assert body["title"] == "Black Belt"
        assert body["capacity_hours"] == 40
        assert "password_hash" not in body and "password_changed_at" not in body
        same = await client.get(f"/users/{user.id}", headers=auth(user))
        assert r.headers["etag"] == same.headers["etag"]


# --- PATCH /users/me ------------------------------------------------------------------------


class TestUpdateCurrentUser:
    async def test_changes_only_the_fields_sent(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser
    ) -> None:
        user = await make_user("viewer", title="Old title", skills=["SPC"], updated_at=PAST)
        old_name = user.full_name
        r = await client.patch(
            "/users/me",
            json={"full_name": "New Name", "skills": ["DMAIC", "DOE"], "capacity_hours": 32.5},
            headers=auth(user),
        )
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["full_name"] == "New Name"
        assert body["skills"] == ["DMAIC", "DOE"]
        assert body["capacity_hours"] == 32.5
        assert body["title"] == "Old title"
        assert body["role"] == "viewer"
        row = await user_row(db, user.id)
        assert (row.full_name, row.title, row.skills) == ("New Name", "Old title", ["DMAIC", "DOE"])
        assert row.capacity_hours == Decimal("32.5")
        assert row.updated_at > PAST
        (event,) = await events(db, user.id)
        assert event.action == "update" and event.actor_id == user.id
        assert event.changes["full_name"] == [old_name, "New Name"]
        assert "title" not in event.changes

    async def test_null_clears_a_nullable_field(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser
    ) -> None:
        user = await make_user("analyst", title="Green Belt", avatar_url="https://img.example/a.png")
        r = await client.patch("/users/me", json={"title": None, "avatar_url": None}, headers=auth(user))
        assert r.status_code == 200, r.text
        row = await user_row(db, user.id)
        assert row.title is None and row.avatar_url is None

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"role": "admin"}, None),
            ({"email": "me@example.com"}, None),
            ({"is_active": False}, None),
            ({"id": str(uuid4())}, None),
            ({}, None),
            ({"full_name": None}, "full_name"),
            ({"full_name": ""}, "full_name"),
            ({"full_name": False}, "full_name"),
            ({"full_name": "x" * 201}, "full_name"),
            ({"title": "Nul\u0000"}, "title"),
            ({"capacity_hours": "5"}, "capacity_hours"),
            ({"capacity_hours": -1}, "capacity_hours"),
            ({"capacity_hours": 169}, "capacity_hours"),
            ({"skills": ["SPC", "SPC"]}, "skills"),
            ({"skills": "SPC"}, "skills"),
            ({"avatar_url": "http://insecure.example/a.png"}, "avatar_url"),
            ({"new_password": "a-long-enough-pass"}, None),
            ({"current_password": PASSWORD}, None),
            ({"current_password": PASSWORD, "new_password": "short"}, "new_password"),
        ],
    )
    async def test_bad_input_is_422_and_changes_nothing(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        make_user: MakeUser,
        body: dict[str, Any],
        field: str | None,
    ) -> None:
        user = await make_user("viewer", full_name="Unchanged")
        email = user.email
        assert_error(await client.patch("/users/me", json=body, headers=auth(user)), 422, field=field)
        row = await user_row(db, user.id)
        assert (row.role, row.email, row.is_active, row.full_name) == ("viewer", email, True, "Unchanged")
        assert verify_password(PASSWORD, row.password_hash)

    async def test_wrong_current_password_is_422_on_that_field(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser
    ) -> None:
        user = await make_user("analyst")
        r = await client.patch(
            "/users/me",
            json={"current_password": "not my password", "new_password": "a-brand-new-password"},
            headers=auth(user),
        )
        assert_error(r, 422, field="current_password")
        row = await user_row(db, user.id)
        assert verify_password(PASSWORD, row.password_hash) and row.password_changed_at is None

    async def test_password_change_revokes_earlier_tokens(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser
    ) -> None:
        user = await make_user("analyst")
        old = await login(client, user.email, PASSWORD)
        old_headers = {"Authorization": f"Bearer {old.json()['access_token']}"}
        r = await client.patch(
            "/users/me",
            json={"current_password": PASSWORD, "new_password": "a-brand-new-password"},
            headers=old_headers,
        )
        assert r.status_code == 200, r.text
        assert "password" not in r.text
        assert_error(await client.get("/users/me", headers=old_headers), 401)
        assert_error(await client.get("/users/me", headers=auth(user)), 401)
        assert_error(await login(client, user.email, PASSWORD), 401)
        new = await login(client, user.email, "a-brand-new-password")
        assert new.status_code == 200
        me = await client.get("/users/me", headers={"Authorization": f"Bearer {new.json()['access_token']}"})
        assert me.status_code == 200
        row = await user_row(db, user.id)
        assert row.password_changed_at is not None
        (event,) = [e for e in await events(db, user.id) if e.action == "update"]
        assert "new_password" not in event.changes and "current_password" not in event.changes
        assert row.password_hash not in str(event.changes)

    async def test_a_second_password_change_revokes_the_token_issued_between(
        self, client: httpx.AsyncClient, make_user: MakeUser
    ) -> None:
        """Tokens are revoked by the change's exact instant, not by whole seconds."""
        user = await make_user("viewer")
        first = await client.patch(
            "/users/me",
            json={"current_password": PASSWORD, "new_password": "password-number-2"},
            headers=auth(user),
        )
        assert first.status_code == 200
        between = await login(client, user.email, "password-number-2")
        headers = {"Authorization": f"Bearer {between.json()['access_token']}"}
        second = await client.patch(
            "/users/me",
            json={"current_password": "password-number-2", "new_password": "password-number-3"},
            headers=headers,
        )
        assert second.status_code == 200, second.text
        assert_error(await client.get("/users/me", headers=headers), 401)

    async def test_if_match(self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser) -> None:
        user = await make_user("viewer", updated_at=PAST)
        etag = (await client.get("/users/me", headers=auth(user))).headers["etag"]
        r = await client.patch("/users/me", json={"title": "One"}, headers={**auth(user), "If-Match": etag})
        assert r.status_code == 200, r.text
        assert r.headers["etag"] != etag
        stale = await client.patch(
            "/users/me", json={"title": "Two"}, headers={**auth(user), "If-Match": etag}
        )
        assert_error(stale, 412)
        assert (await user_row(db, user.id)).title == "One"
        current = await client.patch(
            "/users/me", json={"title": "Three"}, headers={**auth(user), "If-Match": r.headers["etag"]}
        )
        assert current.status_code == 200 and current.json()["title"] == "Three"


# --- GET /users -----------------------------------------------------------------------------


class TestListUsers:
    async def test_every_role_lists_everyone_with_exact_total(
        self, client: httpx.AsyncClient, db: AsyncSession, viewer: User
    ) -> None:
        r = await client.get("/users?page_size=100", headers=auth(viewer))
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["total"] == await count(db)
        assert body["total"] >= 10  # the seeded directory, with a deactivated user
        assert {"id", "email", "full_name", "role", "is_active", "avatar_url"} == set(body["items"][0])
        assert any(not u["is_active"] for u in body["items"])

    async def test_filters_role_is_active_team_and_q(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: Any, viewer: User
    ) -> None:
        tag = uuid4().hex[:8]
        a = await make_user("manager", full_name=f"Ann {tag}")
        b = await make_user("viewer", email=f"bob-{tag}@example.com", is_active=False)
        c = await make_user("analyst", full_name=f"Cy {tag}")
        team = await make_team(members=[(a, "lead"), (b, "member")])

        async def ids(query: str) -> tuple[set[str], int]:
            r = await client.get(f"/users?page_size=100&{query}", headers=auth(viewer))
            assert r.status_code == 200, r.text
            return {u["id"] for u in r.json()["items"]}, r.json()["total"]

        assert await ids(f"q={tag}") == ({str(a.id), str(b.id), str(c.id)}, 3)
        assert await ids(f"q={tag.upper()}") == ({str(a.id), str(b.id), str(c.id)}, 3)
        assert await ids(f"q={tag}&role=manager,viewer") == ({str(a.id), str(b.id)}, 2)
        assert await ids(f"q={tag}&role=manager&role=viewer") == ({str(a.id), str(b.id)}, 2)
        assert await ids(f"q={tag}&is_active=false") == ({str(b.id)}, 1)
        assert await ids(f"q={tag}&is_active=true") == ({str(a.id), str(c.id)}, 2)
        assert await ids(f"team_id={team.id}") == ({str(a.id), str(b.id)}, 2)
        assert await ids(f"team_id={team.id}&is_active=true&role=manager") == ({str(a.id)}, 1)
        assert await ids("q=%25_") == (set(), 0), "LIKE wildcards are matched literally"
        _, total = await ids("role=analyst,viewer&is_active=true")
        assert total == await count(
            db, col(User.role).in_(["analyst", "viewer"]), col(User.is_active).is_(True)
        )

    @pytest.mark.parametrize(
        "key", ["created_at", "updated_at", "full_name", "email", "role", "last_login_at"]
    )
    @pytest.mark.parametrize("order", ["asc", "desc"])
    async def test_sort(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, key: str, order: str
    ) -> None:
        tag = uuid4().hex[:8]
        specs = [
            ("manager", "carla", datetime(2026, 3, 1, tzinfo=UTC)),
            ("viewer", "alma", None),
            ("admin", "dora", datetime(2026, 1, 1, tzinfo=UTC)),
            ("analyst", "bea", datetime(2026, 2, 1, tzinfo=UTC)),
        ]
        for i, (role, name, last_login) in enumerate(specs):
            await make_user(
                role,
                full_name=f"{name} {tag}",
                email=f"{name}-{tag}@example.com",
                last_login_at=last_login,
                created_at=datetime(2026, 1, 1 + i, tzinfo=UTC),
                updated_at=datetime(2026, 6, 4 - i, tzinfo=UTC),
            )
        r = await client.get(
            f"/users?q={tag}&sort={key}&order={order}", headers=auth(await make_user("viewer"))
        )
        assert r.status_code == 200, r.text
        got = [u["full_name"].split()[0] for u in r.json()["items"]]
        rows = (await db.execute(select(User).where(col(User.full_name).endswith(tag)))).scalars().all()

        def value(u: User) -> Any:
            return {"role": ROLE_RANK[u.role], "full_name": u.full_name.lower(), "email": u.email}.get(
                key, getattr(u, key)
            )

        present = sorted([u for u in rows if value(u) is not None], key=value, reverse=order == "desc")
        expected = [u.full_name.split()[0] for u in present + [u for u in rows if value(u) is None]]
        assert got == expected
        if key == "role":
            assert got == (
                ["dora", "carla", "bea", "alma"] if order == "desc" else ["alma", "bea", "carla", "dora"]
            )

    async def test_pagination_edges(self, client: httpx.AsyncClient, db: AsyncSession, viewer: User) -> None:
        total = await count(db)
        one = (await client.get("/users?page_size=1", headers=auth(viewer))).json()
        assert (len(one["items"]), one["total"], one["page_size"], one["has_more"]) == (1, total, 1, True)
        last = (await client.get(f"/users?page_size=1&page={total}", headers=auth(viewer))).json()
        assert (len(last["items"]), last["total"], last["has_more"]) == (1, total, False)
        beyond = (await client.get("/users?page_size=100&page=1000", headers=auth(viewer))).json()
        assert (beyond["items"], beyond["total"], beyond["page"], beyond["has_more"]) == (
            [],
            total,
            1000,
            False,
        )
        full = (await client.get("/users?page_size=100", headers=auth(viewer))).json()
        assert len(full["items"]) == min(total, 100) and full["has_more"] is (total > 100)
        seen = []
        for page in range(1, total // 3 + 2):
            chunk = (
                await client.get(f"/users?page_size=3&page={page}&sort=email", headers=auth(viewer))
            ).json()
            assert chunk["total"] == total
            seen += [u["id"] for u in chunk["items"]]
        assert len(seen) == len(set(seen)) == total

    @pytest.mark.parametrize(
        "query",
        [
            "page_size=101",
            "page_size=0",
            "page=0",
            "page=-1",
            "page=x",
            "sort=unknown",
            "sort=password_hash",
            "order=sideways",
            "role=superuser",
            "role=admin,superuser",
            "is_active=maybe",
            "team_id=not-a-uuid",
            "q=",
            "q=" + "x" * 201,
        ],
    )
    async def test_bad_query_is_422(self, client: httpx.AsyncClient, viewer: User, query: str) -> None:
        assert_error(await client.get(f"/users?{query}", headers=auth(viewer)), 422)


# --- POST /users ----------------------------------------------------------------------------


def new_user(**fields: Any) -> dict[str, Any]:
    return {
        "email": f"new-{uuid4().hex[:8]}@example.com",
        "password": "a-long-enough-pass",
        "full_name": "New",
        **fields,
    }


class TestCreateUser:
    async def test_admin_creates_a_user(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        body = new_user(
            email="Ada.Lovelace@Example.com", role="manager", title="MBB", skills=["DOE"], capacity_hours=30
        )
        r = await client.post("/users", json=body, headers=auth(admin))
        assert r.status_code == 201, r.text
        user = r.json()
        assert user["email"] == "ada.lovelace@example.com"
        assert (user["role"], user["title"], user["skills"], user["capacity_hours"]) == (
            "manager",
            "MBB",
            ["DOE"],
            30,
        )
        assert user["is_active"] is True and user["last_login_at"] is None
        assert "password" not in user and "password_hash" not in user
        assert r.headers["location"] == f"/api/v1/users/{user['id']}"
        got = await client.get(f"/users/{user['id']}", headers=auth(admin))
        assert got.headers["etag"] == r.headers["etag"]
        row = await user_row(db, user["id"])
        assert row.email == "ada.lovelace@example.com"
        assert verify_password("a-long-enough-pass", row.password_hash)
        (event,) = await events(db, row.id)
        assert (event.action, event.actor_id, event.entity_type) == ("create", admin.id, "user")
        assert "password" not in str(event.changes) and row.password_hash not in str(event.changes)
        assert (await login(client, "ADA.LOVELACE@example.com", "a-long-enough-pass")).status_code == 200

    async def test_defaults(self, client: httpx.AsyncClient, admin: User) -> None:
        r = await client.post("/users", json=new_user(), headers=auth(admin))
        assert r.status_code == 201, r.text
        user = r.json()
        assert (user["role"], user["capacity_hours"], user["skills"], user["title"]) == (
            "analyst",
            40,
            [],
            None,
        )

    async def test_email_taken_case_insensitively_is_409(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser
    ) -> None:
        await make_user("viewer", email="dup@example.com")
        before = await count(db)
        assert_error(
            await client.post("/users", json=new_user(email="DUP@Example.COM"), headers=auth(admin)), 409
        )
        assert await count(db) == before

    @pytest.mark.parametrize("role", ["viewer", "analyst", "manager"])
    async def test_below_admin_is_403(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, role: str
    ) -> None:
        body = new_user()
        assert_error(await client.post("/users", json=body, headers=auth(await make_user(role))), 403)
        assert await count(db, User.email == body["email"]) == 0

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"id": str(uuid4())}, None),
            ({"password_hash": "x"}, None),
            ({"is_active": False}, None),
            ({"role": "owner"}, "role"),
            ({"password": "short"}, "password"),
            ({"full_name": None}, "full_name"),
            ({"full_name": 5}, "full_name"),
            ({"full_name": "x" * 201}, "full_name"),
            ({"email": "x" * 320 + "@example.com"}, "email"),
            ({"capacity_hours": "5"}, "capacity_hours"),
            ({"capacity_hours": 200}, "capacity_hours"),
            ({"title": False}, "title"),
            ({"skills": [""]}, None),
        ],
    )
    async def test_bad_input_is_422(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        fields: dict[str, Any],
        field: str | None,
    ) -> None:
        body = new_user(**fields)
        assert_error(await client.post("/users", json=body, headers=auth(admin)), 422, field=field)
        assert await count(db, func.lower(User.email) == str(body["email"]).lower()) == 0

    async def test_missing_required_fields_are_422(self, client: httpx.AsyncClient, admin: User) -> None:
        body = assert_error(await client.post("/users", json={"full_name": "x"}, headers=auth(admin)), 422)
        assert body["detail"]


# --- GET /users/{id} ------------------------------------------------------------------------


class TestGetUser:
    async def test_anyone_reads_any_user_including_deactivated(
        self, client: httpx.AsyncClient, make_user: MakeUser, viewer: User
    ) -> None:
        gone = await make_user("analyst", is_active=False, title="Former")
        r = await client.get(f"/users/{gone.id}", headers=auth(viewer))
        assert r.status_code == 200, r.text
        assert (r.json()["id"], r.json()["is_active"], r.json()["title"]) == (str(gone.id), False, "Former")
        assert r.headers["etag"]

    async def test_unknown_is_404_and_malformed_is_422(self, client: httpx.AsyncClient, viewer: User) -> None:
        assert_error(await client.get(f"/users/{uuid4()}", headers=auth(viewer)), 404)
        assert_error(await client.get("/users/not-a-uuid", headers=auth(viewer)), 422)


# --- PATCH /users/{id} ----------------------------------------------------------------------


class TestUpdateUser:
    async def test_admin_changes_role_and_fields(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser
    ) -> None:
        user = await make_user("analyst", title="Keep", updated_at=PAST)
        r = await client.patch(
            f"/users/{user.id}",
            json={"role": "manager", "email": "Promoted@Example.com"},
            headers=auth(admin),
        )
        assert r.status_code == 200, r.text
        assert (r.json()["role"], r.json()["email"], r.json()["title"]) == (
            "manager",
            "promoted@example.com",
            "Keep",
        )
        row = await user_row(db, user.id)
        assert (row.role, row.email, row.title) == ("manager", "promoted@example.com", "Keep")
        assert row.updated_at > PAST
        (event,) = await events(db, user.id)
        assert event.action == "update" and event.changes["role"] == ["analyst", "manager"]
        # The role is effective at once: the user may now do manager things.
        assert (await client.get("/users/me", headers=auth(user))).json()["role"] == "manager"

    @pytest.mark.parametrize("role", ["viewer", "analyst", "manager"])
    async def test_only_admins_change_users(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, role: str
    ) -> None:
        target = await make_user("viewer")
        caller = await make_user(role)
        assert_error(
            await client.patch(f"/users/{target.id}", json={"role": "admin"}, headers=auth(caller)), 403
        )
        assert_error(
            await client.patch(f"/users/{caller.id}", json={"role": "admin"}, headers=auth(caller)), 403
        )
        assert (await user_row(db, target.id)).role == "viewer"
        assert (await user_row(db, caller.id)).role == role

    @pytest.mark.parametrize("body", [{"role": "manager"}, {"role": "viewer"}, {"is_active": False}])
    async def test_admin_cannot_demote_or_deactivate_themselves(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, body: dict[str, Any]
    ) -> None:
        assert_error(await client.patch(f"/users/{admin.id}", json=body, headers=auth(admin)), 409)
        row = await user_row(db, admin.id)
        assert (row.role, row.is_active) == ("admin", True)

    async def test_admin_may_edit_their_own_other_fields(
        self, client: httpx.AsyncClient, admin: User
    ) -> None:
        r = await client.patch(
            f"/users/{admin.id}", json={"role": "admin", "title": "Boss"}, headers=auth(admin)
        )
        assert r.status_code == 200, r.text
        assert (r.json()["role"], r.json()["title"]) == ("admin", "Boss")

    async def test_email_taken_by_another_user_is_409(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser
    ) -> None:
        await make_user("viewer", email="owner@example.com")
        user = await make_user("viewer", email="other@example.com")
        assert_error(
            await client.patch(f"/users/{user.id}", json={"email": "OWNER@example.com"}, headers=auth(admin)),
            409,
        )
        assert (await user_row(db, user.id)).email == "other@example.com"
        same = await client.patch(
            f"/users/{user.id}", json={"email": "OTHER@example.com"}, headers=auth(admin)
        )
        assert same.status_code == 200, "a user may keep their own email"

    async def test_new_password_revokes_tokens(
        self, client: httpx.AsyncClient, admin: User, make_user: MakeUser
    ) -> None:
        user = await make_user("analyst")
        assert (await client.get("/users/me", headers=auth(user))).status_code == 200
        r = await client.patch(
            f"/users/{user.id}", json={"password": "reset-by-the-admin"}, headers=auth(admin)
        )
        assert r.status_code == 200, r.text
        assert_error(await client.get("/users/me", headers=auth(user)), 401)
        assert (await login(client, user.email, "reset-by-the-admin")).status_code == 200

    async def test_deactivating_revokes_tokens_and_reactivating_restores_login(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser
    ) -> None:
        user = await make_user("analyst")
        r = await client.patch(f"/users/{user.id}", json={"is_active": False}, headers=auth(admin))
        assert r.status_code == 200 and r.json()["is_active"] is False
        assert_error(await client.get("/users/me", headers=auth(user)), 401)
        assert_error(await login(client, user.email, PASSWORD), 401)
        r = await client.patch(f"/users/{user.id}", json={"is_active": True}, headers=auth(admin))
        assert r.status_code == 200 and r.json()["is_active"] is True
        assert (await login(client, user.email, PASSWORD)).status_code == 200

    async def test_if_match(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser
    ) -> None:
        user = await make_user("viewer", updated_at=PAST)
        etag = (await client.get(f"/users/{user.id}", headers=auth(admin))).headers["etag"]
        first = await client.patch(
            f"/users/{user.id}", json={"title": "A"}, headers={**auth(admin), "If-Match": etag}
        )
        assert first.status_code == 200
        stale = await client.patch(
            f"/users/{user.id}", json={"role": "admin"}, headers={**auth(admin), "If-Match": etag}
        )
        assert_error(stale, 412)
        assert (await user_row(db, user.id)).role == "viewer"
        star = await client.patch(
            f"/users/{user.id}", json={"title": "B"}, headers={**auth(admin), "If-Match": "*"}
        )
        assert star.status_code == 200

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({}, None),
            ({"id": str(uuid4())}, None),
            ({"last_login_at": "2026-01-01T00:00:00Z"}, None),
            ({"role": "root"}, "role"),
            ({"is_active": "false"}, "is_active"),
            ({"email": None}, "email"),
            ({"full_name": None}, "full_name"),
            ({"password": "short"}, "password"),
            ({"capacity_hours": "40"}, "capacity_hours"),
        ],
    )
    async def test_bad_input_is_422(
        self,
        client: httpx.AsyncClient,
        admin: User,
        make_user: MakeUser,
        body: dict[str, Any],
        field: str | None,
    ) -> None:
        user = await make_user("viewer")
        assert_error(
            await client.patch(f"/users/{user.id}", json=body, headers=auth(admin)), 422, field=field
        )

    async def test_unknown_user_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        assert_error(await client.patch(f"/users/{uuid4()}", json={"title": "x"}, headers=auth(admin)), 404)


# --- DELETE /users/{id} ---------------------------------------------------------------------


class TestDeactivateUser:
    async def test_deactivates_and_keeps_the_row(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser, make_team: Any
    ) -> None:
        user = await make_user("analyst")
        team = await make_team(members=[(user, "member")])
        r = await client.delete(f"/users/{user.id}", headers=auth(admin))
        assert r.status_code == 204 and r.content == b""
        row = await user_row(db, user.id)
        assert row.is_active is False
        memberships = select(func.count()).select_from(TeamMember).where(TeamMember.team_id == team.id)
        assert (await db.execute(memberships)).scalar_one() == 1, "memberships stay"
        (event,) = await events(db, user.id)
        assert (event.action, event.actor_id, event.changes) == (
            "status_change",
            admin.id,
            {"is_active": [True, False]},
        )
        assert_error(await client.get("/users/me", headers=auth(user)), 401)
        again = await client.delete(f"/users/{user.id}", headers=auth(admin))
        assert again.status_code == 204
        assert len(await events(db, user.id)) == 1, "a no-op is not recorded again"

    async def test_admin_cannot_deactivate_themselves(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User
    ) -> None:
        assert_error(await client.delete(f"/users/{admin.id}", headers=auth(admin)), 409)
        assert (await user_row(db, admin.id)).is_active is True

    @pytest.mark.parametrize("role", ["viewer", "analyst", "manager"])
    async def test_below_admin_is_403(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, role: str
    ) -> None:
        target = await make_user("viewer")
        assert_error(await client.delete(f"/users/{target.id}", headers=auth(await make_user(role))), 403)
        assert (await user_row(db, target.id)).is_active is True

    async def test_unknown_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        assert_error(await client.delete(f"/users/{uuid4()}", headers=auth(admin)), 404)

    async def test_if_match_stale_is_412(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser
    ) -> None:
        user = await make_user("viewer", updated_at=PAST)
        etag = (await client.get(f"/users/{user.id}", headers=auth(admin))).headers["etag"]
        await db.execute(update(User).where(User.id == user.id).values(title="changed"))
        await db.commit()
        assert_error(await client.delete(f"/users/{user.id}", headers={**auth(admin), "If-Match": etag}), 412)
        assert (await user_row(db, user.id)).is_active is True
        fresh = (await client.get(f"/users/{user.id}", headers=auth(admin))).headers["etag"]
        ok = await client.delete(f"/users/{user.id}", headers={**auth(admin), "If-Match": fresh})
        assert ok.status_code == 204
