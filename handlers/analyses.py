"""Handlers of the analyses operations: the test catalog, running a test on a dataset as an
``analysis_run`` job (handlers/jobs_runtime.py), and reading, listing and deleting analyses.

The configuration is validated against the catalog (handlers/services/statistics) and the dataset's
profile before anything is stored; the job then runs the StatsEngine chosen by TOLLGATE_STATS_ENGINE
(handlers/services/stats.py) on the stored file.
"""

from __future__ import annotations

import json
import math
import time
from datetime import datetime
from typing import Any
from uuid import UUID

import anyio
from fastapi import Response  # noqa: F401
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from generated.models import (
    AnalysisAccepted,
    AnalysisBrief,
    AnalysisCreate,
    AnalysisList,
    AnalysisResponse,
    AnalysisSort,
    AnalysisStatus,
    AuditAction,
    FileFormat,
    JobKind,
    JobResponse,
    JobSubjectType,
    PhaseName,
    SortOrder,
    StatsTestCatalog,
    StatsTestDefinition,
    TestCategory,
    TestType,
)
from handlers import audit
from handlers.access import load_initiative, phase_id_for, require_initiative_write
from handlers.config import Settings
from handlers.context import Ctx, utcnow
from handlers.errors import Conflict, NotFound, ServiceUnavailable, ValidationFailed
from handlers.jobs_runtime import JobFailed, Progress, create_job
from handlers.pagination import order_by, paginate
from handlers.resources import check_if_match, etag_for, set_etag, set_location, to_response
from handlers.services import profiling
from handlers.services.statistics import CATALOG, TestSpec, configuration_schema
from handlers.services.stats import StatsError, get_stats_engine
from handlers.storage import get_storage
from handlers.tables import Dataset, Initiative, Job, Phase, StatisticalAnalysis

SORT_COLUMNS: dict[str, Any] = {
    AnalysisSort.created_at: StatisticalAnalysis.created_at,
    AnalysisSort.updated_at: StatisticalAnalysis.updated_at,
    AnalysisSort.run_at: StatisticalAnalysis.run_at,
    AnalysisSort.test_type: StatisticalAnalysis.test_type,
    AnalysisSort.status: StatisticalAnalysis.status,
}


# --- the catalog --------------------------------------------------------------------------------


async def list_stats_tests(ctx: Ctx, *, test_category: list[TestCategory] | None) -> StatsTestCatalog:
    """The catalog of DOMAIN.md in category order, then TestType order; tests the real engine does not
    implement yet say so in their description (running them is refused with 422)."""
    wanted = {c.value for c in test_category} if test_category else None
    category_order = [c.value for c in TestCategory]
    type_order = [t.value for t in TestType]
    specs = sorted(
        (s for s in CATALOG.values() if wanted is None or s.category in wanted),
        key=lambda s: (category_order.index(s.category), type_order.index(s.test_type)),
    )
    items = [
        StatsTestDefinition(
            test_type=TestType(s.test_type),
            test_category=TestCategory(s.category),
            name=s.name,
            description=s.description,
            configuration_schema=configuration_schema(s),
            min_observations=s.min_observations,
        )
        for s in specs
    ]
    return StatsTestCatalog(items=items, total=len(items))


# --- validating a configuration against the catalog and the profile ------------------------------


def _invalid(field: str, msg: str) -> ValidationFailed:
    loc: list[str | int] = ["body", "configuration", field] if field != "test_type" else ["body", "test_type"]
    return ValidationFailed.field(loc, msg)


