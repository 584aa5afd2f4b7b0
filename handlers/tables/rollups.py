"""Roll-ups of the portfolio dashboard, maintained by triggers (migration 20261126rollup).

The portfolio dashboard (handlers/dashboards.py) sums a few thousand of these rows instead of
scanning every live initiative. Nothing in the application writes them: AFTER triggers on
``initiatives`` and ``action_items`` (and a BEFORE DELETE trigger on ``initiatives``) apply each
row's change in the same transaction, so they are always exact; ``tollgate_portfolio_rollups_rebuild()``
recomputes them from scratch (the migration's backfill, and bulk loads that run without triggers).

``team_key`` is the initiative's team, the nil UUID (``NO_TEAM``) for none (a primary key cannot hold
NULL); ``created_month`` is the first day of the UTC month the initiative was created in. Rows whose
counts fall to zero stay (they add nothing).

``dimension`` / ``value``: ``status``, ``priority``, ``current_phase``, ``methodology``, ``health``
and ``currency`` with the column's value (the currency rows also carry the savings sums and how many
initiatives have any savings); ``started`` and ``completed`` with the ``YYYY-MM`` month the
initiative started (start_date, else its UTC creation day) or was completed (totals only);
``open_actions`` with the due month ``YYYY-MM`` (``''`` when none), ``initiatives`` then counting the
open action items (not completed or cancelled) of those initiatives.
"""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, Column, Date, Numeric, Text
from sqlalchemy.dialects.postgresql import UUID
from sqlmodel import Field, SQLModel

NO_TEAM = uuid.UUID(int=0)


class PortfolioRollupTotal(SQLModel, table=True):
    """Live initiatives per team × dimension value, whatever their creation date."""

    __tablename__ = "portfolio_rollup_totals"

    team_key: uuid.UUID = Field(sa_column=Column(UUID(as_uuid=True), primary_key=True))
    dimension: str = Field(sa_column=Column(Text, primary_key=True))
    value: str = Field(sa_column=Column(Text, primary_key=True))
    initiatives: int = Field(sa_column=Column(BigInteger, nullable=False))
    projected_savings: Decimal = Field(sa_column=Column(Numeric, nullable=False))
    actual_savings: Decimal = Field(sa_column=Column(Numeric, nullable=False))
    with_savings: int = Field(sa_column=Column(BigInteger, nullable=False))


class PortfolioRollup(SQLModel, table=True):
    """Live initiatives per creation month × team × dimension value (not ``started``/``completed``),
    for whole months of the dashboard's creation-date filter."""

    __tablename__ = "portfolio_rollups"

    created_month: date = Field(sa_column=Column(Date, primary_key=True))
    team_key: uuid.UUID = Field(sa_column=Column(UUID(as_uuid=True), primary_key=True))
    dimension: str = Field(sa_column=Column(Text, primary_key=True))
    value: str = Field(sa_column=Column(Text, primary_key=True))
    initiatives: int = Field(sa_column=Column(BigInteger, nullable=False))
    projected_savings: Decimal = Field(sa_column=Column(Numeric, nullable=False))
    actual_savings: Decimal = Field(sa_column=Column(Numeric, nullable=False))
    with_savings: int = Field(sa_column=Column(BigInteger, nullable=False))


class PortfolioActionDueDay(SQLModel, table=True):
    """Open action items of live initiatives per due day × team × creation month.

    Only the current month is read (``due_date`` leads the key): items due before today in this month
    are overdue; those due in earlier months come from the ``open_actions`` rows above.
    """

    __tablename__ = "portfolio_action_due_days"

    due_date: date = Field(sa_column=Column(Date, primary_key=True))
    team_key: uuid.UUID = Field(sa_column=Column(UUID(as_uuid=True), primary_key=True))
    created_month: date = Field(sa_column=Column(Date, primary_key=True))
    open_actions: int = Field(sa_column=Column(BigInteger, nullable=False))


class InitiativeListCount(SQLModel, table=True):
    """Live initiatives per team × status × priority × methodology × health × initiative_type: the
    exact total of GET /initiatives when it filters on those columns only (handlers/initiatives.py)."""

    __tablename__ = "initiative_list_counts"

    team_key: uuid.UUID = Field(sa_column=Column(UUID(as_uuid=True), primary_key=True))
    status: str = Field(sa_column=Column(Text, primary_key=True))
    priority: str = Field(sa_column=Column(Text, primary_key=True))
    methodology: str = Field(sa_column=Column(Text, primary_key=True))
    health: str = Field(sa_column=Column(Text, primary_key=True))
    initiative_type: str = Field(sa_column=Column(Text, primary_key=True))
    initiatives: int = Field(sa_column=Column(BigInteger, nullable=False))
