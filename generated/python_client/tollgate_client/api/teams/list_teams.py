from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.sort_order import SortOrder
from ...models.team_list import TeamList
from ...models.team_sort import TeamSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    manager_id: list[UUID] | Unset = UNSET,
    member_id: list[UUID] | Unset = UNSET,
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

    params["q"] = q

    json_manager_id: list[str] | Unset = UNSET
    if not isinstance(manager_id, Unset):
        json_manager_id = []
        for manager_id_item_data in manager_id:
            manager_id_item = str(manager_id_item_data)
            json_manager_id.append(manager_id_item)

    params["manager_id"] = (
        json_manager_id if isinstance(json_manager_id, Unset) else ",".join(str(item) for item in json_manager_id)
    )

    json_member_id: list[str] | Unset = UNSET
    if not isinstance(member_id, Unset):
        json_member_id = []
        for member_id_item_data in member_id:
            member_id_item = str(member_id_item_data)
            json_member_id.append(member_id_item)

    params["member_id"] = (
        json_member_id if isinstance(json_member_id, Unset) else ",".join(str(item) for item in json_member_id)
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamList | None:
    if response.status_code == 200:
        response_200 = TeamList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TeamList]:
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
    sort: TeamSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    manager_id: list[UUID] | Unset = UNSET,
    member_id: list[UUID] | Unset = UNSET,
) -> Response[Error | TeamList]:
    """List teams

     Every user sees every team. `q` matches name, description and department; `member_id` keeps teams
    that any of the given users belongs to. Filters combine with AND; comma-separated values within
    one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamSort | Unset): Sortable fields of teams.
        order (SortOrder | Unset):
        q (str | Unset):
        manager_id (list[UUID] | Unset):
        member_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        manager_id=manager_id,
        member_id=member_id,
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
    sort: TeamSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    manager_id: list[UUID] | Unset = UNSET,
    member_id: list[UUID] | Unset = UNSET,
) -> Error | TeamList | None:
    """List teams

     Every user sees every team. `q` matches name, description and department; `member_id` keeps teams
    that any of the given users belongs to. Filters combine with AND; comma-separated values within
    one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamSort | Unset): Sortable fields of teams.
        order (SortOrder | Unset):
        q (str | Unset):
        manager_id (list[UUID] | Unset):
        member_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        manager_id=manager_id,
        member_id=member_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    manager_id: list[UUID] | Unset = UNSET,
    member_id: list[UUID] | Unset = UNSET,
) -> Response[Error | TeamList]:
    """List teams

     Every user sees every team. `q` matches name, description and department; `member_id` keeps teams
    that any of the given users belongs to. Filters combine with AND; comma-separated values within
    one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamSort | Unset): Sortable fields of teams.
        order (SortOrder | Unset):
        q (str | Unset):
        manager_id (list[UUID] | Unset):
        member_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        manager_id=manager_id,
        member_id=member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    manager_id: list[UUID] | Unset = UNSET,
    member_id: list[UUID] | Unset = UNSET,
) -> Error | TeamList | None:
    """List teams

     Every user sees every team. `q` matches name, description and department; `member_id` keeps teams
    that any of the given users belongs to. Filters combine with AND; comma-separated values within
    one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamSort | Unset): Sortable fields of teams.
        order (SortOrder | Unset):
        q (str | Unset):
        manager_id (list[UUID] | Unset):
        member_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            manager_id=manager_id,
            member_id=member_id,
        )
    ).parsed
