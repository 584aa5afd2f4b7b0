"""The tables (SQLModel, ``table=True``) of DOMAIN.md; the schema itself comes from ``migrations/``."""

from handlers.tables.base import NAMING_CONVENTION, TableBase, metadata
from handlers.tables.data import AIConversation, Dataset, StatisticalAnalysis
from handlers.tables.initiatives import (
    ExternalStakeholder,
    GateReview,
    Initiative,
    InitiativeStakeholder,
    Phase,
    PhaseArtifact,
    initiative_search_vector,
)
from handlers.tables.intake import Request
from handlers.tables.people import Team, TeamMember, User
from handlers.tables.rollups import PortfolioActionDueDay, PortfolioRollup, PortfolioRollupTotal  # noqa: F401
from handlers.tables.system import AuditEvent, IdempotencyKey, Job, Report
from handlers.tables.work import ActionItem, Document, Metric, MetricValue, Note, WorkloadEntry

__all__ = [
    "NAMING_CONVENTION",
    "AIConversation",
    "ActionItem",
    "AuditEvent",
    "Dataset",
    "Document",
    "ExternalStakeholder",
    "GateReview",
    "IdempotencyKey",
    "Initiative",
    "InitiativeStakeholder",
    "Job",
    "Metric",
    "MetricValue",
    "Note",
    "Phase",
    "PhaseArtifact",
    "Report",
    "Request",
    "StatisticalAnalysis",
    "TableBase",
    "Team",
    "TeamMember",
    "User",
    "WorkloadEntry",
    "initiative_search_vector",
    "metadata",
]
