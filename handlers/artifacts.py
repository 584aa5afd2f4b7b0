"""Artifacts of a phase: charters, SIPOCs, FMEAs, … (DOMAIN.md PhaseArtifact).

The type must fit the phase (DMAIC phase names have their own list; other phases accept any type),
the content must fit the type's shape where the contract gives one (the bundle carries them under
``ArtifactCreate.properties.content.x-content-schemas``), FMEA ``rpn`` is computed here, and
``version`` starts at 1 and goes up by 1 on every update (it is part of the ETag).
"""

from __future__ import annotations

from functools import cache
from typing import Any
from uuid import UUID

from jsonschema import Draft202012Validator
from sqlalchemy import func, select
from sqlmodel import col

from generated.models import (
    ArtifactCreate,
    ArtifactList,
    ArtifactResponse,
    ArtifactSort,
    ArtifactStatus,
    ArtifactType,
    ArtifactUpdate,
    AuditAction,
    PhaseName,
    SortOrder,
)
from handlers import audit, contract
from handlers.access import load_initiative, require_initiative_write
from handlers.context import Ctx
from handlers.errors import NotFound, ValidationFailed
from handlers.pagination import like_pattern, order_by, paginate
from handlers.phases import load_phase
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.tables import Initiative, Phase, PhaseArtifact

T = ArtifactType
# The artifact types of each DMAIC phase name (DOMAIN.md); phases with other names accept any type.
PHASE_TYPES: dict[PhaseName, frozenset[ArtifactType]] = {
    PhaseName.define: frozenset(
        {T.project_charter, T.sipoc, T.voc_ctq_tree, T.stakeholder_map, T.problem_statement}
    ),
    PhaseName.measure: frozenset(
        {
            T.data_collection_plan,
            T.operational_definitions,
            T.msa_results,
            T.process_map,
            T.value_stream_map,
            T.baseline_capability,
        }
    ),
    PhaseName.analyze: frozenset(
        {
            T.fishbone_diagram,
            T.five_why,
            T.hypothesis_test,
            T.regression_analysis,
            T.pareto_analysis,
            T.fmea,
            T.root_cause_verification,
        }
    ),
    PhaseName.improve: frozenset(
        {T.solution_matrix, T.pilot_plan, T.implementation_plan, T.before_after_comparison, T.cost_benefit}
    ),
    PhaseName.control: frozenset(
        {
            T.control_plan,
            T.control_charts,
            T.sop_document,
            T.training_plan,
            T.handoff_checklist,
            T.monitoring_plan,
        }
    ),
}

SORT_COLUMNS: dict[str, Any] = {
    ArtifactSort.created_at: PhaseArtifact.created_at,
    ArtifactSort.updated_at: PhaseArtifact.updated_at,
    ArtifactSort.title: func.lower(PhaseArtifact.title),
    ArtifactSort.artifact_type: PhaseArtifact.artifact_type,
    ArtifactSort.status: PhaseArtifact.status,
    ArtifactSort.version: PhaseArtifact.version,
}
AUDITED_FIELDS = ["artifact_type", "title", "status", "version", "phase_id"]


@cache
def content_validator(artifact_type: str) -> Draft202012Validator | None:
    """The JSON Schema (2020-12) of the type's content, or None for free-form types."""
    content = contract.document()["components"]["schemas"]["ArtifactCreate"]["properties"]["content"]
    schema = content.get("x-content-schemas", {}).get(artifact_type)
    if schema is None:
        return None
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def prepare_content(artifact_type: str, content: dict[str, Any]) -> dict[str, Any]:
    """Validate ``content`` for the type (422 naming each bad field) and compute what the server
    owns (FMEA ``rpn`` = severity × occurrence × detection; a value sent is replaced)."""
    content = dict(content)
    is_fmea = artifact_type == ArtifactType.fmea and isinstance(content.get("rows"), list)
    if is_fmea:
        content["rows"] = [
            {k: v for k, v in row.items() if k != "rpn"} if isinstance(row, dict) else row
            for row in content["rows"]
        ]
    validator = content_validator(artifact_type)
    if validator is not None:
        errors = sorted(validator.iter_errors(content), key=lambda e: [str(p) for p in e.absolute_path])
        if errors:
            fields = [
                {
                    "loc": ["body", "content", *e.absolute_path],
                    "msg": e.message[:1000],
                    "type": str(e.validator),
                }
                for e in errors[:50]
            ]
            first = fields[0]
            where = ".".join(str(p) for p in first["loc"][1:])
            raise ValidationFailed(
                f"{where}: {first['msg']} (content of a {artifact_type} artifact)", fields=fields
            )
    if is_fmea:
        content["rows"] = [
            {**row, "rpn": row["severity"] * row["occurrence"] * row["detection"]} for row in content["rows"]
        ]
    return content


def etag(artifact: PhaseArtifact) -> str:
    return etag_for(artifact.id, artifact.updated_at, artifact.version)


def build_response(ctx: Ctx, artifact: PhaseArtifact, phase_name: str) -> ArtifactResponse:
    set_etag(ctx, etag(artifact))
    return to_response(ArtifactResponse, artifact, phase_name=phase_name)


