"""Initiatives and what defines them: phases, gate reviews, artifacts and stakeholders."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, ColumnElement, Index, UniqueConstraint, func, literal_column, text
from sqlmodel import Field, Relationship

from generated.models import (
    ArtifactStatus,
    ArtifactType,
    CurrentPhase,
    GateDecision,
    GateReviewDecision,
    Health,
    Influence,
    InitiativeStatus,
    InitiativeType,
    Methodology,
    PhaseName,
    PhaseStatus,
    Priority,
    Raci,
    StakeholderRole,
    SupportLevel,
)
from handlers.tables.base import (
    TableBase,
    currency_check,
    currency_field,
    enum_column,
    jsonb_list,
    jsonb_object,
    money_field,
    number_field,
    text_field,
)

# The text searched by ``q``, indexed by ix_initiatives_search (GIN). Written as PostgreSQL prints it
# back, so ``alembic check`` sees no difference. pg_trgm is not available in the embedded PostgreSQL,
# so search is full text with the ``simple`` configuration (no stemming, no stop words); see
# ``initiative_search_vector`` below.
_SEARCH_SQL = (
    "to_tsvector('simple'::regconfig, "
    "(COALESCE(title, ''::text) || ' '::text) || COALESCE(problem_statement, ''::text))"
)

# The day an initiative counts as started (dashboards' throughput), as PostgreSQL prints it back.
_STARTED_ON_SQL = "COALESCE(start_date, (created_at AT TIME ZONE 'UTC'::text)::date)"


class Initiative(TableBase, table=True):
    """The living profile of an improvement project (``INI-0001``), soft-deleted by ``deleted_at``.

    Lists read only live rows (``deleted_at IS NULL``): the list indexes are partial on that.
    """

    __tablename__ = "initiatives"
    __table_args__ = (
        Index("ix_initiatives_live_created_at", "created_at", postgresql_where=text("deleted_at IS NULL")),
        Index("ix_initiatives_search", text(_SEARCH_SQL), postgresql_using="gin"),
        Index("ix_initiatives_tags", "tags", postgresql_using="gin"),
        # Dashboards (handlers/dashboards.py; measurements in the 2026-11-26_dashboard_indexes migration).
        # The portfolio roll-up is an index-only scan of this one (by team, or all of it):
        Index(
            "ix_initiatives_portfolio",
            "team_id",
            "created_at",
            postgresql_include=[
                "id",
                "status",
                "priority",
                "current_phase",
                "methodology",
                "health",
                "currency",
                "projected_savings",
                "actual_savings",
            ],
            postgresql_where=text("deleted_at IS NULL"),
        ),
        # The few deleted rows, to leave their action items out of the unfiltered roll-up cheaply.
        Index("ix_initiatives_deleted", "id", postgresql_where=text("deleted_at IS NOT NULL")),
        # Throughput per month: started (start_date, else the UTC creation day) and completed.
        Index(
            "ix_initiatives_started_on",
            text(_STARTED_ON_SQL),
            postgresql_include=["team_id", "start_date", "created_at"],
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_initiatives_completed_on",
            "actual_completion",
            postgresql_include=["team_id"],
            postgresql_where=text("deleted_at IS NULL AND actual_completion IS NOT NULL"),
        ),
        CheckConstraint(
            "status NOT IN ('on_hold', 'cancelled') OR status_reason IS NOT NULL",
            name="status_reason_required",
        ),
        CheckConstraint(
            "target_completion IS NULL OR start_date IS NULL OR target_completion >= start_date",
            name="target_after_start",
        ),
        currency_check(),
    )

    # Lists index the live rows only (ix_initiatives_live_created_at), not every row.
    created_at: datetime = Field(
        default=None, nullable=False, sa_column_kwargs={"server_default": func.now()}
    )
    initiative_number: str = number_field("INI-", "initiative_number_seq")
    request_id: uuid.UUID | None = Field(
        default=None, foreign_key="requests.id", ondelete="SET NULL", nullable=True, unique=True
    )
    title: str = text_field(nullable=False)
    problem_statement: str | None = text_field()
    desired_outcome: str | None = text_field()
    goal_statement: str | None = text_field()
    scope: str | None = text_field()
    out_of_scope: str | None = text_field()
    business_case: str | None = text_field()
    methodology: Methodology = enum_column(Methodology, default=Methodology.dmaic, index=True)
    initiative_type: InitiativeType = enum_column(
        InitiativeType, default=InitiativeType.process_improvement, index=True
    )
    priority: Priority = enum_column(Priority, default=Priority.medium, index=True)
    status: InitiativeStatus = enum_column(InitiativeStatus, default=InitiativeStatus.active, index=True)
    status_reason: str | None = text_field()
    health: Health = enum_column(Health, default=Health.on_track, index=True)
    lead_analyst_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    sponsor_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    process_owner_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    team_id: uuid.UUID | None = Field(
        default=None, foreign_key="teams.id", ondelete="SET NULL", nullable=True, index=True
    )
    start_date: date | None = Field(default=None)
    target_completion: date | None = Field(default=None, index=True)
    actual_completion: date | None = Field(default=None)
    # The first phase of the methodology at creation; ``complete`` after the last gate is approved.
    current_phase: CurrentPhase = enum_column(CurrentPhase)
    phase_progress: dict[str, int] = jsonb_object()
    projected_savings: Decimal | None = money_field()
    actual_savings: Decimal | None = money_field()
    currency: str = currency_field()
    projected_impact: str | None = text_field()
    actual_impact: str | None = text_field()
    tags: list[str] = jsonb_list()
    custom_fields: dict[str, Any] = jsonb_object()
    deleted_at: datetime | None = Field(default=None)

    phases: list["Phase"] = Relationship(
        back_populates="initiative",
        sa_relationship_kwargs={
            "lazy": "raise",
            "order_by": "Phase.phase_order",
            "cascade": "all, delete-orphan",
            "passive_deletes": True,
        },
    )
    stakeholders: list["InitiativeStakeholder"] = Relationship(
        back_populates="initiative",
        sa_relationship_kwargs={"lazy": "raise", "cascade": "all, delete-orphan", "passive_deletes": True},
    )


class Phase(TableBase, table=True):
    """One phase of an initiative, with its gate state. Unique per initiative by name and by order."""

    __tablename__ = "phases"
    __table_args__ = (
        UniqueConstraint("initiative_id", "phase_name"),
        UniqueConstraint("initiative_id", "phase_order"),
        CheckConstraint("phase_order >= 1", name="phase_order_positive"),
        CheckConstraint(
            "completeness_score >= 0 AND completeness_score <= 100", name="completeness_score_range"
        ),
    )

    # Indexed by the unique constraints (initiative_id leads both).
    initiative_id: uuid.UUID = Field(foreign_key="initiatives.id", ondelete="CASCADE", nullable=False)
    phase_name: PhaseName = enum_column(PhaseName)
    phase_order: int = Field(nullable=False)
    status: PhaseStatus = enum_column(PhaseStatus, default=PhaseStatus.not_started, index=True)
    due_date: date | None = Field(default=None)
    started_at: datetime | None = Field(default=None)
    completed_at: datetime | None = Field(default=None)
    gate_decision: GateDecision = enum_column(GateDecision, default=GateDecision.pending, index=True)
    gate_decided_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    gate_decided_at: datetime | None = Field(default=None)
    gate_notes: str | None = text_field()
    ai_summary: str | None = text_field()
    completeness_score: int = Field(default=0, nullable=False, sa_column_kwargs={"server_default": text("0")})

    initiative: Initiative = Relationship(back_populates="phases", sa_relationship_kwargs={"lazy": "raise"})
    gate_reviews: list["GateReview"] = Relationship(
        back_populates="phase",
        sa_relationship_kwargs={
            "lazy": "raise",
            "order_by": "GateReview.attempt",
            "cascade": "all, delete-orphan",
            "passive_deletes": True,
        },
    )
    artifacts: list["PhaseArtifact"] = Relationship(
        back_populates="phase",
        sa_relationship_kwargs={
            "lazy": "raise",
            "order_by": "PhaseArtifact.created_at",
            "cascade": "all, delete-orphan",
            "passive_deletes": True,
        },
    )


class GateReview(TableBase, table=True):
    """One gate decision on a phase (attempt 1, 2, …). ``comments`` are required unless approved."""

    __tablename__ = "gate_reviews"
    __table_args__ = (
        UniqueConstraint("phase_id", "attempt"),
        CheckConstraint("attempt >= 1", name="attempt_positive"),
        CheckConstraint("decision = 'approved' OR comments IS NOT NULL", name="comments_required"),
    )

    # Indexed by uq_gate_reviews_phase_id_attempt.
    phase_id: uuid.UUID = Field(foreign_key="phases.id", ondelete="CASCADE", nullable=False)
    attempt: int = Field(nullable=False)
    decision: GateReviewDecision = enum_column(GateReviewDecision, index=True)
    reviewer_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    comments: str | None = text_field()
    conditions: str | None = text_field()
    readiness: dict[str, Any] = jsonb_object()
    decided_at: datetime = Field(
        default=None, nullable=False, sa_column_kwargs={"server_default": func.now()}
    )

    phase: Phase = Relationship(back_populates="gate_reviews", sa_relationship_kwargs={"lazy": "raise"})


class PhaseArtifact(TableBase, table=True):
    """A deliverable of a phase (charter, SIPOC, FMEA, …); ``version`` starts at 1, +1 per update."""

    __tablename__ = "phase_artifacts"
    __table_args__ = (CheckConstraint("version >= 1", name="version_positive"),)

    phase_id: uuid.UUID = Field(foreign_key="phases.id", ondelete="CASCADE", nullable=False, index=True)
    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    artifact_type: ArtifactType = enum_column(ArtifactType, index=True)
    title: str = text_field(nullable=False)
    content: dict[str, Any] = jsonb_object()
    status: ArtifactStatus = enum_column(ArtifactStatus, default=ArtifactStatus.draft, index=True)
    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": text("1")})
    created_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )

    phase: Phase = Relationship(back_populates="artifacts", sa_relationship_kwargs={"lazy": "raise"})


class InitiativeStakeholder(TableBase, table=True):
    """A user's role on an initiative; unique per (initiative, user, role)."""

    __tablename__ = "initiative_stakeholders"
    __table_args__ = (UniqueConstraint("initiative_id", "user_id", "role"),)

    # Indexed by uq_initiative_stakeholders_initiative_id_user_id_role.
    initiative_id: uuid.UUID = Field(foreign_key="initiatives.id", ondelete="CASCADE", nullable=False)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE", nullable=False, index=True)
    role: StakeholderRole = enum_column(StakeholderRole, index=True)
    raci: Raci | None = enum_column(Raci, nullable=True)
    influence: Influence | None = enum_column(Influence, nullable=True)
    support_level: SupportLevel | None = enum_column(SupportLevel, nullable=True)
    added_at: datetime = Field(default=None, nullable=False, sa_column_kwargs={"server_default": func.now()})

    initiative: Initiative = Relationship(
        back_populates="stakeholders", sa_relationship_kwargs={"lazy": "raise"}
    )


