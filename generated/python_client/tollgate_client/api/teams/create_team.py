from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.team_create import TeamCreate
from ...models.team_response import TeamResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TeamCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamResponse | None:
    if response.status_code == 201:
        response_201 = TeamResponse.from_dict(response.json())

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
) -> Response[Error | TeamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | TeamResponse]:
    """Create a team

     Admins only. `name` is unique case-insensitively (409). `manager_id` must be an active user with
    the manager or admin role (422 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TeamCreate): A new team. `name` is unique case-insensitively (409). `manager_id`,
            when given, must be an active
            user with the manager or admin role (422 otherwise). The manager is not made a member.
             Example: {'name': 'Finance Operations Excellence', 'department': 'Finance',
            'organization': 'Acme Corp', 'settings': {'default_methodology': 'dmaic'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamResponse]
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
    body: TeamCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | TeamResponse | None:
    """Create a team

     Admins only. `name` is unique case-insensitively (409). `manager_id` must be an active user with
    the manager or admin role (422 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TeamCreate): A new team. `name` is unique case-insensitively (409). `manager_id`,
            when given, must be an active
            user with the manager or admin role (422 otherwise). The manager is not made a member.
             Example: {'name': 'Finance Operations Excellence', 'department': 'Finance',
            'organization': 'Acme Corp', 'settings': {'default_methodology': 'dmaic'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | TeamResponse]:
    """Create a team

     Admins only. `name` is unique case-insensitively (409). `manager_id` must be an active user with
    the manager or admin role (422 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TeamCreate): A new team. `name` is unique case-insensitively (409). `manager_id`,
            when given, must be an active
            user with the manager or admin role (422 otherwise). The manager is not made a member.
             Example: {'name': 'Finance Operations Excellence', 'department': 'Finance',
            'organization': 'Acme Corp', 'settings': {'default_methodology': 'dmaic'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamResponse]
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
    body: TeamCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | TeamResponse | None:
    """Create a team

     Admins only. `name` is unique case-insensitively (409). `manager_id` must be an active user with
    the manager or admin role (422 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TeamCreate): A new team. `name` is unique case-insensitively (409). `manager_id`,
            when given, must be an active
            user with the manager or admin role (422 otherwise). The manager is not made a member.
             Example: {'name': 'Finance Operations Excellence', 'department': 'Finance',
            'organization': 'Acme Corp', 'settings': {'default_methodology': 'dmaic'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
