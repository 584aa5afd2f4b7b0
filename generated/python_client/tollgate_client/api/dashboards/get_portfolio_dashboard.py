import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.portfolio_dashboard import PortfolioDashboard
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: list[UUID] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_team_id: list[str] | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = []
        for team_id_item_data in team_id:
            team_id_item = str(team_id_item_data)
            json_team_id.append(team_id_item)

    params["team_id"] = (
        json_team_id if isinstance(json_team_id, Unset) else ",".join(str(item) for item in json_team_id)
    )

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboards/portfolio",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PortfolioDashboard | None:
    if response.status_code == 200:
        response_200 = PortfolioDashboard.from_dict(response.json())

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
) -> Response[Error | PortfolioDashboard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: list[UUID] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Response[Error | PortfolioDashboard]:
    """Portfolio roll-up

     Counts of initiatives by status, priority, current phase, methodology and health; projected vs
    actual
    savings per currency; open and overdue action items; initiatives started and completed per month.
    Every user may read it (viewers read all initiatives). `team_id` keeps the initiatives of those
    teams. `date_from`/`date_to` keep the initiatives created in that range (inclusive) for the counts,
    and set the months of `throughput` (default: the 12 months ending with the current one; with only
    `date_from`, up to the current month). `date_from` after `date_to`, or a range over 120 months, is
    422.

    Args:
        team_id (list[UUID] | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PortfolioDashboard]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    team_id: list[UUID] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Error | PortfolioDashboard | None:
    """Portfolio roll-up

     Counts of initiatives by status, priority, current phase, methodology and health; projected vs
    actual
    savings per currency; open and overdue action items; initiatives started and completed per month.
    Every user may read it (viewers read all initiatives). `team_id` keeps the initiatives of those
    teams. `date_from`/`date_to` keep the initiatives created in that range (inclusive) for the counts,
    and set the months of `throughput` (default: the 12 months ending with the current one; with only
    `date_from`, up to the current month). `date_from` after `date_to`, or a range over 120 months, is
    422.

    Args:
        team_id (list[UUID] | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PortfolioDashboard
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: list[UUID] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Response[Error | PortfolioDashboard]:
    """Portfolio roll-up

     Counts of initiatives by status, priority, current phase, methodology and health; projected vs
    actual
    savings per currency; open and overdue action items; initiatives started and completed per month.
    Every user may read it (viewers read all initiatives). `team_id` keeps the initiatives of those
    teams. `date_from`/`date_to` keep the initiatives created in that range (inclusive) for the counts,
    and set the months of `throughput` (default: the 12 months ending with the current one; with only
    `date_from`, up to the current month). `date_from` after `date_to`, or a range over 120 months, is
    422.

    Args:
        team_id (list[UUID] | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PortfolioDashboard]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    team_id: list[UUID] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Error | PortfolioDashboard | None:
    """Portfolio roll-up

     Counts of initiatives by status, priority, current phase, methodology and health; projected vs
    actual
    savings per currency; open and overdue action items; initiatives started and completed per month.
    Every user may read it (viewers read all initiatives). `team_id` keeps the initiatives of those
    teams. `date_from`/`date_to` keep the initiatives created in that range (inclusive) for the counts,
    and set the months of `throughput` (default: the 12 months ending with the current one; with only
    `date_from`, up to the current month). `date_from` after `date_to`, or a range over 120 months, is
    422.

    Args:
        team_id (list[UUID] | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PortfolioDashboard
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
