"""Requests: the intake of improvement ideas, their review and AI triage, and their conversion into
initiatives (openapi/paths/requests.yaml states the rules implemented here)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Integer, and_, cast, func, or_, select
from sqlmodel import col

from generated.models import (
    AuditAction,
    InitiativeResponse,
    InitiativeStatus,
    InitiativeType,
    Methodology,
    Priority,
    RequestBrief,
    RequestConvert,
    RequestCreate,
    RequestList,
    RequestResponse,
    RequestSort,
    RequestStatus,
    RequestUpdate,
    SortOrder,
)
from handlers import audit
from handlers.ai_grounding import TRIAGE_INPUT_FIELDS, triage_facts
from handlers.context import Ctx, utcnow
from handlers.errors import Conflict, Forbidden, NotFound, ServiceUnavailable, ValidationFailed
from handlers.initiatives import _check_references, build_response, create_initiative_row
from handlers.pagination import like_pattern, order_by, paginate, priority_rank, to_list
from handlers.permissions import Permission
from handlers.resources import (
    check_if_match,
    etag_for,
    parse_number_or_uuid,
    set_etag,
    set_location,
    to_response,
)
from handlers.services import ServiceUnavailableError
from handlers.services.ai import ai_orchestrator
from handlers.tables import Request, Team, User

URGENCY_RANK = priority_rank(Request.urgency)
SORT_COLUMNS: dict[str, Any] = {
    RequestSort.created_at: Request.created_at,
    RequestSort.updated_at: Request.updated_at,
    RequestSort.submitted_at: Request.submitted_at,
    RequestSort.request_number: cast(func.substr(Request.request_number, 5), Integer),
    RequestSort.title: func.lower(Request.title),
    RequestSort.urgency: URGENCY_RANK,
    RequestSort.status: Request.status,
    RequestSort.complexity_score: Request.complexity_score,
}

# Status changes a PATCH may make; `converted` only through convert_request.
TRANSITIONS: dict[str, frozenset[RequestStatus]] = {
    RequestStatus.submitted: frozenset({RequestStatus.under_review, RequestStatus.declined}),
    RequestStatus.under_review: frozenset({RequestStatus.accepted, RequestStatus.declined}),
    RequestStatus.accepted: frozenset({RequestStatus.declined}),
}
REVIEW_FIELDS = frozenset({"status", "decline_reason", "review_notes"})
_REVIEW_COLUMNS = REVIEW_FIELDS | {"reviewed_by", "reviewed_at"}


def etag(row: Request) -> str:
    return etag_for(row.id, row.updated_at)


def respond(ctx: Ctx, row: Request) -> RequestResponse:
    set_etag(ctx, etag(row))
    return to_response(RequestResponse, row)


async def load_request(ctx: Ctx, request_id: str, *, for_update: bool = False) -> Request:
    """The request by UUID or ``REQ-0007``, or 404. ``for_update`` locks the row and reads it afresh."""
    uid, number = parse_number_or_uuid(request_id, "REQ")
    stmt = select(Request).where(Request.id == uid if uid else Request.request_number == number)
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    row = (await ctx.session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise NotFound(f"Request {request_id} not found")
    return row


def _is_reviewer(ctx: Ctx) -> bool:
    return ctx.can(Permission.review_requests)


def _is_requester(ctx: Ctx, row: Request) -> bool:
    return row.requester_user_id is not None and row.requester_user_id == ctx.user.id


# ------------------------------------------------------------------------------------------- list
async def list_requests(
    ctx: Ctx,
    *,
    page: int,
    page_size: int,
    sort: RequestSort,
    order: SortOrder,
    q: str | None,
    status: list[RequestStatus] | None,
    urgency: list[Priority] | None,
    recommended_methodology: list[Methodology] | None,
    requester_user_id: list[UUID] | None,
    reviewed_by: list[UUID] | None,
    created_from: datetime | None,
    created_to: datetime | None,
) -> RequestList:
    filters: list[Any] = []
    for column, values in (
        (Request.status, status),
        (Request.urgency, urgency),
        (Request.recommended_methodology, recommended_methodology),
        (Request.requester_user_id, requester_user_id),
        (Request.reviewed_by, reviewed_by),
    ):
        if values:
            filters.append(col(column).in_(values))
    if q:
        pattern = like_pattern(q.strip())
        filters.append(
            or_(
                *(
                    col(column).ilike(pattern)
                    for column in (
                        Request.request_number,
                        Request.title,
                        Request.description,
                        Request.problem_statement,
                        Request.requester_name,
                    )
                )
            )
        )
    if created_from:
        filters.append(Request.created_at >= created_from)
    if created_to:
        filters.append(Request.created_at <= created_to)
    stmt = select(Request)
    if filters:
        stmt = stmt.where(and_(*filters))
    result = await paginate(
        ctx.session,
        stmt,
        page=page,
        page_size=page_size,
        ordering=order_by(sort, order, SORT_COLUMNS, Request.id),
    )
    return to_list(RequestList, result, RequestBrief)


# ----------------------------------------------------------------------------------------- create
async def create_request(ctx: Ctx, *, idempotency_key: str | None, body: RequestCreate) -> RequestResponse:
    user = ctx.user
    data = body.model_dump()
    requester_id = data["requester_user_id"] if "requester_user_id" in body.model_fields_set else user.id
    if requester_id != user.id and not _is_reviewer(ctx):
        raise Forbidden("Only managers and admins may submit a request on behalf of someone else")
    requester: User | None
    if requester_id == user.id:
        requester = user
    elif requester_id is not None:
        requester = await ctx.session.get(User, requester_id)
        if requester is None:
            raise ValidationFailed.field(["body", "requester_user_id"], f"User {requester_id} does not exist")
    else:
        requester = None
        for field in ("requester_name", "requester_email"):
            if not (data.get(field) or "").strip():
                raise ValidationFailed.field(
                    ["body", field], f"{field} is required for a requester outside the system"
                )
    row = Request(
        title=data["title"],
        description=data.get("description"),
        requester_user_id=requester_id,
        requester_name=data.get("requester_name") or (requester.full_name if requester else None),
        requester_email=data.get("requester_email") or (requester.email if requester else None),
        requester_dept=data.get("requester_dept"),
        problem_statement=data.get("problem_statement"),
        desired_outcome=data.get("desired_outcome"),
        business_impact=data.get("business_impact"),
        urgency=data.get("urgency") or Priority.medium,
        status=RequestStatus.submitted,
    )
    ctx.session.add(row)
    await ctx.session.flush()
    await ctx.session.refresh(row)
    audit.record(
        ctx,
        entity_type="request",
        entity_id=row.id,
        action=AuditAction.create,
        changes=audit.snapshot(
            row, ["request_number", "title", "status", "urgency", "requester_user_id", "requester_name"]
        ),
    )
    set_location(ctx, f"/requests/{row.id}")
    return respond(ctx, row)


# ---------------------------------------------------------------------------------- get / update
async def get_request(ctx: Ctx, *, request_id: str) -> RequestResponse:
    return respond(ctx, await load_request(ctx, request_id))


async def update_request(
    ctx: Ctx, *, request_id: str, if_match: str | None, body: RequestUpdate
) -> RequestResponse:
    row = await load_request(ctx, request_id, for_update=True)
    check_if_match(if_match, etag(row))
    reviewer = _is_reviewer(ctx)
    if not reviewer and not _is_requester(ctx, row):
        raise Forbidden("Only the requester or a manager may change this request")
    if row.status == RequestStatus.converted:
        raise Conflict(f"Request {row.request_number} is converted and can no longer change")
    updates = body.model_dump(exclude_unset=True)
    if not reviewer:
        review = sorted(REVIEW_FIELDS & updates.keys())
        if review:
            raise Forbidden(f"Only managers and admins may set {', '.join(review)}")
        if row.status != RequestStatus.submitted:
            raise Forbidden(
                f"The requester may edit a request only while it is submitted (it is {row.status})"
            )

    new_status = updates.pop("status", None)
    status_changes = new_status is not None and new_status != row.status
    if status_changes:
        if new_status not in TRANSITIONS.get(row.status, frozenset()):
            raise Conflict(f"A {row.status} request cannot become {new_status}")
        updates["status"] = new_status
    if (updates.get("status") or row.status) == RequestStatus.declined:
        reason = updates.get("decline_reason", row.decline_reason)
        if not (reason or "").strip():
            raise ValidationFailed.field(
                ["body", "decline_reason"], "A declined request needs a decline_reason"
            )
    if status_changes:
        updates["reviewed_by"] = ctx.user.id
        updates["reviewed_at"] = utcnow()

    changes = audit.apply_changes(row, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(row)
        audit.record(
            ctx,
            entity_type="request",
            entity_id=row.id,
            action=AuditAction.status_change if set(changes) <= _REVIEW_COLUMNS else AuditAction.update,
            changes=changes,
            initiative_id=row.converted_initiative_id,
        )
    return respond(ctx, row)


async def delete_request(ctx: Ctx, *, request_id: str, if_match: str | None) -> None:
    row = await load_request(ctx, request_id, for_update=True)
    check_if_match(if_match, etag(row))
    reviewer = _is_reviewer(ctx)
    if not reviewer and not _is_requester(ctx, row):
        raise Forbidden("Only the requester or a manager may delete this request")
    if row.status == RequestStatus.converted:
        raise Conflict(f"Request {row.request_number} is converted and cannot be deleted")
    if not reviewer and row.status != RequestStatus.submitted:
        raise Forbidden(
            f"The requester may withdraw a request only while it is submitted (it is {row.status})"
        )
    audit.record(
        ctx,
        entity_type="request",
        entity_id=row.id,
        action=AuditAction.delete,
        changes={
            "request_number": [row.request_number, None],
            "title": [row.title, None],
            "status": [audit.jsonable(row.status), None],
        },
    )
    await ctx.session.delete(row)
    await ctx.session.flush()


# ----------------------------------------------------------------------------------------- triage
def _refuse_triage(row: Request) -> None:
    if row.status in (RequestStatus.declined, RequestStatus.converted):
        raise Conflict(f"Request {row.request_number} is {row.status}; only open requests are triaged")


async def triage_request(ctx: Ctx, *, request_id: str) -> RequestResponse:
    row = await load_request(ctx, request_id)
    _refuse_triage(row)
    request_data = {name: audit.jsonable(getattr(row, name)) for name in TRIAGE_INPUT_FIELDS}
    # Grounding: candidate teams and analysts (skills, free capacity) and similar earlier requests.
    request_data |= await triage_facts(ctx.session, request_data)
    try:
        result = await ai_orchestrator(ctx).triage_request(request_data)
    except ServiceUnavailableError as exc:
        raise ServiceUnavailable(
            f"The AI service is unavailable; the request was not changed ({exc})"
        ) from exc

    # The AI call may take a while: lock the row only now, and look again (it may have been declined,
    # converted or deleted meanwhile).
    row = await load_request(ctx, str(row.id), for_update=True)
    _refuse_triage(row)
    updates: dict[str, Any] = {
        "complexity_score": result.complexity_score,
        "recommended_methodology": result.recommended_methodology,
        "triage_rationale": result.model_dump(mode="json"),
    }
    if row.status == RequestStatus.submitted:
        updates |= {
            "status": RequestStatus.under_review,
            "reviewed_by": ctx.user.id,
            "reviewed_at": utcnow(),
        }
    changes = audit.apply_changes(row, updates)
    if changes:
        await ctx.session.flush()
        await ctx.session.refresh(row)
        audit.record(
            ctx,
            entity_type="request",
            entity_id=row.id,
            action=AuditAction.update,
            changes=changes,
        )
    return respond(ctx, row)


# ---------------------------------------------------------------------------------------- convert
async def _existing(ctx: Ctx, table: type[User] | type[Team], value: Any) -> UUID | None:
    """A triage suggestion (a UUID string in the stored JSON) if it still names a row, else None."""
    if not value:
        return None
    try:
        uid = UUID(str(value))
    except ValueError:
        return None
    return uid if await ctx.session.get(table, uid) is not None else None


async def convert_request(
    ctx: Ctx, *, request_id: str, idempotency_key: str | None, body: RequestConvert
) -> InitiativeResponse:
    row = await load_request(ctx, request_id, for_update=True)
    if row.status == RequestStatus.converted:
        raise Conflict(
            f"Request {row.request_number} is already converted (initiative {row.converted_initiative_id})"
        )
    if row.status != RequestStatus.accepted:
        raise Conflict(f"Only accepted requests are converted; {row.request_number} is {row.status}")
    triage = row.triage_rationale or {}
    values: dict[str, Any] = {
        "title": row.title,
        "problem_statement": row.problem_statement,
        "desired_outcome": row.desired_outcome,
        "business_case": row.business_impact,
        "methodology": row.recommended_methodology or Methodology.dmaic,
        "initiative_type": InitiativeType.process_improvement,
        "priority": row.urgency,
        "status": InitiativeStatus.active,
        "team_id": await _existing(ctx, Team, triage.get("suggested_team_id")),
        "lead_analyst_id": await _existing(ctx, User, triage.get("suggested_lead_analyst_id")),
    }
    values |= body.model_dump(exclude_unset=True)
    values["request_id"] = row.id
    await _check_references(ctx, values)
    initiative = await create_initiative_row(ctx, values)
    changes = audit.apply_changes(
        row,
        {
            "status": RequestStatus.converted,
            "converted_initiative_id": initiative.id,
            "reviewed_by": ctx.user.id,
            "reviewed_at": utcnow(),
        },
    )
    await ctx.session.flush()
    await ctx.session.refresh(row)
    audit.record(
        ctx,
        entity_type="request",
        entity_id=row.id,
        action=AuditAction.status_change,
        changes=changes,
        initiative_id=initiative.id,
    )
    set_location(ctx, f"/initiatives/{initiative.id}")
    return await build_response(ctx, initiative)
