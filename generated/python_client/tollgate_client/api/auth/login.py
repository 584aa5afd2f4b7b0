from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.login_request import LoginRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Error | TokenResponse]:
    """Log in and get an access token

     Public. Exchanges an email and password for a bearer token (lifetime TOLLGATE_ACCESS_TOKEN_MINUTES)
    and records `last_login_at`. An unknown email, a wrong password and a deactivated user all answer
    the same 401 (same detail, same timing), so the answer never reveals whether an account exists.
    Repeated failures for one email or client are throttled with 429 and `Retry-After`.

    Args:
        body (LoginRequest): Credentials. The email is compared case-insensitively (emails are
            stored lower-cased). Example: {'email': 'ada@example.com', 'password': 'correct-horse-
            battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Error | TokenResponse | None:
    """Log in and get an access token

     Public. Exchanges an email and password for a bearer token (lifetime TOLLGATE_ACCESS_TOKEN_MINUTES)
    and records `last_login_at`. An unknown email, a wrong password and a deactivated user all answer
    the same 401 (same detail, same timing), so the answer never reveals whether an account exists.
    Repeated failures for one email or client are throttled with 429 and `Retry-After`.

    Args:
        body (LoginRequest): Credentials. The email is compared case-insensitively (emails are
            stored lower-cased). Example: {'email': 'ada@example.com', 'password': 'correct-horse-
            battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Error | TokenResponse]:
    """Log in and get an access token

     Public. Exchanges an email and password for a bearer token (lifetime TOLLGATE_ACCESS_TOKEN_MINUTES)
    and records `last_login_at`. An unknown email, a wrong password and a deactivated user all answer
    the same 401 (same detail, same timing), so the answer never reveals whether an account exists.
    Repeated failures for one email or client are throttled with 429 and `Retry-After`.

    Args:
        body (LoginRequest): Credentials. The email is compared case-insensitively (emails are
            stored lower-cased). Example: {'email': 'ada@example.com', 'password': 'correct-horse-
            battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Error | TokenResponse | None:
    """Log in and get an access token

     Public. Exchanges an email and password for a bearer token (lifetime TOLLGATE_ACCESS_TOKEN_MINUTES)
    and records `last_login_at`. An unknown email, a wrong password and a deactivated user all answer
    the same 401 (same detail, same timing), so the answer never reveals whether an account exists.
    Repeated failures for one email or client are throttled with 429 and `Retry-After`.

    Args:
        body (LoginRequest): Credentials. The email is compared case-insensitively (emails are
            stored lower-cased). Example: {'email': 'ada@example.com', 'password': 'correct-horse-
            battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
