"""The ``local`` AI orchestrator: deterministic, rule-based answers grounded only in the context.

No network and no model: every answer is built from the facts the API loaded (``handlers.ai_grounding``
documents the context keys) by the rules below, so the same context always gives the same answer.

- triage: complexity 1–10 from the request's content. It starts at 2 and signals move it: scope words
  (across departments, company-wide, every site, 4 departments … up to +3), data needs (ERP data,
  baseline, defect rates, percentages, cycle time, durations, variation … 1 → +1, 2–3 → +2, 4+ → +3),
  stakeholders (functions and parties named: 2 → +1, 3–4 → +2, 5+ → +3), business impact (money,
  fees, savings +1), urgency (critical or high +1), length (over 150 words +1), a system-scale change
  (replacing or introducing an ERP/CRM/MES, a system or platform +4) and obvious-fix words (replace,
  broken, repair, reminder … −1 each, down to −3; ignored when scope or a system-scale change says the
  change is big); clamped to 1–10. The methodology follows the rules of the spec's methodologies:
  DMADV when something new is designed (or a system replaced, or a process standardised) and the
  problem is big (≥ 6); DMAIC when complex (≥ 7) and data-driven; PDSA when the request is iterative
  (pilot, or two of trial, try, adjust, iterate, learn); Just-Do-It for an obvious fix (a fix word and
  ≤ 3); Kaizen for a quick win (waste, changeover, layout … and ≤ 5, or anything ≤ 4); A3 for a
  mid-size problem (5–6); else DMAIC. The team is the one whose department is the requester's and
  whose name/description shares the request's words (ties: more free hours); the lead analyst the one
  with free hours scoring best on methodology skills (+3), skills the request names (+2 each),
  membership of that team (+2) and free hours (/10, at most +4). Similar requests are the API's
  full-text matches.
- coach: from the phase's gate readiness: what blocks the gate, which artifact to write next (with a
  draft outline prefilled from the initiative) and probing questions for the phase.
- stats_recommend / stats_interpret: the StatsEngine's recommendations, and a plain-language reading
  of p-values, effect sizes, control limits and capability indices.
- report_generate / summary: a narrative from the initiative's phases, metrics, actions and notes, or
  from the portfolio's numbers.
- chat: routed by the words of the message to one of the above, else an overview of what is known.
"""

from __future__ import annotations

import math
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from generated.models import AgentResponse, Methodology, Priority, TriageResult
from handlers.services.ai import INTENT_AGENTS

__all__ = ["LocalAIOrchestrator", "assess_request", "interpret_analysis"]

MAX_CONTENT = 100_000
MAX_ITEM = 2000

# ------------------------------------------------------------------------------------------ helpers