def validate_configuration(spec: TestSpec, config: dict[str, Any], dataset: Dataset, *, engine: str) -> None:
    """422 (naming the field) unless the configuration suits the test and the dataset's profile."""
    if engine == "real" and not spec.supported:
        raise _invalid(
            "test_type", f"{spec.name} ({spec.test_type}) is not supported yet by the statistics engine"
        )
    for name in spec.required:
        if config.get(name) in (None, [], {}):
            raise _invalid(name, f"{spec.test_type} needs {name}")
    for group in spec.one_of:
        if all(config.get(name) is None for name in group):
            raise _invalid(group[0], f"{spec.test_type} needs {' or '.join(group)}")
    profile = {str(c.get("name")): c for c in dataset.columns}
    rows = int(dataset.row_count or 0)
    usable = rows
    for name, kinds in spec.columns.items():
        value = config.get(name)
        if value is None:
            continue
        for column in value if isinstance(value, list) else [value]:
            info = profile.get(column)
            if info is None:
                raise _invalid(name, f"column {column!r} is not in the dataset")
            kind = str(info.get("kind"))
            if kind not in kinds:
                raise _invalid(
                    name,
                    f"column {column!r} is {kind}; {spec.test_type} needs {' or '.join(kinds)} for {name}",
                )
            usable = min(usable, rows - int(info.get("null_count") or 0))
            if name in spec.levels:
                low, high = spec.levels[name]
                distinct = int(info.get("unique_count") or 0)
                if distinct < low or (high is not None and distinct > high):
                    wanted = (
                        f"exactly {low}"
                        if low == high
                        else (f"{low} to {high}" if high else f"at least {low}")
                    )
                    raise _invalid(
                        name,
                        f"column {column!r} has {distinct} distinct values; {spec.test_type} needs {wanted} for {name}",
                    )
    if usable < spec.min_observations:
        field = next((n for n in spec.required), "y_column")
        raise _invalid(
            field,
            f"the dataset has {usable} usable observations; {spec.test_type} needs at least {spec.min_observations}",
        )
    lsl, usl = config.get("lsl"), config.get("usl")
    if lsl is not None and usl is not None and lsl >= usl:
        raise _invalid("lsl", "lsl must be below usl")
    proportions = config.get("expected_proportions")
    if (
        proportions
        and "expected_proportions" in spec.options
        and abs(math.fsum(proportions.values()) - 1) > 0.001
    ):
        raise _invalid("expected_proportions", "expected proportions must sum to 1 (± 0.001)")


# --- the analysis_run job -----------------------------------------------------------------------


async def run_task(session: AsyncSession, settings: Settings, job: Job, progress: Progress) -> dict[str, Any]:
    """The ``analysis_run`` job: read the dataset, run the test, store results, charts and warnings.
    Rerunning overwrites (idempotent)."""
    analysis = await session.get(StatisticalAnalysis, job.subject_id, with_for_update=True)
    if analysis is None:
        raise JobFailed("The analysis was deleted before it could run")
    dataset = await session.get(Dataset, analysis.dataset_id) if analysis.dataset_id else None
    if dataset is None:
        raise JobFailed("The dataset was deleted before the analysis could run")
    analysis.status = AnalysisStatus.running
    analysis.run_at = utcnow()
    analysis.error_message = None
    started = time.perf_counter()
    file_format = FileFormat(dataset.file_format).value
    try:
        from handlers.datasets import stored_file

        async with stored_file(get_storage(settings), dataset.file_path) as path:
            df = await anyio.to_thread.run_sync(lambda: profiling.read_dataset(path, file_format))
    except FileNotFoundError:
        raise JobFailed("The dataset's stored file is missing") from None
    except profiling.DatasetError as exc:
        raise JobFailed(str(exc)) from None
    await progress(40)
    engine = get_stats_engine(settings, lambda _id: df)
    test_type = TestType(analysis.test_type)
    config = dict(analysis.configuration)
    dataset_id = dataset.id
    try:
        result = await anyio.to_thread.run_sync(lambda: engine.run_test(test_type, config, dataset_id))
    except StatsError as exc:
        raise JobFailed(str(exc)[:2000]) from None
    data = result.model_dump(mode="json")
    analysis.results = {k: data[k] for k in ("success", "summary", "details", "interpretation_context")}
    analysis.charts = data["charts"]
    analysis.warnings = [str(w)[:2000] for w in data["warnings"]]
    analysis.status = AnalysisStatus.completed
    analysis.duration_ms = max(0, round((time.perf_counter() - started) * 1000))
    return {"analysis_id": str(analysis.id), "test_type": test_type.value, "success": bool(data["success"])}


async def run_failed(session: AsyncSession, job: Job, message: str) -> None:
    analysis = await session.get(StatisticalAnalysis, job.subject_id, with_for_update=True)
    if analysis is not None:
        analysis.status = AnalysisStatus.failed
        analysis.error_message = message[:2000]
        analysis.results = None


# --- operations ---------------------------------------------------------------------------------


def etag(analysis: StatisticalAnalysis) -> str:
    return etag_for(analysis.id, analysis.updated_at)


