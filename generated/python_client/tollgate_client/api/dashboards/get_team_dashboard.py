import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.team_dashboard import TeamDashboard
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: UUID,
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
        "url": "/dashboards/teams/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamDashboard | None:
    if response.status_code == 200:
        response_200 = TeamDashboard.from_dict(response.json())

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
) -> Response[Error | TeamDashboard]:
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
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Response[Error | TeamDashboard]:
    """Team roll-up

     The team's active members with their weekly hours and utilization and how many open initiatives
    each leads or works on, the team's weekly totals, and its initiatives by status. Readable by members
    of the team, managers who manage or lead it, and admins (403 otherwise; an unknown team is 404).
    Weeks as in GET /users/{user_id}/workload: every Monday from the one on or before `week_from`
    (default the current week, UTC) to the one on or before `week_to` (default seven weeks later);
    `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        team_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamDashboard]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        week_from=week_from,
        week_to=week_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Error | TeamDashboard | None:
    """Team roll-up

     The team's active members with their weekly hours and utilization and how many open initiatives
    each leads or works on, the team's weekly totals, and its initiatives by status. Readable by members
    of the team, managers who manage or lead it, and admins (403 otherwise; an unknown team is 404).
    Weeks as in GET /users/{user_id}/workload: every Monday from the one on or before `week_from`
    (default the current week, UTC) to the one on or before `week_to` (default seven weeks later);
    `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        team_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamDashboard
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        week_from=week_from,
        week_to=week_to,
    ).parsed


async def asyncio_detailed(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Response[Error | TeamDashboard]:
    """Team roll-up

     The team's active members with their weekly hours and utilization and how many open initiatives
    each leads or works on, the team's weekly totals, and its initiatives by status. Readable by members
    of the team, managers who manage or lead it, and admins (403 otherwise; an unknown team is 404).
    Weeks as in GET /users/{user_id}/workload: every Monday from the one on or before `week_from`
    (default the current week, UTC) to the one on or before `week_to` (default seven weeks later);
    `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        team_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamDashboard]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        week_from=week_from,
        week_to=week_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Error | TeamDashboard | None:
    """Team roll-up

     The team's active members with their weekly hours and utilization and how many open initiatives
    each leads or works on, the team's weekly totals, and its initiatives by status. Readable by members
    of the team, managers who manage or lead it, and admins (403 otherwise; an unknown team is 404).
    Weeks as in GET /users/{user_id}/workload: every Monday from the one on or before `week_from`
    (default the current week, UTC) to the one on or before `week_to` (default seven weeks later);
    `week_to` before `week_from` or a span over 53 weeks is 422.

    Args:
        team_id (UUID):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamDashboard
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            week_from=week_from,
            week_to=week_to,
        )
    ).parsed
