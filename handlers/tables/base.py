"""What every table shares: the metadata and its naming convention, the id and timestamp columns,
and small column helpers (enums as text + CHECK, JSONB, money).

The schema itself is created only by the Alembic migrations (``migrations/versions``); ``alembic check``
proves these classes and the migrations agree. Things the comparison cannot see live only in the
migrations: the number-formatting function and sequences, CHECK constraints' bodies, and triggers.

``updated_at`` is maintained by SQLAlchemy (``onupdate=clock_timestamp()``: the time of the write
itself, not of the transaction, so two updates in one transaction still change it and the ETag),
not by a trigger: every write goes
through the ORM, and with ``eager_defaults`` the new value comes back in the UPDATE's RETURNING, so
ETags computed from it right after a flush are correct. Raw SQL updates must set it themselves.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CHAR, CheckConstraint, Column, Numeric, Table, Text, event, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata = SQLModel.metadata

# Money is numeric(14,2): up to 999,999,999,999.99, never a float.
MONEY = Numeric(14, 2)
# Hours per week (capacity, allocations): up to 9999.99; the contract bounds them to 0–168.
HOURS = Numeric(6, 2)


class TableBase(SQLModel):
    """Columns of every table: a server-generated UUID and server-set UTC timestamps.

    The UUID is generated in Python (so an object knows its id before the flush) and by the server
    (``gen_random_uuid()``) for rows inserted by SQL. ``eager_defaults`` makes the ORM read server
    defaults and ``onupdate`` values back in the INSERT/UPDATE's RETURNING.
    """

    __mapper_args__ = {"eager_defaults": True}

    id: uuid.UUID = Field(
        default_factory=uuid.uuid4,
        primary_key=True,
        sa_column_kwargs={"server_default": text("gen_random_uuid()")},
    )
    created_at: datetime = Field(
        default=None,
        nullable=False,
        index=True,
        sa_column_kwargs={"server_default": func.now()},
    )
    updated_at: datetime = Field(
        default=None,
        nullable=False,
        sa_column_kwargs={"server_default": func.now(), "onupdate": func.clock_timestamp()},
    )


def _enum_check(values: list[str]) -> Any:
    """After the column joins its table (and so has a name), add ``CHECK (col IN (...))`` to it."""

    def attach(column: Column[Any], table: Table) -> None:
        table.append_constraint(CheckConstraint(column.in_(values), name=column.name))

    return attach


def enum_column(
    enum: type[StrEnum],
    *,
    default: StrEnum | None = None,
    nullable: bool = False,
    index: bool = False,
) -> Any:
    """A text column restricted to ``enum``'s values by ``CHECK (col IN (...))`` (``ck_<table>_<col>``).

    The enum classes of ``generated/models.py`` (from the OpenAPI contract) are the single source of
    the values. Adding a value to an enum needs a migration that replaces the CHECK.
    """
    column = Column(
        Text,
        nullable=nullable,
        index=index,
        server_default=text(f"'{default.value}'::text") if default is not None else None,
    )
    event.listen(column, "after_parent_attach", _enum_check([member.value for member in enum]))
    return Field(default=default, sa_column=column)


def jsonb_object(*, nullable: bool = False) -> Any:
    """A JSONB object column; ``{}`` when not set (or NULL when nullable)."""
    if nullable:
        return Field(default=None, sa_type=JSONB(none_as_null=True), nullable=True)
    return Field(
        default_factory=dict,
        sa_type=JSONB,
        nullable=False,
        sa_column_kwargs={"server_default": text("'{}'::jsonb")},
    )


def jsonb_list() -> Any:
    """A JSONB array column (lists of strings or of objects); ``[]`` when not set."""
    return Field(
        default_factory=list,
        sa_type=JSONB,
        nullable=False,
        sa_column_kwargs={"server_default": text("'[]'::jsonb")},
    )


def text_field(*, nullable: bool = True, **kwargs: Any) -> Any:
    """A text column. Lengths are bounded by the OpenAPI contract, not by the database."""
    return Field(default=None, sa_type=Text, nullable=nullable, **kwargs)


def money_field() -> Any:
    return Field(default=None, sa_type=MONEY, nullable=True)


def currency_field() -> Any:
    """ISO 4217 code, ``char(3)``, default USD (checked by ``ck_<table>_currency``)."""
    return Field(
        default="USD",
        sa_type=CHAR(3),
        nullable=False,
        sa_column_kwargs={"server_default": text("'USD'::bpchar")},
    )


def number_field(prefix: str, sequence: str) -> Any:
    """A human-readable number (``REQ-0001``) drawn from ``sequence`` by the server on insert.

    ``tollgate_format_number`` (created by the initial migration) pads to 4 digits and grows past 9999
    (``REQ-10000``) instead of truncating like ``lpad`` would. The ORM reads it back (eager_defaults).
    """
    return Field(
        default=None,
        sa_type=Text,
        nullable=False,
        unique=True,
        sa_column_kwargs={
            "server_default": text(
                f"tollgate_format_number('{prefix}'::text, nextval('{sequence}'::regclass))"
            )
        },
    )


def currency_check() -> CheckConstraint:
    return CheckConstraint("currency ~ '^[A-Z]{3}$'", name="currency")


__all__ = [
    "HOURS",
    "MONEY",
    "NAMING_CONVENTION",
    "TableBase",
    "currency_check",
    "currency_field",
    "enum_column",
    "jsonb_list",
    "jsonb_object",
    "metadata",
    "money_field",
    "number_field",
    "text_field",
]
