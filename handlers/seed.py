"""Seed data: the default admin and a realistic sample portfolio, used by the migration
``2026-11-26_seed_data``.

The default admin comes from the settings (``TOLLGATE_ADMIN_EMAIL`` / ``TOLLGATE_ADMIN_PASSWORD``;
in development ``admin@tollgate.local`` / ``tollgate-admin``). The sample (``TOLLGATE_SAMPLE_DATA``,
on by default outside production) adds these users, all at the fictional Acme Manufacturing:

=====================================  ========  =====================  =====================================
email                                  role      dev password           who
=====================================  ========  =====================  =====================================
maria.chen@tollgate.example            manager   manager-dev-password   Director of Operational Excellence
david.okafor@tollgate.example          manager   manager-dev-password   Finance Process Improvement Manager
priya.natarajan@tollgate.example       analyst   analyst-dev-password   Black Belt
tom.becker@tollgate.example            analyst   analyst-dev-password   Green Belt
sofia.alvarez@tollgate.example         analyst   analyst-dev-password   Black Belt
james.wu@tollgate.example              analyst   analyst-dev-password   Green Belt
ken.moore@tollgate.example             analyst   analyst-dev-password   former Green Belt, deactivated
helen.park@tollgate.example            viewer    viewer-dev-password    VP Operations (sponsor)
raj.patel@tollgate.example             viewer    viewer-dev-password    Plant Manager (process owner)
=====================================  ========  =====================  =====================================

and 3 teams, 10 requests (every status), 12 initiatives (every methodology and status) with their
phases, gate reviews, a few artifacts, stakeholders, actions, metrics with their history, notes and
four weeks of workload.

Everything is deterministic: ids are ``uuid5`` of a fixed namespace (so the seed's downgrade deletes
exactly what it inserted), dates are fixed in 2026, and rows are inserted in a fixed order (so the
first sample request is REQ-0001 and the first initiative INI-0001 on a fresh database). Only the
argon2 password hashes differ between runs (their salt is random).

Rows are written with lightweight ``sa.table()`` clauses naming only the columns given here, not the
ORM classes, so later migrations that add columns do not break this one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection

from generated.models import Methodology
from handlers.methodology import PHASES
from handlers.security import hash_password

SEED_NAMESPACE = uuid.UUID("6f1f0b8e-3b7a-4c52-9a4e-7d2c1e5b9a10")

DEV_PASSWORDS = {
    "manager": "manager-dev-password",
    "analyst": "analyst-dev-password",
    "viewer": "viewer-dev-password",
}

Rows = dict[str, list[dict[str, Any]]]


@cache
def hash_dev_password(password: str) -> str:
    """argon2 hash of a sample password, computed once per process (argon2 is slow on purpose)."""
    return hash_password(password)


def seed_id(kind: str, key: str) -> uuid.UUID:
    """The fixed id of a seeded row."""
    return uuid.uuid5(SEED_NAMESPACE, f"{kind}:{key}")


ADMIN_ID = seed_id("user", "default-admin")

# Insert order (parents first); deletes run in reverse.
TABLE_ORDER = (
    "users",
    "teams",
    "team_members",
    "requests",
    "initiatives",
    "phases",
    "gate_reviews",
    "phase_artifacts",
    "initiative_stakeholders",
    "action_items",
    "metrics",
    "metric_values",
    "notes",
    "workload_entries",
)


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def stamped(row: dict[str, Any], when: datetime) -> dict[str, Any]:
    return {**row, "created_at": when, "updated_at": when}


# --------------------------------------------------------------------------------------- users
def admin_rows(email: str, password_hash: str) -> Rows:
    row = {
        "id": ADMIN_ID,
        "email": email.strip().lower(),
        "password_hash": password_hash,
        "full_name": "Tollgate Administrator",
        "title": "Administrator",
        "role": "admin",
        "skills": [],
        "capacity_hours": Decimal(40),
        "is_active": True,
    }
    return {"users": [stamped(row, at(date(2026, 1, 5), 8))]}


@dataclass(frozen=True)
class SampleUser:
    key: str
    full_name: str
    role: str
    title: str
    skills: tuple[str, ...]
    capacity: int = 40
    active: bool = True

    @property
    def id(self) -> uuid.UUID:
        return seed_id("user", self.key)

    @property
    def email(self) -> str:
        return f"{self.key}@tollgate.example"


USERS = (
    SampleUser(
        key="maria.chen",
        full_name="Maria Chen",
        role="manager",
        title="Director of Operational Excellence",
        skills=("DMAIC", "Lean", "Coaching"),
    ),
    SampleUser(
        key="david.okafor",
        full_name="David Okafor",
        role="manager",
        title="Finance Process Improvement Manager",
        skills=("DMAIC", "Finance", "PDSA"),
    ),
    SampleUser(
        key="priya.natarajan",
        full_name="Priya Natarajan",
        role="analyst",
        title="Black Belt",
        skills=("DMAIC", "DOE", "SPC", "Kaizen"),
    ),
    SampleUser(
        key="tom.becker",
        full_name="Tom Becker",
        role="analyst",
        title="Green Belt",
        skills=("A3", "5S", "SPC"),
        capacity=32,
    ),
    SampleUser(
        key="sofia.alvarez",
        full_name="Sofia Alvarez",
        role="analyst",
        title="Black Belt",
        skills=("DMAIC", "Regression", "MSA"),
    ),
    SampleUser(
        key="james.wu",
        full_name="James Wu",
        role="analyst",
        title="Green Belt",
        skills=("PDSA", "A3", "Automation"),
    ),
    SampleUser(
        key="ken.moore",
        full_name="Ken Moore",
        role="analyst",
        title="Green Belt (former)",
        skills=("5S",),
        active=False,
    ),
    SampleUser(
        key="helen.park",
        full_name="Helen Park",
        role="viewer",
        title="VP Operations",
        skills=("Leadership",),
        capacity=0,
    ),
    SampleUser(
        key="raj.patel",
        full_name="Raj Patel",
        role="viewer",
        title="Plant Manager",
        skills=("Manufacturing",),
        capacity=0,
    ),
)
USER_IDS = {u.key.split(".")[0]: u.id for u in USERS}  # by first name: USER_IDS["maria"]


def _users(hasher: Callable[[str], str]) -> list[dict[str, Any]]:
    hashes = {role: hasher(password) for role, password in DEV_PASSWORDS.items()}
    return [
        stamped(
            {
                "id": u.id,
                "email": u.email,
                "password_hash": hashes[u.role],
                "full_name": u.full_name,
                "title": u.title,
                "role": u.role,
                "skills": list(u.skills),
                "capacity_hours": Decimal(u.capacity),
                "is_active": u.active,
            },
            at(date(2026, 1, 5), 9 + i // 4),
        )
        for i, u in enumerate(USERS)
    ]


# --------------------------------------------------------------------------------------- teams
TEAMS = {
    # key: (name, description, department, manager, [(member, role_in_team)])
    "ops": (
        "Operations Excellence",
        "Lean and Six Sigma projects on the shop floor and in the warehouse.",
        "Operations",
        "maria",
        [("priya", "lead"), ("tom", "member"), ("raj", "member")],
    ),
    "finance": (
        "Finance Process Improvement",
        "Order-to-cash, procure-to-pay and record-to-report improvements.",
        "Finance",
        "david",
        [("sofia", "lead"), ("james", "member"), ("helen", "member")],
    ),
    "quality": (
        "Quality Engineering",
        "Defect reduction, safety and customer-quality projects.",
        "Quality",
        "maria",
        [("tom", "lead"), ("priya", "member"), ("james", "member"), ("ken", "member")],
    ),
}
TEAM_IDS = {key: seed_id("team", key) for key in TEAMS}


def _teams() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    teams, members = [], []
    for i, (key, (name, description, department, manager, people)) in enumerate(TEAMS.items()):
        when = at(date(2026, 1, 6), 9 + i)
        teams.append(
            stamped(
                {
                    "id": TEAM_IDS[key],
                    "name": name,
                    "description": description,
                    "department": department,
                    "organization": "Acme Manufacturing",
                    "manager_id": USER_IDS[manager],
                    "settings": {"default_methodology": "dmaic"},
                },
                when,
            )
        )
        for person, role_in_team in people:
            members.append(
                stamped(
                    {
                        "id": seed_id("team_member", f"{key}:{person}"),
                        "team_id": TEAM_IDS[key],
                        "user_id": USER_IDS[person],
                        "role_in_team": role_in_team,
                        "joined_at": when,
                    },
                    when,
                )
            )
    return teams, members


# ------------------------------------------------------------------------------------ requests
@dataclass(frozen=True)
class SampleRequest:
    key: str
    title: str
    problem: str
    outcome: str
    impact: str
    requester: str | None  # a user key, or None for someone outside the system
    dept: str
    urgency: str
    status: str
    submitted: date
    triage: tuple[int, str] | None = None  # (complexity_score, recommended_methodology)
    reviewer: str | None = None
    decline_reason: str | None = None
    outsider: tuple[str, str] | None = None  # (name, email)

    @property
    def id(self) -> uuid.UUID:
        return seed_id("request", self.key)


REQUESTS = (
    SampleRequest(
        key="invoice-approval",
        title="Invoices take too long to approve",
        problem="Supplier invoices wait 12 days on average for approval; late-payment fees follow.",
        outcome="Approve 90% of invoices within 5 days.",
        impact="About 40k USD of late fees a year.",
        requester="david",
        dept="Finance",
        urgency="high",
        status="converted",
        submitted=date(2026, 2, 9),
        triage=(7, "dmaic"),
        reviewer="maria",
    ),
    SampleRequest(
        key="supplier-onboarding",
        title="Supplier onboarding is slow and inconsistent",
        problem="New suppliers take 6 to 10 weeks to onboard and every site does it differently.",
        outcome="One onboarding process, under 3 weeks, the same at every site.",
        impact="Delayed sourcing savings.",
        requester="raj",
        dept="Procurement",
        urgency="medium",
        status="converted",
        submitted=date(2026, 4, 20),
        triage=(8, "dmadv"),
        reviewer="maria",
    ),
    SampleRequest(
        key="month-end-close",
        title="Month-end close takes 9 working days",
        problem="The close needs 9 working days; peers close in 5.",
        outcome="Close in 5 working days.",
        impact="Faster decisions and less overtime in accounting.",
        requester="helen",
        dept="Finance",
        urgency="high",
        status="converted",
        submitted=date(2026, 6, 8),
        triage=(5, "pdsa"),
        reviewer="david",
    ),
    SampleRequest(
        key="expense-reminders",
        title="People forget to submit expense reports",
        problem="A third of expense reports arrive after the monthly cut-off.",
        outcome="Automatic reminders before the cut-off.",
        impact="Accruals are wrong every month.",
        requester="james",
        dept="Finance",
        urgency="medium",
        status="converted",
        submitted=date(2026, 8, 3),
        triage=(2, "just_do_it"),
        reviewer="david",
    ),
    SampleRequest(
        key="label-misprints",
        title="Shipping labels misprint on the night shift",
        problem="Roughly 2% of shipping labels on the night shift are unreadable by the carrier scanner.",
        outcome="No unreadable labels.",
        impact="Re-shipments and carrier penalties.",
        requester="raj",
        dept="Logistics",
        urgency="high",
        status="submitted",
        submitted=date(2026, 11, 16),
    ),
    SampleRequest(
        key="supplier-portal",
        title="Suppliers cannot see the status of their invoices",
        problem="Suppliers call accounts payable several times a day to ask about payment status.",
        outcome="Suppliers check invoice status themselves.",
        impact="AP clerks spend 20% of their time on calls.",
        requester=None,
        dept="Procurement",
        urgency="low",
        status="submitted",
        submitted=date(2026, 11, 18),
        outsider=("Grace Liu", "grace.liu@supplier.example"),
    ),
    SampleRequest(
        key="packaging-overtime",
        title="Overtime spikes in packaging",
        problem="Packaging overtime doubles in the last week of every month.",
        outcome="Level the packaging workload.",
        impact="About 60k USD of overtime a year.",
        requester="raj",
        dept="Operations",
        urgency="medium",
        status="under_review",
        submitted=date(2026, 10, 26),
        reviewer="maria",
    ),
    SampleRequest(
        key="returns-inspection",
        title="Returned goods wait too long for inspection",
        problem="Returns wait 8 days for inspection; credits to customers are late.",
        outcome="Inspect returns within 2 days.",
        impact="Customer complaints and blocked warehouse space.",
        requester="tom",
        dept="Quality",
        urgency="high",
        status="under_review",
        submitted=date(2026, 10, 12),
        triage=(6, "dmaic"),
        reviewer="maria",
    ),
    SampleRequest(
        key="returns-backlog",
        title="Reduce the returns processing backlog",
        problem="1,200 returns are waiting to be processed.",
        outcome="Clear the backlog and keep it under 100.",
        impact="Working capital tied up in unprocessed returns.",
        requester="sofia",
        dept="Finance",
        urgency="medium",
        status="accepted",
        submitted=date(2026, 9, 21),
        triage=(4, "kaizen"),
        reviewer="david",
    ),
    SampleRequest(
        key="replace-erp",
        title="Replace the ERP system",
        problem="The ERP system is 15 years old.",
        outcome="A modern ERP system.",
        impact="Unknown.",
        requester="tom",
        dept="IT",
        urgency="low",
        status="declined",
        submitted=date(2026, 7, 13),
        triage=(10, "dmadv"),
        reviewer="maria",
        decline_reason="Out of scope for continuous improvement: an IT capital project for the steering committee.",
    ),
)
REQUEST_IDS = {r.key: r.id for r in REQUESTS}
_USER_BY_ID = {u.id: u for u in USERS}


def _requests() -> list[dict[str, Any]]:
    rows = []
    for r in REQUESTS:
        submitted = at(r.submitted, 10)
        requester = _USER_BY_ID[USER_IDS[r.requester]] if r.requester else None
        reviewed = r.status != "submitted"
        row: dict[str, Any] = {
            "id": r.id,
            "title": r.title,
            "description": r.problem,
            "requester_user_id": requester.id if requester else None,
            "requester_name": requester.full_name if requester else r.outsider[0] if r.outsider else None,
            "requester_email": requester.email if requester else r.outsider[1] if r.outsider else None,
            "requester_dept": r.dept,
            "problem_statement": r.problem,
            "desired_outcome": r.outcome,
            "business_impact": r.impact,
            "urgency": r.urgency,
            "complexity_score": r.triage[0] if r.triage else None,
            "recommended_methodology": r.triage[1] if r.triage else None,
            "triage_rationale": (
                {
                    "rationale": f"Complexity {r.triage[0]}/10: {r.triage[1]} fits the scope and the data available.",
                    "urgency": r.urgency,
                    "suggested_team_id": None,
                    "suggested_lead_analyst_id": None,
                    "similar_requests": [],
                }
                if r.triage
                else None
            ),
            "status": r.status,
            "decline_reason": r.decline_reason,
            "reviewed_by": USER_IDS[r.reviewer] if r.reviewer and reviewed else None,
            "review_notes": "Reviewed at the weekly intake meeting." if reviewed else None,
            "submitted_at": submitted,
            "reviewed_at": submitted + timedelta(days=3) if reviewed else None,
        }
        rows.append(stamped(row, submitted))
    return rows


# --------------------------------------------------------------------------------- initiatives
@dataclass(frozen=True)
class SampleInitiative:
    key: str
    title: str
    problem: str
    goal: str
    methodology: str
    initiative_type: str
    priority: str
    status: str
    health: str
    team: str
    lead: str
    start: date
    target: date
    # Index of the current phase, or None when every phase is done (current_phase = complete).
    current: int | None
    current_status: str = "in_progress"
    request: str | None = None
    sponsor: str | None = "helen"
    owner: str | None = "raj"
    projected: str | None = None
    actual: str | None = None
    actual_completion: date | None = None
    status_reason: str | None = None
    tags: tuple[str, ...] = ()
    created: date | None = None

    @property
    def id(self) -> uuid.UUID:
        return seed_id("initiative", self.key)


INITIATIVES = (
    SampleInitiative(
        key="invoice-cycle-time",
        title="Reduce invoice processing cycle time",
        problem="Invoices take 12 days on average to process; the target is 5.",
        goal="Process 90% of invoices within 5 days by December 2026.",
        methodology="dmaic",
        initiative_type="cost_reduction",
        priority="high",
        status="active",
        health="on_track",
        team="finance",
        lead="sofia",
        start=date(2026, 3, 2),
        target=date(2026, 12, 18),
        current=2,
        request="invoice-approval",
        owner="david",
        projected="120000.00",
        tags=("finance", "invoicing"),
    ),
    SampleInitiative(
        key="line3-changeover",
        title="Cut changeover time on Line 3",
        problem="Changeovers on Line 3 take 95 minutes and eat 8% of capacity.",
        goal="Changeovers under 45 minutes.",
        methodology="kaizen",
        initiative_type="efficiency",
        priority="high",
        status="completed",
        health="on_track",
        team="ops",
        lead="priya",
        start=date(2026, 2, 2),
        target=date(2026, 4, 30),
        current=None,
        projected="45000.00",
        actual="52000.00",
        actual_completion=date(2026, 4, 24),
        tags=("smed", "line-3"),
    ),
    SampleInitiative(
        key="assembly-defects",
        title="Lower the first-pass defect rate in final assembly",
        problem="First-pass yield in final assembly is 91.5%; rework costs 250k USD a year.",
        goal="First-pass yield of 97% by January 2027.",
        methodology="dmaic",
        initiative_type="quality",
        priority="critical",
        status="active",
        health="at_risk",
        team="quality",
        lead="tom",
        start=date(2026, 4, 6),
        target=date(2027, 1, 29),
        current=1,
        current_status="pending_review",
        projected="250000.00",
        tags=("quality", "assembly"),
    ),
    SampleInitiative(
        key="supplier-onboarding",
        title="Design a new supplier onboarding process",
        problem="Supplier onboarding takes 6 to 10 weeks and differs by site.",
        goal="One onboarding process taking under 3 weeks at every site.",
        methodology="dmadv",
        initiative_type="process_improvement",
        priority="medium",
        status="active",
        health="on_track",
        team="ops",
        lead="priya",
        start=date(2026, 6, 1),
        target=date(2027, 3, 31),
        current=0,
        request="supplier-onboarding",
        projected="80000.00",
        tags=("procurement",),
    ),
    SampleInitiative(
        key="picking-errors",
        title="Reduce warehouse picking errors",
        problem="1.8% of order lines are picked wrong; each error costs a re-shipment.",
        goal="Picking errors under 0.3% of lines.",
        methodology="a3",
        initiative_type="quality",
        priority="medium",
        status="active",
        health="blocked",
        team="ops",
        lead="tom",
        start=date(2026, 5, 4),
        target=date(2026, 12, 31),
        current=3,
        projected="30000.00",
        tags=("warehouse",),
    ),
    SampleInitiative(
        key="forklift-near-misses",
        title="Reduce forklift near misses",
        problem="14 forklift near misses a month in the main warehouse.",
        goal="Fewer than 4 near misses a month.",
        methodology="a3",
        initiative_type="safety",
        priority="critical",
        status="completed",
        health="on_track",
        team="quality",
        lead="james",
        start=date(2026, 1, 12),
        target=date(2026, 6, 30),
        current=None,
        actual_completion=date(2026, 6, 19),
        tags=("safety", "warehouse"),
    ),
    SampleInitiative(
        key="month-end-close",
        title="Accelerate the month-end close",
        problem="The close takes 9 working days.",
        goal="Close in 5 working days.",
        methodology="pdsa",
        initiative_type="efficiency",
        priority="high",
        status="active",
        health="on_track",
        team="finance",
        lead="james",
        start=date(2026, 7, 6),
        target=date(2026, 12, 31),
        current=2,
        request="month-end-close",
        sponsor="helen",
        owner="david",
        projected="60000.00",
        tags=("finance", "close"),
    ),
    SampleInitiative(
        key="onboarding-calls",
        title="Improve customer onboarding call scripts",
        problem="New customers rate onboarding calls 3.1 out of 5.",
        goal="Onboarding calls rated 4.2 or better.",
        methodology="pdsa",
        initiative_type="experience",
        priority="low",
        status="planned",
        health="on_track",
        team="finance",
        lead="sofia",
        start=date(2027, 1, 4),
        target=date(2027, 3, 31),
        current=0,
        current_status="not_started",
        owner=None,
        tags=("customer",),
        created=date(2026, 11, 9),
    ),
    SampleInitiative(
        key="tool-crib-5s",
        title="5S rollout in the tool crib",
        problem="Technicians spend 20 minutes a shift looking for tools.",
        goal="Every tool found within 1 minute.",
        methodology="kaizen",
        initiative_type="efficiency",
        priority="low",
        status="on_hold",
        health="at_risk",
        team="ops",
        lead="tom",
        start=date(2026, 8, 3),
        target=date(2026, 12, 18),
        current=1,
        status_reason="Waiting for the tool crib relocation planned for Q1 2027.",
        tags=("5s",),
    ),
    SampleInitiative(
        key="expense-reminders",
        title="Automate expense-report reminders",
        problem="A third of expense reports miss the monthly cut-off.",
        goal="95% of expense reports before the cut-off.",
        methodology="just_do_it",
        initiative_type="efficiency",
        priority="medium",
        status="active",
        health="on_track",
        team="finance",
        lead="james",
        start=date(2026, 8, 17),
        target=date(2026, 12, 4),
        current=1,
        request="expense-reminders",
        owner="david",
        projected="8000.00",
        tags=("finance", "automation"),
    ),
    SampleInitiative(
        key="molding-scrap",
        title="Reduce scrap on injection molding",
        problem="Scrap on the injection molding cells is 6.5%.",
        goal="Scrap under 2%.",
        methodology="dmaic",
        initiative_type="cost_reduction",
        priority="high",
        status="cancelled",
        health="blocked",
        team="quality",
        lead="priya",
        start=date(2026, 3, 16),
        target=date(2026, 11, 30),
        current=2,
        status_reason="The product line was discontinued in September 2026.",
        projected="150000.00",
        tags=("scrap", "molding"),
    ),
    SampleInitiative(
        key="plant2-energy",
        title="Energy consumption baseline for Plant 2",
        problem="Plant 2 uses 18% more energy per unit than Plant 1 and nobody knows why.",
        goal="Know where the energy goes, then cut it by 10%.",
        methodology="dmaic",
        initiative_type="cost_reduction",
        priority="medium",
        status="planned",
        health="on_track",
        team="ops",
        lead="sofia",
        start=date(2026, 12, 7),
        target=date(2027, 6, 30),
        current=0,
        current_status="not_started",
        projected="95000.00",
        tags=("energy", "plant-2"),
        created=date(2026, 11, 16),
    ),
)
INITIATIVE_IDS = {i.key: i.id for i in INITIATIVES}
_TEAM_MANAGER = {key: spec[3] for key, spec in TEAMS.items()}


def _phase_windows(initiative: SampleInitiative, count: int) -> list[tuple[date, date]]:
    span = (initiative.target - initiative.start).days
    edges = [initiative.start + timedelta(days=span * k // count) for k in range(count + 1)]
    return [(edges[k], edges[k + 1]) for k in range(count)]


def _initiatives_and_phases() -> dict[str, list[dict[str, Any]]]:
    initiatives, phases, reviews, request_links = [], [], [], []
    for ini in INITIATIVES:
        names = PHASES[Methodology(ini.methodology)]
        windows = _phase_windows(ini, len(names))
        created = at(ini.created or ini.start, 8)
        reviewer = USER_IDS[_TEAM_MANAGER[ini.team]]
        progress: dict[str, int] = {}
        for order, (name, (begin, end)) in enumerate(zip(names, windows, strict=True), start=1):
            index = order - 1
            done = ini.current is None or index < ini.current
            row: dict[str, Any] = {
                "id": seed_id("phase", f"{ini.key}:{name}"),
                "initiative_id": ini.id,
                "phase_name": str(name),
                "phase_order": order,
                "status": "not_started",
                "due_date": end,
                "started_at": None,
                "completed_at": None,
                "gate_decision": "pending",
                "gate_decided_by": None,
                "gate_decided_at": None,
                "gate_notes": None,
                "completeness_score": 0,
            }
            if done:
                decided = at(end, 15)
                row |= {
                    "status": "completed",
                    "started_at": at(begin),
                    "completed_at": decided,
                    "gate_decision": "approved",
                    "gate_decided_by": reviewer,
                    "gate_decided_at": decided,
                    "gate_notes": "Deliverables complete.",
                    "completeness_score": 100,
                }
                progress[str(name)] = 100
                attempts: list[tuple[str, str | None]] = [("approved", None)]
                if ini.key == "assembly-defects" and index == 0:
                    attempts = [
                        ("returned", "The charter has no baseline for first-pass yield."),
                        ("approved", None),
                    ]
                for attempt, (decision, comments) in enumerate(attempts, start=1):
                    when = decided - timedelta(days=7 * (len(attempts) - attempt))
                    reviews.append(
                        stamped(
                            {
                                "id": seed_id("gate_review", f"{ini.key}:{name}:{attempt}"),
                                "phase_id": row["id"],
                                "attempt": attempt,
                                "decision": decision,
                                "reviewer_id": reviewer,
                                "comments": comments,
                                "readiness": {"ready": True, "blockers": [], "warnings": []},
                                "decided_at": when,
                            },
                            when,
                        )
                    )
            elif index == ini.current:
                if ini.status == "cancelled":
                    row["status"] = "skipped"
                else:
                    row["status"] = ini.current_status
                    if ini.current_status != "not_started":
                        row["started_at"] = at(begin)
                        row["completeness_score"] = 80 if ini.current_status == "pending_review" else 40
                progress[str(name)] = row["completeness_score"]
            else:
                row["status"] = "skipped" if ini.status == "cancelled" else "not_started"
                progress[str(name)] = 0
            phases.append(stamped(row, created))
        current_phase = "complete" if ini.current is None else str(names[ini.current])
        initiatives.append(
            stamped(
                {
                    "id": ini.id,
                    "request_id": REQUEST_IDS[ini.request] if ini.request else None,
                    "title": ini.title,
                    "problem_statement": ini.problem,
                    "desired_outcome": ini.goal,
                    "goal_statement": ini.goal,
                    "scope": None,
                    "methodology": ini.methodology,
                    "initiative_type": ini.initiative_type,
                    "priority": ini.priority,
                    "status": ini.status,
                    "status_reason": ini.status_reason,
                    "health": ini.health,
                    "lead_analyst_id": USER_IDS[ini.lead],
                    "sponsor_id": USER_IDS[ini.sponsor] if ini.sponsor else None,
                    "process_owner_id": USER_IDS[ini.owner] if ini.owner else None,
                    "team_id": TEAM_IDS[ini.team],
                    "start_date": ini.start,
                    "target_completion": ini.target,
                    "actual_completion": ini.actual_completion,
                    "current_phase": current_phase,
                    "phase_progress": progress,
                    "projected_savings": Decimal(ini.projected) if ini.projected else None,
                    "actual_savings": Decimal(ini.actual) if ini.actual else None,
                    "currency": "USD",
                    "tags": list(ini.tags),
                    "custom_fields": {},
                },
                created,
            )
        )
        if ini.request:
            request_links.append({"request_id": REQUEST_IDS[ini.request], "initiative_id": ini.id})
    return {
        "initiatives": initiatives,
        "phases": phases,
        "gate_reviews": reviews,
        "request_links": request_links,
    }


def _phase(initiative: str, name: str) -> uuid.UUID:
    return seed_id("phase", f"{initiative}:{name}")


# --------------------------------------------------------------------- what hangs off initiatives
ARTIFACTS = (
    # (initiative, phase, artifact_type, title, status, content)
    (
        "invoice-cycle-time",
        "define",
        "project_charter",
        "Invoice cycle time charter",
        "reviewed",
        {
            "problem_statement": "Invoices take 12 days on average to process.",
            "goal_statement": "90% of invoices processed within 5 days by December 2026.",
            "scope": "Supplier invoices in the US entity.",
            "out_of_scope": "Employee expenses.",
            "business_case": "About 120k USD a year of late fees and lost discounts.",
            "team": ["Sofia Alvarez", "James Wu"],
            "milestones": [{"name": "Measure gate", "date": "2026-06-26"}],
        },
    ),
    (
        "invoice-cycle-time",
        "measure",
        "data_collection_plan",
        "Invoice timestamps from the AP system",
        "complete",
        {"measures": ["receipt-to-approval days", "approval-to-payment days"], "source": "AP system export"},
    ),
    (
        "assembly-defects",
        "define",
        "project_charter",
        "Final assembly first-pass yield charter",
        "reviewed",
        {
            "problem_statement": "First-pass yield in final assembly is 91.5%.",
            "goal_statement": "First-pass yield of 97% by January 2027.",
            "scope": "Final assembly lines 1 and 2.",
            "out_of_scope": "Supplier quality.",
            "business_case": "Rework costs 250k USD a year.",
            "team": ["Tom Becker", "Priya Natarajan"],
            "milestones": [{"name": "Measure gate", "date": "2026-08-04"}],
        },
    ),
    (
        "assembly-defects",
        "measure",
        "data_collection_plan",
        "Defect tally by station and shift",
        "complete",
        {"measures": ["defects per station", "defects per shift"], "source": "MES rework log"},
    ),
    (
        "line3-changeover",
        "prepare",
        "kaizen_charter",
        "Line 3 SMED kaizen charter",
        "reviewed",
        {"target": "Changeover under 45 minutes", "event_dates": ["2026-02-23", "2026-02-27"]},
    ),
    (
        "supplier-onboarding",
        "define",
        "sipoc",
        "Supplier onboarding SIPOC",
        "draft",
        {
            "suppliers": ["Supplier", "Procurement"],
            "inputs": ["W-9", "Bank details", "Quality certificate"],
            "process": ["Request", "Vet", "Approve", "Set up in ERP"],
            "outputs": ["Active supplier record"],
            "customers": ["Buyers", "Accounts payable"],
        },
    ),
)

# fmt: off
STAKEHOLDERS = (
    # (initiative, user, role, raci, influence, support_level)
    ("invoice-cycle-time", "helen", "sponsor", "accountable", "high", "strongly_supportive"),
    ("invoice-cycle-time", "david", "process_owner", "responsible", "high", "supportive"),
    ("invoice-cycle-time", "sofia", "lead", "responsible", "medium", "strongly_supportive"),
    ("invoice-cycle-time", "james", "contributor", "consulted", "low", "supportive"),
    ("assembly-defects", "raj", "process_owner", "accountable", "high", "neutral"),
    ("assembly-defects", "tom", "lead", "responsible", "medium", "strongly_supportive"),
    ("assembly-defects", "priya", "coach", "consulted", "medium", "supportive"),
    ("supplier-onboarding", "maria", "gate_reviewer", "accountable", "high", "supportive"),
    ("month-end-close", "david", "finance_reviewer", "consulted", "high", "supportive"),
)

ACTIONS = (
    # (initiative, phase, title, classification, assignee, status, priority, due_date, source)
    ("invoice-cycle-time", "analyze", "Pareto of approval delays by approver", "action_item", "sofia", "in_progress", "high", date(2026, 12, 4), "manual"),
    ("invoice-cycle-time", "analyze", "Get read access to the AP workflow tables", "blocker", "david", "blocked", "high", date(2026, 11, 13), "manual"),
    ("invoice-cycle-time", "measure", "Validate the invoice timestamp export", "action_item", "james", "completed", "medium", date(2026, 6, 19), "gate_review"),
    ("assembly-defects", "measure", "Run a gage R&R on the torque testers", "action_item", "tom", "not_started", "critical", date(2026, 11, 20), "gate_review"),
    ("assembly-defects", "measure", "Decide whether line 2 night shift is in scope", "decision_needed", "raj", "not_started", "high", date(2026, 12, 11), "manual"),
    ("picking-errors", "root_cause", "Slotting change needs WMS vendor support", "escalation", "maria", "in_progress", "high", date(2026, 11, 27), "manual"),
    ("picking-errors", "root_cause", "Similar bin labels may be the main cause", "risk", "tom", "not_started", "medium", None, "ai_suggested"),
    ("month-end-close", "study", "Compare close duration before and after the new checklist", "action_item", "james", "in_progress", "medium", date(2026, 12, 15), "manual"),
    ("expense-reminders", "verify", "Confirm reminder emails reach field staff", "action_item", "james", "not_started", "low", date(2026, 12, 2), "manual"),
    ("tool-crib-5s", "execute", "Order shadow boards", "action_item", "tom", "deferred", "low", date(2026, 10, 30), "manual"),
)

METRICS = (
    # (key, initiative, name, unit, category, direction, baseline, target, (target_lower, target_upper),
    #  first month of the history (= baseline date), monthly values)
    ("invoice-days", "invoice-cycle-time", "Invoice processing cycle time", "days", "delivery", "lower_is_better", "12.0", "5.0", None, date(2026, 3, 1), ("12.1", "11.8", "12.4", "11.0", "10.2", "9.6", "8.9", "8.1")),
    ("changeover-minutes", "line3-changeover", "Line 3 changeover time", "minutes", "delivery", "lower_is_better", "95", "45", None, date(2026, 2, 1), ("95", "71", "48", "41", "43", "42")),
    ("first-pass-yield", "assembly-defects", "First-pass yield, final assembly", "%", "quality", "higher_is_better", "91.5", "97.0", None, date(2026, 4, 1), ("91.5", "91.2", "92.0", "91.8", "92.4", "92.1", "92.9")),
    ("near-misses", "forklift-near-misses", "Forklift near misses", "count", "safety", "lower_is_better", "14", "4", None, date(2026, 1, 1), ("14", "12", "9", "6", "4", "3")),
    ("close-days", "month-end-close", "Working days to close", "days", "delivery", "lower_is_better", "9", "5", None, date(2026, 7, 1), ("9", "8", "7", "7")),
    ("supplier-lead-days", "supplier-onboarding", "Supplier onboarding lead time", "days", "delivery", "within_range", "52", None, ("10", "21"), date(2026, 6, 1), ("52", "49", "55", "47", "44")),
)

NOTES = (
    # (initiative, phase, author, note_type, content, day)
    ("invoice-cycle-time", "define", "sofia", "decision", "Scope limited to the US entity; EU follows in 2027.", date(2026, 3, 20)),
    ("invoice-cycle-time", "analyze", "sofia", "status_update", "Approver delay explains about 60% of the cycle time so far.", date(2026, 10, 30)),
    ("invoice-cycle-time", "analyze", "david", "blocker", "Still no read access to the AP workflow tables.", date(2026, 11, 13)),
    ("assembly-defects", "define", "maria", "gate_review", "Returned: add the baseline yield to the charter.", date(2026, 5, 29)),
    ("assembly-defects", "measure", "tom", "meeting_notes", "Shift leads agree to log rework per station from next week.", date(2026, 7, 14)),
    ("line3-changeover", None, "priya", "general", "Sustain audit in July: 42 minutes average, holding.", date(2026, 7, 31)),
    ("picking-errors", "root_cause", "tom", "blocker", "WMS vendor support ticket open for three weeks.", date(2026, 11, 6)),
    ("tool-crib-5s", "execute", "maria", "decision", "Paused until the tool crib moves (Q1 2027).", date(2026, 10, 16)),
)

WORKLOAD_WEEKS = (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23))
WORKLOAD = (
    # (user, initiative or None for time outside initiatives, hours allocated, actual hours) every week
    ("sofia", "invoice-cycle-time", "20", "22"),
    ("sofia", "plant2-energy", "6", "4"),
    ("sofia", None, "8", "8"),
    ("james", "month-end-close", "16", "15"),
    ("james", "expense-reminders", "10", "12"),
    ("james", "invoice-cycle-time", "6", "5"),
    ("tom", "assembly-defects", "18", "20"),
    ("tom", "picking-errors", "10", "6"),
    ("tom", None, "6", "6"),
    ("priya", "supplier-onboarding", "16", "14"),
    ("priya", "assembly-defects", "8", "9"),
    ("priya", None, "12", "12"),
)
# fmt: on


def _hanging_rows() -> dict[str, list[dict[str, Any]]]:
    artifacts = [
        stamped(
            {
                "id": seed_id("artifact", f"{ini}:{phase}:{kind}"),
                "phase_id": _phase(ini, phase),
                "initiative_id": INITIATIVE_IDS[ini],
                "artifact_type": kind,
                "title": title,
                "content": content,
                "status": status,
                "version": 2 if status == "reviewed" else 1,
                "created_by": USER_IDS[_initiative(ini).lead],
            },
            at(_initiative(ini).start + timedelta(days=10)),
        )
        for ini, phase, kind, title, status, content in ARTIFACTS
    ]
    stakeholders = [
        stamped(
            {
                "id": seed_id("stakeholder", f"{ini}:{user}:{role}"),
                "initiative_id": INITIATIVE_IDS[ini],
                "user_id": USER_IDS[user],
                "role": role,
                "raci": raci,
                "influence": influence,
                "support_level": support,
                "added_at": at(_initiative(ini).start),
            },
            at(_initiative(ini).start),
        )
        for ini, user, role, raci, influence, support in STAKEHOLDERS
    ]
    actions = []
    for n, (ini, phase, title, classification, user, status, priority, due, source) in enumerate(ACTIONS):
        created = at(due - timedelta(days=21) if due else date(2026, 11, 2), 11)
        actions.append(
            stamped(
                {
                    "id": seed_id("action", f"{ini}:{n}"),
                    "initiative_id": INITIATIVE_IDS[ini],
                    "phase_id": _phase(ini, phase),
                    "title": title,
                    "classification": classification,
                    "assigned_to": USER_IDS[user],
                    "status": status,
                    "priority": priority,
                    "due_date": due,
                    "completed_at": at(due, 16) if status == "completed" and due else None,
                    "source": source,
                },
                created,
            )
        )
    metrics, values = [], []
    for (
        key,
        ini,
        name,
        unit,
        category,
        direction,
        baseline,
        target,
        bounds,
        baseline_date,
        monthly,
    ) in METRICS:
        history = [(_add_months(baseline_date, n), value) for n, value in enumerate(monthly)]
        last_period, last_value = history[-1]
        metrics.append(
            stamped(
                {
                    "id": seed_id("metric", key),
                    "initiative_id": INITIATIVE_IDS[ini],
                    "name": name,
                    "unit": unit,
                    "category": category,
                    "direction": direction,
                    "frequency": "monthly",
                    "baseline_value": Decimal(baseline),
                    "baseline_date": baseline_date,
                    "baseline_period": baseline_date.strftime("%B %Y"),
                    "target_value": Decimal(target) if target else None,
                    "target_lower": Decimal(bounds[0]) if bounds else None,
                    "target_upper": Decimal(bounds[1]) if bounds else None,
                    "current_value": Decimal(last_value),
                    "current_as_of": last_period,
                    "current_period": last_period.strftime("%B %Y"),
                },
                at(baseline_date),
            )
        )
        for period_start, value in history:
            values.append(
                stamped(
                    {
                        "id": seed_id("metric_value", f"{key}:{period_start.isoformat()}"),
                        "metric_id": seed_id("metric", key),
                        "period_start": period_start,
                        "value": Decimal(value),
                        "entered_by": USER_IDS[_initiative(ini).lead],
                    },
                    at(period_start + timedelta(days=35)),
                )
            )
    notes = [
        stamped(
            {
                "id": seed_id("note", f"{ini}:{n}"),
                "initiative_id": INITIATIVE_IDS[ini],
                "phase_id": _phase(ini, phase) if phase else None,
                "author_id": USER_IDS[author],
                "note_type": note_type,
                "content": content,
            },
            at(day, 14),
        )
        for n, (ini, phase, author, note_type, content, day) in enumerate(NOTES)
    ]
    workload = [
        stamped(
            {
                "id": seed_id("workload", f"{user}:{ini}:{week.isoformat()}"),
                "user_id": USER_IDS[user],
                "initiative_id": INITIATIVE_IDS[ini] if ini else None,
                "week_of": week,
                "hours_allocated": Decimal(allocated),
                "actual_hours": Decimal(actual),
                "notes": None if ini else "Training and team meetings",
            },
            at(week, 8),
        )
        for week in WORKLOAD_WEEKS
        for user, ini, allocated, actual in WORKLOAD
    ]
    return {
        "phase_artifacts": artifacts,
        "initiative_stakeholders": stakeholders,
        "action_items": actions,
        "metrics": metrics,
        "metric_values": values,
        "notes": notes,
        "workload_entries": workload,
    }


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    return day.replace(year=day.year + year, month=month + 1)


def _initiative(key: str) -> SampleInitiative:
    return next(i for i in INITIATIVES if i.key == key)


def sample_rows(hasher: Callable[[str], str] = hash_dev_password) -> Rows:
    """Every sample row by table (insert order), plus ``request_links`` (requests -> initiatives)."""
    teams, members = _teams()
    rows: Rows = {
        "users": _users(hasher),
        "teams": teams,
        "team_members": members,
        "requests": _requests(),
    }
    rows.update(_initiatives_and_phases())
    rows.update(_hanging_rows())
    return rows


# ---------------------------------------------------------------------------- writing and deleting
def _table(name: str, rows: list[dict[str, Any]]) -> sa.TableClause:
    """A table clause with exactly the columns of ``rows``; JSON values get the JSONB type."""
    json_keys = {key for row in rows for key, value in row.items() if isinstance(value, dict | list)}
    return sa.table(
        name, *(sa.column(key, JSONB(none_as_null=True) if key in json_keys else None) for key in rows[0])
    )


def insert_rows(connection: Connection, rows: Rows) -> None:
    for name in TABLE_ORDER:
        table_rows = rows.get(name)
        if table_rows:
            connection.execute(sa.insert(_table(name, table_rows)), table_rows)
    links = rows.get("request_links", [])
    if links:
        requests = sa.table("requests", sa.column("id"), sa.column("converted_initiative_id"))
        connection.execute(
            sa.update(requests)
            .where(requests.c.id == sa.bindparam("request_id"))
            .values(converted_initiative_id=sa.bindparam("initiative_id")),
            links,
        )


def seeded_ids() -> dict[str, list[uuid.UUID]]:
    """The ids of every row the seed may have inserted (admin and sample), by table."""
    rows = sample_rows(lambda _password: "")
    ids = {name: [row["id"] for row in rows.get(name, [])] for name in TABLE_ORDER}
    ids["users"].append(ADMIN_ID)
    return ids


def delete_rows(connection: Connection) -> None:
    """Delete what the seed inserted (children first). Rows others added that reference seeded
    users through RESTRICT foreign keys (AI conversations, workload) make this fail loudly."""
    for name, ids in reversed(seeded_ids().items()):
        table = sa.table(name, sa.column("id"))
        connection.execute(sa.delete(table).where(table.c.id.in_(ids)))
    # On an otherwise empty database, numbering starts again at REQ-0001 / INI-0001.
    for name, sequence in (("requests", "request_number_seq"), ("initiatives", "initiative_number_seq")):
        connection.execute(
            sa.text(f"SELECT setval('{sequence}', 1, false) WHERE NOT EXISTS (SELECT FROM {name})")  # noqa: S608
        )
