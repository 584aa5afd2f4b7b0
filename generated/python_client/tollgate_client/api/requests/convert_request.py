from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.initiative_response import InitiativeResponse
from ...models.request_convert import RequestConvert
from ...types import UNSET, Response, Unset


def _get_kwargs(
    request_id: str,
    *,
    body: RequestConvert,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/requests/{request_id}/convert".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InitiativeResponse | None:
    if response.status_code == 201:
        response_201 = InitiativeResponse.from_dict(response.json())

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
) -> Response[Error | InitiativeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestConvert,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | InitiativeResponse]:
    """Convert an accepted request into an initiative

     Managers and admins only. The request must be `accepted` (409 otherwise, including when already
    converted). Creates the initiative (next INI number, phases from its methodology, first phase
    in_progress) with `request_id` set to this request, and sets the request's `status` to `converted`
    and its `converted_initiative_id`; both happen in one transaction. The body holds optional overrides
    (see RequestConvert for the defaults taken from the request and its triage).

    Args:
        request_id (str):
        idempotency_key (str | Unset):
        body (RequestConvert): Optional overrides for the initiative created from an accepted
            request; send `{}` to take everything
            from the request. Defaults: title ← request title; problem_statement and desired_outcome ←
            the
            request's; business_case ← business_impact; methodology ← recommended_methodology (dmaic
            when the
            request was never triaged); priority ← urgency; team_id and lead_analyst_id ← the triage's
            suggestions
            (null when none); initiative_type process_improvement; status active. Referenced users and
            team must
            exist (422 otherwise).
             Example: {'methodology': 'dmaic', 'priority': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitiativeResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestConvert,
    idempotency_key: str | Unset = UNSET,
) -> Error | InitiativeResponse | None:
    """Convert an accepted request into an initiative

     Managers and admins only. The request must be `accepted` (409 otherwise, including when already
    converted). Creates the initiative (next INI number, phases from its methodology, first phase
    in_progress) with `request_id` set to this request, and sets the request's `status` to `converted`
    and its `converted_initiative_id`; both happen in one transaction. The body holds optional overrides
    (see RequestConvert for the defaults taken from the request and its triage).

    Args:
        request_id (str):
        idempotency_key (str | Unset):
        body (RequestConvert): Optional overrides for the initiative created from an accepted
            request; send `{}` to take everything
            from the request. Defaults: title ← request title; problem_statement and desired_outcome ←
            the
            request's; business_case ← business_impact; methodology ← recommended_methodology (dmaic
            when the
            request was never triaged); priority ← urgency; team_id and lead_analyst_id ← the triage's
            suggestions
            (null when none); initiative_type process_improvement; status active. Referenced users and
            team must
            exist (422 otherwise).
             Example: {'methodology': 'dmaic', 'priority': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitiativeResponse
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestConvert,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | InitiativeResponse]:
    """Convert an accepted request into an initiative

     Managers and admins only. The request must be `accepted` (409 otherwise, including when already
    converted). Creates the initiative (next INI number, phases from its methodology, first phase
    in_progress) with `request_id` set to this request, and sets the request's `status` to `converted`
    and its `converted_initiative_id`; both happen in one transaction. The body holds optional overrides
    (see RequestConvert for the defaults taken from the request and its triage).

    Args:
        request_id (str):
        idempotency_key (str | Unset):
        body (RequestConvert): Optional overrides for the initiative created from an accepted
            request; send `{}` to take everything
            from the request. Defaults: title ← request title; problem_statement and desired_outcome ←
            the
            request's; business_case ← business_impact; methodology ← recommended_methodology (dmaic
            when the
            request was never triaged); priority ← urgency; team_id and lead_analyst_id ← the triage's
            suggestions
            (null when none); initiative_type process_improvement; status active. Referenced users and
            team must
            exist (422 otherwise).
             Example: {'methodology': 'dmaic', 'priority': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitiativeResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestConvert,
    idempotency_key: str | Unset = UNSET,
) -> Error | InitiativeResponse | None:
    """Convert an accepted request into an initiative

     Managers and admins only. The request must be `accepted` (409 otherwise, including when already
    converted). Creates the initiative (next INI number, phases from its methodology, first phase
    in_progress) with `request_id` set to this request, and sets the request's `status` to `converted`
    and its `converted_initiative_id`; both happen in one transaction. The body holds optional overrides
    (see RequestConvert for the defaults taken from the request and its triage).

    Args:
        request_id (str):
        idempotency_key (str | Unset):
        body (RequestConvert): Optional overrides for the initiative created from an accepted
            request; send `{}` to take everything
            from the request. Defaults: title ← request title; problem_statement and desired_outcome ←
            the
            request's; business_case ← business_impact; methodology ← recommended_methodology (dmaic
            when the
            request was never triaged); priority ← urgency; team_id and lead_analyst_id ← the triage's
            suggestions
            (null when none); initiative_type process_improvement; status active. Referenced users and
            team must
            exist (422 otherwise).
             Example: {'methodology': 'dmaic', 'priority': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitiativeResponse
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
