"""Helpers shared by every resource: ETags and If-Match, Location, lookups that 404."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any, get_args
from uuid import UUID

from pydantic import BaseModel, RootModel
from sqlalchemy import Numeric
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.errors import NotFound, PreconditionFailed


def etag_for(entity_id: UUID, updated_at: datetime, version: int | None = None) -> str:
    raw = f"{entity_id}:{updated_at.isoformat()}:{version or ''}".encode()
    return f'"{hashlib.sha256(raw).hexdigest()[:20]}"'


def check_if_match(if_match: str | None, current: str) -> None:
    """412 unless ``If-Match`` is absent, ``*``, or lists the current ETag."""
    if if_match is None:
        return
    candidates = [c.strip() for c in if_match.split(",")]
    if "*" in candidates:
        return
    normalized = {c[2:] if c.startswith("W/") else c for c in candidates}
    if current not in normalized:
        raise PreconditionFailed()


def set_etag(ctx: Any, etag: str) -> None:
    ctx.response.headers["ETag"] = etag


def set_location(ctx: Any, path: str) -> None:
    ctx.response.headers["Location"] = f"/api/v1{path}"


@cache
def _decimal_as_text(model: type[BaseModel]) -> frozenset[str]:
    """Fields published as decimal strings (money): ``str`` in the model, ``numeric`` in the table."""

    def is_text(tp: Any) -> bool:
        if tp is str:
            return True
        if isinstance(tp, type) and issubclass(tp, RootModel):
            return is_text(tp.model_fields["root"].annotation)
        return False

    names = set()
    for name, info in model.model_fields.items():
        if any(is_text(tp) for tp in (info.annotation, *get_args(info.annotation))):
            names.add(name)
    return frozenset(names)


def column_values(table: type[Any], values: dict[str, Any]) -> dict[str, Any]:
    """Request values ready for a table: decimal strings (money) become ``Decimal`` where the
    column is numeric."""
    columns = table.__table__.columns
    out = dict(values)
    for name, value in values.items():
        if isinstance(value, str) and name in columns and isinstance(columns[name].type, Numeric):
            out[name] = Decimal(value)
    return out


def row_data(
    model: type[BaseModel], obj: Any, skip: frozenset[str] | set[str] = frozenset()
) -> dict[str, Any]:
    """The model's fields read from a table row (except ``skip``: relationships are never
    lazy-loaded), money (``Decimal``) rendered as decimal strings."""
    text = _decimal_as_text(model)
    data: dict[str, Any] = {}
    for name in _field_names(model):
        if name in skip:
            continue
        value = getattr(obj, name, _MISSING)
        if value is not _MISSING:
            data[name] = str(value) if name in text and isinstance(value, Decimal) else value
    return data


_MISSING = object()


@cache
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def to_response[M: BaseModel](model: type[M], obj: Any, **extra: Any) -> M:
    """The one way a table row becomes a ``{Model}Response`` (or Brief): its attributes plus
    computed extras."""
    data = row_data(model, obj, set(extra))
    data.update(extra)
    return model.model_validate(data)


async def get_or_404[T](session: AsyncSession, table: type[T], entity_id: UUID, label: str) -> T:
    obj = await session.get(table, entity_id)
    if obj is None:
        raise NotFound(f"{label} {entity_id} not found")
    return obj


_NUMBER = re.compile(r"^([A-Z]{3})-(\d+)$")


def parse_number_or_uuid(value: str, prefix: str) -> tuple[UUID | None, str | None]:
    """``INI-0042`` → (None, "INI-0042"); a UUID string → (UUID, None). Numbers are normalized to
    at least four digits so ``INI-42`` style input is not needed by the contract's pattern."""
    match = _NUMBER.match(value.upper())
    if match and match.group(1) == prefix:
        n = int(match.group(2))
        return None, f"{prefix}-{n:04d}"
    return UUID(value), None
