"""Documents: streamed multipart uploads (size cap, content sniffing, nothing left behind on refusal),
downloads, https links, permissions, listing, ETags and deletion of the stored file."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from handlers.app import create_app
from handlers.config import Settings
from handlers.documents import Sniffer, clean_filename, content_disposition
from handlers.errors import UnsupportedMediaType
from handlers.storage import InvalidKey, LocalStorage, SizeLimitExceeded
from handlers.tables import Document, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error

CAP = 200_000  # TOLLGATE_MAX_DOCUMENT_BYTES for these tests

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + b"0123456789" * 50 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
CSV = "region,amount\nNord,12.5\nSüd,7\n".encode()
BINARY = bytes(range(256)) * 40  # NUL and control bytes: not text, no known signature


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.writestr(name, f"<xml>{name}</xml>" * 20)
    return buffer.getvalue()


DOCX = _zip(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"])
XLSX = _zip(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"])
PPTX = _zip(["[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"])
PLAIN_ZIP = _zip(["readme.txt", "data/values.csv"])

MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def files_root(tmp_path: Path) -> Path:
    return tmp_path / "files"


@pytest.fixture
def app(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> FastAPI:
    """The app with its own storage directory and a small document cap."""
    app = create_app(
        settings.model_copy(update={"data_dir": tmp_path, "max_document_bytes": CAP}), engine=engine
    )
    app.state.sessionmaker = sessionmaker
    return app


@dataclass
class World:
    admin: User
    manager: User
    member: User
    outsider: User
    other_manager: User
    viewer: User
    initiative: dict[str, Any]

    @property
    def ini(self) -> str:
        return str(self.initiative["id"])


@pytest.fixture
async def world(client: httpx.AsyncClient, make_user: MakeUser, make_team: Any) -> World:
    admin = await make_user("admin")
    manager = await make_user("manager")
    member = await make_user("analyst")
    other_manager = await make_user("manager")
    team = await make_team(members=[(member, "member")], manager_id=manager.id)
    await make_team(manager_id=other_manager.id)
    r = await client.post(
        "/initiatives",
        json={"title": "Documents test", "team_id": str(team.id), "methodology": "dmaic"},
        headers=auth(admin),
    )
    assert r.status_code == 201, r.text
    return World(
        admin=admin,
        manager=manager,
        member=member,
        outsider=await make_user("analyst"),
        other_manager=other_manager,
        viewer=await make_user("viewer"),
        initiative=r.json(),
    )


def stored_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


async def upload(
    client: httpx.AsyncClient,
    world: World,
    user: User,
    filename: str,
    content: bytes,
    *,
    ini: str | None = None,
    **fields: str,
) -> httpx.Response:
    fields.setdefault("document_type", "report")
    return await client.post(
        f"/initiatives/{ini or world.ini}/documents",
        files={"file": (filename, content, "application/octet-stream")},
        data=fields,
        headers=auth(user),
    )


async def document_count(db: AsyncSession, ini: str) -> int:
    return int(
        (
            await db.execute(text("SELECT count(*) FROM documents WHERE initiative_id = :i"), {"i": ini})
        ).scalar_one()
    )


async def audit_events(db: AsyncSession, entity_id: str) -> list[dict[str, Any]]:
    rows = await db.execute(
        text("SELECT * FROM audit_events WHERE entity_id = :id ORDER BY occurred_at, id"), {"id": entity_id}
    )
    return [dict(r) for r in rows.mappings().all()]


# --- upload and download ------------------------------------------------------------------------


async def test_upload_then_download_round_trip(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path
) -> None:
    r = await upload(client, world, world.member, "Bericht Q3 ü.pdf", PDF, phase="measure")
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/documents/{body['id']}"
    assert r.headers["etag"]
    assert body["initiative_id"] == world.ini
    assert body["name"] == "Bericht Q3 ü.pdf"  # defaults to the original filename
    assert body["original_filename"] == "Bericht Q3 ü.pdf"
    assert body["document_type"] == "report"
    assert body["phase_name"] == "measure"
    assert body["mime_type"] == "application/pdf"
    assert body["size_bytes"] == len(PDF)
    assert body["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert body["external_url"] is None
    assert body["uploaded_by"] == str(world.member.id)

    row = (
        (await db.execute(text("SELECT * FROM documents WHERE id = :id"), {"id": body["id"]}))
        .mappings()
        .one()
    )
    phase_id = (
        await db.execute(
            text("SELECT id FROM phases WHERE initiative_id = :i AND phase_name = 'measure'"),
            {"i": world.ini},
        )
    ).scalar_one()
    assert row["phase_id"] == phase_id and body["phase_id"] == str(phase_id)
    key = row["file_path"]
    assert key.startswith("documents/") and len(key) == len("documents/") + 32
    assert "Bericht" not in key  # the client's name never reaches the file system
    assert stored_files(files_root) == [files_root / key]
    assert (files_root / key).read_bytes() == PDF

    events = await audit_events(db, body["id"])
    assert [(e["entity_type"], e["action"], str(e["initiative_id"])) for e in events] == [
        ("document", "create", world.ini)
    ]
    assert events[0]["changes"]["sha256"] == [None, body["sha256"]]

    got = await client.get(f"/documents/{body['id']}", headers=auth(world.viewer))
    assert got.status_code == 200
    assert got.json() == body
    assert got.headers["etag"] == r.headers["etag"]

    download = await client.get(f"/documents/{body['id']}/download", headers=auth(world.viewer))
    assert download.status_code == 200
    assert download.content == PDF
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"Bericht Q3 u.pdf\"; filename*=UTF-8''Bericht%20Q3%20%C3%BC.pdf"
    )


@pytest.mark.parametrize(
    ("filename", "content", "mime"),
    [
        ("charter.docx", DOCX, MIME_DOCX),
        ("data.xlsx", XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("deck.pptx", PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ("amounts.csv", CSV, "text/csv"),
        ("notes.md", b"# Notes\n\n- one\n- two\n", "text/markdown"),
        ("readme.txt", "plain text, ünïcode\r\n".encode(), "text/plain"),
        ("chart.png", PNG, "image/png"),
        ("photo.JPG", JPEG, "image/jpeg"),
        ("no-extension", PDF, "application/pdf"),
    ],
)
async def test_accepted_types_are_recognised_by_content(
    client: httpx.AsyncClient, world: World, files_root: Path, filename: str, content: bytes, mime: str
) -> None:
    r = await upload(client, world, world.member, filename, content)
    assert r.status_code == 201, r.text
    assert r.json()["mime_type"] == mime
    assert r.json()["size_bytes"] == len(content)
    [path] = stored_files(files_root)
    assert path.read_bytes() == content


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("figures.csv", BINARY),  # a binary renamed .csv
        ("report.pdf", BINARY),  # … or .pdf
        ("report.pdf", PNG),  # a real PNG, named as a PDF
        ("table.csv", PDF),  # a real PDF, named as a CSV
        ("setup.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + BINARY),  # an executable
        ("charter.docx", PLAIN_ZIP),  # a ZIP that is not an Office document
        ("page.html", b"<html><body>hi</body></html>"),  # text, but not an accepted kind
        ("latin1.csv", "Süd;7\n".encode("latin-1")),  # text that is not UTF-8
    ],
)
async def test_refused_types_are_415_and_leave_nothing(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path, filename: str, content: bytes
) -> None:
    r = await upload(client, world, world.member, filename, content)
    assert_error(r, 415)
    assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == 0


async def test_a_binary_body_is_refused_while_streaming(world: World) -> None:
    sniffer = Sniffer()
    with pytest.raises(UnsupportedMediaType):
        sniffer.feed(BINARY[:4096])  # the first chunk already decides
    assert sniffer.total == 4096


async def test_oversized_upload_is_413_and_nothing_is_stored(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path
) -> None:
    big = b"a,b\n" + b"1,2\n" * (CAP // 4)  # CAP + 4 bytes of valid CSV
    assert len(big) > CAP
    r = await upload(client, world, world.member, "big.csv", big)
    assert_error(r, 413)
    assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == 0
    exact = b"a,b\n" + b"1,2\n" * (CAP // 4 - 1)  # exactly the cap is fine
    assert len(exact) == CAP
    r = await upload(client, world, world.member, "exact.csv", exact)
    assert r.status_code == 201, r.text
    assert r.json()["size_bytes"] == CAP


async def test_storage_cap_and_keys(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path)

    async def chunks(n: int) -> Any:
        for _ in range(n):
            yield b"x" * 1000

    with pytest.raises(SizeLimitExceeded):
        await storage.save("documents", chunks(5), max_bytes=4999)
    assert stored_files(tmp_path) == []
    saved = await storage.save("documents", chunks(5), max_bytes=5000)
    assert saved.size == 5000 and saved.sha256 == hashlib.sha256(b"x" * 5000).hexdigest()
    assert await storage.exists(saved.key)
    assert b"".join([c async for c in await storage.open(saved.key)]) == b"x" * 5000
    for bad in (
        "../etc/passwd",
        "documents/../../x",
        "/abs/path",
        "documents/NOTHEX" + "0" * 26,
        "documents",
    ):
        with pytest.raises(InvalidKey):
            await storage.exists(bad)
    await storage.delete(saved.key)
    assert not await storage.exists(saved.key)
    await storage.delete(saved.key)  # deleting twice is fine
    with pytest.raises(FileNotFoundError):
        await storage.open(saved.key)


@pytest.mark.parametrize(
    ("fields", "filename", "content", "field"),
    [
        ({"document_type": "nonsense"}, "a.pdf", PDF, "document_type"),
        ({"document_type": ""}, "a.pdf", PDF, "document_type"),
        ({"phase": "plan"}, "a.pdf", PDF, "phase"),  # not a DMAIC phase
        ({"phase": "sprint"}, "a.pdf", PDF, "phase"),
        ({"name": ""}, "a.pdf", PDF, "name"),
        ({"name": "x" * 201}, "a.pdf", PDF, "name"),
        ({"owner": "me"}, "a.pdf", PDF, "owner"),  # unknown field
        ({}, "empty.pdf", b"", "file"),
        ({}, "", PDF, "file"),  # no filename
    ],
)
async def test_bad_form_fields_are_422_and_leave_nothing(
    client: httpx.AsyncClient,
    db: AsyncSession,
    world: World,
    files_root: Path,
    fields: dict[str, str],
    filename: str,
    content: bytes,
    field: str,
) -> None:
    r = await upload(client, world, world.member, filename, content, **fields)
    assert_error(r, 422, field=field)
    assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == 0


async def test_missing_fields_are_422(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        content=b'--b\r\nContent-Disposition: form-data; name="document_type"\r\n\r\nreport\r\n--b--\r\n',
        headers={**auth(world.member), "Content-Type": "multipart/form-data; boundary=b"},
    )
    assert_error(r, 422, field="file")
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        files={"file": ("a.pdf", PDF, "application/pdf")},
        headers=auth(world.member),
    )
    assert_error(r, 422, field="document_type")
    assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == 0


async def test_too_many_or_repeated_parts_are_refused(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path
) -> None:
    parts = (
        b"".join(b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n' for _ in range(25))
        + b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n'
        + PDF
        + b"\r\n--b--\r\n"
    )
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        content=parts,
        headers={**auth(world.member), "Content-Type": "multipart/form-data; boundary=b"},
    )
    body = assert_error(r, 422, field="name")
    assert "more than once" in body["detail"]
    two_files = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n' + PDF + b"\r\n"
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="b.pdf"\r\n\r\n'
        + PDF
        + b"\r\n--b--\r\n"
    )
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        content=two_files,
        headers={**auth(world.member), "Content-Type": "multipart/form-data; boundary=b"},
    )
    assert_error(r, 422, field="file")
    assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == 0


@pytest.mark.parametrize(
    "body",
    [
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na,b\n1,2\n',  # truncated
        b"--b\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n--b--\r\n",
        b"not multipart at all",
    ],
)
async def test_malformed_multipart_is_400_and_leaves_nothing(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path, body: bytes
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        content=body,
        headers={**auth(world.member), "Content-Type": "multipart/form-data; boundary=b"},
    )
    assert_error(r, 400)
    assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == 0


async def test_other_content_types_are_415(client: httpx.AsyncClient, world: World) -> None:
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "application/pdf"):
        r = await client.post(
            f"/initiatives/{world.ini}/documents",
            content=b"name=x",
            headers={**auth(world.member), "Content-Type": content_type},
        )
        assert_error(r, 415)
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        content=b"x",
        headers={**auth(world.member), "Content-Type": "multipart/form-data"},  # no boundary
    )
    assert_error(r, 400)


async def test_client_paths_never_reach_the_file_system(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path, tmp_path: Path
) -> None:
    r = await upload(client, world, world.member, "../../../outside.csv", CSV)
    assert r.status_code == 201, r.text
    assert r.json()["original_filename"] == "outside.csv"
    assert not (tmp_path.parent / "outside.csv").exists()
    [path] = stored_files(files_root)
    assert path.parent == files_root / "documents"
    raw = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="C:\\Users\\ev\\"il;\tx.csv"\r\n\r\n'
        + CSV
        + b'\r\n--b\r\nContent-Disposition: form-data; name="document_type"\r\n\r\ndata\r\n--b--\r\n'
    )
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        content=raw,
        headers={**auth(world.member), "Content-Type": "multipart/form-data; boundary=b"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["original_filename"] == 'ev"il;x.csv'  # the last path component, no control characters
    download = await client.get(f"/documents/{r.json()['id']}/download", headers=auth(world.member))
    assert download.status_code == 200
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"ev_il_x.csv\"; filename*=UTF-8''ev%22il%3Bx.csv"
    )
    assert len(stored_files(files_root)) == 2


def test_filename_helpers() -> None:
    assert clean_filename("a/b\\c.pdf") == "c.pdf"
    assert clean_filename("..") == "upload"
    assert clean_filename("bad\x00name\u202e.txt") == "badname.txt"
    assert len(clean_filename("x" * 300 + ".pdf")) == 255 and clean_filename("x" * 300 + ".pdf").endswith(
        ".pdf"
    )
    assert content_disposition('we"ird;name.pdf') == (
        "attachment; filename=\"we_ird_name.pdf\"; filename*=UTF-8''we%22ird%3Bname.pdf"
    )
    assert (
        content_disposition("日本.csv")
        == "attachment; filename=\"download.csv\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.csv"
    )
    assert content_disposition(None) == "attachment; filename=\"download\"; filename*=UTF-8''download"


# --- links ----------------------------------------------------------------------------------------


async def test_link_documents(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path
) -> None:
    url = "https://intranet.example.com/sop/approval.pdf"
    r = await client.post(
        f"/initiatives/{world.initiative['initiative_number']}/documents",
        json={"name": "Approval SOP", "document_type": "sop", "external_url": url, "phase": "define"},
        headers=auth(world.member),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/documents/{body['id']}"
    assert body["external_url"] == url
    assert body["phase_name"] == "define"
    for name in ("original_filename", "mime_type", "size_bytes", "sha256"):
        assert body[name] is None
    assert stored_files(files_root) == []
    events = await audit_events(db, body["id"])
    assert [(e["entity_type"], e["action"]) for e in events] == [("document", "create")]
    r = await client.get(f"/documents/{body['id']}/download", headers=auth(world.viewer))
    detail = assert_error(r, 409)["detail"]
    assert url in detail
    assert "location" not in r.headers


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"external_url": "http://example.com/a.pdf"}, "external_url"),
        ({"external_url": "javascript:alert(1)"}, "external_url"),
        ({"external_url": "https://exa mple.com"}, "external_url"),
        ({"external_url": "ftp://example.com/a"}, "external_url"),
        ({"name": ""}, "name"),
        ({"document_type": "poster"}, "document_type"),
        ({"phase": "act"}, "phase"),  # not a DMAIC phase
        ({"file_path": "/etc/passwd"}, "body"),
    ],
)
async def test_bad_links_are_422(
    client: httpx.AsyncClient, db: AsyncSession, world: World, payload: dict[str, Any], field: str
) -> None:
    body = {"name": "Link", "document_type": "reference", "external_url": "https://example.com/x", **payload}
    r = await client.post(f"/initiatives/{world.ini}/documents", json=body, headers=auth(world.member))
    error = assert_error(r, 422)
    if field != "body":
        assert field in [f["loc"][-1] for f in error["fields"]] or field in error["detail"]
    assert await document_count(db, world.ini) == 0


async def test_bad_json_is_400(client: httpx.AsyncClient, world: World) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        content=b"{not json",
        headers={**auth(world.member), "Content-Type": "application/json"},
    )
    assert_error(r, 400)


# --- permissions and 404 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("viewer", 403),
        ("outsider", 403),
        ("other_manager", 403),
        ("member", 201),
        ("manager", 201),
        ("admin", 201),
    ],
)
async def test_upload_permissions_per_role(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path, who: str, expected: int
) -> None:
    r = await upload(client, world, getattr(world, who), "a.csv", CSV)
    if expected == 201:
        assert r.status_code == 201, r.text
        assert len(stored_files(files_root)) == 1
    else:
        assert_error(r, expected)
        assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == (1 if expected == 201 else 0)


async def test_needs_a_token(client: httpx.AsyncClient, world: World) -> None:
    r = await client.post(f"/initiatives/{world.ini}/documents", files={"file": ("a.csv", CSV)})
    assert_error(r, 401)
    r = await client.get(f"/initiatives/{world.ini}/documents")
    assert_error(r, 401)


async def test_missing_or_deleted_initiative_is_404(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path
) -> None:
    r = await upload(client, world, world.admin, "a.csv", CSV, ini="INI-99999")
    assert_error(r, 404)
    r = await upload(client, world, world.member, "a.csv", CSV)
    doc = r.json()
    for path in (
        f"/documents/{uuid4()}",
        f"/documents/{uuid4()}/download",
        "/initiatives/INI-99999/documents",
    ):
        assert_error(await client.get(path, headers=auth(world.admin)), 404)
    assert_error(await client.delete(f"/documents/{uuid4()}", headers=auth(world.admin)), 404)
    assert (await client.delete(f"/initiatives/{world.ini}", headers=auth(world.admin))).status_code == 204
    for path in (
        f"/documents/{doc['id']}",
        f"/documents/{doc['id']}/download",
        f"/initiatives/{world.ini}/documents",
    ):
        assert_error(await client.get(path, headers=auth(world.admin)), 404)
    assert_error(await client.delete(f"/documents/{doc['id']}", headers=auth(world.admin)), 404)
    assert_error(await upload(client, world, world.admin, "a.csv", CSV), 404)
    assert len(stored_files(files_root)) == 1


# --- list -------------------------------------------------------------------------------------------


async def test_list_filters_sort_and_pagination(client: httpx.AsyncClient, world: World) -> None:
    small = await upload(client, world, world.member, "small.csv", CSV, document_type="data", phase="measure")
    big = await upload(
        client, world, world.manager, "big.pdf", PDF, document_type="report", name="Final report"
    )
    link = await client.post(
        f"/initiatives/{world.ini}/documents",
        json={
            "name": "Wiki page",
            "document_type": "reference",
            "external_url": "https://wiki.example.com/p",
        },
        headers=auth(world.member),
    )
    assert {small.status_code, big.status_code, link.status_code} == {201}
    ids = {"small": small.json()["id"], "big": big.json()["id"], "link": link.json()["id"]}

    async def names(query: str) -> list[str]:
        r = await client.get(f"/initiatives/{world.ini}/documents?{query}", headers=auth(world.viewer))
        assert r.status_code == 200, r.text
        return [next(k for k, v in ids.items() if v == item["id"]) for item in r.json()["items"]]

    assert await names("sort=size_bytes&order=asc") == ["small", "big", "link"]  # links (no size) last
    assert await names("sort=name&order=asc") == [
        "big",
        "small",
        "link",
    ]  # "Final report", "small.csv", "Wiki page"
    assert await names("document_type=data,reference&sort=name&order=asc") == ["small", "link"]
    assert await names("phase=measure") == ["small"]
    assert await names(f"uploaded_by={world.manager.id}") == ["big"]
    assert sorted(await names("q=REPORT")) == ["big"]
    assert sorted(await names("q=small.c")) == ["small"]
    assert await names("q=100%25") == []
    r = await client.get(
        f"/initiatives/{world.ini}/documents?page_size=2&page=2&sort=name&order=asc",
        headers=auth(world.viewer),
    )
    page = r.json()
    assert (page["total"], page["page"], page["page_size"], page["has_more"]) == (3, 2, 2, False)
    assert [i["id"] for i in page["items"]] == [ids["link"]]
    item = next(
        i
        for i in (await client.get(f"/initiatives/{world.ini}/documents", headers=auth(world.viewer))).json()[
            "items"
        ]
        if i["id"] == ids["small"]
    )
    assert (
        item["phase_name"] == "measure" and item["size_bytes"] == len(CSV) and item["mime_type"] == "text/csv"
    )
    for bad in ("sort=sha256", "document_type=poster", "phase=sprint", "page_size=101", "uploaded_by=nope"):
        assert_error(
            await client.get(f"/initiatives/{world.ini}/documents?{bad}", headers=auth(world.viewer)), 422
        )


# --- delete ------------------------------------------------------------------------------------------


async def test_delete_removes_the_row_and_the_file(
    client: httpx.AsyncClient, db: AsyncSession, world: World, files_root: Path
) -> None:
    r = await upload(client, world, world.member, "a.csv", CSV)
    doc_id, etag = r.json()["id"], r.headers["etag"]
    [path] = stored_files(files_root)
    for who in (world.outsider, world.other_manager):
        assert_error(await client.delete(f"/documents/{doc_id}", headers=auth(who)), 403)
    assert_error(await client.delete(f"/documents/{doc_id}", headers=auth(world.viewer)), 403)
    stale = await client.delete(f"/documents/{doc_id}", headers={**auth(world.member), "If-Match": '"stale"'})
    assert_error(stale, 412)
    assert path.exists()
    assert await document_count(db, world.ini) == 1
    r = await client.delete(f"/documents/{doc_id}", headers={**auth(world.member), "If-Match": etag})
    assert r.status_code == 204, r.text
    assert not path.exists()
    assert stored_files(files_root) == []
    assert await document_count(db, world.ini) == 0
    events = await audit_events(db, doc_id)
    # (one transaction in tests: occurred_at is the same for both, so compare without order)
    assert sorted((e["entity_type"], e["action"], str(e["initiative_id"])) for e in events) == [
        ("document", "create", world.ini),
        ("document", "delete", world.ini),
    ]
    [deleted] = [e for e in events if e["action"] == "delete"]
    assert deleted["actor_id"] == world.member.id
    assert deleted["changes"]["original_filename"] == ["a.csv", None]
    assert_error(await client.get(f"/documents/{doc_id}", headers=auth(world.member)), 404)


async def test_a_changed_document_makes_the_etag_stale(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/documents",
        json={"name": "Link", "document_type": "reference", "external_url": "https://example.com/x"},
        headers=auth(world.member),
    )
    doc_id, etag = r.json()["id"], r.headers["etag"]
    await db.execute(
        update(Document)
        .where(Document.id == UUID(doc_id))  # type: ignore[arg-type]
        .values(name="Renamed elsewhere", updated_at=func.clock_timestamp() + text("interval '1 second'"))
    )
    await db.commit()
    assert_error(
        await client.delete(f"/documents/{doc_id}", headers={**auth(world.member), "If-Match": etag}), 412
    )
    fresh = (await client.get(f"/documents/{doc_id}", headers=auth(world.member))).headers["etag"]
    assert fresh != etag
    r = await client.delete(f"/documents/{doc_id}", headers={**auth(world.member), "If-Match": fresh})
    assert r.status_code == 204


async def test_a_missing_stored_file_is_404_on_download(
    client: httpx.AsyncClient, world: World, files_root: Path
) -> None:
    r = await upload(client, world, world.member, "a.csv", CSV)
    [path] = stored_files(files_root)
    path.unlink()
    assert_error(await client.get(f"/documents/{r.json()['id']}/download", headers=auth(world.member)), 404)


async def test_the_app_wide_body_cap_also_leaves_nothing(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    world: World,
) -> None:
    """A chunked body (no Content-Length) past TOLLGATE_MAX_UPLOAD_BYTES is cut by the middleware while
    the file streams: 413, and the partial file is removed."""
    small = settings.model_copy(
        update={"data_dir": tmp_path, "max_upload_bytes": 10_000, "max_document_bytes": 10_000_000}
    )
    app = create_app(small, engine=engine)
    app.state.sessionmaker = sessionmaker

    async def body() -> Any:
        yield b'--b\r\nContent-Disposition: form-data; name="document_type"\r\n\r\ndata\r\n'
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n'
        for _ in range(100):
            yield b"1,2\n" * 1000
        yield b"\r\n--b--\r\n"

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver/api/v1") as client:
        r = await client.post(
            f"/initiatives/{world.ini}/documents",
            content=body(),
            headers={**auth(world.member), "Content-Type": "multipart/form-data; boundary=b"},
        )
    assert_error(r, 413)
    assert stored_files(tmp_path / "files") == []
