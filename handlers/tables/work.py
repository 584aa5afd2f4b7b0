"""The day-to-day work on an initiative: actions, notes, documents, metrics and hours."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Computed,
    Index,
    Numeric,
    UniqueConstraint,
    text,
)
from sqlmodel import Field, Relationship

from generated.models import (
    ActionClassification,
    ActionSource,
    ActionStatus,
    DocumentType,
    MetricCategory,
    MetricDirection,
    MetricFrequency,
    NoteType,
    Priority,
)
from handlers.tables.base import HOURS, TableBase, enum_column, text_field


class ActionItem(TableBase, table=True):
    """An action, risk, escalation or blocker. "Overdue" is computed in queries, never stored."""

    __tablename__ = "action_items"
    __table_args__ = (
        # Open items only (not completed or cancelled): the dashboards' open and overdue counts.
        Index(
            "ix_action_items_open",
            "initiative_id",
            postgresql_include=["due_date"],
            postgresql_where=text("status <> ALL (ARRAY['completed'::text, 'cancelled'::text])"),
        ),
    )

    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    phase_id: uuid.UUID | None = Field(
        default=None, foreign_key="phases.id", ondelete="SET NULL", nullable=True, index=True
    )
    title: str = text_field(nullable=False)
    description: str | None = text_field()
    classification: ActionClassification = enum_column(
        ActionClassification, default=ActionClassification.action_item, index=True
    )
    assigned_to: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    external_stakeholder_id: uuid.UUID | None = Field(
        default=None,
        foreign_key="external_stakeholders.id",
        ondelete="SET NULL",
        nullable=True,
        index=True,
    )
    owner_name: str | None = text_field()
    status: ActionStatus = enum_column(ActionStatus, default=ActionStatus.not_started, index=True)
    priority: Priority = enum_column(Priority, default=Priority.medium, index=True)
    due_date: date | None = Field(default=None, index=True)
    completed_at: datetime | None = Field(default=None)
    source: ActionSource = enum_column(ActionSource, default=ActionSource.manual)
    notes: str | None = text_field()


class Note(TableBase, table=True):
    __tablename__ = "notes"

    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    phase_id: uuid.UUID | None = Field(
        default=None, foreign_key="phases.id", ondelete="SET NULL", nullable=True, index=True
    )
    author_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    note_type: NoteType = enum_column(NoteType, default=NoteType.general, index=True)
    content: str = text_field(nullable=False)


class Document(TableBase, table=True):
    """An uploaded file (``file_path``, a server storage key) or a link (``external_url``): exactly one."""

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("num_nonnulls(file_path, external_url) = 1", name="file_path_xor_external_url"),
        CheckConstraint("size_bytes >= 0", name="size_bytes_positive"),
    )

    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    phase_id: uuid.UUID | None = Field(
        default=None, foreign_key="phases.id", ondelete="SET NULL", nullable=True, index=True
    )
    name: str = text_field(nullable=False)
    document_type: DocumentType = enum_column(DocumentType, index=True)
    file_path: str | None = text_field(unique=True)
    external_url: str | None = text_field()
    original_filename: str | None = text_field()
    mime_type: str | None = text_field()
    size_bytes: int | None = Field(default=None, sa_type=BigInteger)
    sha256: str | None = text_field()
    uploaded_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )


# target_met is derived from the current value, the direction and the target; PostgreSQL computes it
# (a stored generated column), so it can never disagree with them and clients never send it.
_TARGET_MET_SQL = """CASE
    WHEN current_value IS NULL THEN NULL
    WHEN direction = 'higher_is_better' THEN current_value >= target_value
    WHEN direction = 'lower_is_better' THEN current_value <= target_value
    WHEN target_lower IS NULL AND target_upper IS NULL THEN NULL
    ELSE current_value >= COALESCE(target_lower, current_value)
        AND current_value <= COALESCE(target_upper, current_value)
