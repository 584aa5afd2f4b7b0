import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.sort_order import SortOrder
from ...models.workload_entry_list import WorkloadEntryList
from ...models.workload_entry_sort import WorkloadEntrySort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: WorkloadEntrySort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_user_id: list[str] | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = []
        for user_id_item_data in user_id:
            user_id_item = str(user_id_item_data)
            json_user_id.append(user_id_item)

    params["user_id"] = (
        json_user_id if isinstance(json_user_id, Unset) else ",".join(str(item) for item in json_user_id)
    )

    json_initiative_id: list[str] | Unset = UNSET
    if not isinstance(initiative_id, Unset):
        json_initiative_id = []
        for initiative_id_item_data in initiative_id:
            initiative_id_item = str(initiative_id_item_data)
            json_initiative_id.append(initiative_id_item)

    params["initiative_id"] = (
        json_initiative_id
        if isinstance(json_initiative_id, Unset)
        else ",".join(str(item) for item in json_initiative_id)
    )

    json_team_id: list[str] | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = []
        for team_id_item_data in team_id:
            team_id_item = str(team_id_item_data)
            json_team_id.append(team_id_item)

    params["team_id"] = (
        json_team_id if isinstance(json_team_id, Unset) else ",".join(str(item) for item in json_team_id)
    )

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
        "url": "/workload",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkloadEntryList | None:
    if response.status_code == 200:
        response_200 = WorkloadEntryList.from_dict(response.json())

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
) -> Response[Error | WorkloadEntryList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: WorkloadEntrySort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Response[Error | WorkloadEntryList]:
    """List workload entries

     Visibility: viewers and analysts see their own entries; managers see their own and those of the
    members of teams they manage or lead; admins see all. Entries outside that scope are left out (a
    `user_id` filter on such a user gives an empty page, not 403). Filters combine with AND;
    comma-separated values within one filter combine with OR. `team_id` keeps entries of users who are
    members of those teams; `week_from` / `week_to` bound week_of (inclusive; any date, not only
    Mondays).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (WorkloadEntrySort | Unset): Sortable fields of workload entries.
        order (SortOrder | Unset):
        user_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadEntryList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        user_id=user_id,
        initiative_id=initiative_id,
        team_id=team_id,
        week_from=week_from,
        week_to=week_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: WorkloadEntrySort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Error | WorkloadEntryList | None:
    """List workload entries

     Visibility: viewers and analysts see their own entries; managers see their own and those of the
    members of teams they manage or lead; admins see all. Entries outside that scope are left out (a
    `user_id` filter on such a user gives an empty page, not 403). Filters combine with AND;
    comma-separated values within one filter combine with OR. `team_id` keeps entries of users who are
    members of those teams; `week_from` / `week_to` bound week_of (inclusive; any date, not only
    Mondays).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (WorkloadEntrySort | Unset): Sortable fields of workload entries.
        order (SortOrder | Unset):
        user_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkloadEntryList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        user_id=user_id,
        initiative_id=initiative_id,
        team_id=team_id,
        week_from=week_from,
        week_to=week_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: WorkloadEntrySort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Response[Error | WorkloadEntryList]:
    """List workload entries

     Visibility: viewers and analysts see their own entries; managers see their own and those of the
    members of teams they manage or lead; admins see all. Entries outside that scope are left out (a
    `user_id` filter on such a user gives an empty page, not 403). Filters combine with AND;
    comma-separated values within one filter combine with OR. `team_id` keeps entries of users who are
    members of those teams; `week_from` / `week_to` bound week_of (inclusive; any date, not only
    Mondays).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (WorkloadEntrySort | Unset): Sortable fields of workload entries.
        order (SortOrder | Unset):
        user_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadEntryList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        user_id=user_id,
        initiative_id=initiative_id,
        team_id=team_id,
        week_from=week_from,
        week_to=week_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: WorkloadEntrySort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    week_from: datetime.date | Unset = UNSET,
    week_to: datetime.date | Unset = UNSET,
) -> Error | WorkloadEntryList | None:
    """List workload entries

     Visibility: viewers and analysts see their own entries; managers see their own and those of the
    members of teams they manage or lead; admins see all. Entries outside that scope are left out (a
    `user_id` filter on such a user gives an empty page, not 403). Filters combine with AND;
    comma-separated values within one filter combine with OR. `team_id` keeps entries of users who are
    members of those teams; `week_from` / `week_to` bound week_of (inclusive; any date, not only
    Mondays).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (WorkloadEntrySort | Unset): Sortable fields of workload entries.
        order (SortOrder | Unset):
        user_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        week_from (datetime.date | Unset):
        week_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkloadEntryList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            user_id=user_id,
            initiative_id=initiative_id,
            team_id=team_id,
            week_from=week_from,
            week_to=week_to,
        )
    ).parsed
