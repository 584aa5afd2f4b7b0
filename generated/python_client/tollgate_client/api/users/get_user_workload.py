import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.user_workload import UserWorkload
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: UUID,
    *,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_week_from: str | Unset = UNSET
    if not isinstance(week_from, Unset):
        json_week_from = week_from.isoformat()
    params["week_from"] = json_week_from

    json_week_to: str | Unset = UNSET
    if not isinstance(week_to, Unset):
        json_week_to = week_to.isoformat()
    params["week_to"] = json_week_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/workload".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserWorkload | None:
    if response.status_code == 200:
        response_200 = UserWorkload.from_dict(response.json())

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
) -> Response[Error | UserWorkload]:
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
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Response[Error | UserWorkload]:
    """A user's hours per week

     Any user may read their own workload; reading another user's needs the manager role or above
    (403 otherwise). Weeks run Monday to Sunday: every Monday from the one on or before `week_from`
    to the one on or before `week_to` appears, with zeros when nothing is logged. `week_from`
    defaults to the Monday of the current week (UTC) and `week_to` to seven weeks after it
    (8 weeks); `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        user_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWorkload]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        week_from=week_from,
        week_to=week_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Error | UserWorkload | None:
    """A user's hours per week

     Any user may read their own workload; reading another user's needs the manager role or above
    (403 otherwise). Weeks run Monday to Sunday: every Monday from the one on or before `week_from`
    to the one on or before `week_to` appears, with zeros when nothing is logged. `week_from`
    defaults to the Monday of the current week (UTC) and `week_to` to seven weeks after it
    (8 weeks); `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        user_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserWorkload
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        week_from=week_from,
        week_to=week_to,
    ).parsed


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Response[Error | UserWorkload]:
    """A user's hours per week

     Any user may read their own workload; reading another user's needs the manager role or above
    (403 otherwise). Weeks run Monday to Sunday: every Monday from the one on or before `week_from`
    to the one on or before `week_to` appears, with zeros when nothing is logged. `week_from`
    defaults to the Monday of the current week (UTC) and `week_to` to seven weeks after it
    (8 weeks); `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        user_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWorkload]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        week_from=week_from,
        week_to=week_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Error | UserWorkload | None:
    """A user's hours per week

     Any user may read their own workload; reading another user's needs the manager role or above
    (403 otherwise). Weeks run Monday to Sunday: every Monday from the one on or before `week_from`
    to the one on or before `week_to` appears, with zeros when nothing is logged. `week_from`
    defaults to the Monday of the current week (UTC) and `week_to` to seven weeks after it
    (8 weeks); `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        user_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserWorkload
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            week_from=week_from,
            week_to=week_to,
        )
    ).parsed
