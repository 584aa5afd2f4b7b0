"""The one pagination / sorting / filtering kit every list uses.

The total is exact. It is counted with a separate ``count(*)`` over the filtered query (no ORDER BY,
no joins added by sorting), or by a caller-supplied ``count`` (a roll-up table), and skipped when the
page itself proves the total: a first page that is not full, or any partial page after the first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from generated.models import Priority, SortOrder
from handlers.resources import to_response


@dataclass(frozen=True)
class Page[T]:
    items: Sequence[T]
    total: int
    page: int
    page_size: int

    @property
    def has_more(self) -> bool:
        return self.page * self.page_size < self.total

    def envelope(self, items: Sequence[Any]) -> dict[str, Any]:
        return {
            "items": items,
            "total": self.total,
            "page": self.page,
            "page_size": self.page_size,
            "has_more": self.has_more,
        }


def order_by(
    sort: str,
    order: SortOrder | str,
    columns: Mapping[str, ColumnElement[Any] | Any],
    tiebreaker: Any,
) -> list[Any]:
    """ORDER BY for a sort key (already validated by the contract's ``{Model}Sort`` enum)."""
    column = columns[str(sort)]
    desc = str(order) == SortOrder.desc
    primary = column.desc() if desc else column.asc()
    # NULLS LAST only where there can be NULLs: on a NOT NULL column it changes nothing but keeps
    # PostgreSQL from reading its index backwards (DESC is NULLS FIRST there), so the page would
    # need a sort of every matching row instead of reading the first page_size of them.
    if getattr(getattr(column, "expression", column), "nullable", True):
        primary = primary.nulls_last()
    return [primary, tiebreaker.desc() if desc else tiebreaker.asc()]


async def paginate(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    page: int,
    page_size: int,
    ordering: Sequence[Any],
    scalars: bool = True,
    count: Callable[[], Awaitable[int]] | None = None,
) -> Page[Any]:
    """One page of ``stmt`` and the exact total: proved by the page when it can be, else from
    ``count`` when given (e.g. a roll-up that knows it), else ``count(*)`` over the filtered query."""
    offset = (page - 1) * page_size
    result = await session.execute(stmt.order_by(*ordering).offset(offset).limit(page_size))
    items: Sequence[Any] = result.scalars().all() if scalars else result.all()
    if len(items) < page_size and (items or page == 1):
        total = offset + len(items)
    elif count is not None:
        total = await count()
    else:
        count_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
        total = int((await session.execute(count_stmt)).scalar_one())
    return Page(items=items, total=total, page=page, page_size=page_size)


def to_list[M: BaseModel](model: type[M], page: Page[Any], brief: type[BaseModel]) -> M:
    """Build a ``{Model}List`` envelope with ``{Model}Brief`` items straight from table rows."""
    items = [to_response(brief, row) for row in page.items]
    return model.model_validate(page.envelope(items))


def like_pattern(q: str) -> str:
    """``q`` as an ILIKE pattern matching it anywhere, with ``%``, ``_`` and ``\\`` taken literally."""
    return f"%{q.replace('\\', '\\\\').replace('%', '\\%').replace('_', '\\_')}%"


def priority_rank(column: Any) -> Any:
    """Priorities and urgencies sort by rank (critical highest), not alphabetically."""
    return case({Priority.critical: 4, Priority.high: 3, Priority.medium: 2, Priority.low: 1}, value=column)
