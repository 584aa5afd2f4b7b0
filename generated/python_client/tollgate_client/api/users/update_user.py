from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.user_response import UserResponse
from ...models.user_update import UserUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: UUID,
    *,
    body: UserUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserResponse | None:
    if response.status_code == 200:
        response_200 = UserResponse.from_dict(response.json())

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
) -> Response[Error | UserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | UserResponse]:
    """Update a user

     Admins only (they alone change roles, emails and is_active). An admin may not change their own
    role or deactivate themselves (409). A new email taken by another user is 409. Setting
    `is_active` false or a new `password` makes the user's earlier tokens answer 401.

    Args:
        user_id (UUID):
        if_match (str | Unset):
        body (UserUpdate): Partial update by an admin: only the fields sent change. Setting
            `password` replaces the user's
            password and invalidates every token issued to them before. An admin may not change their
            own
            `role` or set their own `is_active` to false (409).
             Example: {'role': 'manager'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
    if_match: str | Unset = UNSET,
) -> Error | UserResponse | None:
    """Update a user

     Admins only (they alone change roles, emails and is_active). An admin may not change their own
    role or deactivate themselves (409). A new email taken by another user is 409. Setting
    `is_active` false or a new `password` makes the user's earlier tokens answer 401.

    Args:
        user_id (UUID):
        if_match (str | Unset):
        body (UserUpdate): Partial update by an admin: only the fields sent change. Setting
            `password` replaces the user's
            password and invalidates every token issued to them before. An admin may not change their
            own
            `role` or set their own `is_active` to false (409).
             Example: {'role': 'manager'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | UserResponse]:
    """Update a user

     Admins only (they alone change roles, emails and is_active). An admin may not change their own
    role or deactivate themselves (409). A new email taken by another user is 409. Setting
    `is_active` false or a new `password` makes the user's earlier tokens answer 401.

    Args:
        user_id (UUID):
        if_match (str | Unset):
        body (UserUpdate): Partial update by an admin: only the fields sent change. Setting
            `password` replaces the user's
            password and invalidates every token issued to them before. An admin may not change their
            own
            `role` or set their own `is_active` to false (409).
             Example: {'role': 'manager'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
    if_match: str | Unset = UNSET,
) -> Error | UserResponse | None:
    """Update a user

     Admins only (they alone change roles, emails and is_active). An admin may not change their own
    role or deactivate themselves (409). A new email taken by another user is 409. Setting
    `is_active` false or a new `password` makes the user's earlier tokens answer 401.

    Args:
        user_id (UUID):
        if_match (str | Unset):
        body (UserUpdate): Partial update by an admin: only the fields sent change. Setting
            `password` replaces the user's
            password and invalidates every token issued to them before. An admin may not change their
            own
            `role` or set their own `is_active` to false (409).
             Example: {'role': 'manager'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
