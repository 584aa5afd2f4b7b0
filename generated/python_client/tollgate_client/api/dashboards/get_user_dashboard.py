import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.user_dashboard import UserDashboard
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: UUID,
    *,
    week_of: datetime.date | Unset = UNSET,
    due_within_days: int | Unset = 14,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_week_of: str | Unset = UNSET
    if not isinstance(week_of, Unset):
        json_week_of = week_of.isoformat()
    params["week_of"] = json_week_of

    params["due_within_days"] = due_within_days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboards/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserDashboard | None:
    if response.status_code == 200:
        response_200 = UserDashboard.from_dict(response.json())

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
) -> Response[Error | UserDashboard]:
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
    week_of: datetime.date | Unset = UNSET,
    due_within_days: int | Unset = 14,
) -> Response[Error | UserDashboard]:
    """One user's work

     The user's open initiatives, their open action items that are overdue or due within
    `due_within_days`, and their hours in the week of `week_of` against their capacity. Any user may
    read their own; reading another user's needs the manager role or above (403 otherwise), as for
    GET /users/{user_id}/workload. An unknown user is 404.

    Args:
        user_id (UUID):
        week_of (datetime.date | Unset):
        due_within_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserDashboard]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        week_of=week_of,
        due_within_days=due_within_days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_of: datetime.date | Unset = UNSET,
    due_within_days: int | Unset = 14,
) -> Error | UserDashboard | None:
    """One user's work

     The user's open initiatives, their open action items that are overdue or due within
    `due_within_days`, and their hours in the week of `week_of` against their capacity. Any user may
    read their own; reading another user's needs the manager role or above (403 otherwise), as for
    GET /users/{user_id}/workload. An unknown user is 404.

    Args:
        user_id (UUID):
        week_of (datetime.date | Unset):
        due_within_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserDashboard
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        week_of=week_of,
        due_within_days=due_within_days,
    ).parsed


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_of: datetime.date | Unset = UNSET,
    due_within_days: int | Unset = 14,
) -> Response[Error | UserDashboard]:
    """One user's work

     The user's open initiatives, their open action items that are overdue or due within
    `due_within_days`, and their hours in the week of `week_of` against their capacity. Any user may
    read their own; reading another user's needs the manager role or above (403 otherwise), as for
    GET /users/{user_id}/workload. An unknown user is 404.

    Args:
        user_id (UUID):
        week_of (datetime.date | Unset):
        due_within_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserDashboard]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        week_of=week_of,
        due_within_days=due_within_days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_of: datetime.date | Unset = UNSET,
    due_within_days: int | Unset = 14,
) -> Error | UserDashboard | None:
    """One user's work

     The user's open initiatives, their open action items that are overdue or due within
    `due_within_days`, and their hours in the week of `week_of` against their capacity. Any user may
    read their own; reading another user's needs the manager role or above (403 otherwise), as for
    GET /users/{user_id}/workload. An unknown user is 404.

    Args:
        user_id (UUID):
        week_of (datetime.date | Unset):
        due_within_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserDashboard
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            week_of=week_of,
            due_within_days=due_within_days,
        )
    ).parsed
