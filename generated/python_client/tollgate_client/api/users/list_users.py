from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.role import Role
from ...models.sort_order import SortOrder
from ...models.user_list import UserList
from ...models.user_sort import UserSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: UserSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[Role] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
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

    json_role: list[str] | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = []
        for role_item_data in role:
            role_item = role_item_data.value
            json_role.append(role_item)

    params["role"] = json_role if isinstance(json_role, Unset) else ",".join(str(item) for item in json_role)

    params["is_active"] = is_active

    json_team_id: list[str] | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = []
        for team_id_item_data in team_id:
            team_id_item = str(team_id_item_data)
            json_team_id.append(team_id_item)

    params["team_id"] = (
        json_team_id if isinstance(json_team_id, Unset) else ",".join(str(item) for item in json_team_id)
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserList | None:
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | UserList]:
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
    sort: UserSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[Role] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
) -> Response[Error | UserList]:
    """List users

     Every user sees every account (active and deactivated unless `is_active` is given). `q` matches
    full_name and email; `team_id` keeps members of any of the given teams. Filters combine with AND;
    comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (UserSort | Unset): Sortable fields of users (role sorts by rank, admin first when
            descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[Role] | Unset):
        is_active (bool | Unset):
        team_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role=role,
        is_active=is_active,
        team_id=team_id,
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
    sort: UserSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[Role] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
) -> Error | UserList | None:
    """List users

     Every user sees every account (active and deactivated unless `is_active` is given). `q` matches
    full_name and email; `team_id` keeps members of any of the given teams. Filters combine with AND;
    comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (UserSort | Unset): Sortable fields of users (role sorts by rank, admin first when
            descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[Role] | Unset):
        is_active (bool | Unset):
        team_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role=role,
        is_active=is_active,
        team_id=team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: UserSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[Role] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
) -> Response[Error | UserList]:
    """List users

     Every user sees every account (active and deactivated unless `is_active` is given). `q` matches
    full_name and email; `team_id` keeps members of any of the given teams. Filters combine with AND;
    comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (UserSort | Unset): Sortable fields of users (role sorts by rank, admin first when
            descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[Role] | Unset):
        is_active (bool | Unset):
        team_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role=role,
        is_active=is_active,
        team_id=team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: UserSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[Role] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
) -> Error | UserList | None:
    """List users

     Every user sees every account (active and deactivated unless `is_active` is given). `q` matches
    full_name and email; `team_id` keeps members of any of the given teams. Filters combine with AND;
    comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (UserSort | Unset): Sortable fields of users (role sorts by rank, admin first when
            descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[Role] | Unset):
        is_active (bool | Unset):
        team_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            role=role,
            is_active=is_active,
            team_id=team_id,
        )
    ).parsed
