"""The contract operations whose handler still raises ``NotImplementedYet`` (answers 501).

One list for every test that must skip them (the Schemathesis contract test, the fuzz run, and
tests/test_not_implemented.py). Remove an operationId here when its handler is implemented: the
contract test then covers it.
"""

from __future__ import annotations

NOT_IMPLEMENTED: frozenset[str] = frozenset(
    {
        "ai_chat",
        "ai_coach",
        "ai_report_generate",
        "ai_stats_interpret",
        "ai_stats_recommend",
        "ai_triage",
        "create_report",
        "download_report",
        "get_conversation",
        "get_initiative_summary",
        "get_report",
        "list_conversations",
        "list_reports",
    }
)
