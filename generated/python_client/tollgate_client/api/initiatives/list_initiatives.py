import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.health import Health
from ...models.initiative_list import InitiativeList
from ...models.initiative_sort import InitiativeSort
from ...models.initiative_status import InitiativeStatus
from ...models.initiative_type import InitiativeType
from ...models.methodology import Methodology
from ...models.priority import Priority
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: InitiativeSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[InitiativeStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    methodology: list[Methodology] | Unset = UNSET,
    initiative_type: list[InitiativeType] | Unset = UNSET,
    health: list[Health] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    lead_analyst_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    target_from: datetime.date | Unset = UNSET,
    target_to: datetime.date | Unset = UNSET,
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

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status if isinstance(json_status, Unset) else ",".join(str(item) for item in json_status)

    json_priority: list[str] | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = []
        for priority_item_data in priority:
            priority_item = priority_item_data.value
            json_priority.append(priority_item)

    params["priority"] = (
        json_priority if isinstance(json_priority, Unset) else ",".join(str(item) for item in json_priority)
    )

    json_methodology: list[str] | Unset = UNSET
    if not isinstance(methodology, Unset):
        json_methodology = []
        for methodology_item_data in methodology:
            methodology_item = methodology_item_data.value
            json_methodology.append(methodology_item)

    params["methodology"] = (
        json_methodology if isinstance(json_methodology, Unset) else ",".join(str(item) for item in json_methodology)
    )

    json_initiative_type: list[str] | Unset = UNSET
    if not isinstance(initiative_type, Unset):
        json_initiative_type = []
        for initiative_type_item_data in initiative_type:
            initiative_type_item = initiative_type_item_data.value
            json_initiative_type.append(initiative_type_item)

    params["initiative_type"] = (
        json_initiative_type
        if isinstance(json_initiative_type, Unset)
        else ",".join(str(item) for item in json_initiative_type)
    )

    json_health: list[str] | Unset = UNSET
    if not isinstance(health, Unset):
        json_health = []
        for health_item_data in health:
            health_item = health_item_data.value
            json_health.append(health_item)

    params["health"] = json_health if isinstance(json_health, Unset) else ",".join(str(item) for item in json_health)

    json_team_id: list[str] | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = []
        for team_id_item_data in team_id:
            team_id_item = str(team_id_item_data)
            json_team_id.append(team_id_item)

    params["team_id"] = (
        json_team_id if isinstance(json_team_id, Unset) else ",".join(str(item) for item in json_team_id)
    )

    json_lead_analyst_id: list[str] | Unset = UNSET
    if not isinstance(lead_analyst_id, Unset):
        json_lead_analyst_id = []
        for lead_analyst_id_item_data in lead_analyst_id:
            lead_analyst_id_item = str(lead_analyst_id_item_data)
            json_lead_analyst_id.append(lead_analyst_id_item)

    params["lead_analyst_id"] = (
        json_lead_analyst_id
        if isinstance(json_lead_analyst_id, Unset)
        else ",".join(str(item) for item in json_lead_analyst_id)
    )

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    json_target_from: str | Unset = UNSET
    if not isinstance(target_from, Unset):
        json_target_from = target_from.isoformat()
    params["target_from"] = json_target_from

    json_target_to: str | Unset = UNSET
    if not isinstance(target_to, Unset):
        json_target_to = target_to.isoformat()
    params["target_to"] = json_target_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/initiatives",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | InitiativeList | None:
    if response.status_code == 200:
        response_200 = InitiativeList.from_dict(response.json())

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
) -> Response[Error | InitiativeList]:
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
    sort: InitiativeSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[InitiativeStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    methodology: list[Methodology] | Unset = UNSET,
    initiative_type: list[InitiativeType] | Unset = UNSET,
    health: list[Health] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    lead_analyst_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    target_from: datetime.date | Unset = UNSET,
    target_to: datetime.date | Unset = UNSET,
) -> Response[Error | InitiativeList]:
    """List initiatives

     Filters combine with AND; comma-separated values within one filter combine with OR. Deleted
    initiatives never appear.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (InitiativeSort | Unset): Sortable fields of initiatives (priority sorts by rank,
            critical first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[InitiativeStatus] | Unset):
        priority (list[Priority] | Unset):
        methodology (list[Methodology] | Unset):
        initiative_type (list[InitiativeType] | Unset):
        health (list[Health] | Unset):
        team_id (list[UUID] | Unset):
        lead_analyst_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        target_from (datetime.date | Unset):
        target_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitiativeList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        priority=priority,
        methodology=methodology,
        initiative_type=initiative_type,
        health=health,
        team_id=team_id,
        lead_analyst_id=lead_analyst_id,
        created_from=created_from,
        created_to=created_to,
        target_from=target_from,
        target_to=target_to,
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
    sort: InitiativeSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[InitiativeStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    methodology: list[Methodology] | Unset = UNSET,
    initiative_type: list[InitiativeType] | Unset = UNSET,
    health: list[Health] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    lead_analyst_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    target_from: datetime.date | Unset = UNSET,
    target_to: datetime.date | Unset = UNSET,
) -> Error | InitiativeList | None:
    """List initiatives

     Filters combine with AND; comma-separated values within one filter combine with OR. Deleted
    initiatives never appear.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (InitiativeSort | Unset): Sortable fields of initiatives (priority sorts by rank,
            critical first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[InitiativeStatus] | Unset):
        priority (list[Priority] | Unset):
        methodology (list[Methodology] | Unset):
        initiative_type (list[InitiativeType] | Unset):
        health (list[Health] | Unset):
        team_id (list[UUID] | Unset):
        lead_analyst_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        target_from (datetime.date | Unset):
        target_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitiativeList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        priority=priority,
        methodology=methodology,
        initiative_type=initiative_type,
        health=health,
        team_id=team_id,
        lead_analyst_id=lead_analyst_id,
        created_from=created_from,
        created_to=created_to,
        target_from=target_from,
        target_to=target_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: InitiativeSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[InitiativeStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    methodology: list[Methodology] | Unset = UNSET,
    initiative_type: list[InitiativeType] | Unset = UNSET,
    health: list[Health] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    lead_analyst_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    target_from: datetime.date | Unset = UNSET,
    target_to: datetime.date | Unset = UNSET,
) -> Response[Error | InitiativeList]:
    """List initiatives

     Filters combine with AND; comma-separated values within one filter combine with OR. Deleted
    initiatives never appear.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (InitiativeSort | Unset): Sortable fields of initiatives (priority sorts by rank,
            critical first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[InitiativeStatus] | Unset):
        priority (list[Priority] | Unset):
        methodology (list[Methodology] | Unset):
        initiative_type (list[InitiativeType] | Unset):
        health (list[Health] | Unset):
        team_id (list[UUID] | Unset):
        lead_analyst_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        target_from (datetime.date | Unset):
        target_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitiativeList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        priority=priority,
        methodology=methodology,
        initiative_type=initiative_type,
        health=health,
        team_id=team_id,
        lead_analyst_id=lead_analyst_id,
        created_from=created_from,
        created_to=created_to,
        target_from=target_from,
        target_to=target_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: InitiativeSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[InitiativeStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    methodology: list[Methodology] | Unset = UNSET,
    initiative_type: list[InitiativeType] | Unset = UNSET,
    health: list[Health] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    lead_analyst_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    target_from: datetime.date | Unset = UNSET,
    target_to: datetime.date | Unset = UNSET,
) -> Error | InitiativeList | None:
    """List initiatives

     Filters combine with AND; comma-separated values within one filter combine with OR. Deleted
    initiatives never appear.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (InitiativeSort | Unset): Sortable fields of initiatives (priority sorts by rank,
            critical first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[InitiativeStatus] | Unset):
        priority (list[Priority] | Unset):
        methodology (list[Methodology] | Unset):
        initiative_type (list[InitiativeType] | Unset):
        health (list[Health] | Unset):
        team_id (list[UUID] | Unset):
        lead_analyst_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        target_from (datetime.date | Unset):
        target_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitiativeList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            status=status,
            priority=priority,
            methodology=methodology,
            initiative_type=initiative_type,
            health=health,
            team_id=team_id,
            lead_analyst_id=lead_analyst_id,
            created_from=created_from,
            created_to=created_to,
            target_from=target_from,
            target_to=target_to,
        )
    ).parsed
