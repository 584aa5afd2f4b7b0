"""OWASP API8 (security misconfiguration) and API9 (inventory): what every answer looks like.

- Errors: a broad set of bad requests on every operation of the contract (hostile ids, bodies of the
  wrong JSON type, unknown sort fields, SQL in filters) each answers the contract's Error schema and
  never a stack trace, SQL, driver names or file paths; none is a 500.
- Security headers on every answer (2xx, 4xx, 5xx alike), and no ``Server`` banner.
- 405 with the contract's ``Allow`` for every method a path lacks.
- CORS: a foreign origin gets no ``Access-Control-Allow-Origin``, the configured one gets exactly it.
"""

from __future__ import annotations

import re

import httpx
import pytest

from handlers import contract
from handlers.config import Settings
from handlers.tables import User
from tests.conftest import auth
from tests.security.test_jwt import concrete
from tests.support import assert_error

ERROR = contract.body_validator("Error")
LEAKS = re.compile(
    r"Traceback|sqlalchemy|asyncpg|psycopg|SELECT |INSERT |UPDATE \w+ SET|DELETE FROM|File \"|site-packages"
    r"|/work/|/home/|/usr/lib|handlers/|\.py\b|Exception|Error\(|object at 0x",
)
OPERATIONS = sorted(contract.operations())
PATHS = contract.path_methods()
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "TRACE"]
HOSTILE_IDS = [
    "' OR '1'='1",
    "1;DROP TABLE users--",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "INI-99999999999999999999",
    "INI--1",
    "REQ-0' OR 1=1--",
    "00000000-0000-0000-0000-000000000000",
    "{{7*7}}",
    "<script>alert(1)</script>",
]


def check_error(r: httpx.Response, context: str) -> list[str]:
    """Problems with an error answer: not the Error schema, a 500, or a leak."""
    problems = []
    if r.status_code >= 500 and r.status_code != 501 and r.status_code != 503:
        problems.append(f"{context}: {r.status_code}")
    if r.status_code < 400:
        return problems
    try:
        body = r.json()
    except ValueError:
        return [*problems, f"{context}: {r.status_code} not JSON: {r.text[:200]}"]
    errors = [e.message for e in ERROR.iter_errors(body)]
    if errors or body.get("status_code") != r.status_code:
        problems.append(f"{context}: not the Error schema: {errors} {r.text[:200]}")
    if LEAKS.search(r.text):
        problems.append(f"{context}: leaks: {r.text[:300]}")
    return problems


def with_ids(operation_id: str, value: str) -> tuple[str, str]:
    op = contract.operations()[operation_id]
    path = op.path
    for p in contract.parameters(operation_id):
        if p.location == "path":
            path = path.replace("{" + p.name + "}", value)
    return op.method, path


