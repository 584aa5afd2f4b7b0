"""The local AI engine on its own (no database): triage of realistic requests, the coach, the stats
advisor, summaries, streaming, and the choice of engine by configuration."""

from __future__ import annotations

from typing import Any

import pytest

from generated.models import AgentResponse, TriageResult
from handlers.services import ServiceConfigurationError
from handlers.services.ai import INTENT_AGENTS, StubAIOrchestrator, get_ai_orchestrator
from handlers.services.ai_llm import LLMAIOrchestrator
from handlers.services.ai_local import LocalAIOrchestrator, assess_request
from tests import support

ENGINE = LocalAIOrchestrator()


def _suggestions(answer: AgentResponse) -> list[str]:
    return list(answer.model_dump(mode="json")["suggestions"])


PRINTER = {"title": "Replace the broken label printer on line 3", "urgency": "medium"}
INVOICES = {
    "title": "Reduce invoice processing cycle time",
    "description": (
        "Reduce invoice processing cycle time across 4 departments; need 12 months of ERP data, "
        "stakeholders finance, procurement, IT; defects 8%"
    ),
    "urgency": "high",
}
PILOT = {
    "title": "Pilot a bedside shift-handover checklist",
    "description": (
        "Pilot a new bedside shift-handover checklist on one ward: try it for two weeks, study what "
        "happens, adjust it and run another cycle."
    ),
    "urgency": "medium",
}
CHANGEOVER = {
    "title": "Cut changeover time on Line 3",
    "problem_statement": "Changeovers on Line 3 take 95 minutes; operators waste time searching for tools.",
    "urgency": "medium",
}


async def test_an_obvious_fix_is_just_do_it_with_low_complexity() -> None:
    result = await ENGINE.triage_request(PRINTER)
    assert result.complexity_score == 1
    assert result.recommended_methodology == "just_do_it"
    assert result.urgency == "medium"
    signals = {s["signal"]: s for s in result.rationale["complexity_signals"]}
    assert signals["obvious fix"]["points"] == -2
    assert set(signals["obvious fix"]["evidence"]) == {"Replace", "broken"}
    assert "obvious fix" in result.rationale["summary"]
    assert result.rationale["engine"] == "local"


async def test_a_cross_department_data_heavy_problem_is_dmaic_with_high_complexity() -> None:
    result = await ENGINE.triage_request(INVOICES)
    # 2 (base) + scope 2 (across, 4 departments) + data 3 + stakeholders 2 (finance, procurement, IT)
    # + urgency 1 (high), capped at 10.
    assert result.complexity_score == 10
    assert result.recommended_methodology == "dmaic"
    signals = {s["signal"]: s for s in result.rationale["complexity_signals"]}
    assert signals["scope"]["points"] == 2
    assert set(signals["scope"]["evidence"]) == {"across", "4 departments"}
    assert signals["stakeholders"]["evidence"] == ["finance", "procurement", "IT"]
    assert signals["stakeholders"]["points"] == 2
    assert signals["data needs"]["points"] == 3
    assert {"ERP", "12 months of", "8%"} <= set(signals["data needs"]["evidence"])
    assert signals["urgency"]["points"] == 1
    assert "data-driven" in result.rationale["methodology_reason"]
    assert result.rationale["summary"].startswith("Complexity 10/10 from scope")


async def test_an_iterative_pilot_is_pdsa() -> None:
    result = await ENGINE.triage_request(PILOT)
    assert result.recommended_methodology == "pdsa"
    assert result.complexity_score <= 4
    assert "iterative" in result.rationale["methodology_reason"]
    assert "pilot" in result.rationale["methodology_reason"]


async def test_a_local_waste_problem_is_a_kaizen_quick_win() -> None:
    result = await ENGINE.triage_request(CHANGEOVER)
    assert result.recommended_methodology == "kaizen"
    assert 2 <= result.complexity_score <= 5
    assert "quick win" in result.rationale["methodology_reason"]


async def test_a_mid_size_problem_is_a3_and_a_new_design_is_dmadv() -> None:
    mid = await ENGINE.triage_request(
        {
            "title": "Invoices take too long to approve",
            "problem_statement": "Supplier invoices wait 12 days on average for approval; late-payment fees follow.",
            "desired_outcome": "Approve 90% of invoices within 5 days.",
            "urgency": "high",
        }
    )
    assert (mid.complexity_score, mid.recommended_methodology) == (6, "a3")
    new = await ENGINE.triage_request(
        {
            "title": "Design a new supplier onboarding process",
            "problem_statement": (
                "Onboarding takes 6 to 10 weeks and differs across all sites; procurement, legal, finance "
                "and IT each keep their own data."
            ),
            "urgency": "medium",
        }
    )
    assert new.recommended_methodology == "dmadv"
    assert new.complexity_score >= 6


