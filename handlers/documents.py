"""Documents of an initiative: uploaded files (kept by ``handlers.storage``) or https links.

An upload is ``multipart/form-data`` parsed incrementally (python-multipart's streaming parser, never
``request.form()``): the file's bytes go straight to storage, which enforces the size cap and
computes sha256 while they arrive; the content is recognised by its bytes (magic numbers, the ZIP
directory of Office files, UTF-8 text) and must agree with the file name's extension. Whatever
refuses the request (size, type, form fields, permissions) removes what was stored.
"""

from __future__ import annotations

import codecs
import re
import struct
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote
from uuid import UUID

import anyio
from fastapi import Response
from fastapi.responses import StreamingResponse
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from sqlalchemy import func, or_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    DocumentBrief,
    DocumentLinkCreate,
    DocumentList,
    DocumentResponse,
    DocumentSort,
    DocumentType,
    PhaseName,
    SortOrder,
)
from handlers import audit, contract
from handlers.access import load_initiative, phase_id_for, require_initiative_write
from handlers.context import Ctx
from handlers.errors import (
    BadRequest,
    Conflict,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)
from handlers.pagination import like_pattern, order_by, paginate
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.storage import StoredObject, get_storage
from handlers.tables import Document, Initiative, Phase

SORT_COLUMNS: dict[str, Any] = {
    DocumentSort.created_at: Document.created_at,
    DocumentSort.updated_at: Document.updated_at,
    DocumentSort.name: func.lower(Document.name),
    DocumentSort.document_type: Document.document_type,
    DocumentSort.size_bytes: Document.size_bytes,
}
STORAGE_PREFIX = "documents"

# Multipart limits: the form has four fields; anything beyond a few parts is not our client.
MAX_PARTS = 20
MAX_FIELD_BYTES = 16 * 1024
FORM_FIELDS = frozenset({"file", "name", "document_type", "phase"})


# --- what the content is ------------------------------------------------------------------------

