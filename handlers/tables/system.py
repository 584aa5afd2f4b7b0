"""Platform records: the audit log, background jobs, reports and idempotency keys."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Index, UniqueConstraint, func, text
from sqlmodel import Field

from generated.models import (
    AuditAction,
    JobKind,
    JobStatus,
    JobSubjectType,
    ReportFormat,
    ReportStatus,
    ReportType,
)
from handlers.tables.base import TableBase, enum_column, jsonb_object, text_field


class AuditEvent(TableBase, table=True):
    """One write through the API. Append-only: a trigger (``audit_events_append_only``) rejects UPDATE
    and DELETE.

    ``actor_id`` and ``initiative_id`` are plain UUIDs, not foreign keys: the log outlives what it
    describes (a foreign key would either block deletes or rewrite history). ``initiative_id`` is the
    initiative the entity belongs to, so an initiative's timeline is one index scan.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
        Index("ix_audit_events_initiative_occurred", "initiative_id", "occurred_at"),
    )

    entity_type: str = text_field(nullable=False)
    entity_id: uuid.UUID = Field(nullable=False)
    initiative_id: uuid.UUID | None = Field(default=None, nullable=True)
    action: AuditAction = enum_column(AuditAction, index=True)
    actor_id: uuid.UUID | None = Field(default=None, nullable=True, index=True)
    # field -> [old, new]
    changes: dict[str, Any] = jsonb_object()
    occurred_at: datetime = Field(
        default=None, nullable=False, index=True, sa_column_kwargs={"server_default": func.now()}
    )


class Job(TableBase, table=True):
    """Background work (profiling, analyses, reports) on one subject record."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_subject", "subject_type", "subject_id"),
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_range"),
    )

    kind: JobKind = enum_column(JobKind, index=True)
    status: JobStatus = enum_column(JobStatus, default=JobStatus.queued, index=True)
    progress: int = Field(default=0, nullable=False, sa_column_kwargs={"server_default": text("0")})
    subject_type: JobSubjectType = enum_column(JobSubjectType)
    subject_id: uuid.UUID = Field(nullable=False)
    result: dict[str, Any] | None = jsonb_object(nullable=True)
    error: str | None = text_field()
    requested_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    started_at: datetime | None = Field(default=None)
    finished_at: datetime | None = Field(default=None)


class Report(TableBase, table=True):
    __tablename__ = "reports"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_bytes_positive"),)

    report_type: ReportType = enum_column(ReportType, index=True)
    format: ReportFormat = enum_column(ReportFormat, default=ReportFormat.pdf)
    # filters, initiative_id, phase
    parameters: dict[str, Any] = jsonb_object()
    status: ReportStatus = enum_column(ReportStatus, default=ReportStatus.pending, index=True)
    file_path: str | None = text_field(unique=True)
    size_bytes: int | None = Field(default=None, sa_type=BigInteger)
    requested_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    job_id: uuid.UUID | None = Field(
        default=None, foreign_key="jobs.id", ondelete="SET NULL", nullable=True, index=True
    )


class IdempotencyKey(TableBase, table=True):
    """The stored answer to a creating POST sent with ``Idempotency-Key``; unique per (user, key).

    ``response_status`` is NULL while the first request is still running. Rows past ``expires_at``
    may be purged.
    """

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    # Indexed by uq_idempotency_keys_user_id_key.
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE", nullable=False)
    key: str = text_field(nullable=False)
    # A hash of method, path and body: the same key with another request is a conflict.
    request_hash: str = text_field(nullable=False)
    response_status: int | None = Field(default=None)
    response_body: Any = jsonb_object(nullable=True)
    response_headers: dict[str, Any] = jsonb_object()
    expires_at: datetime = Field(nullable=False, index=True)