def test_team_lead_and_similar_requests_come_from_the_facts() -> None:
    facts: dict[str, Any] = {
        "candidate_teams": [
            {
                "id": "00000000-0000-4000-8000-00000000000a",
                "name": "Plant Ops",
                "description": "Shop floor",
                "department": "Operations",
                "free_hours": 80,
            },
            {
                "id": "00000000-0000-4000-8000-00000000000b",
                "name": "Finance Process Improvement",
                "description": "Procure-to-pay and invoice processing",
                "department": "Finance",
                "free_hours": 20,
            },
        ],
        "candidate_analysts": [
            # Same skills; the busy one has no free hours and is never chosen.
            {
                "id": "00000000-0000-4000-8000-000000000001",
                "full_name": "Busy Bee",
                "skills": ["DMAIC", "Finance"],
                "capacity_hours": 40,
                "free_hours": 0,
                "team_ids": ["00000000-0000-4000-8000-00000000000b"],
            },
            {
                "id": "00000000-0000-4000-8000-000000000002",
                "full_name": "Free Finn",
                "skills": ["DMAIC", "Finance"],
                "capacity_hours": 40,
                "free_hours": 24,
                "team_ids": ["00000000-0000-4000-8000-00000000000b"],
            },
            {
                "id": "00000000-0000-4000-8000-000000000003",
                "full_name": "Idle Ida",
                "skills": ["5S"],
                "capacity_hours": 40,
                "free_hours": 40,
                "team_ids": [],
            },
        ],
        "similar_requests": [
            {
                "id": "00000000-0000-4000-8000-0000000000f1",
                "request_number": "REQ-0001",
                "title": "Invoices take too long to approve",
                "status": "converted",
                "recommended_methodology": "dmaic",
            }
        ],
    }
    request = {**INVOICES, "requester_dept": "Finance"}
    a = assess_request(request, facts)
    result = a.result()
    assert str(result.suggested_team_id) == "00000000-0000-4000-8000-00000000000b"
    assert "its department is the requester's (Finance)" in a.team_reason
    assert str(result.suggested_lead_analyst_id) == "00000000-0000-4000-8000-000000000002"
    assert "Free Finn" in a.lead_reason and "24 of 40 weekly hours free" in a.lead_reason
    assert [str(s) for s in result.similar_requests] == ["00000000-0000-4000-8000-0000000000f1"]


async def test_triage_route_answers_with_explained_markdown_and_a_triage_artifact() -> None:
    answer = await ENGINE.route("triage", {"request": INVOICES, "message": "How big is this?"})
    assert answer.agent_type == "triage"
    assert "complexity 10/10 → DMAIC" in answer.content
    assert "stakeholders +2: finance, procurement, IT" in answer.content
    assert answer.artifacts[0]["type"] == "triage_result"
    TriageResult.model_validate({k: v for k, v in answer.artifacts[0].items() if k != "type"})
    assert answer.context_update == {"complexity_score": 10, "recommended_methodology": "dmaic"}


def _coach_context(artifacts: list[dict[str, Any]], blockers: list[str]) -> dict[str, Any]:
    return {
        "initiative": {
            "initiative_number": "INI-0042",
            "title": "Faster invoice approval",
            "methodology": "dmaic",
            "current_phase": "define",
            "problem_statement": "Invoices wait 12 days.",
            "goal_statement": "90% within 5 days.",
        },
        "phase": {
            "name": "define",
            "status": "in_progress",
            "readiness": {"ready": not blockers, "blockers": blockers, "warnings": []},
            "artifacts": artifacts,
            "required_artifact": "project_charter",
            "recommended_artifacts": ["project_charter", "sipoc", "voc_ctq_tree"],
        },
        "message": "What should I do next?",
    }


async def test_coach_on_define_without_a_charter_says_it_is_missing_and_drafts_it() -> None:
    answer = await ENGINE.route(
        "coach", _coach_context([], ["The define phase needs a project_charter artifact"])
    )
    assert answer.agent_type == "dmaic_coach"
    assert "Not ready for the gate" in answer.content
    assert "no project charter yet: it is missing" in answer.content
    assert "Write next: the project charter" in answer.content
    assert "Who is the customer of this process" in answer.content  # a define-phase question
    assert answer.requires_action and answer.action_type == "write_artifact"
    assert _suggestions(answer)[0] == "Write the project charter"
    draft = answer.artifacts[0]
    assert (draft["type"], draft["artifact_type"], draft["phase"]) == (
        "draft_artifact",
        "project_charter",
        "define",
    )
    assert draft["content"]["problem_statement"] == "Invoices wait 12 days."
    assert draft["content"]["goal_statement"] == "90% within 5 days."
    assert draft["content"]["team"] == [] and draft["content"]["milestones"] == []


