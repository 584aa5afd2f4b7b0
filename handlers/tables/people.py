"""Users, teams and team membership."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, func, text
from sqlmodel import Field, Relationship

from generated.models import Role, TeamRole
from handlers.tables.base import HOURS, TableBase, enum_column, jsonb_list, jsonb_object, text_field


class User(TableBase, table=True):
    """An account. ``email`` is unique case-insensitively (``ix_users_lower_email``); store it lower-cased."""

    __tablename__ = "users"
    __table_args__ = (
        Index("ix_users_lower_email", func.lower(text("email")), unique=True),
        CheckConstraint("capacity_hours >= 0 AND capacity_hours <= 168", name="capacity_hours_range"),
    )

    email: str = text_field(nullable=False)
    password_hash: str = text_field(nullable=False)
    full_name: str = text_field(nullable=False)
    title: str | None = text_field()
    role: Role = enum_column(Role, default=Role.analyst, index=True)
    avatar_url: str | None = text_field()
    skills: list[str] = jsonb_list()
    capacity_hours: Decimal = Field(
        default=Decimal(40),
        sa_type=HOURS,
        nullable=False,
        sa_column_kwargs={"server_default": text("40")},
    )
    is_active: bool = Field(default=True, nullable=False, sa_column_kwargs={"server_default": text("true")})
    last_login_at: datetime | None = Field(default=None)
    # Tokens issued before this instant stop working (see handlers.context.authenticate).
    password_changed_at: datetime | None = Field(default=None)


class Team(TableBase, table=True):
    """A team. ``name`` is unique case-insensitively (``ix_teams_lower_name``)."""

    __tablename__ = "teams"
    __table_args__ = (Index("ix_teams_lower_name", func.lower(text("name")), unique=True),)

    name: str = text_field(nullable=False)
    description: str | None = text_field()
    department: str | None = text_field()
    organization: str | None = text_field()
    manager_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", nullable=True, index=True
    )
    settings: dict[str, Any] = jsonb_object()

    members: list["TeamMember"] = Relationship(
        back_populates="team",
        sa_relationship_kwargs={
            "lazy": "raise",
            "cascade": "all, delete-orphan",
            "passive_deletes": True,
            "order_by": "TeamMember.joined_at",
        },
    )


class TeamMember(TableBase, table=True):
    """A user's membership of a team; unique per (team, user)."""

    __tablename__ = "team_members"
    __table_args__ = (UniqueConstraint("team_id", "user_id"),)

    # Indexed by uq_team_members_team_id_user_id (team_id leads it).
    team_id: uuid.UUID = Field(foreign_key="teams.id", ondelete="CASCADE", nullable=False)
    user_id: uuid.UUID = Field(foreign_key="users.id", ondelete="CASCADE", nullable=False, index=True)
    role_in_team: TeamRole = enum_column(TeamRole, default=TeamRole.member)
    joined_at: datetime = Field(default=None, nullable=False, sa_column_kwargs={"server_default": func.now()})

    team: Team = Relationship(back_populates="members", sa_relationship_kwargs={"lazy": "raise"})
    user: User = Relationship(sa_relationship_kwargs={"lazy": "raise"})