def _fmt(value: Any, digits: int = 3) -> str:
    """A number in at most ``digits`` significant digits (plain notation when reasonable)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    if abs(value) < 0.001:
        return f"{value:.2e}"
    text = f"{value:.{digits}g}"
    if "e" in text:
        text = f"{value:,.0f}"
    return text


def _num(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(float(value)) else None
    if isinstance(value, str):
        try:
            parsed = float(value)
        except ValueError:
            return None
        return parsed if math.isfinite(parsed) else None
    return None


def _label(value: Any) -> str:
    return str(value or "").replace("_", " ")


def _response(
    intent: str,
    content: str,
    *,
    suggestions: Iterable[str] = (),
    artifacts: Iterable[dict[str, Any]] = (),
    context_update: dict[str, Any] | None = None,
    action_type: str | None = None,
) -> AgentResponse:
    return AgentResponse.model_validate(
        {
            "agent_type": INTENT_AGENTS[intent],
            "content": content.strip()[:MAX_CONTENT] or "(no answer)",
            "suggestions": [s[:MAX_ITEM] for s in suggestions][:50],
            "artifacts": list(artifacts)[:50],
            "context_update": context_update or {},
            "requires_action": action_type is not None,
            "action_type": action_type,
        }
    )


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


# ------------------------------------------------------------------------------------------- triage

_TEXT_FIELDS = ("title", "description", "problem_statement", "desired_outcome", "business_impact")
_I = re.IGNORECASE
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)"
_UNITS = (
    r"(?:departments?|sites?|plants?|regions?|locations?|countries|business units?|divisions?|"
    r"teams?|systems?|functions?|warehouses?|hospitals?|stores?|lines?)"
)

SCOPE_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("across", re.compile(r"\bacross\b", _I)),
    (
        "organisation-wide",
        re.compile(r"\b(?:company|enterprise|organi[sz]ation|plant|group)[- ]wide\b|\benterprise\b", _I),
    ),
    ("every site/department", re.compile(rf"\b(?:all|every|each) (?:the |of the )?{_UNITS}\b", _I)),
    ("several units", re.compile(rf"\b{_COUNT} {_UNITS}\b", _I)),
    ("cross-functional", re.compile(r"\bcross[- ]functional\b|\bend[- ]to[- ]end\b", _I)),
    ("global", re.compile(r"\bglobal(?:ly)?\b|\bworldwide\b|\bnationwide\b", _I)),
)
DATA_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("data", re.compile(r"\bdata(?:set|base)?s?\b", _I)),
    ("system records (ERP/MES/CRM)", re.compile(r"\b(?:ERP|SAP|MES|CRM|LIMS|WMS)\b")),
    ("a history period", re.compile(r"\b\d+\s*(?:months?|years?|weeks?|quarters?)\s+of\b", _I)),
    ("a baseline", re.compile(r"\bbaseline\b", _I)),
    ("defect/error rates", re.compile(r"\bdefects?\b|\berror rates?\b|\bscrap\b|\brework\b|\bDPMO\b", _I)),
    ("percentages", re.compile(r"\d+(?:\.\d+)?\s?%|\bpercent\b", _I)),
    ("cycle/lead time", re.compile(r"\bcycle[- ]times?\b|\blead[- ]times?\b|\bthroughput\b|\byield\b", _I)),
    ("variation", re.compile(r"\bvariation\b|\bvariability\b|\binconsistent\b|\bdiffer(?:s|ently)\b", _I)),
    (
        "measured quantities",
        re.compile(
            r"\b(?:on )?average\b|\bmedian\b|"
            r"\b\d+(?:\.\d+)?\s*(?:working |business |calendar )?(?:days?|hours?|minutes?|seconds?|weeks?)\b",
            _I,
        ),
    ),
    (
        "statistical analysis",
        re.compile(r"\bstatistic|\bregression\b|\bcorrelat|\bcontrol charts?\b|\bSPC\b|\bcapabilit", _I),
    ),
    ("an unknown cause", re.compile(r"\broot causes?\b|\bunknown causes?\b|\bintermittent\b|\bwhy\b", _I)),
    ("measurement", re.compile(r"\bmeasure(?:s|d|ment|ments)?\b|\bmetrics?\b|\bKPIs?\b", _I)),
)
STAKEHOLDERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "finance",
        re.compile(r"\bfinance\b|\bfinancial\b|\baccounts? (?:payable|receivable)\b|\baccounting\b", _I),
    ),
    ("procurement", re.compile(r"\bprocurement\b|\bpurchasing\b|\bbuyers?\b", _I)),
    ("IT", re.compile(r"\bIT\b|\binformation technology\b")),
    ("HR", re.compile(r"\bHR\b|\bhuman resources\b")),
    ("legal", re.compile(r"\blegal\b", _I)),
    ("sales", re.compile(r"\bsales\b", _I)),
    ("marketing", re.compile(r"\bmarketing\b", _I)),
    ("operations", re.compile(r"\boperations\b", _I)),
    ("quality", re.compile(r"\bquality\b|\bQA\b", _I)),
    ("logistics", re.compile(r"\blogistics\b|\bshipping\b|\bwarehouse\b", _I)),
    ("customer service", re.compile(r"\bcustomer (?:service|support|care)\b|\bcall cent(?:er|re)\b", _I)),
    ("engineering", re.compile(r"\bengineering\b", _I)),
    ("supply chain", re.compile(r"\bsupply chain\b|\bplanning\b", _I)),
    ("maintenance", re.compile(r"\bmaintenance\b", _I)),
    ("production", re.compile(r"\bproduction\b|\bmanufacturing\b", _I)),
    ("compliance", re.compile(r"\bcompliance\b|\bregulatory\b|\baudit(?:ors?)?\b", _I)),
    ("suppliers", re.compile(r"\bsuppliers?\b|\bvendors?\b", _I)),
    ("customers", re.compile(r"\bcustomers?\b|\bpatients?\b|\bclients?\b", _I)),
    ("clinical staff", re.compile(r"\bnurs(?:es|ing)\b|\bphysicians?\b|\bpharmacy\b", _I)),
)
FIX_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("replace", re.compile(r"\breplac(?:e|ed|ing)\b", _I)),
    ("broken", re.compile(r"\bbroken\b|\bnot working\b|\bout of order\b|\bfaulty\b|\bdefective\b", _I)),
    ("repair/fix", re.compile(r"\brepair\b|\bfix\b", _I)),
    ("install", re.compile(r"\binstall\b|\bmount\b", _I)),
    ("swap/reorder", re.compile(r"\bswap\b|\bre-?order\b|\brestock\b", _I)),
    ("typo/label", re.compile(r"\btypos?\b|\bmislabel", _I)),
    ("reminder", re.compile(r"\breminders?\b", _I)),
)
ITERATIVE_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pilot", re.compile(r"\bpilot(?:s|ing|ed)?\b", _I)),
    ("trial", re.compile(r"\btrials?\b|\bexperiment", _I)),
    ("iterate", re.compile(r"\biterat|\brepeat(?:ed)? cycles?\b|\banother cycle\b|\bPDSA\b|\bPDCA\b", _I)),
    ("try", re.compile(r"\btry(?:ing)?\b|\btest (?:it|a|the|whether|on)\b|\bsmall[- ]scale\b", _I)),
    ("adjust", re.compile(r"\badjust(?:ing|ed)?\b|\btweak|\brefine\b", _I)),
    ("learn", re.compile(r"\blearn(?:ing)?\b|\bsee what works\b", _I)),
)
KAIZEN_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("changeover", re.compile(r"\bchangeovers?\b|\bset-?up times?\b|\bSMED\b", _I)),
    ("5S/layout", re.compile(r"\b5S\b|\blayout\b|\bclutter|\borgani[sz]e the\b", _I)),
    ("waste", re.compile(r"\bwaste\b|\bmuda\b|\bwalking\b|\bmotion\b|\bwaiting\b|\bsearching\b", _I)),
    ("kaizen", re.compile(r"\bkaizen\b|\bquick wins?\b|\bblitz\b|\bworkshop\b", _I)),
    ("standard work", re.compile(r"\bstandard work\b|\bvisual management\b", _I)),
)
DESIGN_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "design new",
        re.compile(r"\bdesign (?:a|an|the) new\b|\bdesign(?:ing)? (?:a|an) \w+ (?:process|service)\b", _I),
    ),
    (
        "new offering",
        re.compile(r"\bnew (?:product|service|process|facility|offering|plant|warehouse)\b", _I),
    ),
    ("from scratch", re.compile(r"\bfrom scratch\b|\bgreenfield\b|\bno (?:existing|current) process\b", _I)),
    ("launch", re.compile(r"\blaunch(?:ing)?\b", _I)),
    (
        "standardise",
        re.compile(r"\bstandardi[sz]e|\bone (?:\w+ )?process\b|\bthe same (?:at|in|for) every\b", _I),
    ),
)
IMPACT_SIGNAL = re.compile(
    r"\b\d[\d,.]*\s?(?:k|m|million|thousand)?\s?(?:USD|EUR|GBP|dollars|euros)\b|[$€£]\s?\d|"
    r"\bfees?\b|\bpenalt(?:y|ies)\b|\bfines?\b|\blost revenue\b|\bsavings\b|\bworking capital\b",
    _I,
)
# Replacing or introducing an enterprise system: big whatever the verb (a "replace" is no quick fix here).
SYSTEM_SCALE = re.compile(
    r"\b(?:replac\w*|implement\w*|migrat\w*|roll(?:ing)?[- ]?out|upgrad\w*|introduc\w*|new|modern)\b"
    r"[^.;]{0,40}?\b(?:ERP|CRM|MES|SAP|WMS|LIMS|system|platform|software)\b",
    _I,
)
URGENT_CRITICAL = re.compile(r"\bsafety\b|\binjur|\bline (?:is )?down\b|\boutage\b|\brecall\b", _I)
URGENT_HIGH = re.compile(r"\burgent\b|\basap\b|\bimmediately\b|\bcustomer complaints?\b|\bescalat", _I)

METHODOLOGY_SKILLS: dict[Methodology, tuple[str, ...]] = {
    Methodology.dmaic: ("dmaic", "six sigma", "black belt", "green belt", "spc", "regression", "doe"),
    Methodology.dmadv: ("dmadv", "dfss", "design for six sigma", "dmaic", "doe"),
    Methodology.kaizen: ("kaizen", "lean", "5s", "smed"),
    Methodology.a3: ("a3", "lean"),
    Methodology.pdsa: ("pdsa", "pdca"),
    Methodology.just_do_it: (),
}
METHODOLOGY_NAMES = {
    Methodology.dmaic: "DMAIC",
    Methodology.dmadv: "DMADV",
    Methodology.kaizen: "Kaizen",
    Methodology.a3: "A3",
    Methodology.pdsa: "PDSA",
    Methodology.just_do_it: "Just-Do-It",
}
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "the",
        "their",
        "this",
        "that",
        "to",
        "too",
        "was",
        "we",
        "were",
        "will",
        "with",
        "not",
        "no",
        "all",
        "more",
        "less",
        "than",
        "per",
        "very",
        "can",
        "need",
        "needs",
        "take",
        "takes",
        # Words every team description and request share: no evidence of a fit.
        "improve",
        "improvement",
        "improvements",
        "project",
        "projects",
        "team",
        "reduce",
        "better",
    ]
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _tokens(text: str) -> set[str]:
    out = set()
    for word in _WORD.findall(text.lower()):
        if len(word) < 3 or word in _STOPWORDS:
            continue
        out.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return out


def _matches(patterns: Sequence[tuple[str, re.Pattern[str]]], text: str) -> list[tuple[str, str]]:
    """(signal name, matched text) of every pattern found in ``text``."""
    found = []
    for name, pattern in patterns:
        m = pattern.search(text)
        if m:
            found.append((name, m.group(0)))
    return found


@dataclass
class Assessment:
    """What the local triage concluded about a request, and why."""

    complexity: int
    methodology: Methodology
    urgency: Priority
    signals: list[dict[str, Any]] = field(default_factory=list)
    methodology_reason: str = ""
    team: dict[str, Any] | None = None
    team_reason: str = ""
    lead: dict[str, Any] | None = None
    lead_reason: str = ""
    similar: list[dict[str, Any]] = field(default_factory=list)
    word_count: int = 0

    def rationale(self) -> dict[str, Any]:
        raised = [f"{s['signal']} ({s['points']:+d}: {', '.join(s['evidence'])})" for s in self.signals]
        summary = (
            f"Complexity {self.complexity}/10"
            + (f" from {'; '.join(raised)}" if raised else " (no scope, data or stakeholder signals)")
            + f". {METHODOLOGY_NAMES[self.methodology]}: {self.methodology_reason}"
        )
        return {
            "summary": summary[:2000],
            "engine": "local",
            "complexity_signals": self.signals,
            "methodology_reason": self.methodology_reason,
            "team_reason": self.team_reason,
            "lead_analyst_reason": self.lead_reason,
            "similar_requests": [
                {k: s.get(k) for k in ("id", "request_number", "title", "status", "recommended_methodology")}
                for s in self.similar
            ],
            "word_count": self.word_count,
        }

    def result(self) -> TriageResult:
        return TriageResult.model_validate(
            {
                "complexity_score": self.complexity,
                "recommended_methodology": self.methodology,
                "urgency": self.urgency,
                "rationale": self.rationale(),
                "suggested_team_id": self.team["id"] if self.team else None,
                "suggested_lead_analyst_id": self.lead["id"] if self.lead else None,
                "similar_requests": [s["id"] for s in self.similar if s.get("id")][:20],
            }
        )


def _urgency(request: dict[str, Any], text: str) -> Priority:
    try:
        if request.get("urgency"):
            return Priority(request["urgency"])
    except ValueError:
        pass
    if URGENT_CRITICAL.search(text):
        return Priority.critical
    if URGENT_HIGH.search(text):
        return Priority.high
    return Priority.medium


def _signal(name: str, points: int, evidence: Iterable[str]) -> dict[str, Any]:
    return {"signal": name, "points": points, "evidence": list(evidence)}


def _choose_methodology(
    complexity: int, data: int, fixes: int, iterative: list[str], kaizen: int, design: int
) -> tuple[Methodology, str]:
    if design and complexity >= 6:
        return Methodology.dmadv, (
            "the request designs something new and is big enough to need customer requirements (CTQs) "
            "measured and designed for (define, measure, analyze, design, verify)."
        )
    if complexity >= 7 and data:
        return Methodology.dmaic, (
            "a complex, data-driven problem: baseline it with data, find the verified root cause, "
            "then improve and control (define, measure, analyze, improve, control)."
        )
    if len(iterative) >= 2 or "pilot" in iterative:
        return Methodology.pdsa, (
            "the request is iterative (" + ", ".join(iterative) + "): plan a small test, do it, "
            "study the result and act, cycle after cycle."
        )
    if fixes and complexity <= 3:
        return Methodology.just_do_it, (
            "an obvious fix with a known solution: implement it and verify it worked; "
            "a full project would cost more than the problem."
        )
    if kaizen and complexity <= 5:
        return Methodology.kaizen, (
            "a quick win in one area (waste to remove): a focused Kaizen event of a few days "
            "(prepare, execute, sustain) fits."
        )
    if complexity <= 4:
        return Methodology.kaizen, "a small, local problem: a quick-win Kaizen event fits its size."
    if complexity <= 6:
        return Methodology.a3, (
            "a mid-size problem: one A3 (background, current condition, goal, root cause, "
            "countermeasures, implementation, follow-up) structures it without a full DMAIC."
        )
    return Methodology.dmaic, (
        "a complex problem with several parties: DMAIC's gates keep the scope and the evidence in check."
    )


def _free(person: dict[str, Any]) -> float:
    return _num(person.get("free_hours")) or 0.0


def _pick_team(
    teams: Sequence[dict[str, Any]], text_tokens: set[str], dept: str | None
) -> tuple[dict[str, Any] | None, str]:
    best: tuple[float, float, str] | None = None
    chosen: dict[str, Any] | None = None
    reason = ""
    for team in teams:
        words = _tokens(" ".join(str(team.get(k) or "") for k in ("name", "description", "department")))
        overlap = sorted(text_tokens & words)
        score = float(len(overlap))
        dept_match = bool(dept and team.get("department") and str(team["department"]).lower() == dept.lower())
        if dept_match:
            score += 3
        if score <= 0:
            continue
        key = (score, _free_team(team), str(team.get("name") or ""))
        if best is None or key[:2] > best[:2]:
            best, chosen = key, team
            why = []
            if dept_match:
                why.append(f"its department is the requester's ({dept})")
            if overlap:
                why.append("its description shares " + ", ".join(f"'{w}'" for w in overlap[:6]))
            reason = (
                f"{team.get('name')}: "
                + " and ".join(why)
                + f"; its members have {_fmt(_free_team(team))} free hours a week."
            )
    if chosen is None:
        return None, "No team's name, description or department matches the request."
    return chosen, reason


def _free_team(team: dict[str, Any]) -> float:
    return _num(team.get("free_hours")) or 0.0


def _pick_lead(
    people: Sequence[dict[str, Any]],
    methodology: Methodology,
    text: str,
    team: dict[str, Any] | None,
) -> tuple[dict[str, Any] | None, str]:
    lowered = text.lower()
    wanted = METHODOLOGY_SKILLS[methodology]
    best: tuple[float, str] | None = None
    chosen: dict[str, Any] | None = None
    reason = ""
    for person in people:
        free = _free(person)
        if free <= 0:
            continue
        skills = [str(s) for s in person.get("skills") or []]
        method_skills = [s for s in skills if s.lower() in wanted]
        topic_skills = [
            s
            for s in skills
            if s.lower() not in wanted and re.search(rf"\b{re.escape(s.lower())}\b", lowered)
        ]
        in_team = bool(team and str(team.get("id")) in {str(t) for t in person.get("team_ids") or []})
        score = (
            (3 if method_skills else 0) + 2 * len(topic_skills) + (2 if in_team else 0) + min(free, 40) / 10
        )
        key = (score, str(person.get("full_name") or ""))
        if best is None or key[0] > best[0] or (key[0] == best[0] and key[1] < best[1]):
            best, chosen = key, person
            why = []
            if method_skills:
                why.append(f"{METHODOLOGY_NAMES[methodology]} skills ({', '.join(method_skills)})")
            if topic_skills:
                why.append(f"skills the request mentions ({', '.join(topic_skills)})")
            if in_team:
                why.append(f"a member of {team.get('name') if team else 'the team'}")
            capacity = _num(person.get("capacity_hours"))
            why.append(f"{_fmt(free)} of {_fmt(capacity) if capacity is not None else '?'} weekly hours free")
            reason = f"{person.get('full_name')}: " + ", ".join(why) + "."
    if chosen is None:
        return None, "Nobody with free capacity was found among the analysts."
    return chosen, reason


def assess_request(request: dict[str, Any], facts: dict[str, Any] | None = None) -> Assessment:
    """The local triage of a request (or draft): complexity, methodology, urgency, team, lead, similar."""
    facts = facts if facts is not None else request
    text = " ".join(str(request.get(f) or "") for f in _TEXT_FIELDS).strip()
    words = len(text.split())
    signals: list[dict[str, Any]] = []

    scope = _matches(SCOPE_SIGNALS, text)
    if scope:
        signals.append(_signal("scope", min(3, len(scope)), (m for _, m in scope)))
    data = _matches(DATA_SIGNALS, text)
    if data:
        signals.append(
            _signal("data needs", 1 if len(data) == 1 else 2 if len(data) <= 3 else 3, (m for _, m in data))
        )
    parties = [name for name, pattern in STAKEHOLDERS if pattern.search(text)]
    if len(parties) >= 2:
        signals.append(
            _signal("stakeholders", 1 if len(parties) == 2 else 2 if len(parties) <= 4 else 3, parties)
        )
    urgency = _urgency(request, text)
    impact = IMPACT_SIGNAL.search(text)
    if impact:
        signals.append(_signal("business impact", 1, [impact.group(0)]))
    if urgency in (Priority.critical, Priority.high):
        signals.append(_signal("urgency", 1, [urgency.value]))
    if words > 150:
        signals.append(_signal("size of the description", 1, [f"{words} words"]))
    system = SYSTEM_SCALE.search(text)
    if system:
        signals.append(_signal("system-scale change", 4, [system.group(0)]))
    # A fix word names an obvious fix only when nothing says the change is big.
    fixes = [] if system or scope else _matches(FIX_SIGNALS, text)
    if fixes:
        signals.append(_signal("obvious fix", -min(3, len(fixes)), (m for _, m in fixes)))
    complexity = max(1, min(10, 2 + sum(s["points"] for s in signals)))

    iterative = [name for name, _ in _matches(ITERATIVE_SIGNALS, text)]
    kaizen = _matches(KAIZEN_SIGNALS, text)
    design = _matches(DESIGN_SIGNALS, text) + ([("system", system.group(0))] if system else [])
    methodology, why = _choose_methodology(
        complexity, len(data), len(fixes), iterative, len(kaizen), len(design)
    )

    tokens = _tokens(text)
    team, team_reason = _pick_team(facts.get("candidate_teams") or [], tokens, request.get("requester_dept"))
    lead, lead_reason = _pick_lead(facts.get("candidate_analysts") or [], methodology, text, team)
    similar = [s for s in facts.get("similar_requests") or [] if isinstance(s, dict)][:20]
    return Assessment(
        complexity=complexity,
        methodology=methodology,
        urgency=urgency,
        signals=signals,
        methodology_reason=why,
        team=team,
        team_reason=team_reason,
        lead=lead,
        lead_reason=lead_reason,
        similar=similar,
        word_count=words,
    )


def _triage_content(request: dict[str, Any], a: Assessment) -> str:
    name = request.get("request_number") or "This draft"
    lines = [
        f"**{name}: complexity {a.complexity}/10 → {METHODOLOGY_NAMES[a.methodology]}** "
        f"(urgency {a.urgency.value}).",
        "",
        "**Why this complexity**",
    ]
    if a.signals:
        lines += [f"- {s['signal']} {s['points']:+d}: {', '.join(s['evidence'])}" for s in a.signals]
    else:
        lines.append("- No scope, data, stakeholder or urgency signals: a small request (base score 2).")
    lines += ["", f"**Why {METHODOLOGY_NAMES[a.methodology]}**: {a.methodology_reason}", ""]
    lines.append(f"**Team**: {a.team_reason}")
    lines.append(f"**Lead analyst**: {a.lead_reason}")
    if a.similar:
        lines += ["", "**Similar earlier requests**"]
        for s in a.similar[:5]:
            extra = f", triaged {s['recommended_methodology']}" if s.get("recommended_methodology") else ""
            lines.append(f"- {s.get('request_number')}: {s.get('title')} ({s.get('status')}{extra})")
    else:
        lines += ["", "No similar earlier requests were found."]
    return "\n".join(lines)


def _triage_suggestions(request: dict[str, Any], a: Assessment) -> list[str]:
    out = []
    if not request.get("problem_statement"):
        out.append("Add a problem statement with numbers (how often, how much, since when)")
    if not request.get("desired_outcome"):
        out.append("State the desired outcome as a measurable target")
    if not request.get("business_impact"):
        out.append("Estimate the business impact (cost, time, customers affected)")
    if a.similar:
        out.append(f"Check {a.similar[0].get('request_number')} before starting: it looks similar")
    if a.methodology in (Methodology.dmaic, Methodology.dmadv):
        out.append("Line up the data sources and a sponsor before the define gate")
    return out or ["Review the recommendation and triage the request"]


# ------------------------------------------------------------------------------------------- coach

PROBING_QUESTIONS: dict[str, tuple[str, ...]] = {
    "define": (
        "Who is the customer of this process, and what do they call a defect?",
        "What is in scope and, just as important, what is out of scope?",
        "How will you know the project succeeded: which metric, from what baseline to what target?",
    ),
    "measure": (
        "Is the measurement system trustworthy (has a gage R&R or attribute agreement been done)?",
        "Which operational definition makes two people record the same value?",
        "How many data points do you need for a baseline, and over which period?",
    ),
    "analyze": (
        "Which root causes have been verified with data rather than opinion?",
        "What does the Pareto say: which few causes explain most of the defects?",
        "Could the relationship you see be a coincidence or driven by a third factor?",
    ),
    "improve": (
        "Which solution attacks the verified root cause, and how will you pilot it?",
        "What could go wrong with the change (have you run an FMEA on it)?",
        "How will you compare before and after with the same measurement?",
    ),
    "control": (
        "Who owns the process after hand-off, and what is their reaction plan?",
        "Which control chart will show that the gain holds?",
        "Is the new way written into the SOP and has everyone been trained?",
    ),
    "design": (
        "Which design options meet every critical-to-quality requirement?",
        "How have you tested the design before full build?",
    ),
    "verify": (
        "Does the result meet the target the sponsor agreed to?",
        "Who takes ownership once it is verified?",
    ),
    "prepare": (
        "What exactly is the target area and the goal of the event?",
        "Who will be in the room for the whole event, and is the sponsor available?",
    ),
    "execute": (
        "Which wastes did the team see on the floor, and which were removed?",
        "What did the new standard work look like by the end of the event?",
    ),
    "sustain": (
        "How will you check in 30, 60 and 90 days that the gains hold?",
        "Which open items from the event still have an owner and a date?",
    ),
    "background": ("Why does this problem matter to the business now?",),
    "current_condition": ("What does the process look like today, drawn from going to see it?",),
    "goal": ("What measurable target, by when?",),
    "root_cause": ("Have you asked 'why' until you reached a cause you can act on?",),
    "countermeasures": ("Which countermeasure addresses which root cause?",),
    "implementation": ("Who does what by when, and how will you know it is done?",),
    "follow_up": ("Did the countermeasures move the metric, and what is still open?",),
    "plan": (
        "What change are you testing, and what do you predict will happen?",
        "What will you measure to know whether the change is an improvement?",
    ),
    "do": ("What happened during the test that you did not expect?",),
    "study": ("How do the results compare with your prediction?",),
    "act": ("Will you adopt, adapt or abandon the change, and what is the next cycle?",),
    "implement": ("Is the fix really obvious, or is there a root cause to understand first?",),
}

ARTIFACT_OUTLINES: dict[str, tuple[str, ...]] = {
    "project_charter": (
        "problem_statement",
        "goal_statement",
        "scope",
        "out_of_scope",
        "business_case",
        "team",
        "milestones",
    ),
    "sipoc": ("suppliers", "inputs", "process", "outputs", "customers"),
    "data_collection_plan": (
        "metrics",
        "operational_definitions",
        "data_sources",
        "sample_size",
        "owner",
        "schedule",
    ),
    "pilot_plan": ("solution", "scope", "duration", "success_criteria", "risks", "owner"),
    "control_plan": ("rows",),
    "five_why": ("problem", "whys", "root_cause"),
    "fishbone_diagram": ("effect", "categories"),
    "fmea": ("rows",),
    "kaizen_charter": ("target_area", "goal", "team", "schedule", "scope"),
    "a3_report": (
        "background",
        "current_condition",
        "goal",
        "root_cause",
        "countermeasures",
        "implementation",
        "follow_up",
    ),
    "pdsa_cycle": ("plan", "prediction", "do", "study", "act"),
    "change_record": ("change", "reason", "implemented_by", "date"),
    "verification_record": ("check", "result", "verified_by", "date"),
}


def _artifact_outline(artifact_type: str, initiative: dict[str, Any]) -> dict[str, Any]:
    keys = ARTIFACT_OUTLINES.get(artifact_type, ("summary", "details", "owner"))
    content: dict[str, Any] = {}
    for key in keys:
        value = initiative.get(key)
        if key in (
            "team",
            "milestones",
            "rows",
            "whys",
            "suppliers",
            "inputs",
            "process",
            "outputs",
            "customers",
        ):
            content[key] = []
        elif key == "categories":
            content[key] = {}
        elif key == "problem" and initiative.get("problem_statement"):
            content[key] = initiative["problem_statement"]
        elif key == "goal" and initiative.get("goal_statement"):
            content[key] = initiative["goal_statement"]
        else:
            content[key] = value if isinstance(value, str) and value else ""
    return content


_ARTIFACT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kaizen_charter", re.compile(r"\bkaizen charter\b", _I)),
    ("project_charter", re.compile(r"\bcharter\b", _I)),
    ("sipoc", re.compile(r"\bsipoc\b", _I)),
    ("voc_ctq_tree", re.compile(r"\bvoc\b|\bctq\b", _I)),
    ("data_collection_plan", re.compile(r"\bdata collection\b", _I)),
    ("msa_results", re.compile(r"\bmsa\b|\bgage r&r\b|\bgauge r&r\b", _I)),
    ("fishbone_diagram", re.compile(r"\bfishbone\b|\bishikawa\b", _I)),
    ("five_why", re.compile(r"\b(?:5|five)[- ]whys?\b", _I)),
    ("fmea", re.compile(r"\bfmea\b", _I)),
    ("pilot_plan", re.compile(r"\bpilot plan\b", _I)),
    ("control_plan", re.compile(r"\bcontrol plan\b", _I)),
    ("a3_report", re.compile(r"\ba3\b", _I)),
    ("pdsa_cycle", re.compile(r"\bpdsa\b", _I)),
)


def _artifact_asked(message: str) -> str | None:
    """The artifact type the user's message names, if any."""
    for artifact_type, pattern in _ARTIFACT_WORDS:
        if pattern.search(message):
            return artifact_type
    return None