OOXML = {
    "docx": ("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pptx": ("ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
}
EXTENSIONS: dict[str, frozenset[str]] = {
    "pdf": frozenset({".pdf"}),
    "png": frozenset({".png"}),
    "jpeg": frozenset({".jpg", ".jpeg"}),
    "docx": frozenset({".docx"}),
    "xlsx": frozenset({".xlsx"}),
    "pptx": frozenset({".pptx"}),
    "text": frozenset({".csv", ".txt", ".text", ".md", ".markdown"}),
}
TEXT_MIME = {".csv": "text/csv", ".md": "text/markdown", ".markdown": "text/markdown"}
BINARY_MIME = {"pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg"}
ACCEPTED = "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), CSV, plain text / Markdown, PNG or JPEG"
# Text may hold tab, line feed, form feed and carriage return; any other C0 control (or DEL) is binary.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _magic(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    return None


def _zip_names_from_directory(tail: bytes, total: int) -> set[str] | None:
    """Entry names from the ZIP central directory when it lies within ``tail`` (the last bytes)."""
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) - end < 22:
        return None
    entries, cd_size, cd_offset = struct.unpack_from("<HII", tail, end + 10)
    start = cd_offset - (total - len(tail))
    if start < 0 or start + cd_size > end:
        return None
    names: set[str] = set()
    pos = start
    for _ in range(entries):
        if pos + 46 > end or tail[pos : pos + 4] != b"PK\x01\x02":
            return None
        n, m, k = struct.unpack_from("<HHH", tail, pos + 28)
        names.add(tail[pos + 46 : pos + 46 + n].decode("utf-8", "replace"))
        pos += 46 + n + m + k
    return names


def _zip_names_from_headers(head: bytes) -> set[str]:
    """Entry names of the leading local file headers (while their sizes are known)."""
    names: set[str] = set()
    pos = 0
    while pos + 30 <= len(head) and head[pos : pos + 4] == b"PK\x03\x04":
        flags, size = struct.unpack_from("<H", head, pos + 6)[0], struct.unpack_from("<I", head, pos + 18)[0]
        n, m = struct.unpack_from("<HH", head, pos + 26)
        names.add(head[pos + 30 : pos + 30 + n].decode("utf-8", "replace"))
        if flags & 0x08:  # sizes follow the data: the next header cannot be found from here
            break
        pos += 30 + n + m + size
    return names


@dataclass
class Sniffer:
    """Recognises the file while it streams: the first bytes, the last bytes (a ZIP's directory) and
    whether everything so far is UTF-8 text without control characters."""

    head_size: int = 64 * 1024
    tail_size: int = 256 * 1024
    head: bytearray = field(default_factory=bytearray)
    tail: bytearray = field(default_factory=bytearray)
    total: int = 0
    text: bool = True
    _decoder: codecs.BufferedIncrementalDecoder = field(
        default_factory=lambda: codecs.getincrementaldecoder("utf-8-sig")()
    )

    def feed(self, chunk: bytes) -> None:
        if len(self.head) < self.head_size:
            self.head += chunk[: self.head_size - len(self.head)]
        self.tail += chunk
        if len(self.tail) > self.tail_size:
            del self.tail[: len(self.tail) - self.tail_size]
        self.total += len(chunk)
        if self.text:
            try:
                self.text = not _CONTROL.search(self._decoder.decode(chunk))
            except UnicodeDecodeError:
                self.text = False
        if not self.text and len(self.head) >= 8 and _magic(bytes(self.head)) is None:
            raise UnsupportedMediaType(f"The file is not one of the accepted types ({ACCEPTED})")

    def identify(self, filename: str) -> str:
        """The mime type of the complete file, or 415."""
        if self.text:
            try:
                self.text = not _CONTROL.search(self._decoder.decode(b"", final=True))
            except UnicodeDecodeError:
                self.text = False
        head = bytes(self.head)
        kind = _magic(head)
        if kind == "zip":
            names = _zip_names_from_directory(bytes(self.tail), self.total) or _zip_names_from_headers(head)
            kind = next(
                (
                    k
                    for k, (folder, _) in OOXML.items()
                    if "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)
                ),
                None,
            )
        elif kind is None and self.text:
            kind = "text"
        if kind is None:
            raise UnsupportedMediaType(f"The file is not one of the accepted types ({ACCEPTED})")
        extension = _extension(filename)
        if extension and extension not in EXTENSIONS[kind]:
            raise UnsupportedMediaType(
                f"The file's name ends in {extension} but its content is {kind.upper()}: rename it "
                f"to {' or '.join(sorted(EXTENSIONS[kind]))}"
            )
        if kind == "text":
            return TEXT_MIME.get(extension, "text/plain")
        if kind in OOXML:
            return OOXML[kind][1]
        return BINARY_MIME[kind]


def _extension(filename: str) -> str:
    _, dot, suffix = filename.rpartition(".")
    return f".{suffix.lower()}" if dot and suffix else ""


def clean_filename(raw: str) -> str:
    """The last path component, NFC, without control or format characters, at most 255 characters."""
    name = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs")).strip()
    if name in ("", ".", ".."):
        return "upload"
    if len(name) > 255:
        extension = _extension(name)[:16]
        name = name[: 255 - len(extension)] + extension
    return name


def content_disposition(filename: str | None) -> str:
    """``attachment`` with an ASCII ``filename`` fallback and the exact name as ``filename*``
    (RFC 6266 / 5987)."""
    name = clean_filename(filename or "download")

    def ascii_only(text: str) -> str:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Za-z0-9._ ()-]", "_", text).strip()

    extension = _extension(name)
    stem = ascii_only(name[: len(name) - len(extension)])
    fallback = (stem if stem.strip("._ ") else "download") + ascii_only(extension)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


# --- the multipart stream -----------------------------------------------------------------------


@dataclass
class _Part:
    name: str = ""
    filename: str | None = None
    disposition: bytes = b""
    header_name: bytes = b""
    header_value: bytes = b""
    data: bytearray = field(default_factory=bytearray)


