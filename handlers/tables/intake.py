"""Requests: the intake of improvement ideas, triaged and converted into initiatives."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, func
from sqlmodel import Field

from generated.models import Methodology, Priority, RequestStatus
from handlers.tables.base import TableBase, enum_column, jsonb_object, number_field, text_field


class Request(TableBase, table=True):
    """A request (``REQ-0001``). ``decline_reason`` is required once declined (``ck_requests_decline_reason_required``)."""

    __tablename__ = "requests"
    __table_args__ = (
        CheckConstraint("complexity_score >= 1 AND complexity_score <= 10", name="complexity_score_range"),
        CheckConstraint("status <> 'declined' OR decline_reason IS NOT NULL", name="decline_reason_required"),
    )

    request_number: str = number_field("REQ-", "request_number_seq")
    title: str = text_field(nullable=False)
    description: str | None = text_field()
    requester_user_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    requester_name: str | None = text_field()
    requester_email: str | None = text_field()
    requester_dept: str | None = text_field()
    problem_statement: str | None = text_field()
    desired_outcome: str | None = text_field()
    business_impact: str | None = text_field()
    urgency: Priority = enum_column(Priority, default=Priority.medium, index=True)
    complexity_score: int | None = Field(default=None, nullable=True)
    recommended_methodology: Methodology | None = enum_column(Methodology, nullable=True)
    triage_rationale: dict[str, Any] | None = jsonb_object(nullable=True)
    status: RequestStatus = enum_column(RequestStatus, default=RequestStatus.submitted, index=True)
    decline_reason: str | None = text_field()
    reviewed_by: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    review_notes: str | None = text_field()
    submitted_at: datetime = Field(
        default=None, nullable=False, index=True, sa_column_kwargs={"server_default": func.now()}
    )
    reviewed_at: datetime | None = Field(default=None)
    # requests <-> initiatives reference each other: this side is added after both tables exist.
    converted_initiative_id: uuid.UUID | None = Field(
        default=None,
        nullable=True,
        index=True,
        sa_column_args=[ForeignKey("initiatives.id", ondelete="SET NULL", use_alter=True)],
    )
