from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.register_request import RegisterRequest
from ...models.user_response import UserResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserResponse | None:
    if response.status_code == 201:
        response_201 = UserResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | UserResponse]:
    """Register a new account

     Public. Creates an active user with the `viewer` role (an admin raises it later) and answers the
    user, not a token: log in next. 403 when the deployment disables self-registration
    (TOLLGATE_ALLOW_REGISTRATION=false); 409 when the email (case-insensitive) is already taken.
    With an `Idempotency-Key`, the same key and body replay the first answer.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): Self-registration. The account is created active with the `viewer`
            role; an admin raises the role.
            The email is stored lower-cased and must not belong to another user (409).
             Example: {'email': 'grace@example.com', 'password': 'a-long-enough-passphrase',
            'full_name': 'Grace Hopper'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
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
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | UserResponse | None:
    """Register a new account

     Public. Creates an active user with the `viewer` role (an admin raises it later) and answers the
    user, not a token: log in next. 403 when the deployment disables self-registration
    (TOLLGATE_ALLOW_REGISTRATION=false); 409 when the email (case-insensitive) is already taken.
    With an `Idempotency-Key`, the same key and body replay the first answer.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): Self-registration. The account is created active with the `viewer`
            role; an admin raises the role.
            The email is stored lower-cased and must not belong to another user (409).
             Example: {'email': 'grace@example.com', 'password': 'a-long-enough-passphrase',
            'full_name': 'Grace Hopper'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | UserResponse]:
    """Register a new account

     Public. Creates an active user with the `viewer` role (an admin raises it later) and answers the
    user, not a token: log in next. 403 when the deployment disables self-registration
    (TOLLGATE_ALLOW_REGISTRATION=false); 409 when the email (case-insensitive) is already taken.
    With an `Idempotency-Key`, the same key and body replay the first answer.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): Self-registration. The account is created active with the `viewer`
            role; an admin raises the role.
            The email is stored lower-cased and must not belong to another user (409).
             Example: {'email': 'grace@example.com', 'password': 'a-long-enough-passphrase',
            'full_name': 'Grace Hopper'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserResponse]
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
    body: RegisterRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | UserResponse | None:
    """Register a new account

     Public. Creates an active user with the `viewer` role (an admin raises it later) and answers the
    user, not a token: log in next. 403 when the deployment disables self-registration
    (TOLLGATE_ALLOW_REGISTRATION=false); 409 when the email (case-insensitive) is already taken.
    With an `Idempotency-Key`, the same key and body replay the first answer.

    Args:
        idempotency_key (str | Unset):
        body (RegisterRequest): Self-registration. The account is created active with the `viewer`
            role; an admin raises the role.
            The email is stored lower-cased and must not belong to another user (409).
             Example: {'email': 'grace@example.com', 'password': 'a-long-enough-passphrase',
            'full_name': 'Grace Hopper'}.

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
            idempotency_key=idempotency_key,
        )
    ).parsed
