"""OWASP API5 (broken function-level authorization), driven by the contract's ``x-min-role``.

Every operation refuses every role below its minimum with 403 (the standard body), before it looks
at ids or bodies; and the writes whose body may widen what the caller does (acting for someone else,
placing an initiative in another team, reviewing) refuse that part to roles without the right.
"""

from __future__ import annotations

from uuid import uuid4

import httpx
import pytest

from handlers import contract
from handlers.tables import User
from tests.conftest import MakeUser, auth
from tests.security.conftest import World, this_monday
from tests.security.test_jwt import concrete
from tests.support import assert_error

ROLES = ["viewer", "analyst", "manager", "admin"]
MATRIX = {
    role: sorted(
        op
        for op, o in contract.operations().items()
        if o.min_role is not None and ROLES.index(role) < ROLES.index(o.min_role)
    )
    for role in ROLES[:-1]
}


def test_the_matrix_covers_every_write_above_viewer() -> None:
    """Every write of the contract states a minimum role; the matrix is what the contract says."""
    ops = contract.operations()
    writes = [op for op, o in ops.items() if o.method != "GET" and not o.public]
    assert all(ops[op].min_role in ROLES for op in writes)
    assert not [op for op, o in ops.items() if not o.public and o.min_role is None]
    assert {"create_user", "update_user", "deactivate_user", "create_team", "delete_team"} <= set(
        MATRIX["manager"]
    )
    assert {"decide_gate", "convert_request", "triage_request", "get_team_workload"} <= set(MATRIX["analyst"])
    assert len(MATRIX["viewer"]) > len(MATRIX["analyst"]) > len(MATRIX["manager"]) > 0
    assert "list_audit_events" in MATRIX["manager"]


@pytest.mark.parametrize("role", ROLES[:-1])
async def test_every_role_below_the_minimum_is_403(
    client: httpx.AsyncClient, make_user: MakeUser, role: str
) -> None:
    user = await make_user(role)
    failures = []
    for operation_id in MATRIX[role]:
        method, path = concrete(operation_id)
        r = await client.request(
            method, path, headers=auth(user), json={} if method in ("POST", "PATCH") else None
        )
        if r.status_code != 403:
            failures.append(f"{operation_id}: {r.status_code} {r.text[:200]}")
            continue
        assert_error(r, 403)
    assert not failures, "\n".join(failures)


async def test_the_403_changes_nothing(client: httpx.AsyncClient, world: World) -> None:
    """A refused admin operation leaves the account as it was (a real target, a full body)."""
    target = world.analyst_a
    before = (await client.get(f"/users/{target.id}", headers=auth(world.admin))).json()
    for actor in ("viewer", "analyst_b", "manager_a"):
        h = auth(world.user(actor))
        r = await client.patch(f"/users/{target.id}", json={"role": "admin", "is_active": False}, headers=h)
        assert_error(r, 403)
        r = await client.post(
            "/users",
            json={
                "email": f"x-{uuid4().hex[:8]}@example.com",
                "full_name": "X",
                "password": "p" * 12,
                "role": "admin",
            },
            headers=h,
        )
        assert_error(r, 403)
        assert_error(await client.delete(f"/teams/{world.team_a}", headers=h), 403)
    assert (await client.get(f"/users/{target.id}", headers=auth(world.admin))).json() == before
    assert (await client.get(f"/teams/{world.team_a}", headers=auth(world.admin))).status_code == 200


async def test_acting_for_someone_else_needs_the_right(client: httpx.AsyncClient, world: World) -> None:
    v, a = auth(world.viewer), auth(world.analyst_b)
    # a request on behalf of another user, or of nobody in the system: managers only
    r = await client.post(
        "/requests", json={"title": "x", "requester_user_id": str(world.analyst_a.id)}, headers=v
    )
    assert_error(r, 403)
    r = await client.post("/requests", json={"title": "x", "requester_user_id": None}, headers=a)
    assert_error(r, 403)
    # hours of another user: analysts log only their own
    monday = this_monday().isoformat()
    body = {"user_id": str(world.analyst_a.id), "week_of": monday, "hours_allocated": 5}
    assert_error(await client.post("/workload", json=body, headers=a), 403)
    # another team's manager may not log hours for team A's analyst either
    assert_error(await client.post("/workload", json=body, headers=auth(world.manager_b)), 403)
    r = await client.post("/workload", json=body, headers=auth(world.manager_a))
    assert r.status_code == 201, r.text


async def test_initiatives_stay_in_the_callers_teams(client: httpx.AsyncClient, world: World) -> None:
    a = auth(world.analyst_b)
    r = await client.post("/initiatives", json={"title": "Planted", "team_id": world.team_a}, headers=a)
    assert_error(r, 403)
    r = await client.patch(f"/initiatives/{world.ini_b['id']}", json={"team_id": world.team_a}, headers=a)
    assert_error(r, 403)
    r = await client.patch(
        f"/initiatives/{world.ini_b['id']}", json={"team_id": world.team_a}, headers=auth(world.manager_b)
    )
    assert_error(r, 403)
    r = await client.get(f"/initiatives/{world.ini_b['id']}", headers=a)
    assert r.json()["team_id"] == world.team_b


async def test_nobody_raises_a_role(client: httpx.AsyncClient, world: World, make_user: MakeUser) -> None:
    """Self-service never changes a role; registration always makes a viewer."""
    for actor in ("viewer", "analyst_b", "manager_a"):
        user: User = world.user(actor)
        r = await client.patch("/users/me", json={"role": "admin"}, headers=auth(user))
        assert_error(r, 422)
        me = await client.get("/users/me", headers=auth(user))
        assert me.json()["role"] == actor.split("_")[0]
    email = f"reg-{uuid4().hex[:10]}@example.com"
    r = await client.post(
        "/auth/register",
        json={"email": email, "full_name": "Reg", "password": "long enough pass 1", "role": "admin"},
    )
    assert_error(r, 422)
    r = await client.post(
        "/auth/register", json={"email": email, "full_name": "Reg", "password": "long enough pass 1"}
    )
    assert r.status_code == 201, r.text
    assert r.json()["role"] == "viewer"


async def test_admins_cannot_lock_themselves_out(client: httpx.AsyncClient, world: World) -> None:
    h = auth(world.admin)
    assert_error(await client.patch(f"/users/{world.admin.id}", json={"role": "viewer"}, headers=h), 409)
    assert_error(await client.delete(f"/users/{world.admin.id}", headers=h), 409)
    assert (await client.get("/users/me", headers=h)).json()["role"] == "admin"