async def test_coach_with_a_charter_moves_on_to_the_next_artifact_and_the_gate() -> None:
    answer = await ENGINE.route(
        "coach",
        _coach_context([{"artifact_type": "project_charter", "title": "Charter", "status": "complete"}], []),
    )
    assert "Ready for the gate review" in answer.content
    assert "Write next: the sipoc" in answer.content
    assert "charter" not in answer.content.split("Write next")[1].lower()
    assert "Request the define gate review" in _suggestions(answer)
    assert answer.artifacts[0]["artifact_type"] == "sipoc"


async def test_stats_interpret_reads_p_value_and_effect_size() -> None:
    analysis: dict[str, Any] = {
        "test_type": "two_sample_t",
        "test_category": "comparison",
        "configuration": {"y_column": "days", "group_column": "site"},
        "results": {
            "success": True,
            "summary": {
                "statistic": 3.1,
                "p_value": 0.003,
                "effect_size": 0.85,
                "effect_size_name": "cohens_d",
                "mean_difference": 2.4,
                "difference": "A - B",
                "ci": [0.9, 3.9],
                "confidence_level": 0.95,
            },
        },
        "warnings": [],
    }
    answer = await ENGINE.route("stats_interpret", {"analysis": analysis})
    assert answer.agent_type == "stats_advisor"
    assert "statistically significant at alpha 0.05" in answer.content
    assert "p-value 0.003 is below alpha 0.05" in answer.content
    assert "Cohen's d" in answer.content and "a **large** effect" in answer.content
    assert "mean difference (A - B) is 2.4" in answer.content
    # The shape POST /analyses/{id}/interpret sends (fields at the top level) works too.
    flat = await ENGINE.route(
        "stats_interpret",
        analysis
        | {
            "results": {
                **analysis["results"],
                "summary": {**analysis["results"]["summary"], "p_value": 0.2, "effect_size": 0.1},
            }
        },
    )
    assert "not statistically significant at alpha 0.05" in flat.content
    assert "a **negligible** effect" in flat.content


async def test_stats_interpret_reads_capability_and_control_limits() -> None:
    capability = await ENGINE.route(
        "stats_interpret",
        {
            "analysis": {
                "test_type": "capability_normal",
                "test_category": "capability",
                "results": {"summary": {"cpk": 0.8, "cp": 1.2, "ppm_overall": 8200.0}},
                "warnings": [],
            }
        },
    )
    assert "Cpk is 0.8: the process is **not capable" in capability.content
    assert "off-center" in capability.content
    chart = await ENGINE.route(
        "stats_interpret",
        {
            "analysis": {
                "test_type": "i_mr_chart",
                "test_category": "spc",
                "results": {
                    "summary": {
                        "center": 10.0,
                        "ucl": 13.0,
                        "lcl": 7.0,
                        "in_control": False,
                        "out_of_control": 2,
                    }
                },
                "warnings": ["Only 12 observations"],
            }
        },
    )
    assert "LCL 7, center 10, UCL 13" in chart.content
    assert "2 point(s) break the control rules" in chart.content and "not stable" in chart.content
    assert "Only 12 observations" in chart.content
    assert "Investigate the out-of-control points (special causes)" in _suggestions(chart)


async def test_stats_recommend_lists_the_engines_tests_as_runnable_configurations() -> None:
    context = {
        "dataset": {
            "name": "Cycle times",
            "row_count": 120,
            "column_count": 2,
            "columns": [{"name": "days", "kind": "continuous"}, {"name": "site", "kind": "categorical"}],
            "quality_issues": ["3 missing values in days"],
        },
        "recommendations": [
            {
                "test_type": "descriptive_summary",
                "test_category": "descriptive",
                "reason": "Describe days",
                "suggested_configuration": {"y_column": "days"},
            },
            {
                "test_type": "one_way_anova",
                "test_category": "comparison",
                "reason": "days by site",
                "suggested_configuration": {"y_column": "days", "group_column": "site"},
            },
        ],
        "message": "Do the sites differ?",
    }
    answer = await ENGINE.route("stats_recommend", context)
    assert answer.action_type == "run_test"
    # The comparison matches the question, so it comes first.
    assert [a["test_type"] for a in answer.artifacts] == ["one_way_anova", "descriptive_summary"]
    assert answer.artifacts[0]["configuration"] == {"y_column": "days", "group_column": "site"}
    assert "3 missing values in days" in answer.content
    assert "120 rows" in answer.content