async def _multipart_events(
    ctx: Ctx, boundary: bytes, form_fields: frozenset[str] = FORM_FIELDS
) -> AsyncIterator[tuple[Any, ...]]:
    """``("field", name, value)``, ``("file", filename)``, ``("data", bytes)``, ``("file_end",)``
    events of the request body, parsed as it arrives (``form_fields``: the accepted part names;
    the file part is always ``file``). Also used by dataset uploads (handlers/datasets.py)."""
    events: list[tuple[Any, ...]] = []
    state = {"parts": 0, "ended": False}
    seen: set[str] = set()
    part = _Part()

    def on_part_begin() -> None:
        nonlocal part
        state["parts"] += 1
        if state["parts"] > MAX_PARTS:
            raise BadRequest(f"The form has more than {MAX_PARTS} parts")
        part = _Part()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        part.header_name += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        part.header_value += data[start:end]

    def on_header_end() -> None:
        if part.header_name.strip().lower() == b"content-disposition":
            part.disposition = part.header_value
        part.header_name, part.header_value = b"", b""

    def on_headers_finished() -> None:
        disposition, options = parse_options_header(part.disposition)
        if disposition != b"form-data" or b"name" not in options:
            raise BadRequest('Every part needs "Content-Disposition: form-data; name=…"')
        part.name = options[b"name"].decode("latin-1")
        if part.name not in form_fields:
            raise ValidationFailed.field(
                ["body", part.name[:100]],
                f"Unknown form field; expected {', '.join(sorted(form_fields))}",
            )
        if part.name in seen:
            raise ValidationFailed.field(["body", part.name], "The field is sent more than once")
        seen.add(part.name)
        if part.name == "file":
            part.filename = options.get(b"filename", b"").decode("utf-8", "replace")
            events.append(("file", part.filename))

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if part.name == "file":
            events.append(("data", data[start:end]))
            return
        part.data += data[start:end]
        if len(part.data) > MAX_FIELD_BYTES:
            raise PayloadTooLarge(f"The form field {part.name} exceeds {MAX_FIELD_BYTES} bytes")

    def on_part_end() -> None:
        if part.name == "file":
            events.append(("file_end",))
            return
        try:
            events.append(("field", part.name, part.data.decode("utf-8")))
        except UnicodeDecodeError:
            raise ValidationFailed.field(["body", part.name], "The value is not UTF-8") from None

    def on_end() -> None:
        state["ended"] = True

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
            "on_end": on_end,
        },
    )
    try:
        async for chunk in ctx.request.stream():
            parser.write(chunk)
            for event in events:
                yield event
            events.clear()
            if state["ended"]:
                break
        parser.finalize()
    except MultipartParseError as exc:
        raise BadRequest(f"The multipart body is malformed: {str(exc)[:200]}") from None
    if not state["ended"]:
        raise BadRequest("The multipart body ended before its closing boundary")


def _validate(schema: str, instance: Any) -> None:
    """Against the contract's schema (422 with every failing field)."""
    errors = sorted(contract.body_validator(schema).iter_errors(instance), key=lambda e: list(e.path))
    if errors:
        fields: list[dict[str, Any]] = []
        for e in errors[:50]:
            loc = ["body", *e.absolute_path]
            if e.validator == "required" and isinstance(e.instance, dict):
                missing = [n for n in e.validator_value if n not in e.instance]
                fields += [{"loc": [*loc, n], "msg": "Field required", "type": "required"} for n in missing]
            else:
                fields.append({"loc": loc, "msg": e.message[:1000], "type": str(e.validator)})
        where = ".".join(str(p) for p in fields[0]["loc"][1:]) or "body"
        raise ValidationFailed(f"{where}: {fields[0]['msg']}", fields=fields)


@dataclass
class _Upload:
    fields: dict[str, str]
    stored: StoredObject | None = None
    filename: str = ""
    mime_type: str = ""


