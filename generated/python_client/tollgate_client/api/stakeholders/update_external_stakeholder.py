from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.external_stakeholder_response import ExternalStakeholderResponse
from ...models.external_stakeholder_update import ExternalStakeholderUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    external_stakeholder_id: UUID,
    *,
    body: ExternalStakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/external-stakeholders/{external_stakeholder_id}".format(
            external_stakeholder_id=quote(str(external_stakeholder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExternalStakeholderResponse | None:
    if response.status_code == 200:
        response_200 = ExternalStakeholderResponse.from_dict(response.json())

        return response_200

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

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[Error | ExternalStakeholderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    external_stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalStakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | ExternalStakeholderResponse]:
    """Update an external stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The initiative is the external stakeholder's own; one of a deleted initiative is 404.

    Args:
        external_stakeholder_id (UUID):
        if_match (str | Unset):
        body (ExternalStakeholderUpdate): Partial update; only the fields sent change. Example:
            {'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExternalStakeholderResponse]
    """

    kwargs = _get_kwargs(
        external_stakeholder_id=external_stakeholder_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalStakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Error | ExternalStakeholderResponse | None:
    """Update an external stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The initiative is the external stakeholder's own; one of a deleted initiative is 404.

    Args:
        external_stakeholder_id (UUID):
        if_match (str | Unset):
        body (ExternalStakeholderUpdate): Partial update; only the fields sent change. Example:
            {'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExternalStakeholderResponse
    """

    return sync_detailed(
        external_stakeholder_id=external_stakeholder_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    external_stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalStakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | ExternalStakeholderResponse]:
    """Update an external stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The initiative is the external stakeholder's own; one of a deleted initiative is 404.

    Args:
        external_stakeholder_id (UUID):
        if_match (str | Unset):
        body (ExternalStakeholderUpdate): Partial update; only the fields sent change. Example:
            {'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExternalStakeholderResponse]
    """

    kwargs = _get_kwargs(
        external_stakeholder_id=external_stakeholder_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalStakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Error | ExternalStakeholderResponse | None:
    """Update an external stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The initiative is the external stakeholder's own; one of a deleted initiative is 404.

    Args:
        external_stakeholder_id (UUID):
        if_match (str | Unset):
        body (ExternalStakeholderUpdate): Partial update; only the fields sent change. Example:
            {'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExternalStakeholderResponse
    """

    return (
        await asyncio_detailed(
            external_stakeholder_id=external_stakeholder_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
