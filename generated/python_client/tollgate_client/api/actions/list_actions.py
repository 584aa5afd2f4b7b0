import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_classification import ActionClassification
from ...models.action_list import ActionList
from ...models.action_sort import ActionSort
from ...models.action_status import ActionStatus
from ...models.error_body import Error
from ...models.priority import Priority
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
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

    json_assigned_to: list[str] | Unset = UNSET
    if not isinstance(assigned_to, Unset):
        json_assigned_to = assigned_to

    params["assigned_to"] = (
        json_assigned_to if isinstance(json_assigned_to, Unset) else ",".join(str(item) for item in json_assigned_to)
    )

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

    json_classification: list[str] | Unset = UNSET
    if not isinstance(classification, Unset):
        json_classification = []
        for classification_item_data in classification:
            classification_item = classification_item_data.value
            json_classification.append(classification_item)

    params["classification"] = (
        json_classification
        if isinstance(json_classification, Unset)
        else ",".join(str(item) for item in json_classification)
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

    json_due_from: str | Unset = UNSET
    if not isinstance(due_from, Unset):
        json_due_from = due_from.isoformat()
    params["due_from"] = json_due_from

    json_due_to: str | Unset = UNSET
    if not isinstance(due_to, Unset):
        json_due_to = due_to.isoformat()
    params["due_to"] = json_due_to

    params["overdue"] = overdue

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionList | Error | None:
    if response.status_code == 200:
        response_200 = ActionList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActionList | Error]:
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
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Response[ActionList | Error]:
    """List action items across initiatives

     Every authenticated user may read; items of deleted initiatives never appear. Filters combine with
    AND; comma-separated values within one filter combine with OR. `assigned_to=me` lists the caller's
    items. `team_id` keeps items of initiatives owned by those teams. `q` searches title, description
    and owner_name. `overdue=true` keeps only overdue items, `overdue=false` only the others.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        assigned_to (list[str] | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        overdue (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        assigned_to=assigned_to,
        status=status,
        priority=priority,
        classification=classification,
        initiative_id=initiative_id,
        team_id=team_id,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
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
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> ActionList | Error | None:
    """List action items across initiatives

     Every authenticated user may read; items of deleted initiatives never appear. Filters combine with
    AND; comma-separated values within one filter combine with OR. `assigned_to=me` lists the caller's
    items. `team_id` keeps items of initiatives owned by those teams. `q` searches title, description
    and owner_name. `overdue=true` keeps only overdue items, `overdue=false` only the others.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        assigned_to (list[str] | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        overdue (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        assigned_to=assigned_to,
        status=status,
        priority=priority,
        classification=classification,
        initiative_id=initiative_id,
        team_id=team_id,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Response[ActionList | Error]:
    """List action items across initiatives

     Every authenticated user may read; items of deleted initiatives never appear. Filters combine with
    AND; comma-separated values within one filter combine with OR. `assigned_to=me` lists the caller's
    items. `team_id` keeps items of initiatives owned by those teams. `q` searches title, description
    and owner_name. `overdue=true` keeps only overdue items, `overdue=false` only the others.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        assigned_to (list[str] | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        overdue (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        assigned_to=assigned_to,
        status=status,
        priority=priority,
        classification=classification,
        initiative_id=initiative_id,
        team_id=team_id,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    team_id: list[UUID] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> ActionList | Error | None:
    """List action items across initiatives

     Every authenticated user may read; items of deleted initiatives never appear. Filters combine with
    AND; comma-separated values within one filter combine with OR. `assigned_to=me` lists the caller's
    items. `team_id` keeps items of initiatives owned by those teams. `q` searches title, description
    and owner_name. `overdue=true` keeps only overdue items, `overdue=false` only the others.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        assigned_to (list[str] | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        initiative_id (list[UUID] | Unset):
        team_id (list[UUID] | Unset):
        due_from (datetime.date | Unset):
        due_to (datetime.date | Unset):
        overdue (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            assigned_to=assigned_to,
            status=status,
            priority=priority,
            classification=classification,
            initiative_id=initiative_id,
            team_id=team_id,
            due_from=due_from,
            due_to=due_to,
            overdue=overdue,
        )
    ).parsed