def _coach(context: dict[str, Any]) -> AgentResponse:
    initiative = context.get("initiative") or {}
    phase = context.get("phase") or {}
    phase_name = str(phase.get("name") or context.get("phase_name") or initiative.get("current_phase") or "")
    readiness = phase.get("readiness") or {}
    blockers = [str(b) for b in readiness.get("blockers") or []]
    warnings = [str(w) for w in readiness.get("warnings") or []]
    present = phase.get("artifacts") or []
    present_types = {str(a.get("artifact_type")) for a in present}
    required = phase.get("required_artifact")
    recommended = [str(t) for t in phase.get("recommended_artifacts") or []]
    drafts = [a for a in present if a.get("status") == "draft"]
    title = initiative.get("title") or "the initiative"
    number = initiative.get("initiative_number") or ""
    label = _label(phase_name)

    next_artifact: str | None = None
    why_next = ""
    if required and required not in present_types:
        next_artifact = str(required)
        why_next = f"the {label} gate cannot be approved without a {_label(required)}"
    else:
        for artifact_type in recommended:
            if artifact_type not in present_types:
                next_artifact = artifact_type
                why_next = f"it is the next artifact the {label} phase usually produces"
                break

    lines = [f"**{number} {title} — {label} phase** ({_label(phase.get('status') or 'not started')})."]
    if blockers:
        lines.append(f"\n**Not ready for the gate.** {len(blockers)} blocker(s):")
        lines.append(_bullets(blockers))
        if required and required not in present_types:
            lines.append(
                f"\nThe {label} phase has no {_label(required)} yet: it is missing, and the gate needs it."
            )
    else:
        lines.append("\n**Ready for the gate review**: nothing blocks approval.")
    if warnings:
        lines.append("\nWarnings:")
        lines.append(_bullets(warnings))
    if present:
        lines.append(
            "\nArtifacts so far: "
            + ", ".join(f"{_label(a.get('artifact_type'))} ({a.get('status')})" for a in present)
            + "."
        )
    else:
        lines.append(f"\nNo artifacts have been written in the {label} phase yet.")
    if next_artifact:
        fields = ARTIFACT_OUTLINES.get(next_artifact)
        lines.append(f"\n**Write next: the {_label(next_artifact)}**, because {why_next}.")
        if fields:
            lines.append("It covers: " + ", ".join(_label(f) for f in fields) + ".")
        if next_artifact != required:
            lines.append(f"There is no {_label(next_artifact)} in this phase yet.")
    elif drafts:
        lines.append(
            "\n**Next**: complete the draft(s): "
            + ", ".join(_label(a.get("artifact_type")) for a in drafts)
            + "."
        )
    asked = _artifact_asked(str(context.get("message") or ""))
    if asked and asked != next_artifact:
        have = "is already written" if asked in present_types else "is not written yet"
        fields = ARTIFACT_OUTLINES.get(asked)
        lines.append(
            f"\nYou asked about the {_label(asked)}: it {have}"
            + (f"; it covers {', '.join(_label(f) for f in fields)}." if fields else ".")
        )
    questions = PROBING_QUESTIONS.get(phase_name, ())
    if questions:
        lines.append("\n**Questions to test your thinking in this phase**")
        lines.append(_bullets(questions))

    suggestions: list[str] = []
    artifacts: list[dict[str, Any]] = []
    action: str | None = None
    if next_artifact:
        suggestions.append(f"Write the {_label(next_artifact)}")
        artifacts.append(
            {
                "type": "draft_artifact",
                "artifact_type": next_artifact,
                "phase": phase_name,
                "title": f"{_label(next_artifact).capitalize()} — {title}"[:200],
                "content": _artifact_outline(next_artifact, initiative),
            }
        )
        action = "write_artifact"
    for d in drafts:
        suggestions.append(f"Mark the {_label(d.get('artifact_type'))} complete once reviewed")
    if not blockers:
        suggestions.append(f"Request the {label} gate review")
        if action is None:
            action = "review_gate"
    suggestions += list(questions[:1])
    return _response(
        "coach",
        "\n".join(lines),
        suggestions=suggestions,
        artifacts=artifacts,
        context_update={"phase": phase_name, "gate_ready": not blockers, "next_artifact": next_artifact},
        action_type=action,
    )


