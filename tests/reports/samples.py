"""Report data dicts as handlers.services.reports.data builds them, with known figures."""

from __future__ import annotations

import copy
from typing import Any

HOSTILE = '<img src="http://169.254.169.254/x"> <b>bold</b> & <font size=40>big</font>'

EXECUTIVE_BRIEF: dict[str, Any] = {
    "report_type": "executive_brief",
    "generated_at": "2026-11-26T09:00:00+00:00",
    "title": "Executive brief",
    "scope": {"team": "Plant North", "date_from": "2026-01-01", "date_to": "2026-11-26"},
    "totals": {
        "initiatives": 9,
        "open": 6,
        "active": 4,
        "completed": 2,
        "open_actions": 7,
        "overdue_actions": 3,
    },
    "by_status": {"planned": 1, "active": 4, "on_hold": 1, "completed": 2, "cancelled": 1},
    "by_priority": {"critical": 2, "high": 3, "medium": 3, "low": 1},
    "by_health": {"on_track": 6, "at_risk": 2, "blocked": 1},
    "savings": [
        {"currency": "EUR", "projected": "40000.00", "actual": "12500.50", "initiatives": 2},
        {"currency": "USD", "projected": "1250000.00", "actual": "310250.75", "initiatives": 5},
    ],
    "top_initiatives": [
        {
            "number": "INI-0101",
            "title": "Reduce scrap on line 4",
            "status": "active",
            "priority": "critical",
            "health": "at_risk",
            "current_phase": "measure",
            "lead": "Ada Analyst",
            "currency": "USD",
            "projected_savings": "750000.00",
            "actual_savings": None,
        }
    ],
    "overdue_actions": [
        {
            "initiative_number": "INI-0101",
            "title": "Calibrate gauge 7",
            "priority": "high",
            "status": "in_progress",
            "owner": "Bo Builder",
            "due_date": "2026-11-01",
            "days_overdue": 25,
        }
    ],
}

INITIATIVE: dict[str, Any] = {
    "id": "00000000-0000-0000-0000-000000000001",
    "number": "INI-0042",
    "title": "Cut invoice cycle time",
    "methodology": "dmaic",
    "initiative_type": "efficiency",
    "status": "active",
    "status_reason": None,
    "priority": "high",
    "health": "on_track",
    "current_phase": "measure",
    "team": "Finance Ops",
    "lead": "Ada Analyst",
    "sponsor": "Sam Sponsor",
    "process_owner": None,
    "problem_statement": "Invoices take 12 days.\nCustomers complain.",
    "goal_statement": "Under 5 days",
    "desired_outcome": None,
    "scope": "AP team",
    "out_of_scope": None,
    "business_case": None,
    "start_date": "2026-02-01",
    "target_completion": "2026-12-31",
    "actual_completion": None,
    "currency": "USD",
    "projected_savings": "125000.00",
    "actual_savings": "40000.00",
    "projected_impact": None,
    "actual_impact": None,
    "tags": [],
}


def _metric(
    name: str, unit: str, baseline: str, current: str | None, target: str, met: bool | None
) -> dict[str, Any]:
    return {
        "name": name,
        "unit": unit,
        "direction": "lower_is_better",
        "baseline": baseline,
        "current": current,
        "target": target,
        "target_lower": None,
        "target_upper": None,
        "current_as_of": "2026-11-01",
        "target_met": met,
        "chart": {
            "baseline": float(baseline),
            "current": float(current) if current is not None else None,
            "target": float(target),
        },
    }


PHASES = [
    {
        "name": name,
        "order": n + 1,
        "status": "completed" if n == 0 else ("in_progress" if n == 1 else "not_started"),
        "gate_decision": "approved" if n == 0 else "pending",
        "due_date": None,
        "started_at": "2026-02-01" if n < 2 else None,
        "completed_at": "2026-03-01" if n == 0 else None,
        "completeness_score": 100 if n == 0 else 40 if n == 1 else 0,
        "gate_notes": None,
        "gate_reviews": (
            [
                {
                    "attempt": 1,
                    "decision": "approved",
                    "reviewer": "Mia Manager",
                    "comments": None,
                    "conditions": None,
                    "decided_at": "2026-03-01",
                }
            ]
            if n == 0
            else []
        ),
    }
    for n, name in enumerate(["define", "measure", "analyze", "improve", "control"])
]

INITIATIVE_REPORT: dict[str, Any] = {
    "report_type": "initiative_report",
    "generated_at": "2026-11-26T09:00:00+00:00",
    "title": "INI-0042 Cut invoice cycle time",
    "initiative": INITIATIVE,
    "phases": PHASES,
    "metrics": [
        _metric("Cycle time", "days", "12.5", "7.25", "5", False),
        _metric("First pass yield", "%", "81", "93.4", "95", None),
    ],
    "actions": [
        {
            "title": "Map the approval flow",
            "classification": "action_item",
            "status": "completed",
            "priority": "medium",
            "phase": "define",
            "owner": "Ada Analyst",
            "due_date": "2026-02-20",
            "overdue": False,
        },
        {
            "title": "Remove duplicate sign-off",
            "classification": "blocker",
            "status": "in_progress",
            "priority": "high",
            "phase": "measure",
            "owner": "Vendor Vic",
            "due_date": "2026-10-01",
            "overdue": True,
        },
    ],
    "action_counts": {"total": 2, "open": 1, "completed": 1, "cancelled": 0},
    "stakeholders": [
        {
            "name": "Sam Sponsor",
            "kind": "internal",
            "role": "sponsor",
            "raci": "accountable",
            "influence": "high",
            "support_level": "supportive",
            "organization": None,
        },
        {
            "name": "Vendor Vic",
            "kind": "external",
            "role": "Supplier contact",
            "raci": "consulted",
            "influence": None,
            "support_level": None,
            "organization": "Acme",
        },
    ],
    "analyses": [
        {
            "test_type": "two_sample_t",
            "test_category": "comparison",
            "status": "completed",
            "phase": "measure",
            "dataset": "Cycle times",
            "run_at": "2026-05-01",
            "summary": {"statistic": 3.21, "p_value": 0.0042},
            "interpretation": None,
        }
    ],
}


def phase_report() -> dict[str, Any]:
    data = copy.deepcopy(INITIATIVE_REPORT)
    data["report_type"] = "phase_report"
    data["title"] = "INI-0042 measure phase"
    data["phase"] = PHASES[1]
    data["artifacts"] = [
        {
            "title": "Data collection plan v2",
            "artifact_type": "data_collection_plan",
            "status": "complete",
            "version": 3,
            "updated_at": "2026-06-01",
        }
    ]
    return data


def close_out() -> dict[str, Any]:
    data = copy.deepcopy(INITIATIVE_REPORT)
    data["report_type"] = "close_out"
    data["title"] = "INI-0042 close-out"
    data["outcome"] = {
        "projected_savings": "125000.00",
        "actual_savings": "40000.00",
        "savings_variance": "-85000.00",
        "metrics_met": 0,
        "metrics_with_target": 1,
        "phases_completed": 1,
        "phases_total": 5,
    }
    return data


def sample(report_type: str) -> dict[str, Any]:
    return {
        "executive_brief": lambda: copy.deepcopy(EXECUTIVE_BRIEF),
        "initiative_report": lambda: copy.deepcopy(INITIATIVE_REPORT),
        "phase_report": phase_report,
        "close_out": close_out,
    }[report_type]()
