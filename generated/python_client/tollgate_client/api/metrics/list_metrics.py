from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.metric_category import MetricCategory
from ...models.metric_direction import MetricDirection
from ...models.metric_frequency import MetricFrequency
from ...models.metric_list import MetricList
from ...models.metric_sort import MetricSort
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    category: list[MetricCategory] | Unset = UNSET,
    direction: list[MetricDirection] | Unset = UNSET,
    frequency: list[MetricFrequency] | Unset = UNSET,
    target_met: bool | Unset = UNSET,
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

    json_category: list[str] | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = []
        for category_item_data in category:
            category_item = category_item_data.value
            json_category.append(category_item)

    params["category"] = (
        json_category if isinstance(json_category, Unset) else ",".join(str(item) for item in json_category)
    )

    json_direction: list[str] | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = []
        for direction_item_data in direction:
            direction_item = direction_item_data.value
            json_direction.append(direction_item)

    params["direction"] = (
        json_direction if isinstance(json_direction, Unset) else ",".join(str(item) for item in json_direction)
    )

    json_frequency: list[str] | Unset = UNSET
    if not isinstance(frequency, Unset):
        json_frequency = []
        for frequency_item_data in frequency:
            frequency_item = frequency_item_data.value
            json_frequency.append(frequency_item)

    params["frequency"] = (
        json_frequency if isinstance(json_frequency, Unset) else ",".join(str(item) for item in json_frequency)
    )

    params["target_met"] = target_met

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/initiatives/{initiative_id}/metrics".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MetricList | None:
    if response.status_code == 200:
        response_200 = MetricList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | MetricList]:
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
    sort: MetricSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    category: list[MetricCategory] | Unset = UNSET,
    direction: list[MetricDirection] | Unset = UNSET,
    frequency: list[MetricFrequency] | Unset = UNSET,
    target_met: bool | Unset = UNSET,
) -> Response[Error | MetricList]:
    """List the metrics of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name, unit and operational_definition. `target_met=true|false`
    keeps metrics whose target_met is that value (metrics with target_met null match neither).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricSort | Unset): Sortable fields of metrics.
        order (SortOrder | Unset):
        q (str | Unset):
        category (list[MetricCategory] | Unset):
        direction (list[MetricDirection] | Unset):
        frequency (list[MetricFrequency] | Unset):
        target_met (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        category=category,
        direction=direction,
        frequency=frequency,
        target_met=target_met,
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
    sort: MetricSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    category: list[MetricCategory] | Unset = UNSET,
    direction: list[MetricDirection] | Unset = UNSET,
    frequency: list[MetricFrequency] | Unset = UNSET,
    target_met: bool | Unset = UNSET,
) -> Error | MetricList | None:
    """List the metrics of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name, unit and operational_definition. `target_met=true|false`
    keeps metrics whose target_met is that value (metrics with target_met null match neither).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricSort | Unset): Sortable fields of metrics.
        order (SortOrder | Unset):
        q (str | Unset):
        category (list[MetricCategory] | Unset):
        direction (list[MetricDirection] | Unset):
        frequency (list[MetricFrequency] | Unset):
        target_met (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricList
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        category=category,
        direction=direction,
        frequency=frequency,
        target_met=target_met,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    category: list[MetricCategory] | Unset = UNSET,
    direction: list[MetricDirection] | Unset = UNSET,
    frequency: list[MetricFrequency] | Unset = UNSET,
    target_met: bool | Unset = UNSET,
) -> Response[Error | MetricList]:
    """List the metrics of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name, unit and operational_definition. `target_met=true|false`
    keeps metrics whose target_met is that value (metrics with target_met null match neither).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricSort | Unset): Sortable fields of metrics.
        order (SortOrder | Unset):
        q (str | Unset):
        category (list[MetricCategory] | Unset):
        direction (list[MetricDirection] | Unset):
        frequency (list[MetricFrequency] | Unset):
        target_met (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        category=category,
        direction=direction,
        frequency=frequency,
        target_met=target_met,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: MetricSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    category: list[MetricCategory] | Unset = UNSET,
    direction: list[MetricDirection] | Unset = UNSET,
    frequency: list[MetricFrequency] | Unset = UNSET,
    target_met: bool | Unset = UNSET,
) -> Error | MetricList | None:
    """List the metrics of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name, unit and operational_definition. `target_met=true|false`
    keeps metrics whose target_met is that value (metrics with target_met null match neither).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (MetricSort | Unset): Sortable fields of metrics.
        order (SortOrder | Unset):
        q (str | Unset):
        category (list[MetricCategory] | Unset):
        direction (list[MetricDirection] | Unset):
        frequency (list[MetricFrequency] | Unset):
        target_met (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricList
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
            category=category,
            direction=direction,
            frequency=frequency,
            target_met=target_met,
        )
    ).parsed
