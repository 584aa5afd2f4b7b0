from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.workload_entry_response import WorkloadEntryResponse
from ...models.workload_entry_update import WorkloadEntryUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    entry_id: UUID,
    *,
    body: WorkloadEntryUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/workload/{entry_id}".format(
            entry_id=quote(str(entry_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkloadEntryResponse | None:
    if response.status_code == 200:
        response_200 = WorkloadEntryResponse.from_dict(response.json())

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
) -> Response[Error | WorkloadEntryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | WorkloadEntryResponse]:
    """Update the hours of a week

     The entry's own user (analyst or above), a manager of a team the user is a member of (manages or
    leads it), or an admin may change it (403 otherwise; entries the caller may not see are 404).
    Hours are 0–168.

    Args:
        entry_id (UUID):
        if_match (str | Unset):
        body (WorkloadEntryUpdate): Partial update of the hours and notes. User, initiative and
            week never change (delete and create instead). Example: {'actual_hours': 14.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadEntryResponse]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryUpdate,
    if_match: str | Unset = UNSET,
) -> Error | WorkloadEntryResponse | None:
    """Update the hours of a week

     The entry's own user (analyst or above), a manager of a team the user is a member of (manages or
    leads it), or an admin may change it (403 otherwise; entries the caller may not see are 404).
    Hours are 0–168.

    Args:
        entry_id (UUID):
        if_match (str | Unset):
        body (WorkloadEntryUpdate): Partial update of the hours and notes. User, initiative and
            week never change (delete and create instead). Example: {'actual_hours': 14.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkloadEntryResponse
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | WorkloadEntryResponse]:
    """Update the hours of a week

     The entry's own user (analyst or above), a manager of a team the user is a member of (manages or
    leads it), or an admin may change it (403 otherwise; entries the caller may not see are 404).
    Hours are 0–168.

    Args:
        entry_id (UUID):
        if_match (str | Unset):
        body (WorkloadEntryUpdate): Partial update of the hours and notes. User, initiative and
            week never change (delete and create instead). Example: {'actual_hours': 14.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadEntryResponse]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryUpdate,
    if_match: str | Unset = UNSET,
) -> Error | WorkloadEntryResponse | None:
    """Update the hours of a week

     The entry's own user (analyst or above), a manager of a team the user is a member of (manages or
    leads it), or an admin may change it (403 otherwise; entries the caller may not see are 404).
    Hours are 0–168.

    Args:
        entry_id (UUID):
        if_match (str | Unset):
        body (WorkloadEntryUpdate): Partial update of the hours and notes. User, initiative and
            week never change (delete and create instead). Example: {'actual_hours': 14.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkloadEntryResponse
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