async def test_summary_is_built_from_phases_metrics_actions_and_notes() -> None:
    context = {
        "initiative": {
            "initiative_number": "INI-0007",
            "title": "Cut scrap",
            "methodology": "dmaic",
            "status": "active",
            "health": "at_risk",
            "priority": "high",
            "current_phase": "measure",
        },
        "phases": [
            {"phase_name": "define", "status": "completed"},
            {"phase_name": "measure", "status": "in_progress"},
        ],
        "metrics": [
            {
                "name": "Scrap rate",
                "unit": "%",
                "baseline_value": 6.0,
                "target_value": 3.0,
                "current_value": 5.0,
                "target_met": False,
            }
        ],
        "actions": {
            "open": 3,
            "overdue": 1,
            "completed": 2,
            "items": [{"title": "Calibrate gauge", "status": "in_progress"}],
        },
        "notes": [{"note_type": "decision", "content": "Focus on line 2."}],
    }
    answer = await ENGINE.route("summary", context)
    assert answer.agent_type == "report_agent"
    assert "INI-0007 Cut scrap" in answer.content
    assert "1 of 2 completed" in answer.content
    assert "**Scrap rate**, baseline 6 %, current 5 %, target 3 %, target not met yet" in answer.content
    assert "3 open, 1 overdue, 2 completed" in answer.content
    assert "Focus on line 2." in answer.content
    assert "Follow up the 1 overdue action(s)" in _suggestions(answer)
    assert "Agree a recovery plan with the sponsor" in _suggestions(answer)


async def test_every_intent_answers_schema_valid_and_streams_the_same_answer() -> None:
    for intent in INTENT_AGENTS:
        answer = await ENGINE.route(intent, {"message": "hi"})
        AgentResponse.model_validate(answer.model_dump())
        assert answer.agent_type == INTENT_AGENTS[intent]
        assert answer.content and answer.conversation_id is None
        chunks = [c async for c in ENGINE.stream(intent, {"message": "hi"})]
        assert chunks[-1] == answer
        assert "".join(c.content for c in chunks[:-1]) == answer.content
    with pytest.raises(ValueError, match="intent"):
        await ENGINE.route("dance", {})


def test_the_engine_is_chosen_by_configuration() -> None:
    url = "postgresql://postgres@127.0.0.1:5432/none"
    assert isinstance(get_ai_orchestrator(support.test_settings(url)), LocalAIOrchestrator)  # the default
    assert isinstance(
        get_ai_orchestrator(support.test_settings(url, TOLLGATE_AI_ENGINE="stub")), StubAIOrchestrator
    )
    with pytest.raises(ServiceConfigurationError, match="TOLLGATE_AI_LLM_BASE_URL, TOLLGATE_AI_LLM_MODEL"):
        get_ai_orchestrator(support.test_settings(url, TOLLGATE_AI_ENGINE="llm"))
    llm = get_ai_orchestrator(
        support.test_settings(
            url,
            TOLLGATE_AI_ENGINE="llm",
            TOLLGATE_AI_LLM_PROVIDER="anthropic",
            TOLLGATE_AI_LLM_BASE_URL="https://llm.example/",
            TOLLGATE_AI_LLM_MODEL="m1",
            TOLLGATE_AI_LLM_API_KEY="k-123",
            TOLLGATE_AI_LLM_TIMEOUT_SECONDS="5",
        )
    )
    assert isinstance(llm, LLMAIOrchestrator)
    assert (llm.provider, llm.base_url, llm.model, llm.timeout) == (
        "anthropic",
        "https://llm.example",
        "m1",
        5.0,
    )
    assert "k-123" not in repr(llm)


async def test_coach_answers_about_the_artifact_the_message_names() -> None:
    context = _coach_context([], ["The define phase needs a project_charter artifact"])
    context["message"] = "How do I build the SIPOC?"
    answer = await ENGINE.route("coach", context)
    assert "Write next: the project charter" in answer.content
    assert (
        "You asked about the sipoc: it is not written yet; it covers suppliers, inputs, process, outputs, "
        "customers." in answer.content
    )


async def test_chat_routes_by_the_message_to_the_grounded_answer() -> None:
    context = _coach_context([], ["The define phase needs a project_charter artifact"])
    context["message"] = "Is the gate ready?"
    answer = await ENGINE.route("chat", context)
    assert answer.agent_type == "orchestrator"
    assert "Not ready for the gate" in answer.content
    bare = await ENGINE.route("chat", {"message": "Hello"})
    assert "local assistant" in bare.content and not bare.requires_action


async def test_replacing_an_enterprise_system_is_no_quick_fix() -> None:
    result = await ENGINE.triage_request(
        {
            "title": "Replace the ERP system",
            "problem_statement": "The ERP system is 15 years old.",
            "urgency": "low",
        }
    )
    # 2 + data needs 1 (ERP) + system-scale change 4; "Replace" is not an obvious fix here.
    assert result.complexity_score == 7
    assert result.recommended_methodology == "dmadv"
    signals = {s["signal"] for s in result.rationale["complexity_signals"]}
    assert "system-scale change" in signals and "obvious fix" not in signals
