from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.sort_order import SortOrder
from ...models.team_member_list import TeamMemberList
from ...models.team_member_sort import TeamMemberSort
from ...models.team_role import TeamRole
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: UUID,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamMemberSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role_in_team: list[TeamRole] | Unset = UNSET,
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

    json_role_in_team: list[str] | Unset = UNSET
    if not isinstance(role_in_team, Unset):
        json_role_in_team = []
        for role_in_team_item_data in role_in_team:
            role_in_team_item = role_in_team_item_data.value
            json_role_in_team.append(role_in_team_item)

    params["role_in_team"] = (
        json_role_in_team if isinstance(json_role_in_team, Unset) else ",".join(str(item) for item in json_role_in_team)
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/{team_id}/members".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamMemberList | None:
    if response.status_code == 200:
        response_200 = TeamMemberList.from_dict(response.json())

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
) -> Response[Error | TeamMemberList]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamMemberSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role_in_team: list[TeamRole] | Unset = UNSET,
) -> Response[Error | TeamMemberList]:
    """List a team's members

     Every user may list the members of every team. `q` matches the member's full_name and email.

    Args:
        team_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamMemberSort | Unset): Sortable fields of team members (full_name and email are
            the member's).
        order (SortOrder | Unset):
        q (str | Unset):
        role_in_team (list[TeamRole] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamMemberList]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role_in_team=role_in_team,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamMemberSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role_in_team: list[TeamRole] | Unset = UNSET,
) -> Error | TeamMemberList | None:
    """List a team's members

     Every user may list the members of every team. `q` matches the member's full_name and email.

    Args:
        team_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamMemberSort | Unset): Sortable fields of team members (full_name and email are
            the member's).
        order (SortOrder | Unset):
        q (str | Unset):
        role_in_team (list[TeamRole] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamMemberList
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role_in_team=role_in_team,
    ).parsed


async def asyncio_detailed(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamMemberSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role_in_team: list[TeamRole] | Unset = UNSET,
) -> Response[Error | TeamMemberList]:
    """List a team's members

     Every user may list the members of every team. `q` matches the member's full_name and email.

    Args:
        team_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamMemberSort | Unset): Sortable fields of team members (full_name and email are
            the member's).
        order (SortOrder | Unset):
        q (str | Unset):
        role_in_team (list[TeamRole] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamMemberList]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role_in_team=role_in_team,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: TeamMemberSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role_in_team: list[TeamRole] | Unset = UNSET,
) -> Error | TeamMemberList | None:
    """List a team's members

     Every user may list the members of every team. `q` matches the member's full_name and email.

    Args:
        team_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (TeamMemberSort | Unset): Sortable fields of team members (full_name and email are
            the member's).
        order (SortOrder | Unset):
        q (str | Unset):
        role_in_team (list[TeamRole] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamMemberList
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            role_in_team=role_in_team,
        )
    ).parsed
