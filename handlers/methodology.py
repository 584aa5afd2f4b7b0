"""Phases of each methodology, in order (DOMAIN.md)."""

from __future__ import annotations

from generated.models import Methodology, PhaseName

PHASES: dict[Methodology, tuple[PhaseName, ...]] = {
    Methodology.dmaic: (
        PhaseName.define,
        PhaseName.measure,
        PhaseName.analyze,
        PhaseName.improve,
        PhaseName.control,
    ),
    Methodology.dmadv: (
        PhaseName.define,
        PhaseName.measure,
        PhaseName.analyze,
        PhaseName.design,
        PhaseName.verify,
    ),
    Methodology.kaizen: (PhaseName.prepare, PhaseName.execute, PhaseName.sustain),
    Methodology.a3: (
        PhaseName.background,
        PhaseName.current_condition,
        PhaseName.goal,
        PhaseName.root_cause,
        PhaseName.countermeasures,
        PhaseName.implementation,
        PhaseName.follow_up,
    ),
    Methodology.pdsa: (PhaseName.plan, PhaseName.do, PhaseName.study, PhaseName.act),
    Methodology.just_do_it: (PhaseName.implement, PhaseName.verify),
}


def phases_of(methodology: str) -> tuple[PhaseName, ...]:
    return PHASES[Methodology(methodology)]