async def _load(ctx: Ctx, analysis_id: UUID, *, for_update: bool = False) -> StatisticalAnalysis:
    stmt = (
        select(StatisticalAnalysis)
        .join(Initiative, col(Initiative.id) == StatisticalAnalysis.initiative_id)
        .where(StatisticalAnalysis.id == analysis_id, col(Initiative.deleted_at).is_(None))
    )
    if for_update:
        stmt = stmt.with_for_update(of=StatisticalAnalysis)
    analysis = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if analysis is None:
        raise NotFound(f"Analysis {analysis_id} not found")
    return analysis


def _next_steps(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = None
    if isinstance(parsed, list):
        return [str(s)[:2000] for s in parsed]
    return [line.strip()[:2000] for line in value.splitlines() if line.strip()]


async def _respond(
    ctx: Ctx, analysis: StatisticalAnalysis, *, job_id: UUID | None = None
) -> AnalysisResponse:
    phase_name = None
    if analysis.phase_id is not None:
        phase_name = (
            await ctx.session.execute(select(Phase.phase_name).where(Phase.id == analysis.phase_id))
        ).scalar_one_or_none()
    if job_id is None:
        job_id = (
            await ctx.session.execute(
                select(Job.id)
                .where(Job.subject_type == JobSubjectType.analysis, Job.subject_id == analysis.id)
                .order_by(col(Job.created_at).desc(), col(Job.id).desc())
                .limit(1)
            )
        ).scalar_one_or_none()
    set_etag(ctx, etag(analysis))
    return to_response(
        AnalysisResponse,
        analysis,
        phase_name=phase_name,
        job_id=job_id,
        ai_next_steps=_next_steps(analysis.ai_next_steps),
        results=analysis.results if analysis.status == AnalysisStatus.completed else None,
    )


async def get_analysis(ctx: Ctx, *, analysis_id: UUID) -> AnalysisResponse:
    return await _respond(ctx, await _load(ctx, analysis_id))


async def delete_analysis(ctx: Ctx, *, analysis_id: UUID, if_match: str | None) -> None:
    analysis = await _load(ctx, analysis_id, for_update=True)
    check_if_match(if_match, etag(analysis))
    if analysis.run_by != ctx.user.id:
        await require_initiative_write(ctx, await load_initiative(ctx, str(analysis.initiative_id)))
    if analysis.status in (AnalysisStatus.pending, AnalysisStatus.running):
        raise Conflict(
            f"Analysis {analysis.id} is {AnalysisStatus(analysis.status).value}; delete it once it has finished"
        )
    audit.record(
        ctx,
        entity_type="statistical_analysis",
        entity_id=analysis.id,
        action=AuditAction.delete,
        changes={
            "test_type": [TestType(analysis.test_type).value, None],
            "status": [AnalysisStatus(analysis.status).value, None],
            "dataset_id": [str(analysis.dataset_id) if analysis.dataset_id else None, None],
        },
        initiative_id=analysis.initiative_id,
    )
    await ctx.session.delete(analysis)
    await ctx.session.flush()


async def interpret_analysis(ctx: Ctx, *, analysis_id: UUID) -> AnalysisResponse:
    """The AI stats advisor (AIOrchestrator ``route("stats_interpret", …)``) reads the results; its
    answer replaces the stored interpretation and next steps."""
    from handlers.ai import count_call
    from handlers.services import ServiceUnavailableError
    from handlers.services.ai import ai_orchestrator

    decision = await count_call(ctx)  # the caller's AI rate limit (429 / 503)
    ctx.response.headers.update(decision.headers())
    analysis = await _load(ctx, analysis_id, for_update=True)
    await require_initiative_write(ctx, await load_initiative(ctx, str(analysis.initiative_id)))
    if analysis.status != AnalysisStatus.completed:
        raise Conflict(
            f"Analysis {analysis.id} is {AnalysisStatus(analysis.status).value}; only completed analyses are interpreted"
        )
    context = {
        "analysis_id": str(analysis.id),
        "initiative_id": str(analysis.initiative_id),
        "test_type": analysis.test_type,
        "test_category": analysis.test_category,
        "configuration": analysis.configuration,
        "results": analysis.results,
        "warnings": analysis.warnings,
    }
    try:
        answer = await ai_orchestrator(ctx).route("stats_interpret", context)
    except ServiceUnavailableError as exc:
        raise ServiceUnavailable(f"The AI service is unavailable: {exc}") from None
    changes = audit.apply_changes(
        analysis,
        {
            "ai_interpretation": answer.content,
            "ai_next_steps": json.dumps(answer.model_dump(mode="json")["suggestions"]),
        },
    )
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(analysis)
        audit.record(
            ctx,
            entity_type="statistical_analysis",
            entity_id=analysis.id,
            action=AuditAction.update,
            changes=changes,
            initiative_id=analysis.initiative_id,
        )
    return await _respond(ctx, analysis)


async def analyze_dataset(
    ctx: Ctx, *, dataset_id: UUID, idempotency_key: str | None, body: AnalysisCreate
) -> AnalysisAccepted:
    from handlers.datasets import _load as load_dataset

    dataset = await load_dataset(ctx, dataset_id)
    initiative = await load_initiative(ctx, str(dataset.initiative_id))
    await require_initiative_write(ctx, initiative)
    if dataset.profile_status != "profiled":
        raise Conflict(
            f"Dataset {dataset.id} is not profiled yet (or its profiling failed); wait for its profiling job"
        )
    spec = CATALOG[body.test_type.value]
    config = body.configuration.model_dump(mode="json", exclude_none=True)
    validate_configuration(spec, config, dataset, engine=ctx.settings.stats_engine)
    phase_id = await phase_id_for(ctx, initiative, body.phase.value) if body.phase else dataset.phase_id
    analysis = StatisticalAnalysis(
        initiative_id=initiative.id,
        dataset_id=dataset.id,
        phase_id=phase_id,
        test_type=body.test_type,
        test_category=TestCategory(spec.category),
        configuration=config,
        status=AnalysisStatus.pending,
        charts=[],
        warnings=[],
        ai_recommended=body.ai_recommended,
        ai_reasoning=body.ai_reasoning,
        run_by=ctx.user.id,
    )
    ctx.session.add(analysis)
    await ctx.session.flush()
    await ctx.session.refresh(analysis)
    job = await create_job(
        ctx, kind=JobKind.analysis_run, subject_type=JobSubjectType.analysis, subject_id=analysis.id
    )
    audit.record(
        ctx,
        entity_type="statistical_analysis",
        entity_id=analysis.id,
        action=AuditAction.create,
        changes=audit.snapshot(
            analysis, ["test_type", "test_category", "dataset_id", "phase_id", "configuration"]
        ),
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/analyses/{analysis.id}")
    response = await _respond(ctx, analysis, job_id=job.id)
    return AnalysisAccepted(analysis=response, job=to_response(JobResponse, job))


async def list_analyses(
    ctx: Ctx,
    *,
    initiative_id: str,
    page: int,
    page_size: int,
    sort: AnalysisSort,
    order: SortOrder,
    status: list[AnalysisStatus] | None,
    test_type: list[TestType] | None,
    test_category: list[TestCategory] | None,
    dataset_id: list[UUID] | None,
    phase: list[PhaseName] | None,
    created_from: datetime | None,
    created_to: datetime | None,
) -> AnalysisList:
    initiative = await load_initiative(ctx, initiative_id)
    stmt = (
        select(StatisticalAnalysis, Phase.phase_name)
        .outerjoin(Phase, col(Phase.id) == StatisticalAnalysis.phase_id)
        .where(StatisticalAnalysis.initiative_id == initiative.id)
    )
    if status:
        stmt = stmt.where(col(StatisticalAnalysis.status).in_(status))
    if test_type:
        stmt = stmt.where(col(StatisticalAnalysis.test_type).in_(test_type))
    if test_category:
        stmt = stmt.where(col(StatisticalAnalysis.test_category).in_(test_category))
    if dataset_id:
        stmt = stmt.where(col(StatisticalAnalysis.dataset_id).in_(dataset_id))
    if phase:
        stmt = stmt.where(col(Phase.phase_name).in_(phase))
    if created_from:
        stmt = stmt.where(col(StatisticalAnalysis.created_at) >= created_from)
    if created_to:
        stmt = stmt.where(col(StatisticalAnalysis.created_at) <= created_to)
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, StatisticalAnalysis.id),
        scalars=False,
    )
    items = [
        to_response(AnalysisBrief, a, phase_name=name, has_interpretation=a.ai_interpretation is not None)
        for a, name in result.items
    ]
    return AnalysisList.model_validate(result.envelope(items))