async def _load(
    ctx: Ctx, artifact_id: UUID, *, for_update: bool = False
) -> tuple[PhaseArtifact, Initiative, str]:
    """The artifact, its (live) initiative and its phase's name; 404 when either is gone."""
    stmt = (
        select(PhaseArtifact, Initiative, Phase.phase_name)
        .join(Phase, Phase.id == PhaseArtifact.phase_id)
        .join(Initiative, Initiative.id == PhaseArtifact.initiative_id)
        .where(PhaseArtifact.id == artifact_id, col(Initiative.deleted_at).is_(None))
    )
    if for_update:
        stmt = stmt.with_for_update(of=PhaseArtifact)
    row = (await ctx.session.execute(stmt)).one_or_none()
    if row is None:
        raise NotFound(f"Artifact {artifact_id} not found")
    return row[0], row[1], str(row[2])


async def list_artifacts(
    ctx: Ctx,
    *,
    initiative_id: str,
    phase: PhaseName,
    page: int,
    page_size: int,
    sort: ArtifactSort,
    order: SortOrder,
    q: str | None,
    artifact_type: list[ArtifactType] | None,
    status: list[ArtifactStatus] | None,
) -> ArtifactList:
    initiative = await load_initiative(ctx, initiative_id)
    row = await load_phase(ctx, initiative, phase)
    stmt = select(PhaseArtifact).where(PhaseArtifact.phase_id == row.id)
    if artifact_type:
        stmt = stmt.where(col(PhaseArtifact.artifact_type).in_(artifact_type))
    if status:
        stmt = stmt.where(col(PhaseArtifact.status).in_(status))
    if q:
        stmt = stmt.where(col(PhaseArtifact.title).ilike(like_pattern(q)))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, PhaseArtifact.id),
    )
    from generated.models import ArtifactBrief

    items = [to_response(ArtifactBrief, a) for a in result.items]
    return ArtifactList.model_validate(result.envelope(items))


async def create_artifact(
    ctx: Ctx, *, initiative_id: str, phase: PhaseName, idempotency_key: str | None, body: ArtifactCreate
) -> ArtifactResponse:
    initiative = await load_initiative(ctx, initiative_id)
    row = await load_phase(ctx, initiative, phase)
    await require_initiative_write(ctx, initiative)
    allowed = PHASE_TYPES.get(PhaseName(row.phase_name))
    if allowed is not None and body.artifact_type not in allowed:
        raise ValidationFailed.field(
            ["body", "artifact_type"],
            f"A {body.artifact_type} artifact does not belong to the {row.phase_name} phase "
            f"(allowed: {', '.join(sorted(allowed))})",
        )
    content = prepare_content(body.artifact_type, body.content or {})
    artifact = PhaseArtifact(
        phase_id=row.id,
        initiative_id=initiative.id,
        artifact_type=body.artifact_type,
        title=body.title,
        content=content,
        status=body.status,
        version=1,
        created_by=ctx.user.id,
    )
    ctx.session.add(artifact)
    await ctx.session.flush()
    await ctx.session.refresh(artifact)
    audit.record(
        ctx,
        entity_type="phase_artifact",
        entity_id=artifact.id,
        action=AuditAction.create,
        changes=audit.snapshot(artifact, AUDITED_FIELDS),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/artifacts/{artifact.id}")
    return build_response(ctx, artifact, row.phase_name)


async def get_artifact(ctx: Ctx, *, artifact_id: UUID) -> ArtifactResponse:
    artifact, _, phase_name = await _load(ctx, artifact_id)
    return build_response(ctx, artifact, phase_name)


async def update_artifact(
    ctx: Ctx, *, artifact_id: UUID, if_match: str | None, body: ArtifactUpdate
) -> ArtifactResponse:
    artifact, initiative, phase_name = await _load(ctx, artifact_id, for_update=True)
    check_if_match(if_match, etag(artifact))
    await require_initiative_write(ctx, initiative)
    updates = body.model_dump(exclude_unset=True)
    if "content" in updates:
        updates["content"] = prepare_content(artifact.artifact_type, updates["content"])
    updates["version"] = artifact.version + 1  # every successful update counts
    changes = audit.apply_changes(artifact, updates)
    await ctx.session.flush()
    await ctx.session.refresh(artifact)
    audit.record(
        ctx,
        entity_type="phase_artifact",
        entity_id=artifact.id,
        action=AuditAction.status_change if set(changes) == {"status", "version"} else AuditAction.update,
        changes=changes,
        initiative_id=initiative.id,
    )
    return build_response(ctx, artifact, phase_name)


async def delete_artifact(ctx: Ctx, *, artifact_id: UUID, if_match: str | None) -> None:
    artifact, initiative, _ = await _load(ctx, artifact_id, for_update=True)
    check_if_match(if_match, etag(artifact))
    await require_initiative_write(ctx, initiative)
    audit.record(
        ctx,
        entity_type="phase_artifact",
        entity_id=artifact.id,
        action=AuditAction.delete,
        changes={f: [audit.jsonable(getattr(artifact, f)), None] for f in AUDITED_FIELDS},
        initiative_id=initiative.id,
    )
    await ctx.session.delete(artifact)
    await ctx.session.flush()