# --------------------------------------------------------------------------------------- statistics

_FOCUS = (
    (re.compile(r"\bcompar|\bdiffer|\bgroups?\b|\bbefore\b|\bafter\b", _I), "comparison"),
    (re.compile(r"\brelat|\bcorrelat|\bpredict|\bdriver|\bregress", _I), "regression"),
    (re.compile(r"\bstable\b|\bcontrol\b|\bover time\b|\bspc\b|\bchart", _I), "spc"),
    (re.compile(r"\bcapab|\bspec|\bcpk\b|\btolerance", _I), "capability"),
    (re.compile(r"\bnormal|\bdistribut|\bdescrib|\bsummar", _I), "descriptive"),
)


def _stats_recommend(context: dict[str, Any]) -> AgentResponse:
    dataset = context.get("dataset") or {}
    recs = [r for r in context.get("recommendations") or [] if isinstance(r, dict)]
    message = str(context.get("message") or "")
    focus = {cat for pattern, cat in _FOCUS if pattern.search(message)}
    if "regression" in focus:
        focus.add("correlation")
    recs.sort(key=lambda r: 0 if r.get("test_category") in focus else 1)
    columns = [c for c in dataset.get("columns") or [] if isinstance(c, dict)]
    kinds: dict[str, list[str]] = {}
    for c in columns:
        kinds.setdefault(str(c.get("kind")), []).append(str(c.get("name")))
    lines = [
        f"**{dataset.get('name') or 'The dataset'}**: {_fmt(dataset.get('row_count') or 0)} rows, "
        f"{_fmt(dataset.get('column_count') or len(columns))} columns"
        + (
            " (" + "; ".join(f"{k}: {', '.join(v[:6])}" for k, v in sorted(kinds.items())) + ")."
            if kinds
            else "."
        )
    ]
    issues = [str(i) for i in dataset.get("quality_issues") or []]
    if issues:
        lines.append("\n**Check the data first**:")
        lines.append(_bullets(issues[:10]))
    if recs:
        lines.append("\n**Recommended tests**" + (" (matching your question first)" if focus else "") + ":")
        for i, r in enumerate(recs[:10], 1):
            lines.append(
                f"{i}. **{_label(r.get('test_type'))}** ({r.get('test_category')}): {r.get('reason')}"
            )
        lines.append(
            "\nStart with the first; each suggested configuration can be run as is from the dataset's analyze action."
        )
        action = "run_test"
    else:
        lines.append(
            "\nThe statistics engine has no test to recommend for these columns: a test needs at least one "
            "numeric column (or a categorical one for counts). Upload data with the measurements."
        )
        action = "upload_data"
    n = _num(dataset.get("row_count"))
    if n is not None and 0 < n < 30:
        lines.append(
            f"\nWith only {_fmt(int(n))} rows, tests have little power: collect more data if you can."
        )
    artifacts = [
        {
            "type": "test_configuration",
            "test_type": r.get("test_type"),
            "test_category": r.get("test_category"),
            "configuration": r.get("suggested_configuration") or {},
            "reason": r.get("reason"),
        }
        for r in recs[:10]
    ]
    suggestions = [f"Run {_label(r.get('test_type'))}" for r in recs[:5]] or [
        "Upload a dataset with measurements"
    ]
    return _response(
        "stats_recommend", "\n".join(lines), suggestions=suggestions, artifacts=artifacts, action_type=action
    )


