import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.methodology import Methodology
from ...models.priority import Priority
from ...models.request_list import RequestList
from ...models.request_sort import RequestSort
from ...models.request_status import RequestStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: RequestSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[RequestStatus] | Unset = UNSET,
    urgency: list[Priority] | Unset = UNSET,
    recommended_methodology: list[Methodology] | Unset = UNSET,
    requester_user_id: list[UUID] | Unset = UNSET,
    reviewed_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
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

    json_urgency: list[str] | Unset = UNSET
    if not isinstance(urgency, Unset):
        json_urgency = []
        for urgency_item_data in urgency:
            urgency_item = urgency_item_data.value
            json_urgency.append(urgency_item)

    params["urgency"] = (
        json_urgency if isinstance(json_urgency, Unset) else ",".join(str(item) for item in json_urgency)
    )

    json_recommended_methodology: list[str] | Unset = UNSET
    if not isinstance(recommended_methodology, Unset):
        json_recommended_methodology = []
        for recommended_methodology_item_data in recommended_methodology:
            recommended_methodology_item = recommended_methodology_item_data.value
            json_recommended_methodology.append(recommended_methodology_item)

    params["recommended_methodology"] = (
        json_recommended_methodology
        if isinstance(json_recommended_methodology, Unset)
        else ",".join(str(item) for item in json_recommended_methodology)
    )

    json_requester_user_id: list[str] | Unset = UNSET
    if not isinstance(requester_user_id, Unset):
        json_requester_user_id = []
        for requester_user_id_item_data in requester_user_id:
            requester_user_id_item = str(requester_user_id_item_data)
            json_requester_user_id.append(requester_user_id_item)

    params["requester_user_id"] = (
        json_requester_user_id
        if isinstance(json_requester_user_id, Unset)
        else ",".join(str(item) for item in json_requester_user_id)
    )

    json_reviewed_by: list[str] | Unset = UNSET
    if not isinstance(reviewed_by, Unset):
        json_reviewed_by = []
        for reviewed_by_item_data in reviewed_by:
            reviewed_by_item = str(reviewed_by_item_data)
            json_reviewed_by.append(reviewed_by_item)

    params["reviewed_by"] = (
        json_reviewed_by if isinstance(json_reviewed_by, Unset) else ",".join(str(item) for item in json_reviewed_by)
    )

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/requests",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RequestList | None:
    if response.status_code == 200:
        response_200 = RequestList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | RequestList]:
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
    sort: RequestSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[RequestStatus] | Unset = UNSET,
    urgency: list[Priority] | Unset = UNSET,
    recommended_methodology: list[Methodology] | Unset = UNSET,
    requester_user_id: list[UUID] | Unset = UNSET,
    reviewed_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[Error | RequestList]:
    """List requests

     Every authenticated user may read every request. Filters combine with AND; comma-separated values
    within one filter combine with OR. `q` searches request_number, title, description,
    problem_statement
    and requester_name.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (RequestSort | Unset): Sortable fields of requests (urgency sorts by rank, critical
            first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[RequestStatus] | Unset):
        urgency (list[Priority] | Unset):
        recommended_methodology (list[Methodology] | Unset):
        requester_user_id (list[UUID] | Unset):
        reviewed_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        urgency=urgency,
        recommended_methodology=recommended_methodology,
        requester_user_id=requester_user_id,
        reviewed_by=reviewed_by,
        created_from=created_from,
        created_to=created_to,
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
    sort: RequestSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[RequestStatus] | Unset = UNSET,
    urgency: list[Priority] | Unset = UNSET,
    recommended_methodology: list[Methodology] | Unset = UNSET,
    requester_user_id: list[UUID] | Unset = UNSET,
    reviewed_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Error | RequestList | None:
    """List requests

     Every authenticated user may read every request. Filters combine with AND; comma-separated values
    within one filter combine with OR. `q` searches request_number, title, description,
    problem_statement
    and requester_name.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (RequestSort | Unset): Sortable fields of requests (urgency sorts by rank, critical
            first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[RequestStatus] | Unset):
        urgency (list[Priority] | Unset):
        recommended_methodology (list[Methodology] | Unset):
        requester_user_id (list[UUID] | Unset):
        reviewed_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        urgency=urgency,
        recommended_methodology=recommended_methodology,
        requester_user_id=requester_user_id,
        reviewed_by=reviewed_by,
        created_from=created_from,
        created_to=created_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: RequestSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[RequestStatus] | Unset = UNSET,
    urgency: list[Priority] | Unset = UNSET,
    recommended_methodology: list[Methodology] | Unset = UNSET,
    requester_user_id: list[UUID] | Unset = UNSET,
    reviewed_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[Error | RequestList]:
    """List requests

     Every authenticated user may read every request. Filters combine with AND; comma-separated values
    within one filter combine with OR. `q` searches request_number, title, description,
    problem_statement
    and requester_name.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (RequestSort | Unset): Sortable fields of requests (urgency sorts by rank, critical
            first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[RequestStatus] | Unset):
        urgency (list[Priority] | Unset):
        recommended_methodology (list[Methodology] | Unset):
        requester_user_id (list[UUID] | Unset):
        reviewed_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        status=status,
        urgency=urgency,
        recommended_methodology=recommended_methodology,
        requester_user_id=requester_user_id,
        reviewed_by=reviewed_by,
        created_from=created_from,
        created_to=created_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: RequestSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    status: list[RequestStatus] | Unset = UNSET,
    urgency: list[Priority] | Unset = UNSET,
    recommended_methodology: list[Methodology] | Unset = UNSET,
    requester_user_id: list[UUID] | Unset = UNSET,
    reviewed_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Error | RequestList | None:
    """List requests

     Every authenticated user may read every request. Filters combine with AND; comma-separated values
    within one filter combine with OR. `q` searches request_number, title, description,
    problem_statement
    and requester_name.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (RequestSort | Unset): Sortable fields of requests (urgency sorts by rank, critical
            first when descending).
        order (SortOrder | Unset):
        q (str | Unset):
        status (list[RequestStatus] | Unset):
        urgency (list[Priority] | Unset):
        recommended_methodology (list[Methodology] | Unset):
        requester_user_id (list[UUID] | Unset):
        reviewed_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestList
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
            urgency=urgency,
            recommended_methodology=recommended_methodology,
            requester_user_id=requester_user_id,
            reviewed_by=reviewed_by,
            created_from=created_from,
            created_to=created_to,
        )
    ).parsed
