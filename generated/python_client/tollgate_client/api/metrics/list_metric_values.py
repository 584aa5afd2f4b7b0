import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.metric_value_list import MetricValueList
from ...models.metric_value_sort import MetricValueSort
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: UUID,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricValueSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
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

    json_period_from: str | Unset = UNSET
    if not isinstance(period_from, Unset):
        json_period_from = period_from.isoformat()
    params["period_from"] = json_period_from

    json_period_to: str | Unset = UNSET
    if not isinstance(period_to, Unset):
        json_period_to = period_to.isoformat()
    params["period_to"] = json_period_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metrics/{metric_id}/values".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MetricValueList | None:
    if response.status_code == 200:
        response_200 = MetricValueList.from_dict(response.json())

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
) -> Response[Error | MetricValueList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricValueSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Response[Error | MetricValueList]:
    """List a metric's recorded values

     Every authenticated user may read. `period_from` / `period_to` bound period_start (inclusive).

    Args:
        metric_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricValueSort | Unset): Sortable fields of metric values (period_start is the
            natural order of a history).
        order (SortOrder | Unset):
        period_from (datetime.date | Unset):
        period_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricValueList]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        period_from=period_from,
        period_to=period_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricValueSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Error | MetricValueList | None:
    """List a metric's recorded values

     Every authenticated user may read. `period_from` / `period_to` bound period_start (inclusive).

    Args:
        metric_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricValueSort | Unset): Sortable fields of metric values (period_start is the
            natural order of a history).
        order (SortOrder | Unset):
        period_from (datetime.date | Unset):
        period_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricValueList
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        period_from=period_from,
        period_to=period_to,
    ).parsed


async def asyncio_detailed(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricValueSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Response[Error | MetricValueList]:
    """List a metric's recorded values

     Every authenticated user may read. `period_from` / `period_to` bound period_start (inclusive).

    Args:
        metric_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricValueSort | Unset): Sortable fields of metric values (period_start is the
            natural order of a history).
        order (SortOrder | Unset):
        period_from (datetime.date | Unset):
        period_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricValueList]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        period_from=period_from,
        period_to=period_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricValueSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Error | MetricValueList | None:
    """List a metric's recorded values

     Every authenticated user may read. `period_from` / `period_to` bound period_start (inclusive).

    Args:
        metric_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricValueSort | Unset): Sortable fields of metric values (period_start is the
            natural order of a history).
        order (SortOrder | Unset):
        period_from (datetime.date | Unset):
        period_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricValueList
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            period_from=period_from,
            period_to=period_to,
        )
    ).parsed
