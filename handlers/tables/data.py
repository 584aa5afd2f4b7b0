"""Data and analysis: uploaded datasets, statistical analyses and AI conversations."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, text
from sqlmodel import Field

from generated.models import (
    AgentType,
    AnalysisStatus,
    FileFormat,
    ProfileStatus,
    TestCategory,
    TestType,
)
from handlers.tables.base import TableBase, enum_column, jsonb_list, jsonb_object, text_field


class Dataset(TableBase, table=True):
    """An uploaded CSV/XLSX file and its profile. ``file_path`` is a server-generated storage key."""

    __tablename__ = "datasets"
    __table_args__ = (
        CheckConstraint("size_bytes >= 0", name="size_bytes_positive"),
        CheckConstraint("row_count >= 0", name="row_count_positive"),
        CheckConstraint("column_count >= 0", name="column_count_positive"),
    )

    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    phase_id: uuid.UUID | None = Field(
        default=None, foreign_key="phases.id", ondelete="SET NULL", nullable=True, index=True
    )
    name: str = text_field(nullable=False)
    description: str | None = text_field()
    file_path: str = text_field(nullable=False, unique=True)
    original_filename: str | None = text_field()
    file_format: FileFormat = enum_column(FileFormat)
    size_bytes: int = Field(
        default=0, sa_type=BigInteger, nullable=False, sa_column_kwargs={"server_default": text("0")}
    )
    sha256: str | None = text_field()
    row_count: int | None = Field(default=None)
    column_count: int | None = Field(default=None)
    # [{name, dtype, kind, null_count, unique_count, min, max, mean, std}]
    columns: list[dict[str, Any]] = jsonb_list()
    summary_stats: dict[str, Any] = jsonb_object()
    # The first 50 rows.
    data_preview: list[dict[str, Any]] = jsonb_list()
    quality_issues: list[str] = jsonb_list()
    recommended_tests: list[str] = jsonb_list()
    profile_status: ProfileStatus = enum_column(ProfileStatus, default=ProfileStatus.pending, index=True)
    profile_error: str | None = text_field()
    uploaded_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )


class StatisticalAnalysis(TableBase, table=True):
    """A statistical test run on a dataset. Deleting the dataset keeps the analysis (dataset_id NULL)."""

    __tablename__ = "statistical_analyses"
    __table_args__ = (CheckConstraint("duration_ms >= 0", name="duration_ms_positive"),)

    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    dataset_id: uuid.UUID | None = Field(
        default=None, foreign_key="datasets.id", ondelete="SET NULL", nullable=True, index=True
    )
    phase_id: uuid.UUID | None = Field(
        default=None, foreign_key="phases.id", ondelete="SET NULL", nullable=True, index=True
    )
    test_type: TestType = enum_column(TestType, index=True)
    test_category: TestCategory = enum_column(TestCategory, index=True)
    # y_column, x_columns, group_column, subgroup_column, alpha, alternative, lsl, usl, target, …
    configuration: dict[str, Any] = jsonb_object()
    status: AnalysisStatus = enum_column(AnalysisStatus, default=AnalysisStatus.pending, index=True)
    results: dict[str, Any] | None = jsonb_object(nullable=True)
    # Plotly figure specs.
    charts: list[dict[str, Any]] = jsonb_list()
    warnings: list[str] = jsonb_list()
    ai_recommended: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": text("false")}
    )
    ai_reasoning: str | None = text_field()
    ai_interpretation: str | None = text_field()
    ai_next_steps: str | None = text_field()
    error_message: str | None = text_field()
    run_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    run_at: datetime | None = Field(default=None)
    duration_ms: int | None = Field(default=None)


class AIConversation(TableBase, table=True):
    """A conversation with the AI agents, private to its owner (and admins).

    The owner's conversations block deleting the user (RESTRICT): deactivate users instead.
    """

    __tablename__ = "ai_conversations"

    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="RESTRICT", nullable=False, index=True)
    initiative_id: uuid.UUID | None = Field(
        default=None, foreign_key="initiatives.id", ondelete="CASCADE", nullable=True, index=True
    )
    request_id: uuid.UUID | None = Field(
        default=None, foreign_key="requests.id", ondelete="SET NULL", nullable=True, index=True
    )
    phase_id: uuid.UUID | None = Field(
        default=None, foreign_key="phases.id", ondelete="SET NULL", nullable=True, index=True
    )
    agent_type: AgentType = enum_column(AgentType, default=AgentType.orchestrator)
    # [{role, content, agent_type, timestamp}]
    messages: list[dict[str, Any]] = jsonb_list()
    context_summary: str | None = text_field()
    is_active: bool = Field(default=True, nullable=False, sa_column_kwargs={"server_default": text("true")})
