from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.report_accepted import ReportAccepted
from ...models.report_create import ReportCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReportCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReportAccepted | None:
    if response.status_code == 202:
        response_202 = ReportAccepted.from_dict(response.json())

        return response_202

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

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReportAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReportCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | ReportAccepted]:
    """Request a report

     Stores the report (status `pending`) and queues a `report_generation` job that calls the report
    generator; answers 202 with both. Poll GET /jobs/{job_id} or the report, then download it.
    The initiative (and team) in the parameters must exist and be readable by the caller (else 404);
    initiative_report and close_out need parameters.initiative_id, phase_report also parameters.phase
    (a phase of the initiative's methodology), and date_from must not be after date_to (else 422).
    409 when the same Idempotency-Key is still being processed; 503 when the job queue is unreachable
    (nothing is stored).

    Args:
        idempotency_key (str | Unset):
        body (ReportCreate): A report to render. Every report type renders in either format, from
            the same figures: PDF laid out
            with embedded fonts and vector charts, HTML self-contained (inline CSS and SVG charts).
            Neither
            fetches anything: user text (titles, descriptions, URLs) is printed as text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReportCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | ReportAccepted | None:
    """Request a report

     Stores the report (status `pending`) and queues a `report_generation` job that calls the report
    generator; answers 202 with both. Poll GET /jobs/{job_id} or the report, then download it.
    The initiative (and team) in the parameters must exist and be readable by the caller (else 404);
    initiative_report and close_out need parameters.initiative_id, phase_report also parameters.phase
    (a phase of the initiative's methodology), and date_from must not be after date_to (else 422).
    409 when the same Idempotency-Key is still being processed; 503 when the job queue is unreachable
    (nothing is stored).

    Args:
        idempotency_key (str | Unset):
        body (ReportCreate): A report to render. Every report type renders in either format, from
            the same figures: PDF laid out
            with embedded fonts and vector charts, HTML self-contained (inline CSS and SVG charts).
            Neither
            fetches anything: user text (titles, descriptions, URLs) is printed as text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReportCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | ReportAccepted]:
    """Request a report

     Stores the report (status `pending`) and queues a `report_generation` job that calls the report
    generator; answers 202 with both. Poll GET /jobs/{job_id} or the report, then download it.
    The initiative (and team) in the parameters must exist and be readable by the caller (else 404);
    initiative_report and close_out need parameters.initiative_id, phase_report also parameters.phase
    (a phase of the initiative's methodology), and date_from must not be after date_to (else 422).
    409 when the same Idempotency-Key is still being processed; 503 when the job queue is unreachable
    (nothing is stored).

    Args:
        idempotency_key (str | Unset):
        body (ReportCreate): A report to render. Every report type renders in either format, from
            the same figures: PDF laid out
            with embedded fonts and vector charts, HTML self-contained (inline CSS and SVG charts).
            Neither
            fetches anything: user text (titles, descriptions, URLs) is printed as text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReportCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | ReportAccepted | None:
    """Request a report

     Stores the report (status `pending`) and queues a `report_generation` job that calls the report
    generator; answers 202 with both. Poll GET /jobs/{job_id} or the report, then download it.
    The initiative (and team) in the parameters must exist and be readable by the caller (else 404);
    initiative_report and close_out need parameters.initiative_id, phase_report also parameters.phase
    (a phase of the initiative's methodology), and date_from must not be after date_to (else 422).
    409 when the same Idempotency-Key is still being processed; 503 when the job queue is unreachable
    (nothing is stored).

    Args:
        idempotency_key (str | Unset):
        body (ReportCreate): A report to render. Every report type renders in either format, from
            the same figures: PDF laid out
            with embedded fonts and vector charts, HTML self-contained (inline CSS and SVG charts).
            Neither
            fetches anything: user text (titles, descriptions, URLs) is printed as text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
