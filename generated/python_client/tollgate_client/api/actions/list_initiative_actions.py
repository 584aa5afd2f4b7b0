import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_classification import ActionClassification
from ...models.action_list import ActionList
from ...models.action_sort import ActionSort
from ...models.action_status import ActionStatus
from ...models.error_body import Error
from ...models.phase_name import PhaseName
from ...models.priority import Priority
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
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

    json_phase: list[str] | Unset = UNSET
    if not isinstance(phase, Unset):
        json_phase = []
        for phase_item_data in phase:
            phase_item = phase_item_data.value
            json_phase.append(phase_item)

    params["phase"] = json_phase if isinstance(json_phase, Unset) else ",".join(str(item) for item in json_phase)

    json_assigned_to: list[str] | Unset = UNSET
    if not isinstance(assigned_to, Unset):
        json_assigned_to = assigned_to

    params["assigned_to"] = (
        json_assigned_to if isinstance(json_assigned_to, Unset) else ",".join(str(item) for item in json_assigned_to)
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
        "url": "/initiatives/{initiative_id}/actions".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
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
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Response[ActionList | Error]:
    """List the action items of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches title, description and owner_name. `overdue=true` keeps only
    overdue items (due_date before today and not completed/cancelled), `overdue=false` only the others.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        phase (list[PhaseName] | Unset):
        assigned_to (list[str] | Unset):
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
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        priority=priority,
        classification=classification,
        phase=phase,
        assigned_to=assigned_to,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
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
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> ActionList | Error | None:
    """List the action items of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches title, description and owner_name. `overdue=true` keeps only
    overdue items (due_date before today and not completed/cancelled), `overdue=false` only the others.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        phase (list[PhaseName] | Unset):
        assigned_to (list[str] | Unset):
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
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        priority=priority,
        classification=classification,
        phase=phase,
        assigned_to=assigned_to,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Response[ActionList | Error]:
    """List the action items of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches title, description and owner_name. `overdue=true` keeps only
    overdue items (due_date before today and not completed/cancelled), `overdue=false` only the others.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        phase (list[PhaseName] | Unset):
        assigned_to (list[str] | Unset):
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
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        priority=priority,
        classification=classification,
        phase=phase,
        assigned_to=assigned_to,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ActionSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[ActionStatus] | Unset = UNSET,
    priority: list[Priority] | Unset = UNSET,
    classification: list[ActionClassification] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    assigned_to: list[str] | Unset = UNSET,
    due_from: datetime.date | Unset = UNSET,
    due_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> ActionList | Error | None:
    """List the action items of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches title, description and owner_name. `overdue=true` keeps only
    overdue items (due_date before today and not completed/cancelled), `overdue=false` only the others.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ActionSort | Unset): Sortable fields of action items (priority sorts by rank,
            critical first when descending; null due dates sort last).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[ActionStatus] | Unset):
        priority (list[Priority] | Unset):
        classification (list[ActionClassification] | Unset):
        phase (list[PhaseName] | Unset):
        assigned_to (list[str] | Unset):
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
            initiative_id=initiative_id,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            status=status,
            priority=priority,
            classification=classification,
            phase=phase,
            assigned_to=assigned_to,
            due_from=due_from,
            due_to=due_to,
            overdue=overdue,
        )
    ).parsed
