"""OWASP API4 (unrestricted resource consumption): page sizes, body sizes, nesting, uploads, forms,
query strings and header values, every one refused with the standard error body, never a 500.

Contract-driven where the contract says it: every list refuses ``page_size`` outside 1–100 and
``page`` outside its range; every operation with a JSON body refuses a body over the cap (413) before
reading it, with or without ``Content-Length``.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from handlers import contract
from handlers.app import create_app
from handlers.config import Settings
from tests.conftest import MakeUser, auth
from tests.security.conftest import CSV, World
from tests.security.test_jwt import concrete
from tests.support import assert_error

LISTS = sorted(
    op
    for op, o in contract.operations().items()
    if any(p.name == "page_size" for p in contract.parameters(op))
)
JSON_BODIES = sorted(op for op, o in contract.operations().items() if o.json_body_schema)
UPLOAD_CAP = 64 * 1024


def test_the_contract_caps_every_list() -> None:
    doc = contract.document()["components"]["parameters"]
    assert doc["PageSize"]["schema"]["minimum"] == 1 and doc["PageSize"]["schema"]["maximum"] == 100
    assert doc["Page"]["schema"]["maximum"] >= 1
    assert len(LISTS) >= 20, LISTS


@pytest.mark.parametrize("query", ["page_size=101", "page_size=0", "page_size=-1", "page_size=99999999999999999999",
                                   "page_size=1e3", "page_size=abc", "page=0", "page=-5",
                                   "page=100001", "page=99999999999999999999"])  # fmt: skip
async def test_every_list_refuses_an_out_of_range_page(
    client: httpx.AsyncClient, admin: Any, query: str
) -> None:
    failures = []
    for operation_id in LISTS:
        _, path = concrete(operation_id)
        r = await client.get(f"{path}?{query}", headers=auth(admin))
        if r.status_code != 422:
            failures.append(f"{operation_id}: {r.status_code} {r.text[:200]}")
            continue
        body = assert_error(r, 422)
        assert body["fields"][0]["loc"][0] == "query", body
    assert not failures, "\n".join(failures)


async def test_the_largest_page_is_served(client: httpx.AsyncClient, admin: Any) -> None:
    r = await client.get("/users?page_size=100", headers=auth(admin))
    assert r.status_code == 200 and r.json()["page_size"] == 100, r.text


async def test_every_json_body_over_the_cap_is_413(
    client: httpx.AsyncClient, admin: Any, settings: Settings
) -> None:
    """2 MiB (twice the 1 MiB default) on every operation with a JSON body: refused from
    Content-Length, before authentication or parsing."""
    assert settings.max_json_body_bytes == 1024 * 1024
    big = json.dumps({"title": "x" * (2 * 1024 * 1024)}).encode()
    failures = []
    for operation_id in JSON_BODIES:
        method, path = concrete(operation_id)
        r = await client.request(
            method, path, content=big, headers={**auth(admin), "content-type": "application/json"}
        )
        if r.status_code != 413:
            failures.append(f"{operation_id}: {r.status_code} {r.text[:200]}")
            continue
        assert_error(r, 413)
    assert not failures, "\n".join(failures)


async def test_a_streamed_body_over_the_cap_is_413(client: httpx.AsyncClient, admin: Any) -> None:
    """Without Content-Length, the bytes are counted as they arrive."""

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"title": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    for path in ("/initiatives", "/auth/login"):
        r = await client.post(
            path, content=chunks(), headers={**auth(admin), "content-type": "application/json"}
        )
        assert_error(r, 413)


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("POST", "/initiatives", '{"title": "deep", "custom_fields": %s}'),
        ("POST", "/auth/login", '{"email": %s, "password": "x"}'),
        ("POST", "/auth/register", '{"email": "a@b.co", "full_name": %s, "password": "long enough pass 1"}'),
        ("PATCH", "/users/me", '{"skills": %s}'),
        ("POST", "/teams", '{"name": "deep", "settings": %s}'),
        ("POST", "/requests", "%s"),
    ],
)
@pytest.mark.parametrize("shape", ["object", "array"])
async def test_10k_levels_of_nesting_are_400_or_422(
    client: httpx.AsyncClient, admin: Any, method: str, path: str, template: str, shape: str
) -> None:
    depth = 10_000
    nested = '{"a": ' * depth + "1" + "}" * depth if shape == "object" else "[" * depth + "]" * depth
    body = (template % nested).encode()
    r = await client.request(
        method, path, content=body, headers={**auth(admin), "content-type": "application/json"}
    )
    assert r.status_code in (400, 422), r.text[:300]
    assert_error(r, r.status_code)
    assert "RecursionError" not in r.text and "Traceback" not in r.text


@pytest.mark.parametrize(
    "payload",
    [
        b'{"title": "n", "capacity_hours": 1e999}',
        b'{"title": "' + b"9" * 5000 + b'"}',
        b'{"title": ' + b"9" * 5000 + b"}",
        b'{"title": NaN}',
        b'{"title": Infinity}',
        b'{"title": "x", "title": "y", "title": {"z": 1}}',
        b'{"title": "\\ud800"}',
    ],
)
async def test_pathological_json_values_are_refused_cleanly(
    client: httpx.AsyncClient, admin: Any, payload: bytes
) -> None:
    r = await client.post(
        "/initiatives", content=payload, headers={**auth(admin), "content-type": "application/json"}
    )
    assert r.status_code in (201, 400, 422), r.text[:300]
    if r.status_code != 201:
        assert_error(r, r.status_code)


def multipart(
    fields: list[tuple[str, str]], files: list[tuple[str, str, bytes]], boundary: str = "xYzZy"
) -> bytes:
    out = io.BytesIO()
    for name, value in fields:
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for name, filename, content in files:
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n".encode()
        )
        out.write(content + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue()


async def _counts(client: httpx.AsyncClient, w: World) -> tuple[int, int]:
    ini, h = w.ids["initiative"], auth(w.admin)
    datasets = (await client.get(f"/initiatives/{ini}/datasets", headers=h)).json()["total"]
    documents = (await client.get(f"/initiatives/{ini}/documents", headers=h)).json()["total"]
    return datasets, documents


@pytest.mark.parametrize(
    "shape", ["1000 same-name fields", "1000 distinct fields", "200 files", "huge field"]
)
async def test_multipart_forms_are_bounded(client: httpx.AsyncClient, world: World, shape: str) -> None:
    fields: list[tuple[str, str]] = []
    files: list[tuple[str, str, bytes]] = []
    if shape == "1000 same-name fields":
        fields = [("name", f"n{i}") for i in range(1000)]
    elif shape == "1000 distinct fields":
        fields = [(f"f{i}", "v") for i in range(1000)]
    elif shape == "200 files":
        files = [("file", f"d{i}.csv", CSV) for i in range(200)]
    else:
        fields = [("description", "x" * 2_000_000)]
    files = files or [("file", "d.csv", CSV)]
    before = await _counts(client, world)
    ini = world.ids["initiative"]
    for path, extra in (
        (f"/initiatives/{ini}/datasets", []),
        (f"/initiatives/{ini}/documents", [("name", "D"), ("document_type", "reference")]),
    ):
        body = multipart(extra + fields, files)
        r = await client.post(
            path,
            content=body,
            headers={**auth(world.analyst_a), "content-type": "multipart/form-data; boundary=xYzZy"},
        )
        assert r.status_code in (400, 413, 422), f"{path}: {r.status_code} {r.text[:300]}"
        assert_error(r, r.status_code)
    assert await _counts(client, world) == before


@pytest.fixture
async def capped(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    jobs: list[UUID],
) -> AsyncIterator[tuple[httpx.AsyncClient, Path]]:
    """A client of an app whose uploads are capped at 64 KiB (documents and datasets alike)."""
    files = tmp_path / "capped"
    app: FastAPI = create_app(
        settings.model_copy(
            update={"data_dir": files, "max_upload_bytes": UPLOAD_CAP, "max_document_bytes": UPLOAD_CAP}
        ),
        engine=engine,
    )
    app.state.sessionmaker = sessionmaker
    app.state.job_dispatcher = jobs.append
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver/api/v1") as c:
        yield c, files


def stored_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def zip_bomb() -> bytes:
    """A tiny .xlsx-shaped archive that inflates to 30 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * 30_000_000)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("filename", "content", "status", "document_status"),
    [
        ("big.csv", b"a,b\n" + b"1,2\n" * (UPLOAD_CAP // 2), 413, 413),
        # a dataset is read, so the bomb is refused; a document is stored as sent, never inflated
        ("bomb.xlsx", b"", 415, 201),  # the bomb is built in the test (not at collection)
        ("binary.csv", bytes(range(256)) * 64, 415, 415),
        ("elf.csv", b"\x7fELF\x02\x01\x01" + b"\x00" * 2000, 415, 415),
        ("script.csv.exe", b"MZ\x90\x00" + b"\x00" * 2000, 415, 415),
    ],
)
async def test_uploads_are_capped_and_sniffed(
    capped: tuple[httpx.AsyncClient, Path],
    world: World,
    jobs: list[UUID],
    filename: str,
    content: bytes,
    status: int,
    document_status: int,
) -> None:
    client, files = capped
    content = content or zip_bomb()
    ini = world.ids["initiative"]
    before = await _counts(client, world)
    already = set(stored_files(files))
    queued = len(jobs)
    r = await client.post(
        f"/initiatives/{ini}/datasets",
        files={"file": (filename, content, "text/csv")},
        headers=auth(world.analyst_a),
    )
    assert_error(r, status)
    r = await client.post(
        f"/initiatives/{ini}/documents",
        files={"file": (filename, content, "application/octet-stream")},
        data={"name": "D", "document_type": "reference"},
        headers=auth(world.analyst_a),
    )
    if document_status == 201:
        assert (await _counts(client, world))[0] == before[0], "the refused dataset was stored"
        assert r.status_code == 201, r.text
        assert r.json()["size_bytes"] == len(content)
        return
    assert_error(r, document_status)
    assert await _counts(client, world) == before
    assert set(stored_files(files)) == already, "a refused upload left a file behind"
    assert len(jobs) == queued


async def test_a_declared_upload_over_the_cap_is_refused_before_reading(
    capped: tuple[httpx.AsyncClient, Path], world: World
) -> None:
    client, _ = capped
    ini = world.ids["initiative"]
    r = await client.post(
        f"/initiatives/{ini}/datasets",
        content=b"x" * 10,
        headers={
            **auth(world.analyst_a),
            "content-type": "multipart/form-data; boundary=xYzZy",
            "content-length": str(100 * 1024 * 1024),
        },
    )
    assert_error(r, 413)


@pytest.mark.parametrize(
    ("query", "refused"),
    [
        ("q=" + "a" * 10_000, True),  # maxLength 200
        ("q=" + "%25" * 3000, True),
        ("status=" + ",".join(["active"] * 2000), True),  # maxItems
        ("team_id=" + ",".join(["3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b"] * 500), True),
        ("sort=" + "x" * 5000, True),
        ("&".join(f"p{i}=1" for i in range(3000)), False),  # unknown parameters are ignored
        ("&".join(["q=a"] * 3000), False),  # the last one counts
    ],
)
async def test_long_query_strings(client: httpx.AsyncClient, admin: Any, query: str, refused: bool) -> None:
    r = await client.get(f"/initiatives?{query}", headers=auth(admin))
    if refused:
        assert_error(r, 422)
    else:
        assert r.status_code in (200, 414, 431), r.text[:300]


async def test_long_paths(client: httpx.AsyncClient, admin: Any) -> None:
    assert_error(await client.get("/initiatives/" + "I" * 20_000, headers=auth(admin)), 422)
    assert_error(await client.get("/" + "a/" * 5000, headers=auth(admin)), 404)


@pytest.mark.parametrize("key", ["k" * 201, "k" * 100_000, "has space", "tab\tkey", "ключ"])
async def test_bad_idempotency_keys_are_refused(
    client: httpx.AsyncClient, make_user: MakeUser, key: str
) -> None:
    user = await make_user("analyst")
    try:
        r = await client.post(
            "/initiatives", json={"title": "x"}, headers={**auth(user), "Idempotency-Key": key}
        )
    except UnicodeEncodeError:  # httpx itself refuses a non-ASCII header value: nothing to send
        return
    assert r.status_code in (400, 422), r.text[:300]
    assert_error(r, r.status_code)
    listed = await client.get("/initiatives", params={"q": "x", "page_size": 100}, headers=auth(user))
    assert all(i["title"] != "x" for i in listed.json()["items"])