async def _receive_upload(ctx: Ctx, boundary: bytes, upload: _Upload) -> None:
    """Stream the form into ``upload`` (the file into storage); raises on anything refused, with the
    stored file (if any) still recorded in ``upload.stored`` for the caller to remove."""
    storage = get_storage(ctx.settings)
    events = _multipart_events(ctx, boundary)
    async for event in events:
        if event[0] == "field":
            upload.fields[event[1]] = event[2]
        elif event[0] == "file":
            upload.filename = clean_filename(event[1]) if event[1] else ""
            if not upload.filename:
                raise ValidationFailed.field(["body", "file"], "The file part needs a filename")
            sniffer = Sniffer()

            async def file_chunks(sniffer: Sniffer = sniffer) -> AsyncIterator[bytes]:
                async for item in events:
                    if item[0] == "file_end":
                        return
                    sniffer.feed(item[1])
                    yield item[1]

            upload.stored = await storage.save(
                STORAGE_PREFIX, file_chunks(), max_bytes=ctx.settings.max_document_bytes
            )
            if sniffer.total == 0:
                raise ValidationFailed.field(["body", "file"], "The file is empty")
            upload.mime_type = sniffer.identify(upload.filename)
    _validate("DocumentUpload", {**upload.fields, **({"file": ""} if upload.stored else {})})


async def _create_upload(ctx: Ctx, initiative: Initiative, boundary: bytes) -> Document:
    upload = _Upload(fields={})
    try:
        await _receive_upload(ctx, boundary, upload)
        assert upload.stored is not None  # required by the schema
        document = Document(
            initiative_id=initiative.id,
            phase_id=await phase_id_for(ctx, initiative, upload.fields.get("phase")),
            name=upload.fields.get("name") or upload.filename[:200],
            document_type=DocumentType(upload.fields["document_type"]),
            file_path=upload.stored.key,
            original_filename=upload.filename,
            mime_type=upload.mime_type,
            size_bytes=upload.stored.size,
            sha256=upload.stored.sha256,
            uploaded_by=ctx.user.id,
        )
        ctx.session.add(document)
        await ctx.session.flush()
    except BaseException:
        if upload.stored is not None:
            with anyio.CancelScope(shield=True):
                await get_storage(ctx.settings).delete(upload.stored.key)
        raise
    return document


async def _create_link(ctx: Ctx, initiative: Initiative) -> Document:
    try:
        payload = await ctx.request.json()
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("Request body is not valid JSON") from None
    _validate("DocumentLinkCreate", payload)  # the context did too when the media type allowed
    body = DocumentLinkCreate.model_validate(payload)
    document = Document(
        initiative_id=initiative.id,
        phase_id=await phase_id_for(ctx, initiative, body.phase),
        name=body.name,
        document_type=body.document_type,
        external_url=body.external_url,
        uploaded_by=ctx.user.id,
    )
    ctx.session.add(document)
    await ctx.session.flush()
    return document


# --- operations ---------------------------------------------------------------------------------


def etag(document: Document) -> str:
    return etag_for(document.id, document.updated_at)


async def _load(ctx: Ctx, document_id: UUID, *, for_update: bool = False) -> Document:
    """The document of a live initiative, or 404."""
    stmt = (
        select(Document)
        .join(Initiative, col(Initiative.id) == Document.initiative_id)
        .where(Document.id == document_id, col(Initiative.deleted_at).is_(None))
    )
    if for_update:
        stmt = stmt.with_for_update(of=Document)
    document = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if document is None:
        raise NotFound(f"Document {document_id} not found")
    return document


async def _respond(ctx: Ctx, document: Document) -> DocumentResponse:
    phase_name = None
    if document.phase_id is not None:
        phase_name = (
            await ctx.session.execute(select(Phase.phase_name).where(Phase.id == document.phase_id))
        ).scalar_one_or_none()
    set_etag(ctx, etag(document))
    return to_response(DocumentResponse, document, phase_name=phase_name)


