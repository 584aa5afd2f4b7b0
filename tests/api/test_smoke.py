"""End to end through HTTP on the migrated, seeded database."""

from __future__ import annotations

import httpx


async def test_seeded_admin_logs_in_and_lists_initiatives(client: httpx.AsyncClient) -> None:
    r = await client.post("/auth/login", json={"email": "admin@tollgate.local", "password": "tollgate-admin"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer"
    assert body["user"]["role"] == "admin"
    assert "password_hash" not in body["user"]
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    r = await client.get("/initiatives?status=active,on_hold&sort=priority", headers=headers)
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] >= 1
    assert {i["status"] for i in page["items"]} <= {"active", "on_hold"}
    r = await client.get("/initiatives/INI-0001", headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["initiative_number"] == "INI-0001"
    assert r.headers["etag"]
