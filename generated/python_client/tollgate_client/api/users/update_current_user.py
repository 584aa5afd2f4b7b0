from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.user_response import UserResponse
from ...models.user_self_update import UserSelfUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UserSelfUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/users/me",
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
    *,
    client: AuthenticatedClient | Client,
    body: UserSelfUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | UserResponse]:
    """Update my profile

     Any user may edit their own profile (name, title, avatar, skills, capacity) and change their
    password; email, role and is_active are not accepted here (422). A password change needs the
    current password (a wrong one is 422 on `current_password`) and makes every earlier token,
    including the caller's, answer 401.

    Args:
        if_match (str | Unset):
        body (UserSelfUpdate): The caller's own profile. Email, role and is_active are not here
            (only admins change them).
            To change the password send both `current_password` and `new_password` (one without the
            other
            is 422; a wrong `current_password` is 422 on that field). After a password change every
            token
            issued before, including the one used for this call, answers 401: log in again.
             Example: {'title': 'Master Black Belt', 'skills': ['DMAIC', 'DOE', 'SPC']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserSelfUpdate,
    if_match: str | Unset = UNSET,
) -> Error | UserResponse | None:
    """Update my profile

     Any user may edit their own profile (name, title, avatar, skills, capacity) and change their
    password; email, role and is_active are not accepted here (422). A password change needs the
    current password (a wrong one is 422 on `current_password`) and makes every earlier token,
    including the caller's, answer 401.

    Args:
        if_match (str | Unset):
        body (UserSelfUpdate): The caller's own profile. Email, role and is_active are not here
            (only admins change them).
            To change the password send both `current_password` and `new_password` (one without the
            other
            is 422; a wrong `current_password` is 422 on that field). After a password change every
            token
            issued before, including the one used for this call, answers 401: log in again.
             Example: {'title': 'Master Black Belt', 'skills': ['DMAIC', 'DOE', 'SPC']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserSelfUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | UserResponse]:
    """Update my profile

     Any user may edit their own profile (name, title, avatar, skills, capacity) and change their
    password; email, role and is_active are not accepted here (422). A password change needs the
    current password (a wrong one is 422 on `current_password`) and makes every earlier token,
    including the caller's, answer 401.

    Args:
        if_match (str | Unset):
        body (UserSelfUpdate): The caller's own profile. Email, role and is_active are not here
            (only admins change them).
            To change the password send both `current_password` and `new_password` (one without the
            other
            is 422; a wrong `current_password` is 422 on that field). After a password change every
            token
            issued before, including the one used for this call, answers 401: log in again.
             Example: {'title': 'Master Black Belt', 'skills': ['DMAIC', 'DOE', 'SPC']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserSelfUpdate,
    if_match: str | Unset = UNSET,
) -> Error | UserResponse | None:
    """Update my profile

     Any user may edit their own profile (name, title, avatar, skills, capacity) and change their
    password; email, role and is_active are not accepted here (422). A password change needs the
    current password (a wrong one is 422 on `current_password`) and makes every earlier token,
    including the caller's, answer 401.

    Args:
        if_match (str | Unset):
        body (UserSelfUpdate): The caller's own profile. Email, role and is_active are not here
            (only admins change them).
            To change the password send both `current_password` and `new_password` (one without the
            other
            is 422; a wrong `current_password` is 422 on that field). After a password change every
            token
            issued before, including the one used for this call, answers 401: log in again.
             Example: {'title': 'Master Black Belt', 'skills': ['DMAIC', 'DOE', 'SPC']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
