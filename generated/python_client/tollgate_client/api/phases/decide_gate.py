from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.gate_review_create import GateReviewCreate
from ...models.gate_review_response import GateReviewResponse
from ...models.phase_name import PhaseName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    phase: PhaseName,
    *,
    body: GateReviewCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initiatives/{initiative_id}/phases/{phase}/gate".format(
            initiative_id=quote(str(initiative_id), safe=""),
            phase=quote(str(phase), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GateReviewResponse | None:
    if response.status_code == 201:
        response_201 = GateReviewResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GateReviewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    body: GateReviewCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | GateReviewResponse]:
    """Record a gate review decision

     Managers and admins may decide the gate of any initiative except one they lead: a reviewer who is
    the initiative's lead analyst is 403, whatever their role. The phase must be pending_review and
    the initiative planned or active (409 otherwise). `approved` and `conditionally_approved` need a
    gate without blockers: otherwise 409, and the Error body carries the remaining ones in `blockers`
    (e.g. `{"error": "conflict", "detail": "...", "status_code": 409, "blockers": ["A project_charter is
    required"]}`).
    Comments are required unless approved, conditions when conditionally approved (422).

    Effects: a new gate review (attempt = previous attempts of this phase + 1) with a snapshot of the
    readiness; the phase's gate_decision, gate_decided_by, gate_decided_at and gate_notes (= comments)
    are set. approved / conditionally_approved: the phase becomes completed (completed_at now), and the
    first later phase (by phase_order) that is neither completed nor skipped becomes in_progress
    (started_at now) if it is not_started. returned and
    rejected: the phase goes back to in_progress. on_hold: it stays pending_review. The initiative's
    current_phase is recomputed (`complete` after the last gate); its status is not changed. One
    audit event (gate_decision) is recorded. Location is the phase's gate-reviews list.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (GateReviewCreate): A gate decision. `comments` are required unless the decision is
            `approved`; `conditions` are
            required when it is `conditionally_approved` (422 otherwise).
             Example: {'decision': 'approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GateReviewResponse]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        phase=phase,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    body: GateReviewCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | GateReviewResponse | None:
    """Record a gate review decision

     Managers and admins may decide the gate of any initiative except one they lead: a reviewer who is
    the initiative's lead analyst is 403, whatever their role. The phase must be pending_review and
    the initiative planned or active (409 otherwise). `approved` and `conditionally_approved` need a
    gate without blockers: otherwise 409, and the Error body carries the remaining ones in `blockers`
    (e.g. `{"error": "conflict", "detail": "...", "status_code": 409, "blockers": ["A project_charter is
    required"]}`).
    Comments are required unless approved, conditions when conditionally approved (422).

    Effects: a new gate review (attempt = previous attempts of this phase + 1) with a snapshot of the
    readiness; the phase's gate_decision, gate_decided_by, gate_decided_at and gate_notes (= comments)
    are set. approved / conditionally_approved: the phase becomes completed (completed_at now), and the
    first later phase (by phase_order) that is neither completed nor skipped becomes in_progress
    (started_at now) if it is not_started. returned and
    rejected: the phase goes back to in_progress. on_hold: it stays pending_review. The initiative's
    current_phase is recomputed (`complete` after the last gate); its status is not changed. One
    audit event (gate_decision) is recorded. Location is the phase's gate-reviews list.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (GateReviewCreate): A gate decision. `comments` are required unless the decision is
            `approved`; `conditions` are
            required when it is `conditionally_approved` (422 otherwise).
             Example: {'decision': 'approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GateReviewResponse
    """

    return sync_detailed(
        initiative_id=initiative_id,
        phase=phase,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    body: GateReviewCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | GateReviewResponse]:
    """Record a gate review decision

     Managers and admins may decide the gate of any initiative except one they lead: a reviewer who is
    the initiative's lead analyst is 403, whatever their role. The phase must be pending_review and
    the initiative planned or active (409 otherwise). `approved` and `conditionally_approved` need a
    gate without blockers: otherwise 409, and the Error body carries the remaining ones in `blockers`
    (e.g. `{"error": "conflict", "detail": "...", "status_code": 409, "blockers": ["A project_charter is
    required"]}`).
    Comments are required unless approved, conditions when conditionally approved (422).

    Effects: a new gate review (attempt = previous attempts of this phase + 1) with a snapshot of the
    readiness; the phase's gate_decision, gate_decided_by, gate_decided_at and gate_notes (= comments)
    are set. approved / conditionally_approved: the phase becomes completed (completed_at now), and the
    first later phase (by phase_order) that is neither completed nor skipped becomes in_progress
    (started_at now) if it is not_started. returned and
    rejected: the phase goes back to in_progress. on_hold: it stays pending_review. The initiative's
    current_phase is recomputed (`complete` after the last gate); its status is not changed. One
    audit event (gate_decision) is recorded. Location is the phase's gate-reviews list.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (GateReviewCreate): A gate decision. `comments` are required unless the decision is
            `approved`; `conditions` are
            required when it is `conditionally_approved` (422 otherwise).
             Example: {'decision': 'approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GateReviewResponse]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        phase=phase,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    body: GateReviewCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | GateReviewResponse | None:
    """Record a gate review decision

     Managers and admins may decide the gate of any initiative except one they lead: a reviewer who is
    the initiative's lead analyst is 403, whatever their role. The phase must be pending_review and
    the initiative planned or active (409 otherwise). `approved` and `conditionally_approved` need a
    gate without blockers: otherwise 409, and the Error body carries the remaining ones in `blockers`
    (e.g. `{"error": "conflict", "detail": "...", "status_code": 409, "blockers": ["A project_charter is
    required"]}`).
    Comments are required unless approved, conditions when conditionally approved (422).

    Effects: a new gate review (attempt = previous attempts of this phase + 1) with a snapshot of the
    readiness; the phase's gate_decision, gate_decided_by, gate_decided_at and gate_notes (= comments)
    are set. approved / conditionally_approved: the phase becomes completed (completed_at now), and the
    first later phase (by phase_order) that is neither completed nor skipped becomes in_progress
    (started_at now) if it is not_started. returned and
    rejected: the phase goes back to in_progress. on_hold: it stays pending_review. The initiative's
    current_phase is recomputed (`complete` after the last gate); its status is not changed. One
    audit event (gate_decision) is recorded. Location is the phase's gate-reviews list.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (GateReviewCreate): A gate decision. `comments` are required unless the decision is
            `approved`; `conditions` are
            required when it is `conditionally_approved` (422 otherwise).
             Example: {'decision': 'approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GateReviewResponse
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            phase=phase,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