EFFECT_THRESHOLDS: dict[str, tuple[float, float, float]] = {
    "cohens_d": (0.2, 0.5, 0.8),
    "cohens_dz": (0.2, 0.5, 0.8),
    "hedges_g": (0.2, 0.5, 0.8),
    "eta_squared": (0.01, 0.06, 0.14),
    "epsilon_squared": (0.01, 0.06, 0.14),
    "r_squared": (0.02, 0.13, 0.26),
    "pearson": (0.1, 0.3, 0.5),
    "spearman": (0.1, 0.3, 0.5),
    "kendall": (0.1, 0.3, 0.5),
    "rank_biserial": (0.1, 0.3, 0.5),
    "cramers_v": (0.1, 0.3, 0.5),
    "cohens_w": (0.1, 0.3, 0.5),
}
EFFECT_NAMES = {
    "cohens_d": "Cohen's d",
    "cohens_dz": "Cohen's dz",
    "eta_squared": "eta squared",
    "epsilon_squared": "epsilon squared",
    "r_squared": "R²",
    "pearson": "Pearson's r",
    "spearman": "Spearman's rho",
    "rank_biserial": "rank-biserial correlation",
    "cramers_v": "Cramér's V",
    "cohens_w": "Cohen's w",
}


def effect_magnitude(name: str, value: float) -> str:
    small, medium, large = EFFECT_THRESHOLDS.get(name, (0.2, 0.5, 0.8))
    size = abs(value)
    if size >= large:
        return "large"
    if size >= medium:
        return "medium"
    if size >= small:
        return "small"
    return "negligible"


