from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.team_response import TeamResponse
from ...models.team_update import TeamUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: UUID,
    *,
    body: TeamUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/teams/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamResponse | None:
    if response.status_code == 200:
        response_200 = TeamResponse.from_dict(response.json())

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
) -> Response[Error | TeamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | TeamResponse]:
    """Update a team

     Managers may update teams they manage (they are its manager_id or a lead member); admins any team
    (403 otherwise). Only admins change `manager_id` (403 for a manager who sends a different one); a
    new
    manager must be an active manager or admin (422). A name taken by another team is 409.

    Args:
        team_id (UUID):
        if_match (str | Unset):
        body (TeamUpdate): Partial update: only the fields sent change. Only an admin may change
            `manager_id` (a manager who
            sends a different one is 403). `settings` replaces the whole object.
             Example: {'description': 'Owns the order-to-cash improvement portfolio.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdate,
    if_match: str | Unset = UNSET,
) -> Error | TeamResponse | None:
    """Update a team

     Managers may update teams they manage (they are its manager_id or a lead member); admins any team
    (403 otherwise). Only admins change `manager_id` (403 for a manager who sends a different one); a
    new
    manager must be an active manager or admin (422). A name taken by another team is 409.

    Args:
        team_id (UUID):
        if_match (str | Unset):
        body (TeamUpdate): Partial update: only the fields sent change. Only an admin may change
            `manager_id` (a manager who
            sends a different one is 403). `settings` replaces the whole object.
             Example: {'description': 'Owns the order-to-cash improvement portfolio.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | TeamResponse]:
    """Update a team

     Managers may update teams they manage (they are its manager_id or a lead member); admins any team
    (403 otherwise). Only admins change `manager_id` (403 for a manager who sends a different one); a
    new
    manager must be an active manager or admin (422). A name taken by another team is 409.

    Args:
        team_id (UUID):
        if_match (str | Unset):
        body (TeamUpdate): Partial update: only the fields sent change. Only an admin may change
            `manager_id` (a manager who
            sends a different one is 403). `settings` replaces the whole object.
             Example: {'description': 'Owns the order-to-cash improvement portfolio.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdate,
    if_match: str | Unset = UNSET,
) -> Error | TeamResponse | None:
    """Update a team

     Managers may update teams they manage (they are its manager_id or a lead member); admins any team
    (403 otherwise). Only admins change `manager_id` (403 for a manager who sends a different one); a
    new
    manager must be an active manager or admin (422). A name taken by another team is 409.

    Args:
        team_id (UUID):
        if_match (str | Unset):
        body (TeamUpdate): Partial update: only the fields sent change. Only an admin may change
            `manager_id` (a manager who
            sends a different one is 403). `settings` replaces the whole object.
             Example: {'description': 'Owns the order-to-cash improvement portfolio.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
