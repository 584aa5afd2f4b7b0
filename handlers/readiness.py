"""Gate readiness: what stands between a phase and its approval (DOMAIN.md).

Blockers prevent approval; warnings are shown. DMAIC gates need their key artifact (define: a
project charter, measure: a data collection plan, improve: a pilot plan, control: a control plan);
open blocker-class action items on the phase are warnings; so is a required artifact still in draft.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from generated.models import (
    ActionClassification,
    ActionStatus,
    ArtifactStatus,
    ArtifactType,
    GateReadiness,
    Methodology,
    PhaseName,
)
from handlers.tables import ActionItem, Initiative, Phase, PhaseArtifact

REQUIRED_ARTIFACTS: dict[tuple[Methodology, PhaseName], ArtifactType] = {
    (Methodology.dmaic, PhaseName.define): ArtifactType.project_charter,
    (Methodology.dmaic, PhaseName.measure): ArtifactType.data_collection_plan,
    (Methodology.dmaic, PhaseName.improve): ArtifactType.pilot_plan,
    (Methodology.dmaic, PhaseName.control): ArtifactType.control_plan,
}
OPEN_ACTIONS = (ActionStatus.not_started, ActionStatus.in_progress, ActionStatus.blocked)


async def readiness(session: AsyncSession, initiative: Initiative, phase: Phase) -> GateReadiness:
    blockers: list[str] = []
    warnings: list[str] = []
    artifacts = (
        await session.execute(
            select(PhaseArtifact.artifact_type, PhaseArtifact.status).where(
                PhaseArtifact.phase_id == phase.id
            )
        )
    ).all()
    statuses: dict[str, set[str]] = {}
    for artifact_type, status in artifacts:
        statuses.setdefault(artifact_type, set()).add(status)
    required = REQUIRED_ARTIFACTS.get((Methodology(initiative.methodology), PhaseName(phase.phase_name)))
    if required is not None:
        if required not in statuses:
            blockers.append(f"The {phase.phase_name} phase needs a {required.value} artifact")
        elif statuses[required] == {ArtifactStatus.draft}:
            warnings.append(f"The {required.value} artifact is still a draft")
    elif not artifacts:
        warnings.append(f"The {phase.phase_name} phase has no artifacts yet")
    open_blockers = (
        await session.execute(
            select(func.count())
            .select_from(ActionItem)
            .where(
                ActionItem.phase_id == phase.id,
                ActionItem.classification == ActionClassification.blocker,
                col(ActionItem.status).in_(OPEN_ACTIONS),
            )
        )
    ).scalar_one()
    if open_blockers:
        warnings.append(f"{open_blockers} open blocker action item(s) on this phase")
    return GateReadiness(ready=not blockers, blockers=blockers, warnings=warnings)