async def test_hostile_path_ids_answer_clean_errors(client: httpx.AsyncClient, admin: User) -> None:
    problems = []
    with_path_ids = [op for op in OPERATIONS if any(p.location == "path" for p in contract.parameters(op))]
    assert len(with_path_ids) >= 60
    for operation_id in with_path_ids:
        for value in HOSTILE_IDS:
            method, path = with_ids(operation_id, value)
            r = await client.request(
                method, path, headers=auth(admin), json={} if method in ("POST", "PATCH") else None
            )
            problems += check_error(r, f"{operation_id} {value!r}")
            if r.status_code < 400:
                problems.append(f"{operation_id} {value!r}: {r.status_code} accepted")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "payload",
    [b"[]", b'"a string"', b"null", b"42", b"{}", b'{"x": 1}', b'{"title": {"$gt": ""}}', b"{" * 3, b"\xff"],
)
async def test_bodies_of_the_wrong_shape_answer_clean_errors(
    client: httpx.AsyncClient, admin: User, payload: bytes
) -> None:
    problems = []
    for operation_id in OPERATIONS:
        if not contract.operations()[operation_id].json_body_schema:
            continue
        method, path = concrete(operation_id)
        r = await client.request(
            method, path, content=payload, headers={**auth(admin), "content-type": "application/json"}
        )
        problems += check_error(r, f"{operation_id} {payload[:20]!r}")
        if r.status_code < 400 and payload not in (b"{}",):
            problems.append(f"{operation_id} {payload[:20]!r}: {r.status_code} accepted")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "query",
    [
        "sort=password_hash",
        "sort=id;DROP TABLE users",
        "order=sideways",
        "q=' OR '1'='1",
        "q=%25%27%3B--",
        "q=\\",
        "unknown_param=1",
        "page=1&page=2&page_size=1&page_size=500",
        "created_from=0",
        "created_from=2026-13-45",
    ],
)
async def test_hostile_queries_on_every_list(client: httpx.AsyncClient, admin: User, query: str) -> None:
    problems = []
    lists = [op for op in OPERATIONS if any(p.name == "page_size" for p in contract.parameters(op))]
    for operation_id in lists:
        _, path = concrete(operation_id)
        r = await client.get(f"{path}?{query}", headers=auth(admin))
        problems += check_error(r, f"{operation_id} {query}")
        declared = {p.name for p in contract.parameters(operation_id)}
        if query.split("=")[0] in declared & {"sort", "order"} and r.status_code not in (404, 422):
            problems.append(f"{operation_id} {query}: {r.status_code}, expected 422")
    assert not problems, "\n".join(problems)


async def test_no_error_in_the_whole_contract_leaks(client: httpx.AsyncClient, admin: User) -> None:
    """Every operation without a token, with a bad token and as an admin with empty input."""
    problems = []
    for operation_id in OPERATIONS:
        method, path = concrete(operation_id)
        for headers in ({}, {"Authorization": "Bearer x.y.z"}, auth(admin)):
            r = await client.request(
                method, path, headers=headers, json={} if method in ("POST", "PATCH") else None
            )
            problems += check_error(r, f"{operation_id} {headers.keys()}")
    assert not problems, "\n".join(problems)


# --- headers --------------------------------------------------------------------------------------


def check_headers(r: httpx.Response, context: str) -> list[str]:
    h = r.headers
    problems = []
    expected = {
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
    }
    for name, value in expected.items():
        if h.get(name) != value:
            problems.append(f"{context}: {name}={h.get(name)!r}")
    csp = h.get("content-security-policy", "")
    if "default-src 'none'" not in csp or "frame-ancestors 'none'" not in csp:
        problems.append(f"{context}: content-security-policy={csp!r}")
    if "no-store" not in h.get("cache-control", ""):
        problems.append(f"{context}: cache-control={h.get('cache-control')!r}")
    if "server" in h or "x-powered-by" in h:
        problems.append(f"{context}: server banner {h.get('server')!r} {h.get('x-powered-by')!r}")
    if not h.get("x-request-id"):
        problems.append(f"{context}: no x-request-id")
    return problems


async def test_security_headers_on_every_operation(client: httpx.AsyncClient, admin: User) -> None:
    problems = []
    for operation_id in OPERATIONS:
        method, path = concrete(operation_id)
        for headers in ({}, auth(admin)):
            r = await client.request(
                method, path, headers=headers, json={} if method in ("POST", "PATCH") else None
            )
            problems += check_headers(r, f"{operation_id} ({r.status_code})")
    for method, path in (("PUT", "/initiatives"), ("GET", "/nope"), ("GET", "/health")):
        r = await client.request(method, path)
        problems += check_headers(r, f"{method} {path} ({r.status_code})")
    r = await client.post(
        "/auth/login", content=b"x" * (2 * 1024 * 1024), headers={"content-type": "application/json"}
    )
    assert r.status_code == 413
    problems += check_headers(r, "413")
    assert not problems, "\n".join(problems)


async def test_the_contract_documents_carry_the_headers_too(client: httpx.AsyncClient) -> None:
    for path in ("/openapi.yaml", "/openapi.json"):
        r = await client.get(path)
        assert r.status_code == 200
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "server" not in r.headers


# --- 405 ------------------------------------------------------------------------------------------