def capability_verdict(index: float) -> str:
    if index >= 1.33:
        return "capable (at least 1.33)"
    if index >= 1.0:
        return (
            "marginally capable (between 1.0 and 1.33): little margin; reduce variation or center the process"
        )
    return "not capable (below 1.0): the process makes output outside the specification"


def interpret_analysis(analysis: dict[str, Any]) -> tuple[str, list[str]]:
    """Plain-language reading of an analysis (test type, configuration, results, warnings) and next steps."""
    test_type = str(analysis.get("test_type") or "")
    category = str(analysis.get("test_category") or "")
    config = analysis.get("configuration") or {}
    results = analysis.get("results") or {}
    summary = results.get("summary") if isinstance(results.get("summary"), dict) else results
    summary = summary or {}
    alpha = _num(config.get("alpha")) or _num(summary.get("alpha")) or 0.05
    lines = [f"**{_label(test_type).capitalize() or 'Analysis'}** ({category or 'statistics'})."]
    steps: list[str] = []

    p = _num(summary.get("p_value"))
    significant: bool | None = None
    if p is not None:
        significant = p < alpha
        if test_type == "normality_test":
            if significant:
                lines.append(
                    f"The p-value {_fmt(p)} is below alpha {_fmt(alpha)}: the data are **not normal**. "
                    "Use a non-parametric test or a non-normal capability analysis."
                )
                steps.append("Use non-parametric tests (Mann-Whitney, Kruskal-Wallis) on these data")
            else:
                lines.append(
                    f"The p-value {_fmt(p)} is at or above alpha {_fmt(alpha)}: no evidence against normality, "
                    "so tests that assume normal data are reasonable."
                )
        elif significant:
            lines.append(
                f"The p-value {_fmt(p)} is below alpha {_fmt(alpha)}: the result is **statistically significant "
                f"at alpha {_fmt(alpha)}**. If there were truly no effect, a result this extreme would happen "
                f"less than {_fmt(alpha * 100)}% of the time."
            )
        else:
            lines.append(
                f"The p-value {_fmt(p)} is at or above alpha {_fmt(alpha)}: the result is **not statistically "
                f"significant at alpha {_fmt(alpha)}**. The data do not show an effect; that is not proof "
                "that there is none (the sample may be too small)."
            )
    effect = _num(summary.get("effect_size"))
    effect_name = str(summary.get("effect_size_name") or "")
    if effect is not None:
        magnitude = effect_magnitude(effect_name, effect)
        lines.append(
            f"The effect size ({EFFECT_NAMES.get(effect_name, _label(effect_name) or 'effect size')}) is "
            f"{_fmt(effect)}: a **{magnitude}** effect."
        )
        if significant and magnitude in ("negligible", "small"):
            lines.append("Significant but small: check whether it matters in practice before acting on it.")
        if significant is False and magnitude in ("medium", "large"):
            lines.append(
                "A sizeable effect that is not significant usually means too few data: collect more."
            )
    diff = _num(summary.get("mean_difference"))
    if diff is not None:
        ci = summary.get("ci") or []
        ci_text = ""
        if isinstance(ci, list) and len(ci) == 2 and all(_num(c) is not None for c in ci):
            ci_text = f" ({_fmt(_num(summary.get('confidence_level')) or 0.95)} confidence interval {_fmt(ci[0])} to {_fmt(ci[1])})"
        what = summary.get("difference") or "the groups"
        lines.append(f"The mean difference ({what}) is {_fmt(diff)}{ci_text}.")
    r2 = _num(summary.get("r_squared"))
    if r2 is not None and category == "regression":
        lines.append(f"The model explains {_fmt(r2 * 100)}% of the variation (R² {_fmt(r2)}).")

    # Capability
    for key in ("cpk", "ppk"):
        value = _num(summary.get(key))
        if value is not None:
            lines.append(
                f"{key.capitalize()} is {_fmt(value)}: the process is **{capability_verdict(value)}**."
            )
            if value < 1.33:
                steps.append("Reduce variation (find its sources) or center the process on the target")
            break
    cp, cpk = _num(summary.get("cp")), _num(summary.get("cpk"))
    if cp is not None and cpk is not None and cp - cpk > 0.2:
        lines.append(
            f"Cp {_fmt(cp)} is well above Cpk {_fmt(cpk)}: the process is off-center; centering it would help most."
        )
    ppm = _num(summary.get("ppm_overall"))
    if ppm is not None:
        lines.append(f"Expected out of specification: about {_fmt(ppm)} parts per million.")

    # Control charts
    if category == "spc" or "ucl" in summary:
        ucl, lcl = _num(summary.get("ucl")), _num(summary.get("lcl"))
        center = _num(summary.get("center"))
        if center is None:
            center = _num(summary.get("grand_mean"))
        if ucl is not None and lcl is not None:
            lines.append(
                f"Control limits: LCL {_fmt(lcl)}, center {_fmt(center) if center is not None else '?'}, UCL {_fmt(ucl)}: "
                "the range the process produces on its own (common-cause variation)."
            )
        out = summary.get("out_of_control")
        if summary.get("in_control") is True:
            lines.append(
                "No point breaks the control rules: the process is **stable (in statistical control)**."
            )
        elif summary.get("in_control") is False or (isinstance(out, int) and out > 0):
            lines.append(
                f"{_fmt(out) if isinstance(out, int) else 'Some'} point(s) break the control rules: the process is "
                "**not stable**; investigate the special causes at those points before judging capability."
            )
            steps.append("Investigate the out-of-control points (special causes)")
    if test_type == "pareto_analysis" and summary.get("vital_few"):
        share = _num(summary.get("vital_few_share"))
        lines.append(
            "The vital few: "
            + ", ".join(str(v) for v in summary["vital_few"])
            + (f" ({_fmt(share * 100)}% of the total)." if share is not None else ".")
        )
        steps.append("Attack the vital few categories first")
    if test_type == "descriptive_summary":
        mean, sd = _num(summary.get("mean")), _num(summary.get("std"))
        if mean is not None and sd is not None:
            lines.append(f"Mean {_fmt(mean)}, standard deviation {_fmt(sd)}, n {_fmt(summary.get('n'))}.")

    warnings = [str(w) for w in analysis.get("warnings") or []]
    if warnings:
        lines.append("\n**Caveats**:")
        lines.append(_bullets(warnings[:10]))
        steps.append("Resolve the caveats before drawing conclusions")
    if significant:
        steps.append("Confirm the effect is practically important, then record it as a verified cause")
    elif significant is False:
        steps.append("Check the sample size (power) before concluding there is no effect")
    if not steps:
        steps.append("Record the result in the phase's artifacts")
    return "\n".join(lines), steps


