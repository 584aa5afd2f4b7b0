"""Teams and their members."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.tables import AuditEvent, Initiative, Team, TeamMember, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

MakeTeam = Callable[..., Awaitable[Team]]
PAST = datetime(2025, 1, 1, tzinfo=UTC)


async def team_row(db: AsyncSession, team_id: UUID | str) -> Team | None:
    stmt = select(Team).where(Team.id == UUID(str(team_id))).execution_options(populate_existing=True)
    return (await db.execute(stmt)).scalar_one_or_none()


async def members_of(db: AsyncSession, team_id: UUID) -> dict[UUID, str]:
    rows = await db.execute(
        select(TeamMember.user_id, TeamMember.role_in_team).where(TeamMember.team_id == team_id)
    )
    return {user_id: str(role) for user_id, role in rows.all()}


async def events(db: AsyncSession, entity_id: UUID | str) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity_id == UUID(str(entity_id)))
        .order_by(AuditEvent.occurred_at)
    )
    return list((await db.execute(stmt)).scalars().all())


# --- GET /teams -----------------------------------------------------------------------------


class TestListTeams:
    async def test_every_user_lists_every_team_with_member_counts(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        viewer: User,
        make_team: MakeTeam,
        make_user: MakeUser,
    ) -> None:
        a, b = await make_user("analyst"), await make_user("analyst")
        team = await make_team(members=[(a, "lead"), (b, "member")])
        r = await client.get("/teams?page_size=100", headers=auth(viewer))
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["total"] == (await db.execute(select(func.count()).select_from(Team))).scalar_one()
        (mine,) = [t for t in body["items"] if t["id"] == str(team.id)]
        assert mine["member_count"] == 2
        assert set(mine) == {
            "id",
            "name",
            "department",
            "organization",
            "manager_id",
            "member_count",
            "created_at",
            "updated_at",
        }
        for item in body["items"]:
            expected = select(func.count()).where(TeamMember.team_id == UUID(item["id"]))
            assert item["member_count"] == (await db.execute(expected)).scalar_one()

    async def test_filters(
        self, client: httpx.AsyncClient, viewer: User, make_team: MakeTeam, make_user: MakeUser
    ) -> None:
        tag = uuid4().hex[:8]
        boss = await make_user("manager")
        u1, u2 = await make_user("analyst"), await make_user("analyst")
        t1 = await make_team(name=f"Alpha {tag}", manager_id=boss.id, members=[(u1, "member")])
        t2 = await make_team(
            name="Beta team " + uuid4().hex[:6], department=f"Dept-{tag}", members=[(u2, "lead")]
        )
        t3 = await make_team(name="Gamma " + uuid4().hex[:6], description=f"Owns the {tag.upper()} work")

        async def ids(query: str) -> tuple[set[UUID], int]:
            r = await client.get(f"/teams?page_size=100&{query}", headers=auth(viewer))
            assert r.status_code == 200, r.text
            return {UUID(t["id"]) for t in r.json()["items"]}, r.json()["total"]

        assert await ids(f"q={tag}") == ({t1.id, t2.id, t3.id}, 3), (
            "q matches name, department and description"
        )
        assert await ids(f"q={tag}&manager_id={boss.id}") == ({t1.id}, 1)
        assert await ids(f"member_id={u1.id},{u2.id}") == ({t1.id, t2.id}, 2)
        assert await ids(f"member_id={u1.id}&member_id={u2.id}") == ({t1.id, t2.id}, 2)
        assert await ids(f"member_id={u2.id}&manager_id={boss.id}") == (set(), 0)
        assert await ids(f"manager_id={uuid4()}") == (set(), 0)

    @pytest.mark.parametrize("key", ["created_at", "updated_at", "name", "department", "member_count"])
    @pytest.mark.parametrize("order", ["asc", "desc"])
    async def test_sort(
        self,
        client: httpx.AsyncClient,
        viewer: User,
        make_team: MakeTeam,
        make_user: MakeUser,
        key: str,
        order: str,
    ) -> None:
        tag = uuid4().hex[:8]
        people = [await make_user("analyst") for _ in range(3)]
        specs = [  # name, department, members, created day, updated day
            ("bravo", "delta", 2, 3, 1),
            ("alpha", None, 0, 1, 2),
            ("delta", "alpha", 3, 2, 3),
            ("charlie", "bravo", 1, 4, 4),
        ]
        for name, dept, n, created, updated in specs:
            await make_team(
                name=f"{name} {tag}",
                department=dept,
                members=[(p, "member") for p in people[:n]],
                created_at=datetime(2026, 1, created, tzinfo=UTC),
                updated_at=datetime(2026, 2, updated, tzinfo=UTC),
            )
        r = await client.get(f"/teams?q={tag}&sort={key}&order={order}", headers=auth(viewer))
        assert r.status_code == 200, r.text
        got = [t["name"].split()[0] for t in r.json()["items"]]
        index = {"name": 0, "department": 1, "member_count": 2, "created_at": 3, "updated_at": 4}[key]
        present = sorted(
            [s for s in specs if s[index] is not None], key=lambda s: s[index], reverse=order == "desc"
        )
        expected = [s[0] for s in present] + [s[0] for s in specs if s[index] is None]
        assert got == expected

    async def test_pagination(
        self, client: httpx.AsyncClient, db: AsyncSession, viewer: User, make_team: MakeTeam
    ) -> None:
        for _ in range(3):
            await make_team()
        total = (await db.execute(select(func.count()).select_from(Team))).scalar_one()
        first = (await client.get("/teams?page_size=1", headers=auth(viewer))).json()
        assert (len(first["items"]), first["total"], first["has_more"]) == (1, total, True)
        last = (await client.get(f"/teams?page_size=1&page={total}", headers=auth(viewer))).json()
        assert (len(last["items"]), last["total"], last["has_more"]) == (1, total, False)
        beyond = (await client.get(f"/teams?page_size=2&page={total}", headers=auth(viewer))).json()
        assert (beyond["items"], beyond["total"], beyond["has_more"]) == ([], total, False)
        everything = (await client.get("/teams?page_size=100", headers=auth(viewer))).json()
        assert len(everything["items"]) == total and everything["has_more"] is False

    @pytest.mark.parametrize(
        "query",
        ["page_size=101", "page=0", "sort=unknown", "order=up", "manager_id=nope", "member_id=1,2", "q="],
    )
    async def test_bad_query_is_422(self, client: httpx.AsyncClient, viewer: User, query: str) -> None:
        assert_error(await client.get(f"/teams?{query}", headers=auth(viewer)), 422)


# --- POST /teams ----------------------------------------------------------------------------


class TestCreateTeam:
    async def test_admin_creates_a_team(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, manager: User
    ) -> None:
        body = {
            "name": f"Finance Ops {uuid4().hex[:6]}",
            "department": "Finance",
            "organization": "Acme",
            "manager_id": str(manager.id),
            "settings": {"default_methodology": "dmaic"},
        }
        r = await client.post("/teams", json=body, headers=auth(admin))
        assert r.status_code == 201, r.text
        team = r.json()
        assert {k: team[k] for k in body} == body
        assert team["member_count"] == 0, "the manager is not made a member"
        assert r.headers["location"] == f"/api/v1/teams/{team['id']}"
        assert (
            r.headers["etag"]
            == (await client.get(f"/teams/{team['id']}", headers=auth(admin))).headers["etag"]
        )
        row = await team_row(db, team["id"])
        assert row is not None and row.manager_id == manager.id and row.settings == body["settings"]
        (event,) = await events(db, row.id)
        assert (event.action, event.actor_id, event.entity_type) == ("create", admin.id, "team")

    async def test_name_taken_case_insensitively_is_409(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_team: MakeTeam
    ) -> None:
        existing = await make_team(name="Quality Circle")
        before = (await db.execute(select(func.count()).select_from(Team))).scalar_one()
        assert_error(await client.post("/teams", json={"name": "QUALITY circle"}, headers=auth(admin)), 409)
        assert (await db.execute(select(func.count()).select_from(Team))).scalar_one() == before
        assert existing.name == "Quality Circle"

    @pytest.mark.parametrize("role", ["viewer", "analyst", "manager"])
    async def test_below_admin_is_403(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, role: str
    ) -> None:
        name = f"Nope {uuid4().hex[:6]}"
        assert_error(
            await client.post("/teams", json={"name": name}, headers=auth(await make_user(role))), 403
        )
        assert (await db.execute(select(func.count()).where(Team.name == name))).scalar_one() == 0

    @pytest.mark.parametrize("kind", ["unknown", "analyst", "viewer", "inactive manager"])
    async def test_manager_must_be_an_active_manager_or_admin(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_user: MakeUser, kind: str
    ) -> None:
        if kind == "unknown":
            manager_id = uuid4()
        elif kind == "inactive manager":
            manager_id = (await make_user("manager", is_active=False)).id
        else:
            manager_id = (await make_user(kind)).id
        name = f"Managed {uuid4().hex[:6]}"
        r = await client.post(
            "/teams", json={"name": name, "manager_id": str(manager_id)}, headers=auth(admin)
        )
        assert_error(r, 422, field="manager_id")
        assert (await db.execute(select(func.count()).where(Team.name == name))).scalar_one() == 0

    async def test_admin_may_manage(self, client: httpx.AsyncClient, admin: User) -> None:
        r = await client.post(
            "/teams",
            json={"name": f"Admin-run {uuid4().hex[:6]}", "manager_id": str(admin.id)},
            headers=auth(admin),
        )
        assert r.status_code == 201, r.text

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"name": "x", "id": str(uuid4())}, None),
            ({"name": "x", "member_count": 3}, None),
            ({}, None),
            ({"name": None}, "name"),
            ({"name": ""}, "name"),
            ({"name": 7}, "name"),
            ({"name": "x" * 101}, "name"),
            ({"name": "nul\u0000"}, "name"),
            ({"name": "x", "description": "d" * 2001}, "description"),
            ({"name": "x", "manager_id": "not-a-uuid"}, "manager_id"),
            ({"name": "x", "settings": ["not", "an", "object"]}, "settings"),
            ({"name": "x", "settings": {"nested": {"objects": "no"}}}, None),
        ],
    )
    async def test_bad_input_is_422(
        self, client: httpx.AsyncClient, admin: User, body: dict[str, Any], field: str | None
    ) -> None:
        assert_error(await client.post("/teams", json=body, headers=auth(admin)), 422, field=field)


# --- GET /teams/{id} ------------------------------------------------------------------------


class TestGetTeam:
    async def test_reads_a_team(
        self, client: httpx.AsyncClient, viewer: User, make_team: MakeTeam, make_user: MakeUser
    ) -> None:
        team = await make_team(members=[(await make_user("analyst"), "member")], settings={"k": "v"})
        r = await client.get(f"/teams/{team.id}", headers=auth(viewer))
        assert r.status_code == 200, r.text
        assert (r.json()["name"], r.json()["member_count"], r.json()["settings"]) == (
            team.name,
            1,
            {"k": "v"},
        )
        assert r.headers["etag"]

    async def test_unknown_is_404_and_malformed_is_422(self, client: httpx.AsyncClient, viewer: User) -> None:
        assert_error(await client.get(f"/teams/{uuid4()}", headers=auth(viewer)), 404)
        assert_error(await client.get("/teams/123", headers=auth(viewer)), 422)


# --- PATCH /teams/{id} ----------------------------------------------------------------------


class TestUpdateTeam:
    @pytest.mark.parametrize("how", ["admin", "manager_id", "lead member"])
    async def test_who_may_update(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        make_user: MakeUser,
        make_team: MakeTeam,
        how: str,
    ) -> None:
        caller = await make_user("admin" if how == "admin" else "manager")
        team = await make_team(
            manager_id=caller.id if how == "manager_id" else None,
            members=[(caller, "lead")] if how == "lead member" else [],
            updated_at=PAST,
            department="Old",
        )
        r = await client.patch(f"/teams/{team.id}", json={"description": "New scope"}, headers=auth(caller))
        assert r.status_code == 200, r.text
        assert (r.json()["description"], r.json()["department"]) == ("New scope", "Old")
        row = await team_row(db, team.id)
        assert row is not None and row.description == "New scope" and row.updated_at > PAST
        (event,) = await events(db, team.id)
        assert event.action == "update" and event.changes == {"description": [None, "New scope"]}

    @pytest.mark.parametrize("how", ["plain member", "unrelated", "manages another team"])
    async def test_manager_who_does_not_manage_it_is_403(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        make_user: MakeUser,
        make_team: MakeTeam,
        how: str,
    ) -> None:
        caller = await make_user("manager")
        team = await make_team(members=[(caller, "member")] if how == "plain member" else [])
        if how == "manages another team":
            await make_team(manager_id=caller.id, members=[(caller, "lead")])
        assert_error(
            await client.patch(f"/teams/{team.id}", json={"name": "Hijacked"}, headers=auth(caller)), 403
        )
        row = await team_row(db, team.id)
        assert row is not None and row.name != "Hijacked"

    @pytest.mark.parametrize("role", ["viewer", "analyst"])
    async def test_below_manager_is_403_even_as_lead(
        self, client: httpx.AsyncClient, make_user: MakeUser, make_team: MakeTeam, role: str
    ) -> None:
        caller = await make_user(role)
        team = await make_team(members=[(caller, "lead")])
        assert_error(await client.patch(f"/teams/{team.id}", json={"name": "x"}, headers=auth(caller)), 403)

    async def test_only_admins_change_the_manager(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        make_user: MakeUser,
        make_team: MakeTeam,
        admin: User,
    ) -> None:
        boss, other = await make_user("manager"), await make_user("manager")
        team = await make_team(manager_id=boss.id)
        same = await client.patch(
            f"/teams/{team.id}", json={"manager_id": str(boss.id), "department": "Ops"}, headers=auth(boss)
        )
        assert same.status_code == 200, "sending the unchanged manager_id is allowed"
        assert_error(
            await client.patch(f"/teams/{team.id}", json={"manager_id": str(other.id)}, headers=auth(boss)),
            403,
        )
        assert_error(
            await client.patch(f"/teams/{team.id}", json={"manager_id": None}, headers=auth(boss)), 403
        )
        row = await team_row(db, team.id)
        assert row is not None and row.manager_id == boss.id
        r = await client.patch(f"/teams/{team.id}", json={"manager_id": str(other.id)}, headers=auth(admin))
        assert r.status_code == 200 and r.json()["manager_id"] == str(other.id)

    @pytest.mark.parametrize("kind", ["unknown", "analyst", "inactive manager"])
    async def test_new_manager_must_be_an_active_manager(
        self, client: httpx.AsyncClient, admin: User, make_user: MakeUser, make_team: MakeTeam, kind: str
    ) -> None:
        team = await make_team()
        if kind == "unknown":
            manager_id = uuid4()
        elif kind == "analyst":
            manager_id = (await make_user("analyst")).id
        else:
            manager_id = (await make_user("manager", is_active=False)).id
        r = await client.patch(f"/teams/{team.id}", json={"manager_id": str(manager_id)}, headers=auth(admin))
        assert_error(r, 422, field="manager_id")

    async def test_name_taken_is_409_but_own_name_in_other_case_is_fine(
        self, client: httpx.AsyncClient, admin: User, make_team: MakeTeam
    ) -> None:
        await make_team(name="Lean Lab")
        team = await make_team(name="Six Sigma Lab")
        assert_error(
            await client.patch(f"/teams/{team.id}", json={"name": "LEAN LAB"}, headers=auth(admin)), 409
        )
        r = await client.patch(f"/teams/{team.id}", json={"name": "SIX SIGMA LAB"}, headers=auth(admin))
        assert r.status_code == 200 and r.json()["name"] == "SIX SIGMA LAB"

    async def test_if_match(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_team: MakeTeam
    ) -> None:
        team = await make_team(updated_at=PAST)
        etag = (await client.get(f"/teams/{team.id}", headers=auth(admin))).headers["etag"]
        first = await client.patch(
            f"/teams/{team.id}", json={"department": "A"}, headers={**auth(admin), "If-Match": etag}
        )
        assert first.status_code == 200 and first.headers["etag"] != etag
        stale = await client.patch(
            f"/teams/{team.id}", json={"department": "B"}, headers={**auth(admin), "If-Match": etag}
        )
        assert_error(stale, 412)
        row = await team_row(db, team.id)
        assert row is not None and row.department == "A"
        ok = await client.patch(
            f"/teams/{team.id}",
            json={"department": "C"},
            headers={**auth(admin), "If-Match": first.headers["etag"]},
        )
        assert ok.status_code == 200 and ok.json()["department"] == "C"

    @pytest.mark.parametrize(
        "body", [{}, {"member_count": 1}, {"name": None}, {"name": ""}, {"settings": None}, {"department": 5}]
    )
    async def test_bad_input_is_422(
        self, client: httpx.AsyncClient, admin: User, make_team: MakeTeam, body: dict[str, Any]
    ) -> None:
        team = await make_team()
        assert_error(await client.patch(f"/teams/{team.id}", json=body, headers=auth(admin)), 422)

    async def test_unknown_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        assert_error(await client.patch(f"/teams/{uuid4()}", json={"name": "x"}, headers=auth(admin)), 404)


# --- DELETE /teams/{id} ---------------------------------------------------------------------


class TestDeleteTeam:
    async def test_deletes_team_and_memberships_and_detaches_initiatives(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        member = await make_user("analyst")
        team = await make_team(members=[(member, "member")])
        created = await client.post(
            "/initiatives", json={"title": "Team work", "team_id": str(team.id)}, headers=auth(admin)
        )
        assert created.status_code == 201, created.text
        initiative_id = UUID(created.json()["id"])
        r = await client.delete(f"/teams/{team.id}", headers=auth(admin))
        assert r.status_code == 204 and r.content == b""
        assert await team_row(db, team.id) is None
        assert await members_of(db, team.id) == {}
        assert (await db.execute(select(func.count()).where(User.id == member.id))).scalar_one() == 1
        initiative = (
            await db.execute(
                select(Initiative)
                .where(Initiative.id == initiative_id)
                .execution_options(populate_existing=True)
            )
        ).scalar_one()
        assert initiative.team_id is None and initiative.deleted_at is None
        (team_event,) = await events(db, team.id)
        assert (team_event.action, team_event.actor_id) == ("delete", admin.id)
        history = [e for e in await events(db, initiative_id) if e.action != "create"]
        assert [(e.action, e.changes) for e in history] == [("update", {"team_id": [str(team.id), None]})]
        assert_error(await client.get(f"/teams/{team.id}", headers=auth(admin)), 404)

    @pytest.mark.parametrize("role", ["viewer", "analyst", "manager"])
    async def test_below_admin_is_403(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: MakeTeam, role: str
    ) -> None:
        caller = await make_user(role)
        team = await make_team(
            manager_id=caller.id if role == "manager" else None, members=[(caller, "lead")]
        )
        assert_error(await client.delete(f"/teams/{team.id}", headers=auth(caller)), 403)
        assert await team_row(db, team.id) is not None

    async def test_unknown_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        assert_error(await client.delete(f"/teams/{uuid4()}", headers=auth(admin)), 404)

    async def test_if_match_stale_is_412(
        self, client: httpx.AsyncClient, db: AsyncSession, admin: User, make_team: MakeTeam
    ) -> None:
        team = await make_team(updated_at=PAST)
        etag = (await client.get(f"/teams/{team.id}", headers=auth(admin))).headers["etag"]
        assert (
            await client.patch(f"/teams/{team.id}", json={"department": "X"}, headers=auth(admin))
        ).status_code == 200
        assert_error(await client.delete(f"/teams/{team.id}", headers={**auth(admin), "If-Match": etag}), 412)
        assert await team_row(db, team.id) is not None


# --- members --------------------------------------------------------------------------------


class TestListTeamMembers:
    async def test_lists_members_with_filters_and_sort(
        self, client: httpx.AsyncClient, viewer: User, make_user: MakeUser, make_team: MakeTeam
    ) -> None:
        tag = uuid4().hex[:6]
        zoe = await make_user("analyst", full_name=f"Zoe {tag}", email=f"a-zoe-{tag}@example.com")
        abe = await make_user("manager", full_name=f"Abe {tag}", email=f"z-abe-{tag}@example.com")
        kim = await make_user("viewer", full_name=f"Kim {tag}", email=f"m-kim-{tag}@example.com")
        team = await make_team(members=[(zoe, "member"), (abe, "lead"), (kim, "member")])
        await make_team(members=[(zoe, "lead")])  # another team's membership never shows

        async def names(query: str = "") -> list[str]:
            r = await client.get(f"/teams/{team.id}/members?{query}", headers=auth(viewer))
            assert r.status_code == 200, r.text
            assert r.json()["total"] == len(r.json()["items"])
            return [m["user"]["full_name"].split()[0] for m in r.json()["items"]]

        assert await names("sort=full_name&order=asc") == ["Abe", "Kim", "Zoe"]
        assert await names("sort=full_name&order=desc") == ["Zoe", "Kim", "Abe"]
        assert await names("sort=email&order=asc") == ["Zoe", "Kim", "Abe"]
        assert (await names("sort=role_in_team&order=asc"))[0] == "Abe"
        assert await names("role_in_team=lead") == ["Abe"]
        assert sorted(await names("role_in_team=lead,member")) == ["Abe", "Kim", "Zoe"]
        assert await names("q=ZOE") == ["Zoe"]
        assert await names("q=m-kim") == ["Kim"]
        r = await client.get(f"/teams/{team.id}/members?sort=full_name&order=asc", headers=auth(viewer))
        first = r.json()["items"][0]
        assert (first["team_id"], first["user_id"], first["role_in_team"]) == (
            str(team.id),
            str(abe.id),
            "lead",
        )
        assert first["user"]["email"] == abe.email and "password_hash" not in first["user"]
        assert {"id", "joined_at", "created_at", "updated_at"} <= set(first)
        page = (
            await client.get(
                f"/teams/{team.id}/members?page_size=2&page=2&sort=full_name", headers=auth(viewer)
            )
        ).json()
        assert (len(page["items"]), page["total"], page["has_more"]) == (1, 3, False)
        page = (await client.get(f"/teams/{team.id}/members?page_size=2", headers=auth(viewer))).json()
        assert (len(page["items"]), page["total"], page["has_more"]) == (2, 3, True)

    async def test_unknown_team_is_404(self, client: httpx.AsyncClient, viewer: User) -> None:
        assert_error(await client.get(f"/teams/{uuid4()}/members", headers=auth(viewer)), 404)

    @pytest.mark.parametrize("query", ["role_in_team=boss", "sort=user_id", "page_size=101"])
    async def test_bad_query_is_422(
        self, client: httpx.AsyncClient, viewer: User, make_team: MakeTeam, query: str
    ) -> None:
        team = await make_team()
        assert_error(await client.get(f"/teams/{team.id}/members?{query}", headers=auth(viewer)), 422)


class TestAddTeamMember:
    @pytest.mark.parametrize("how", ["admin", "manager_id", "lead member"])
    async def test_who_may_add(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: MakeTeam, how: str
    ) -> None:
        caller = await make_user("admin" if how == "admin" else "manager")
        team = await make_team(
            manager_id=caller.id if how == "manager_id" else None,
            members=[(caller, "lead")] if how == "lead member" else [],
        )
        newcomer = await make_user("analyst")
        r = await client.post(
            f"/teams/{team.id}/members", json={"user_id": str(newcomer.id)}, headers=auth(caller)
        )
        assert r.status_code == 201, r.text
        body = r.json()
        assert (body["team_id"], body["user_id"], body["role_in_team"]) == (
            str(team.id),
            str(newcomer.id),
            "member",
        )
        assert body["user"]["id"] == str(newcomer.id)
        assert r.headers["location"] == f"/api/v1/teams/{team.id}/members/{newcomer.id}"
        assert r.headers["etag"]
        assert (await members_of(db, team.id))[newcomer.id] == "member"
        (event,) = await events(db, UUID(body["id"]))
        assert (event.entity_type, event.action, event.actor_id) == ("team_member", "create", caller.id)
        listed = (await client.get(f"/teams/{team.id}", headers=auth(caller))).json()
        assert listed["member_count"] == len(await members_of(db, team.id))

    @pytest.mark.parametrize("how", ["plain member", "unrelated"])
    async def test_manager_who_does_not_manage_it_is_403(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: MakeTeam, how: str
    ) -> None:
        caller = await make_user("manager")
        team = await make_team(members=[(caller, "member")] if how == "plain member" else [])
        newcomer = await make_user("analyst")
        r = await client.post(
            f"/teams/{team.id}/members", json={"user_id": str(newcomer.id)}, headers=auth(caller)
        )
        assert_error(r, 403)
        assert newcomer.id not in await members_of(db, team.id)

    async def test_analyst_lead_is_403(
        self, client: httpx.AsyncClient, make_user: MakeUser, make_team: MakeTeam
    ) -> None:
        caller = await make_user("analyst")
        team = await make_team(members=[(caller, "lead")])
        r = await client.post(
            f"/teams/{team.id}/members", json={"user_id": str(caller.id)}, headers=auth(caller)
        )
        assert_error(r, 403)

    async def test_lead_role(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        team = await make_team()
        user = await make_user("manager")
        r = await client.post(
            f"/teams/{team.id}/members",
            json={"user_id": str(user.id), "role_in_team": "lead"},
            headers=auth(admin),
        )
        assert r.status_code == 201 and r.json()["role_in_team"] == "lead"
        # A lead with the manager role now manages the team.
        assert (
            await client.patch(f"/teams/{team.id}", json={"department": "Led"}, headers=auth(user))
        ).status_code == 200

    async def test_unknown_or_inactive_user_is_422(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        team = await make_team()
        gone = await make_user("analyst", is_active=False)
        for user_id in (uuid4(), gone.id):
            r = await client.post(
                f"/teams/{team.id}/members", json={"user_id": str(user_id)}, headers=auth(admin)
            )
            assert_error(r, 422, field="user_id")
        assert await members_of(db, team.id) == {}

    async def test_already_a_member_is_409(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        user = await make_user("analyst")
        team = await make_team(members=[(user, "member")])
        r = await client.post(
            f"/teams/{team.id}/members",
            json={"user_id": str(user.id), "role_in_team": "lead"},
            headers=auth(admin),
        )
        assert_error(r, 409)
        assert await members_of(db, team.id) == {user.id: "member"}

    async def test_unknown_team_is_404(self, client: httpx.AsyncClient, admin: User) -> None:
        r = await client.post(
            f"/teams/{uuid4()}/members", json={"user_id": str(admin.id)}, headers=auth(admin)
        )
        assert_error(r, 404)

    @pytest.mark.parametrize(
        "body",
        [
            {},
            {"user_id": "x"},
            {"user_id": None},
            {"user_id": "USER"},
            {"role_in_team": "lead"},
            {"role_in_team": "boss"},
        ],
    )
    async def test_bad_input_is_422(
        self, client: httpx.AsyncClient, admin: User, make_team: MakeTeam, body: dict[str, Any]
    ) -> None:
        team = await make_team()
        assert_error(await client.post(f"/teams/{team.id}/members", json=body, headers=auth(admin)), 422)

    async def test_unknown_field_is_422(
        self, client: httpx.AsyncClient, admin: User, make_team: MakeTeam
    ) -> None:
        team = await make_team()
        body = {"user_id": str(admin.id), "team_id": str(uuid4())}
        assert_error(await client.post(f"/teams/{team.id}/members", json=body, headers=auth(admin)), 422)


class TestRemoveTeamMember:
    async def test_manager_removes_a_member(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: MakeTeam
    ) -> None:
        boss, member = await make_user("manager"), await make_user("analyst")
        team = await make_team(manager_id=boss.id, members=[(member, "member")])
        r = await client.delete(f"/teams/{team.id}/members/{member.id}", headers=auth(boss))
        assert r.status_code == 204 and r.content == b""
        assert await members_of(db, team.id) == {}
        assert (await db.execute(select(func.count()).where(User.id == member.id))).scalar_one() == 1
        deleted = [
            e
            for e in (
                await db.execute(select(AuditEvent).where(AuditEvent.entity_type == "team_member"))
            ).scalars()
            if e.action == "delete" and e.changes.get("user_id") == [str(member.id), None]
        ]
        assert len(deleted) == 1 and deleted[0].actor_id == boss.id
        assert_error(await client.delete(f"/teams/{team.id}/members/{member.id}", headers=auth(boss)), 404)

    async def test_manager_who_does_not_manage_it_is_403(
        self, client: httpx.AsyncClient, db: AsyncSession, make_user: MakeUser, make_team: MakeTeam
    ) -> None:
        caller, member = await make_user("manager"), await make_user("analyst")
        team = await make_team(members=[(member, "member"), (caller, "member")])
        assert_error(await client.delete(f"/teams/{team.id}/members/{member.id}", headers=auth(caller)), 403)
        assert member.id in await members_of(db, team.id)

    async def test_not_a_member_is_404(
        self, client: httpx.AsyncClient, admin: User, make_team: MakeTeam, make_user: MakeUser
    ) -> None:
        team = await make_team()
        outsider = await make_user("analyst")
        assert_error(await client.delete(f"/teams/{team.id}/members/{outsider.id}", headers=auth(admin)), 404)
        assert_error(await client.delete(f"/teams/{uuid4()}/members/{outsider.id}", headers=auth(admin)), 404)

    async def test_if_match_takes_the_membership_etag(
        self,
        client: httpx.AsyncClient,
        db: AsyncSession,
        admin: User,
        make_user: MakeUser,
        make_team: MakeTeam,
    ) -> None:
        team = await make_team()
        user = await make_user("analyst")
        added = await client.post(
            f"/teams/{team.id}/members", json={"user_id": str(user.id)}, headers=auth(admin)
        )
        etag = added.headers["etag"]
        stale = await client.delete(
            f"/teams/{team.id}/members/{user.id}", headers={**auth(admin), "If-Match": '"stale"'}
        )
        assert_error(stale, 412)
        assert user.id in await members_of(db, team.id)
        ok = await client.delete(
            f"/teams/{team.id}/members/{user.id}", headers={**auth(admin), "If-Match": etag}
        )
        assert ok.status_code == 204
        assert await members_of(db, team.id) == {}