END"""


class Metric(TableBase, table=True):
    """A KPI of an initiative: baseline, target, current value (kept current by MetricValue) and target_met."""

    __tablename__ = "metrics"
    __table_args__ = (
        CheckConstraint(
            "target_lower IS NULL OR target_upper IS NULL OR target_lower <= target_upper",
            name="target_range_ordered",
        ),
    )

    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    name: str = text_field(nullable=False)
    unit: str | None = text_field()
    category: MetricCategory | None = enum_column(MetricCategory, nullable=True, index=True)
    direction: MetricDirection = enum_column(MetricDirection, default=MetricDirection.higher_is_better)
    frequency: MetricFrequency = enum_column(MetricFrequency, default=MetricFrequency.monthly)
    operational_definition: str | None = text_field()
    data_source: str | None = text_field()
    baseline_value: Decimal | None = Field(default=None, sa_type=Numeric)
    baseline_date: date | None = Field(default=None)
    baseline_period: str | None = text_field()
    target_value: Decimal | None = Field(default=None, sa_type=Numeric)
    target_lower: Decimal | None = Field(default=None, sa_type=Numeric)
    target_upper: Decimal | None = Field(default=None, sa_type=Numeric)
    current_value: Decimal | None = Field(default=None, sa_type=Numeric)
    current_as_of: date | None = Field(default=None)
    current_period: str | None = text_field()
    target_met: bool | None = Field(
        default=None, sa_column=Column(Boolean, Computed(_TARGET_MET_SQL, persisted=True))
    )
    notes: str | None = text_field()

    values: list["MetricValue"] = Relationship(
        back_populates="metric",
        sa_relationship_kwargs={
            "lazy": "raise",
            "order_by": "MetricValue.period_start",
            "cascade": "all, delete-orphan",
            "passive_deletes": True,
        },
    )


class MetricValue(TableBase, table=True):
    """One period of a metric's history; unique per (metric, period_start)."""

    __tablename__ = "metric_values"
    __table_args__ = (UniqueConstraint("metric_id", "period_start"),)

    # Indexed by uq_metric_values_metric_id_period_start.
    metric_id: uuid.UUID = Field(foreign_key="metrics.id", ondelete="CASCADE", nullable=False)
    period_start: date = Field(nullable=False)
    value: Decimal = Field(sa_type=Numeric, nullable=False)
    notes: str | None = text_field()
    entered_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )

    metric: Metric = Relationship(back_populates="values", sa_relationship_kwargs={"lazy": "raise"})


class WorkloadEntry(TableBase, table=True):
    """Hours of a user in a week (``week_of``, a Monday) on an initiative, or outside any (NULL).

    Unique per (user, initiative, week) with NULLs not distinct, so one "outside initiatives" row per week.
    """

    __tablename__ = "workload_entries"
    __table_args__ = (
        UniqueConstraint("user_id", "initiative_id", "week_of", postgresql_nulls_not_distinct=True),
        CheckConstraint("EXTRACT(isodow FROM week_of) = 1", name="week_of_is_monday"),
        CheckConstraint("hours_allocated >= 0", name="hours_allocated_positive"),
        CheckConstraint("actual_hours >= 0", name="actual_hours_positive"),
    )

    # Indexed by uq_workload_entries_user_id_initiative_id_week_of (user_id leads it).
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="RESTRICT", nullable=False)
    initiative_id: uuid.UUID | None = Field(
        default=None, foreign_key="initiatives.id", ondelete="CASCADE", nullable=True, index=True
    )
    week_of: date = Field(nullable=False, index=True)
    hours_allocated: Decimal = Field(
        default=Decimal(0), sa_type=HOURS, nullable=False, sa_column_kwargs={"server_default": text("0")}
    )
    actual_hours: Decimal = Field(
        default=Decimal(0), sa_type=HOURS, nullable=False, sa_column_kwargs={"server_default": text("0")}
    )
    notes: str | None = text_field()