class ExternalStakeholder(TableBase, table=True):
    """Someone outside the system with a stake in an initiative. ``role`` is free text (a job role)."""

    __tablename__ = "external_stakeholders"

    initiative_id: uuid.UUID = Field(
        foreign_key="initiatives.id", ondelete="CASCADE", nullable=False, index=True
    )
    name: str = text_field(nullable=False)
    title: str | None = text_field()
    organization: str | None = text_field()
    email: str | None = text_field()
    phone: str | None = text_field()
    role: str | None = text_field()
    raci: Raci | None = enum_column(Raci, nullable=True)
    influence: Influence | None = enum_column(Influence, nullable=True)
    support_level: SupportLevel | None = enum_column(SupportLevel, nullable=True)
    notes: str | None = text_field()


def initiative_search_vector() -> ColumnElement[Any]:
    """The search document of ix_initiatives_search, as an expression on ``Initiative``.

    Match it against a tsquery so PostgreSQL uses the index, e.g.
    ``initiative_search_vector().op("@@")(func.websearch_to_tsquery(literal_column("'simple'::regconfig"), q))``
    (or ``to_tsquery('simple', 'word:*')`` for prefixes).
    """
    empty: ColumnElement[str] = literal_column("''::text")
    document = (
        func.coalesce(Initiative.title, empty)
        .op("||")(literal_column("' '::text"))
        .op("||")(func.coalesce(Initiative.problem_statement, empty))
    )
    return func.to_tsvector(literal_column("'simple'::regconfig"), document)
