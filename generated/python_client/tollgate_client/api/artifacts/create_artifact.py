from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artifact_create import ArtifactCreate
from ...models.artifact_response import ArtifactResponse
from ...models.error_body import Error
from ...models.phase_name import PhaseName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    phase: PhaseName,
    *,
    body: ArtifactCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initiatives/{initiative_id}/phases/{phase}/artifacts".format(
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
) -> ArtifactResponse | Error | None:
    if response.status_code == 201:
        response_201 = ArtifactResponse.from_dict(response.json())

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
) -> Response[ArtifactResponse | Error]:
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
    body: ArtifactCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ArtifactResponse | Error]:
    """Create an artifact in a phase

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the methodology has no such phase. The type must fit the phase and the content must fit
    the type's shape (422; see ArtifactCreate). Artifacts may be added in a phase of any status.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (ArtifactCreate): A new artifact in the phase of the path. `version` starts at 1 and
            `created_by` is the caller.
            In phases named define, measure, analyze, improve and control, `artifact_type` must be one
            of that
            phase's types (422 otherwise):
            define: project_charter, sipoc, voc_ctq_tree, stakeholder_map, problem_statement ·
            measure: data_collection_plan, operational_definitions, msa_results, process_map,
            value_stream_map,
            baseline_capability · analyze: fishbone_diagram, five_why, hypothesis_test,
            regression_analysis,
            pareto_analysis, fmea, root_cause_verification · improve: solution_matrix, pilot_plan,
            implementation_plan, before_after_comparison, cost_benefit · control: control_plan,
            control_charts,
            sop_document, training_plan, handoff_checklist, monitoring_plan.
            Phases of other methodologies (design, verify, prepare, …) accept any type.
            Several artifacts of the same type may exist in a phase.
             Example: {'artifact_type': 'five_why', 'title': 'Why do invoices wait for approval?',
            'content': {'problem': 'Invoices wait 12 days for approval', 'whys': ['Approvers are not
            notified', 'Notifications go to a shared mailbox', 'Nobody owns the mailbox'],
            'root_cause': 'No owner for the approval mailbox'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactResponse | Error]
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
    body: ArtifactCreate,
    idempotency_key: str | Unset = UNSET,
) -> ArtifactResponse | Error | None:
    """Create an artifact in a phase

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the methodology has no such phase. The type must fit the phase and the content must fit
    the type's shape (422; see ArtifactCreate). Artifacts may be added in a phase of any status.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (ArtifactCreate): A new artifact in the phase of the path. `version` starts at 1 and
            `created_by` is the caller.
            In phases named define, measure, analyze, improve and control, `artifact_type` must be one
            of that
            phase's types (422 otherwise):
            define: project_charter, sipoc, voc_ctq_tree, stakeholder_map, problem_statement ·
            measure: data_collection_plan, operational_definitions, msa_results, process_map,
            value_stream_map,
            baseline_capability · analyze: fishbone_diagram, five_why, hypothesis_test,
            regression_analysis,
            pareto_analysis, fmea, root_cause_verification · improve: solution_matrix, pilot_plan,
            implementation_plan, before_after_comparison, cost_benefit · control: control_plan,
            control_charts,
            sop_document, training_plan, handoff_checklist, monitoring_plan.
            Phases of other methodologies (design, verify, prepare, …) accept any type.
            Several artifacts of the same type may exist in a phase.
             Example: {'artifact_type': 'five_why', 'title': 'Why do invoices wait for approval?',
            'content': {'problem': 'Invoices wait 12 days for approval', 'whys': ['Approvers are not
            notified', 'Notifications go to a shared mailbox', 'Nobody owns the mailbox'],
            'root_cause': 'No owner for the approval mailbox'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactResponse | Error
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
    body: ArtifactCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ArtifactResponse | Error]:
    """Create an artifact in a phase

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the methodology has no such phase. The type must fit the phase and the content must fit
    the type's shape (422; see ArtifactCreate). Artifacts may be added in a phase of any status.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (ArtifactCreate): A new artifact in the phase of the path. `version` starts at 1 and
            `created_by` is the caller.
            In phases named define, measure, analyze, improve and control, `artifact_type` must be one
            of that
            phase's types (422 otherwise):
            define: project_charter, sipoc, voc_ctq_tree, stakeholder_map, problem_statement ·
            measure: data_collection_plan, operational_definitions, msa_results, process_map,
            value_stream_map,
            baseline_capability · analyze: fishbone_diagram, five_why, hypothesis_test,
            regression_analysis,
            pareto_analysis, fmea, root_cause_verification · improve: solution_matrix, pilot_plan,
            implementation_plan, before_after_comparison, cost_benefit · control: control_plan,
            control_charts,
            sop_document, training_plan, handoff_checklist, monitoring_plan.
            Phases of other methodologies (design, verify, prepare, …) accept any type.
            Several artifacts of the same type may exist in a phase.
             Example: {'artifact_type': 'five_why', 'title': 'Why do invoices wait for approval?',
            'content': {'problem': 'Invoices wait 12 days for approval', 'whys': ['Approvers are not
            notified', 'Notifications go to a shared mailbox', 'Nobody owns the mailbox'],
            'root_cause': 'No owner for the approval mailbox'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactResponse | Error]
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
    body: ArtifactCreate,
    idempotency_key: str | Unset = UNSET,
) -> ArtifactResponse | Error | None:
    """Create an artifact in a phase

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the methodology has no such phase. The type must fit the phase and the content must fit
    the type's shape (422; see ArtifactCreate). Artifacts may be added in a phase of any status.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        idempotency_key (str | Unset):
        body (ArtifactCreate): A new artifact in the phase of the path. `version` starts at 1 and
            `created_by` is the caller.
            In phases named define, measure, analyze, improve and control, `artifact_type` must be one
            of that
            phase's types (422 otherwise):
            define: project_charter, sipoc, voc_ctq_tree, stakeholder_map, problem_statement ·
            measure: data_collection_plan, operational_definitions, msa_results, process_map,
            value_stream_map,
            baseline_capability · analyze: fishbone_diagram, five_why, hypothesis_test,
            regression_analysis,
            pareto_analysis, fmea, root_cause_verification · improve: solution_matrix, pilot_plan,
            implementation_plan, before_after_comparison, cost_benefit · control: control_plan,
            control_charts,
            sop_document, training_plan, handoff_checklist, monitoring_plan.
            Phases of other methodologies (design, verify, prepare, …) accept any type.
            Several artifacts of the same type may exist in a phase.
             Example: {'artifact_type': 'five_why', 'title': 'Why do invoices wait for approval?',
            'content': {'problem': 'Invoices wait 12 days for approval', 'whys': ['Approvers are not
            notified', 'Notifications go to a shared mailbox', 'Nobody owns the mailbox'],
            'root_cause': 'No owner for the approval mailbox'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactResponse | Error
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
