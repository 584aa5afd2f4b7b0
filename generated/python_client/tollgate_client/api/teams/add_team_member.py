from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.team_member_create import TeamMemberCreate
from ...models.team_member_response import TeamMemberResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: UUID,
    *,
    body: TeamMemberCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams/{team_id}/members".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TeamMemberResponse | None:
    if response.status_code == 201:
        response_201 = TeamMemberResponse.from_dict(response.json())

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
) -> Response[Error | TeamMemberResponse]:
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
    body: TeamMemberCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | TeamMemberResponse]:
    """Add a member to a team

     Managers may add members to teams they manage; admins to any team (403 otherwise). The user must
    exist and be active (422); a user already in the team is 409. `joined_at` is now. Location is
    /teams/{team_id}/members/{user_id}.

    Args:
        team_id (UUID):
        idempotency_key (str | Unset):
        body (TeamMemberCreate): Adds a user to the team. The user must exist and be active (422
            otherwise); a user already in the
            team is 409 (to change `role_in_team`, remove and add again).
             Example: {'user_id': '3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b', 'role_in_team': 'member'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamMemberResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMemberCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | TeamMemberResponse | None:
    """Add a member to a team

     Managers may add members to teams they manage; admins to any team (403 otherwise). The user must
    exist and be active (422); a user already in the team is 409. `joined_at` is now. Location is
    /teams/{team_id}/members/{user_id}.

    Args:
        team_id (UUID):
        idempotency_key (str | Unset):
        body (TeamMemberCreate): Adds a user to the team. The user must exist and be active (422
            otherwise); a user already in the
            team is 409 (to change `role_in_team`, remove and add again).
             Example: {'user_id': '3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b', 'role_in_team': 'member'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamMemberResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMemberCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | TeamMemberResponse]:
    """Add a member to a team

     Managers may add members to teams they manage; admins to any team (403 otherwise). The user must
    exist and be active (422); a user already in the team is 409. `joined_at` is now. Location is
    /teams/{team_id}/members/{user_id}.

    Args:
        team_id (UUID):
        idempotency_key (str | Unset):
        body (TeamMemberCreate): Adds a user to the team. The user must exist and be active (422
            otherwise); a user already in the
            team is 409 (to change `role_in_team`, remove and add again).
             Example: {'user_id': '3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b', 'role_in_team': 'member'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamMemberResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMemberCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | TeamMemberResponse | None:
    """Add a member to a team

     Managers may add members to teams they manage; admins to any team (403 otherwise). The user must
    exist and be active (422); a user already in the team is 409. `joined_at` is now. Location is
    /teams/{team_id}/members/{user_id}.

    Args:
        team_id (UUID):
        idempotency_key (str | Unset):
        body (TeamMemberCreate): Adds a user to the team. The user must exist and be active (422
            otherwise); a user already in the
            team is 409 (to change `role_in_team`, remove and add again).
             Example: {'user_id': '3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b', 'role_in_team': 'member'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamMemberResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
