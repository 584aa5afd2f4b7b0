from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.influence import Influence
from ...models.raci import Raci
from ...models.sort_order import SortOrder
from ...models.stakeholder_list import StakeholderList
from ...models.stakeholder_role import StakeholderRole
from ...models.stakeholder_sort import StakeholderSort
from ...models.support_level import SupportLevel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: StakeholderSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[StakeholderRole] | Unset = UNSET,
    raci: list[Raci] | Unset = UNSET,
    influence: list[Influence] | Unset = UNSET,
    support_level: list[SupportLevel] | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
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

    json_raci: list[str] | Unset = UNSET
    if not isinstance(raci, Unset):
        json_raci = []
        for raci_item_data in raci:
            raci_item = raci_item_data.value
            json_raci.append(raci_item)

    params["raci"] = json_raci if isinstance(json_raci, Unset) else ",".join(str(item) for item in json_raci)

    json_influence: list[str] | Unset = UNSET
    if not isinstance(influence, Unset):
        json_influence = []
        for influence_item_data in influence:
            influence_item = influence_item_data.value
            json_influence.append(influence_item)

    params["influence"] = (
        json_influence if isinstance(json_influence, Unset) else ",".join(str(item) for item in json_influence)
    )

    json_support_level: list[str] | Unset = UNSET
    if not isinstance(support_level, Unset):
        json_support_level = []
        for support_level_item_data in support_level:
            support_level_item = support_level_item_data.value
            json_support_level.append(support_level_item)

    params["support_level"] = (
        json_support_level
        if isinstance(json_support_level, Unset)
        else ",".join(str(item) for item in json_support_level)
    )

    json_user_id: list[str] | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = []
        for user_id_item_data in user_id:
            user_id_item = str(user_id_item_data)
            json_user_id.append(user_id_item)

    params["user_id"] = (
        json_user_id if isinstance(json_user_id, Unset) else ",".join(str(item) for item in json_user_id)
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/initiatives/{initiative_id}/stakeholders".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StakeholderList | None:
    if response.status_code == 200:
        response_200 = StakeholderList.from_dict(response.json())

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
) -> Response[Error | StakeholderList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: StakeholderSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[StakeholderRole] | Unset = UNSET,
    raci: list[Raci] | Unset = UNSET,
    influence: list[Influence] | Unset = UNSET,
    support_level: list[SupportLevel] | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
) -> Response[Error | StakeholderList]:
    """List the stakeholders (users) of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches the users' full name and email.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (StakeholderSort | Unset): Sortable fields of stakeholders (created_at equals
            added_at; full_name is the user's name; influence and support_level sort by rank, high /
            strongly_supportive first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[StakeholderRole] | Unset):
        raci (list[Raci] | Unset):
        influence (list[Influence] | Unset):
        support_level (list[SupportLevel] | Unset):
        user_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StakeholderList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role=role,
        raci=raci,
        influence=influence,
        support_level=support_level,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: StakeholderSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[StakeholderRole] | Unset = UNSET,
    raci: list[Raci] | Unset = UNSET,
    influence: list[Influence] | Unset = UNSET,
    support_level: list[SupportLevel] | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
) -> Error | StakeholderList | None:
    """List the stakeholders (users) of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches the users' full name and email.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (StakeholderSort | Unset): Sortable fields of stakeholders (created_at equals
            added_at; full_name is the user's name; influence and support_level sort by rank, high /
            strongly_supportive first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[StakeholderRole] | Unset):
        raci (list[Raci] | Unset):
        influence (list[Influence] | Unset):
        support_level (list[SupportLevel] | Unset):
        user_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StakeholderList
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role=role,
        raci=raci,
        influence=influence,
        support_level=support_level,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: StakeholderSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[StakeholderRole] | Unset = UNSET,
    raci: list[Raci] | Unset = UNSET,
    influence: list[Influence] | Unset = UNSET,
    support_level: list[SupportLevel] | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
) -> Response[Error | StakeholderList]:
    """List the stakeholders (users) of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches the users' full name and email.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (StakeholderSort | Unset): Sortable fields of stakeholders (created_at equals
            added_at; full_name is the user's name; influence and support_level sort by rank, high /
            strongly_supportive first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[StakeholderRole] | Unset):
        raci (list[Raci] | Unset):
        influence (list[Influence] | Unset):
        support_level (list[SupportLevel] | Unset):
        user_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StakeholderList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        role=role,
        raci=raci,
        influence=influence,
        support_level=support_level,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: StakeholderSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    role: list[StakeholderRole] | Unset = UNSET,
    raci: list[Raci] | Unset = UNSET,
    influence: list[Influence] | Unset = UNSET,
    support_level: list[SupportLevel] | Unset = UNSET,
    user_id: list[UUID] | Unset = UNSET,
) -> Error | StakeholderList | None:
    """List the stakeholders (users) of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches the users' full name and email.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (StakeholderSort | Unset): Sortable fields of stakeholders (created_at equals
            added_at; full_name is the user's name; influence and support_level sort by rank, high /
            strongly_supportive first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        role (list[StakeholderRole] | Unset):
        raci (list[Raci] | Unset):
        influence (list[Influence] | Unset):
        support_level (list[SupportLevel] | Unset):
        user_id (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StakeholderList
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            role=role,
            raci=raci,
            influence=influence,
            support_level=support_level,
            user_id=user_id,
        )
    ).parsed