async def test_every_path_answers_405_with_allow_for_methods_it_lacks(client: httpx.AsyncClient) -> None:
    problems = []
    checked = 0
    for template, methods in PATHS:
        path = re.sub(r"\{[^}]+\}", "3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b", template)
        path = path.replace("/phases/3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b", "/phases/define")
        for method in METHODS:
            if method in methods:
                continue
            checked += 1
            r = await client.request(method, path, json={} if method in ("POST", "PUT", "PATCH") else None)
            if r.status_code != 405:
                problems.append(f"{method} {template}: {r.status_code} {r.text[:200]}")
                continue
            assert_error(r, 405)
            allow = {m.strip() for m in r.headers.get("allow", "").split(",")}
            if allow != set(methods):
                problems.append(f"{method} {template}: Allow {allow} != {set(methods)}")
            problems += check_headers(r, f"{method} {template} 405")
    assert checked >= 150
    assert not problems, "\n".join(problems)


# --- CORS -----------------------------------------------------------------------------------------

FOREIGN = ["https://evil.example", "null", "http://localhost:5173.evil.example", "http://127.0.0.1:5174",
           "https://localhost:5173", "*"]  # fmt: skip


@pytest.mark.parametrize("origin", FOREIGN)
async def test_a_foreign_origin_gets_no_cors_grant(
    client: httpx.AsyncClient, admin: User, settings: Settings, origin: str
) -> None:
    assert origin not in settings.cors_origin_list
    requests: list[tuple[str, str, dict[str, str]]] = [
        ("GET", "/users/me", auth(admin)),
        ("GET", "/users/me", {}),
        ("POST", "/auth/login", {}),
        ("DELETE", "/initiatives/INI-0001", auth(admin)),
        ("GET", "/health", {}),
    ]
    for method, path, headers in requests:
        r = await client.request(method, path, headers={**headers, "Origin": origin})
        assert "access-control-allow-origin" not in r.headers, (method, path, r.headers)
        # (Starlette sends Allow-Credentials on every simple answer; without Allow-Origin a browser
        # still withholds the answer from the foreign page.)
        for preflight_method in ("GET", "POST", "PATCH", "DELETE"):
            pre = await client.options(
                path,
                headers={
                    "Origin": origin,
                    "Access-Control-Request-Method": preflight_method,
                    "Access-Control-Request-Headers": "Authorization, Content-Type",
                },
            )
            assert "access-control-allow-origin" not in pre.headers, (path, preflight_method, pre.headers)
            assert pre.status_code >= 400


async def test_the_configured_origin_gets_exactly_its_grant(
    client: httpx.AsyncClient, admin: User, settings: Settings
) -> None:
    for origin in settings.cors_origin_list:
        r = await client.get("/users/me", headers={**auth(admin), "Origin": origin})
        assert r.headers["access-control-allow-origin"] == origin
        assert r.headers["access-control-allow-credentials"] == "true"
        assert "origin" in r.headers.get("vary", "").lower()
        pre = await client.options(
            "/initiatives/INI-0001",
            headers={"Origin": origin, "Access-Control-Request-Method": "DELETE",
                     "Access-Control-Request-Headers": "Authorization, If-Match"},
        )  # fmt: skip
        assert pre.status_code == 200, pre.text
        assert pre.headers["access-control-allow-origin"] == origin
        assert "PUT" not in pre.headers["access-control-allow-methods"]
        bad = await client.options(
            "/initiatives",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "X-Evil-Header"},
        )  # fmt: skip
        assert bad.status_code >= 400


def test_the_leak_pattern_catches_what_it_should() -> None:
    """The detector itself: a stack trace, SQL and a path are caught; an ordinary detail is not."""
    assert LEAKS.search('Traceback (most recent call last):\n  File "/work/main/handlers/x.py"')
    assert LEAKS.search("(sqlalchemy.exc.IntegrityError) duplicate key")
    assert LEAKS.search("SELECT users.password_hash FROM users")
    assert not LEAKS.search("Initiative INI-0042 not found")
    assert not LEAKS.search("query.page_size: 101 is greater than the maximum of 100")