async def list_documents(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: DocumentSort,
    order: SortOrder,
    q: str | None,
    document_type: list[DocumentType] | None,
    phase: list[PhaseName] | None,
    uploaded_by: list[UUID] | None,
) -> DocumentList:
    initiative = await load_initiative(ctx, initiative_id)
    stmt = (
        select(Document, Phase.phase_name)
        .outerjoin(Phase, col(Phase.id) == Document.phase_id)
        .where(Document.initiative_id == initiative.id)
    )
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(
            or_(col(Document.name).ilike(pattern), col(Document.original_filename).ilike(pattern))
        )
    if document_type:
        stmt = stmt.where(col(Document.document_type).in_(document_type))
    if phase:
        stmt = stmt.where(col(Phase.phase_name).in_(phase))
    if uploaded_by:
        stmt = stmt.where(col(Document.uploaded_by).in_(uploaded_by))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Document.id),
        scalars=False,
    )
    items = [to_response(DocumentBrief, doc, phase_name=name) for doc, name in result.items]
    return DocumentList.model_validate(result.envelope(items))


async def create_document(ctx: Ctx, *, initiative_id: str, idempotency_key: str | None) -> DocumentResponse:
    initiative = await load_initiative(ctx, initiative_id)
    await require_initiative_write(ctx, initiative)
    media_type, options = parse_options_header(ctx.request.headers.get("content-type", ""))
    if media_type == b"multipart/form-data":
        boundary = options.get(b"boundary")
        if not boundary or len(boundary) > 200:
            raise BadRequest("multipart/form-data needs a boundary (at most 200 characters)")
        document = await _create_upload(ctx, initiative, boundary)
    elif media_type == b"application/json":
        document = await _create_link(ctx, initiative)
    else:
        raise UnsupportedMediaType(
            "Send multipart/form-data (a file) or application/json (a link with an https external_url)"
        )
    await ctx.session.refresh(document)
    audit.record(
        ctx,
        entity_type="document",
        entity_id=document.id,
        action=AuditAction.create,
        changes=audit.snapshot(
            document,
            [
                "name",
                "document_type",
                "phase_id",
                "external_url",
                "original_filename",
                "mime_type",
                "size_bytes",
                "sha256",
            ],
        ),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/documents/{document.id}")
    return await _respond(ctx, document)


async def get_document(ctx: Ctx, *, document_id: UUID) -> DocumentResponse:
    return await _respond(ctx, await _load(ctx, document_id))


async def delete_document(ctx: Ctx, *, document_id: UUID, if_match: str | None) -> None:
    document = await _load(ctx, document_id, for_update=True)
    check_if_match(if_match, etag(document))
    initiative = await load_initiative(ctx, str(document.initiative_id))
    await require_initiative_write(ctx, initiative)
    audit.record(
        ctx,
        entity_type="document",
        entity_id=document.id,
        action=AuditAction.delete,
        changes={
            k: [audit.jsonable(getattr(document, k)), None]
            for k in ("name", "document_type", "external_url", "original_filename", "sha256")
            if getattr(document, k) is not None
        },
        initiative_id=document.initiative_id,
    )
    key = document.file_path
    await ctx.session.delete(document)
    await ctx.session.flush()
    if key is not None:
        storage = get_storage(ctx.settings)
        # The file goes once the row's removal is committed (a rollback keeps both).
        ctx.after_commit.append(lambda: storage.delete(key))


async def download_document(ctx: Ctx, *, document_id: UUID) -> Response:
    document = await _load(ctx, document_id)
    if document.file_path is None:
        raise Conflict(
            f"Document {document.id} is a link, not a stored file: open {document.external_url} instead"
        )
    try:
        chunks = await get_storage(ctx.settings).open(document.file_path)
    except FileNotFoundError:
        raise NotFound(f"The stored file of document {document.id} is missing") from None
    return StreamingResponse(
        chunks,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": content_disposition(document.original_filename),
            "X-Content-Type-Options": "nosniff",
            "ETag": etag(document),
        },
    )