def _stats_interpret(context: dict[str, Any]) -> AgentResponse:
    analysis = context.get("analysis") if isinstance(context.get("analysis"), dict) else context
    content, steps = interpret_analysis(analysis or {})
    return _response("stats_interpret", content, suggestions=steps)


# --------------------------------------------------------------------------------- summary / report


def _metric_line(m: dict[str, Any]) -> str:
    unit = f" {m['unit']}" if m.get("unit") else ""
    parts = [f"**{m.get('name')}**"]
    for key, label in (
        ("baseline_value", "baseline"),
        ("current_value", "current"),
        ("target_value", "target"),
    ):
        value = _num(m.get(key))
        if value is not None:
            parts.append(f"{label} {_fmt(value)}{unit}")
    met = m.get("target_met")
    if met is True:
        parts.append("target met")
    elif met is False:
        parts.append("target not met yet")
    return ", ".join(parts)


def _initiative_story(context: dict[str, Any], *, heading: str) -> tuple[list[str], list[str]]:
    ini = context.get("initiative") or {}
    phases = [p for p in context.get("phases") or [] if isinstance(p, dict)]
    metrics = [m for m in context.get("metrics") or [] if isinstance(m, dict)]
    actions = context.get("actions") or {}
    notes = [n for n in context.get("notes") or [] if isinstance(n, dict)]
    lines = [
        f"**{heading}: {ini.get('initiative_number', '')} {ini.get('title', '')}**",
        f"{METHODOLOGY_NAMES.get(_methodology(ini.get('methodology')), str(ini.get('methodology')))} initiative, "
        f"{_label(ini.get('status'))}, health {_label(ini.get('health'))}, priority {ini.get('priority')}; "
        f"current phase: {_label(ini.get('current_phase'))}.",
    ]
    if ini.get("problem_statement"):
        lines.append(f"\n**Problem**: {ini['problem_statement']}")
    if ini.get("goal_statement") or ini.get("desired_outcome"):
        lines.append(f"**Goal**: {ini.get('goal_statement') or ini.get('desired_outcome')}")
    if phases:
        done = [p for p in phases if p.get("status") == "completed"]
        lines.append(
            f"\n**Phases**: {len(done)} of {len(phases)} completed — "
            + ", ".join(f"{_label(p.get('phase_name'))} ({_label(p.get('status'))})" for p in phases)
            + "."
        )
    readiness = (context.get("phase") or {}).get("readiness") or {}
    if readiness.get("blockers"):
        lines.append("Gate blockers of the current phase: " + "; ".join(readiness["blockers"]) + ".")
    if metrics:
        lines.append("\n**Metrics**")
        lines.append(_bullets(_metric_line(m) for m in metrics[:10]))
    else:
        lines.append("\nNo metrics are tracked yet.")
    open_count = int(actions.get("open") or 0)
    overdue = int(actions.get("overdue") or 0)
    lines.append(
        f"\n**Actions**: {open_count} open, {overdue} overdue, {int(actions.get('completed') or 0)} completed."
    )
    for item in (actions.get("items") or [])[:5]:
        due = f", due {item['due_date']}" if item.get("due_date") else ""
        lines.append(
            f"- {item.get('title')} ({_label(item.get('status'))}{due}{', overdue' if item.get('overdue') else ''})"
        )
    if notes:
        lines.append("\n**Latest notes**")
        lines.append(
            _bullets(f"{_label(n.get('note_type'))}: {str(n.get('content'))[:300]}" for n in notes[:5])
        )
    savings = [(k, _num(ini.get(k))) for k in ("projected_savings", "actual_savings")]
    money = [
        f"{_label(k)} {_fmt(v)} {ini.get('currency') or ''}".strip() for k, v in savings if v is not None
    ]
    if money:
        lines.append("\n**Savings**: " + ", ".join(money) + ".")
    steps = []
    if overdue:
        steps.append(f"Follow up the {overdue} overdue action(s)")
    if readiness.get("blockers"):
        steps.append("Clear the gate blockers of the current phase")
    if not metrics:
        steps.append("Define a primary metric with a baseline and target")
    if ini.get("health") in ("at_risk", "blocked"):
        steps.append("Agree a recovery plan with the sponsor")
    return lines, steps or ["Keep the metrics current and prepare the next gate"]


