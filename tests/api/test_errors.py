"""Cross-cutting behaviour: the error body, unknown routes and methods, malformed and oversized
bodies, security headers, request ids, CORS, and the health endpoints."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from handlers import health
from handlers.app import create_app
from handlers.config import ROOT, Settings
from handlers.tables import Initiative, User
from tests import support
from tests.conftest import auth
from tests.support import assert_error

CONTRACT_PATHS: dict[str, Any] = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text())["paths"]
METHODS = ("get", "put", "post", "delete", "patch")
SOME_ID = "3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b"  # fixed: xdist needs the same test ids in every worker


async def _client_for(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver/api/v1") as c:
        yield c


@pytest.fixture
async def small_cap_client(
    database_url: str, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[httpx.AsyncClient]:
    """An app whose JSON bodies are capped at 2 KiB."""
    app = create_app(support.test_settings(database_url, TOLLGATE_MAX_JSON_BODY_BYTES=2048), engine=engine)
    app.state.sessionmaker = sessionmaker
    async for c in _client_for(app):
        yield c


# --- unknown routes and methods -------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/nope", "/initiatives/INI-0001/nope", "/users/me/extra", "/teams/x/y/z", "/../etc/passwd"]
)
async def test_unknown_route_is_404(client: httpx.AsyncClient, admin: User, path: str) -> None:
    assert_error(await client.get(path, headers=auth(admin)), 404)


async def test_unknown_route_outside_the_api_is_404(client: httpx.AsyncClient) -> None:
    r = await client.get("http://testserver/not-the-api")
    assert_error(r, 404)


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("PUT", "/initiatives", "/initiatives"),
        ("DELETE", "/initiatives", "/initiatives"),
        ("PUT", "/initiatives/INI-0001", "/initiatives/{initiative_id}"),
        ("POST", "/initiatives/INI-0001", "/initiatives/{initiative_id}"),
        ("POST", "/users/me", "/users/me"),
        ("DELETE", "/users/me", "/users/me"),
        ("PUT", f"/users/{SOME_ID}", "/users/{user_id}"),
        ("GET", "/auth/login", "/auth/login"),
        ("DELETE", "/health", "/health"),
        ("POST", "/ready", "/ready"),
        ("PATCH", f"/teams/{SOME_ID}/members", "/teams/{team_id}/members"),
        ("GET", f"/teams/{SOME_ID}/members/{SOME_ID}", "/teams/{team_id}/members/{user_id}"),
        ("POST", "/initiatives/INI-0001/phases/define", "/initiatives/{initiative_id}/phases/{phase}"),
        ("DELETE", "/initiatives/INI-0001/phases", "/initiatives/{initiative_id}/phases"),
    ],
)
async def test_wrong_method_is_405_with_the_contract_methods(
    client: httpx.AsyncClient, admin: User, method: str, path: str, template: str
) -> None:
    r = await client.request(
        method, path, headers=auth(admin), json={} if method in ("POST", "PUT", "PATCH") else None
    )
    assert_error(r, 405)
    expected = {m.upper() for m in METHODS if m in CONTRACT_PATHS[template]}
    assert {m.strip() for m in r.headers["allow"].split(",")} == expected
    assert method not in expected


async def test_405_needs_no_token(client: httpx.AsyncClient) -> None:
    r = await client.put("/initiatives")
    assert_error(r, 405)
    assert "www-authenticate" not in r.headers


# --- malformed bodies -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "public"),
    [
        ("POST", "/initiatives", False),
        ("PATCH", "/users/me", False),
        ("POST", "/auth/login", True),
        ("POST", "/auth/register", True),
    ],
)
@pytest.mark.parametrize("payload", [b"not json", b"{", b'{"title": "x",}', b"\xff\xfe", b"{'title': 'x'}"])
async def test_body_that_is_not_json_is_400(
    client: httpx.AsyncClient, admin: User, method: str, path: str, public: bool, payload: bytes
) -> None:
    headers = {"content-type": "application/json", **({} if public else auth(admin))}
    assert_error(await client.request(method, path, content=payload, headers=headers), 400)


async def test_json_body_over_the_cap_is_413(
    small_cap_client: httpx.AsyncClient, db: AsyncSession, admin: User
) -> None:
    body = json.dumps({"title": "big", "problem_statement": "x" * 4000}).encode()
    headers = {**auth(admin), "content-type": "application/json"}
    assert_error(await small_cap_client.post("/initiatives", content=body, headers=headers), 413)

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted while reading
        for i in range(0, len(body), 512):
            yield body[i : i + 512]

    assert_error(await small_cap_client.post("/initiatives", content=chunks(), headers=headers), 413)
    count = select(func.count()).select_from(Initiative).where(Initiative.title == "big")
    assert (await db.execute(count)).scalar_one() == 0
    small = await small_cap_client.post("/initiatives", json={"title": "small enough"}, headers=auth(admin))
    assert small.status_code == 201


async def test_default_cap_is_enforced(client: httpx.AsyncClient, admin: User, settings: Settings) -> None:
    body = b'{"title": "' + b"x" * settings.max_json_body_bytes + b'"}'
    headers = {**auth(admin), "content-type": "application/json"}
    assert_error(await client.post("/initiatives", content=body, headers=headers), 413)


@pytest.mark.parametrize(
    "payload",
    [
        b"[" * 50_000 + b"]" * 50_000,
        b'{"title": "deep", "custom_fields": ' + b'{"a": ' * 5_000 + b"1" + b"}" * 5_000 + b"}",
        b'{"title": "deep", "tags": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
    ],
)
async def test_deeply_nested_json_is_400_or_422(
    client: httpx.AsyncClient, admin: User, payload: bytes
) -> None:
    r = await client.post(
        "/initiatives", content=payload, headers={**auth(admin), "content-type": "application/json"}
    )
    assert r.status_code in (400, 422), r.text
    assert_error(r, r.status_code)


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "/initiatives", {"title": "a\u0000b"}, "title"),
        ("POST", "/initiatives", {"title": "ok", "tags": ["nul\u0000"]}, 0),
        ("POST", "/initiatives", {"title": "ok", "custom_fields": {"k\u0000": "v"}}, "custom_fields"),
        ("POST", "/initiatives", {"title": "ok", "custom_fields": {"k": "v\u0000"}}, "k"),
        ("PATCH", "/users/me", {"full_name": "\u0000"}, "full_name"),
        ("POST", "/teams", {"name": "Team\u0000"}, "name"),
        ("POST", "/auth/login", {"email": "a@b.c", "password": "\u0000"}, "password"),
    ],
)
async def test_nul_byte_in_a_string_is_422(
    client: httpx.AsyncClient, admin: User, method: str, path: str, body: dict[str, Any], field: str | int
) -> None:
    r = await client.request(method, path, json=body, headers=auth(admin))
    assert_error(r, 422)
    assert any(f["loc"][-1] == field or field in f["loc"] for f in r.json()["fields"]), r.json()


@pytest.mark.parametrize("query", ["q=a%00b", "q=%00"])
async def test_nul_byte_in_a_query_is_422(client: httpx.AsyncClient, admin: User, query: str) -> None:
    assert_error(await client.get(f"/initiatives?{query}", headers=auth(admin)), 422)
    assert_error(await client.get(f"/users?{query}", headers=auth(admin)), 422)


async def test_422_names_every_bad_field(client: httpx.AsyncClient, admin: User) -> None:
    r = await client.post(
        "/initiatives", json={"title": None, "priority": "urgent", "role": "admin"}, headers=auth(admin)
    )
    body = assert_error(r, 422)
    assert {"title", "priority"} <= {f["loc"][-1] for f in body["fields"] if len(f["loc"]) > 1}
    assert all(f["loc"][0] == "body" for f in body["fields"])
    r = await client.get("/initiatives?page_size=101&page=0", headers=auth(admin))
    body = assert_error(r, 422)
    assert {tuple(f["loc"]) for f in body["fields"]} >= {("query", "page_size"), ("query", "page")}


async def test_a_500_hides_its_cause(client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    async def explode(ctx: Any) -> Any:
        raise RuntimeError("SELECT password_hash FROM users -- secret")

    monkeypatch.setattr(health, "health_check", explode)
    r = await client.get("/health")
    body = assert_error(r, 500)
    assert "secret" not in r.text and "password_hash" not in r.text and "Traceback" not in r.text
    assert body["detail"] == "An unexpected error occurred"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-request-id"]


# --- headers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/health", 200),
        ("GET", "/users/me", 200),
        ("GET", "/initiatives?page_size=101", 422),
        ("GET", "/nope", 404),
        ("PUT", "/initiatives", 405),
        ("GET", "/initiatives/INI-999999", 404),
    ],
)
async def test_security_headers_on_every_answer(
    client: httpx.AsyncClient, admin: User, method: str, path: str, status: int
) -> None:
    r = await client.request(method, path, headers=auth(admin))
    assert r.status_code == status
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["content-type"].startswith("application/json")
    assert "server" not in {k.lower() for k in r.headers}


async def test_security_headers_on_401_and_413(small_cap_client: httpx.AsyncClient) -> None:
    for r in (
        await small_cap_client.get("/users/me"),
        await small_cap_client.post(
            "/auth/login", content=b"x" * 4096, headers={"content-type": "application/json"}
        ),
    ):
        assert r.status_code in (401, 413)
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["content-security-policy"]


async def test_request_id_is_echoed_or_generated(client: httpx.AsyncClient, admin: User) -> None:
    sent = await client.get("/users/me", headers={**auth(admin), "X-Request-ID": "trace-abc.123_X"})
    assert sent.headers["x-request-id"] == "trace-abc.123_X"
    on_error = await client.get("/nope", headers={"X-Request-ID": "err-42"})
    assert on_error.headers["x-request-id"] == "err-42"
    first, second = await client.get("/health"), await client.get("/health")
    assert first.headers["x-request-id"] and second.headers["x-request-id"]
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    for bad in ("has spaces in it", "x" * 200, "semi;colon", "<script>"):
        r = await client.get("/health", headers={"X-Request-ID": bad})
        assert r.headers["x-request-id"] != bad and r.headers["x-request-id"]


# --- CORS -----------------------------------------------------------------------------------


async def test_cors_allowed_origin(client: httpx.AsyncClient, settings: Settings, admin: User) -> None:
    origin = settings.cors_origin_list[0]
    r = await client.get("/users/me", headers={**auth(admin), "Origin": origin})
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == origin
    assert r.headers["access-control-allow-credentials"] == "true"
    assert "etag" in r.headers["access-control-expose-headers"].lower()
    preflight = await client.options(
        "/initiatives",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "Authorization, If-Match, Content-Type",
        },
    )
    assert preflight.status_code == 200, preflight.text
    assert preflight.headers["access-control-allow-origin"] == origin
    assert "PATCH" in preflight.headers["access-control-allow-methods"]
    assert "if-match" in preflight.headers["access-control-allow-headers"].lower()


async def test_cors_foreign_origin_gets_nothing(client: httpx.AsyncClient, admin: User) -> None:
    r = await client.get("/users/me", headers={**auth(admin), "Origin": "https://evil.example"})
    assert r.status_code == 200
    assert "access-control-allow-origin" not in r.headers
    preflight = await client.options(
        "/initiatives", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status_code >= 400
    assert "access-control-allow-origin" not in preflight.headers


@pytest.mark.parametrize(
    "origin", ["null", "https://evil.example", "http://localhost:5173.evil.example", "*"]
)
async def test_cors_never_answers_a_wildcard(
    client: httpx.AsyncClient, settings: Settings, origin: str
) -> None:
    for r in (
        await client.get("/health", headers={"Origin": origin}),
        await client.options("/health", headers={"Origin": origin, "Access-Control-Request-Method": "GET"}),
        await client.get("/health", headers={"Origin": settings.cors_origin_list[0]}),
    ):
        assert r.headers.get("access-control-allow-origin") != "*"
        if origin not in settings.cors_origin_list:
            assert r.headers.get("access-control-allow-origin") in (None, settings.cors_origin_list[0])


# --- health ---------------------------------------------------------------------------------


class TestHealth:
    async def test_health(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/health")
        assert r.status_code == 200
        assert r.json() == {"status": "ok", "version": health.VERSION}

    async def test_ready(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/ready")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["status"] == "ready"
        assert {c["name"]: c["ok"] for c in body["checks"]} == {
            "database": True,
            "broker": True,
            "storage": True,
        }

    async def test_not_ready_when_storage_is_not_writable(
        self,
        database_url: str,
        engine: AsyncEngine,
        sessionmaker: async_sessionmaker[AsyncSession],
        tmp_path: Path,
    ) -> None:
        blocker = tmp_path / "not-a-directory"
        blocker.write_text("a file where the data directory should be")
        app = create_app(support.test_settings(database_url, TOLLGATE_DATA_DIR=str(blocker)), engine=engine)
        app.state.sessionmaker = sessionmaker
        async for c in _client_for(app):
            r = await c.get("/ready")
            body = assert_error(r, 503)
            assert "storage" in body["detail"]
            assert str(tmp_path) not in r.text, "never reveals paths"
            assert (await c.get("/health")).status_code == 200, "liveness checks no dependency"