def _methodology(value: Any) -> Methodology | None:
    try:
        return Methodology(value)
    except ValueError:
        return None


def _summary(context: dict[str, Any]) -> AgentResponse:
    lines, steps = _initiative_story(context, heading="Summary")
    return _response("summary", "\n".join(lines), suggestions=steps)


def _portfolio(context: dict[str, Any]) -> tuple[list[str], list[str]]:
    p = context.get("portfolio") or {}
    lines = ["**Executive brief: the improvement portfolio**"]
    total = int(p.get("total") or 0)
    lines.append(f"{total} initiative(s).")
    for key in ("by_status", "by_health", "by_methodology", "by_priority"):
        counts = p.get(key) or {}
        if counts:
            lines.append(
                f"- {_label(key[3:]).capitalize()}: "
                + ", ".join(f"{_label(k)} {v}" for k, v in sorted(counts.items()))
            )
    proj, act = _num(p.get("projected_savings")), _num(p.get("actual_savings"))
    if proj is not None or act is not None:
        lines.append(f"\nSavings: projected {_fmt(proj or 0)}, realised {_fmt(act or 0)}.")
    overdue = int(p.get("overdue_actions") or 0)
    lines.append(f"Overdue actions: {overdue}.")
    at_risk = p.get("at_risk") or []
    if at_risk:
        lines.append("\n**Needing attention**")
        lines.append(
            _bullets(
                f"{i.get('initiative_number')} {i.get('title')} ({_label(i.get('health'))})"
                for i in at_risk[:10]
            )
        )
    steps = []
    if at_risk:
        steps.append("Review the at-risk and blocked initiatives with their sponsors")
    if overdue:
        steps.append("Chase the overdue actions")
    return lines, steps or ["Share the brief with the steering committee"]


def _report(context: dict[str, Any]) -> AgentResponse:
    report_type = str(context.get("report_type") or "initiative_report")
    if report_type == "executive_brief":
        lines, steps = _portfolio(context)
    elif report_type == "phase_report":
        lines, steps = _initiative_story(
            context, heading=f"Phase report ({_label((context.get('phase') or {}).get('name'))})"
        )
        phase = context.get("phase") or {}
        arts = phase.get("artifacts") or []
        if arts:
            lines.append(
                "\n**Artifacts of the phase**: "
                + ", ".join(f"{_label(a.get('artifact_type'))} ({a.get('status')})" for a in arts)
                + "."
            )
    elif report_type == "close_out":
        lines, steps = _initiative_story(context, heading="Close-out")
        lines.append(
            "\n**Lessons and hand-off**: confirm the control plan owner and the final savings with finance."
        )
    else:
        lines, steps = _initiative_story(context, heading="Initiative report")
    return _response("report_generate", "\n".join(lines), suggestions=steps)


# -------------------------------------------------------------------------------------------- chat

_CHAT_ROUTES = (
    (re.compile(r"\bgate\b|\bartifact|\bcharter\b|\bnext step|\bwhat should i\b|\bready\b", _I), "coach"),
    (re.compile(r"\bp-?value|\bsignifican|\bcpk\b|\bcontrol limit|\binterpret", _I), "stats_interpret"),
    (re.compile(r"\bwhich test|\brecommend|\banaly[sz]e\b", _I), "stats_recommend"),
    (re.compile(r"\bmethodolog|\bcomplex|\btriage|\bteam\b|\banalyst\b", _I), "triage"),
    (re.compile(r"\bsummar|\bstatus\b|\bprogress\b|\boverview\b", _I), "summary"),
)


def _chat(context: dict[str, Any]) -> AgentResponse:
    message = str(context.get("message") or "")
    available = {
        "coach": bool(context.get("initiative") and context.get("phase")),
        "stats_interpret": bool(context.get("analysis")),
        "stats_recommend": bool(context.get("dataset")),
        "triage": bool(context.get("request")),
        "summary": bool(context.get("initiative")),
    }
    for pattern, intent in _CHAT_ROUTES:
        if pattern.search(message) and available[intent]:
            inner = _ANSWERERS[intent](context)
            return inner.model_copy(update={"agent_type": INTENT_AGENTS["chat"]})
    if available["coach"]:
        inner = _coach(context)
    elif available["summary"]:
        inner = _summary(context)
    elif available["triage"]:
        inner = _triage_answer(context)
    else:
        return _response(
            "chat",
            "I am the local assistant: I answer from Tollgate's own data, without an external model. "
            "Open an initiative and ask about a phase (gate readiness, the next artifact), a dataset (which "
            "test), an analysis (what the result means) or a request (its complexity and methodology).",
            suggestions=[
                "Ask the coach what the current phase still needs",
                "Ask which test fits a dataset",
                "Ask for the triage of a request",
            ],
        )
    return inner.model_copy(update={"agent_type": INTENT_AGENTS["chat"]})


def _triage_answer(context: dict[str, Any]) -> AgentResponse:
    request = context.get("request") or context.get("draft") or {}
    assessment = assess_request(request, context)
    result = assessment.result()
    return _response(
        "triage",
        _triage_content(request, assessment),
        suggestions=_triage_suggestions(request, assessment),
        artifacts=[{"type": "triage_result", **result.model_dump(mode="json")}],
        context_update={
            "complexity_score": assessment.complexity,
            "recommended_methodology": assessment.methodology.value,
        },
    )


_ANSWERERS = {
    "triage": _triage_answer,
    "coach": _coach,
    "stats_recommend": _stats_recommend,
    "stats_interpret": _stats_interpret,
    "report_generate": _report,
    "summary": _summary,
    "chat": _chat,
}


class LocalAIOrchestrator:
    """Deterministic answers from the grounding context (no network, no model)."""

    name = "local"

    def answer(self, intent: str, context: dict[str, Any]) -> AgentResponse:
        if intent not in INTENT_AGENTS:
            raise ValueError(f"Unknown intent {intent!r}; expected one of {sorted(INTENT_AGENTS)}")
        return _ANSWERERS[intent](context)

    async def route(self, intent: str, context: dict[str, Any]) -> AgentResponse:
        return self.answer(intent, context)

    async def stream(self, intent: str, context: dict[str, Any]) -> AsyncIterator[AgentResponse]:
        final = self.answer(intent, context)
        words = final.content.split(" ")
        for i in range(0, len(words), 8):
            delta = " ".join(words[i : i + 8]) + (" " if i + 8 < len(words) else "")
            yield final.model_copy(
                update={
                    "content": delta,
                    "suggestions": [],
                    "artifacts": [],
                    "context_update": {},
                    "requires_action": False,
                    "action_type": None,
                }
            )
        yield final

    async def triage_request(self, request_data: dict[str, Any]) -> TriageResult:
        return assess_request(request_data, request_data).result()
