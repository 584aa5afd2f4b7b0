import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.report_format import ReportFormat
from ...models.report_list import ReportList
from ...models.report_sort import ReportSort
from ...models.report_status import ReportStatus
from ...models.report_type import ReportType
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ReportSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    report_type: list[ReportType] | Unset = UNSET,
    status: list[ReportStatus] | Unset = UNSET,
    format_: list[ReportFormat] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
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

    json_report_type: list[str] | Unset = UNSET
    if not isinstance(report_type, Unset):
        json_report_type = []
        for report_type_item_data in report_type:
            report_type_item = report_type_item_data.value
            json_report_type.append(report_type_item)

    params["report_type"] = (
        json_report_type if isinstance(json_report_type, Unset) else ",".join(str(item) for item in json_report_type)
    )

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status if isinstance(json_status, Unset) else ",".join(str(item) for item in json_status)

    json_format_: list[str] | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = []
        for format_item_data in format_:
            format_item = format_item_data.value
            json_format_.append(format_item)

    params["format"] = json_format_ if isinstance(json_format_, Unset) else ",".join(str(item) for item in json_format_)

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
        "url": "/reports",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReportList | None:
    if response.status_code == 200:
        response_200 = ReportList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ReportList]:
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
    sort: ReportSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    report_type: list[ReportType] | Unset = UNSET,
    status: list[ReportStatus] | Unset = UNSET,
    format_: list[ReportFormat] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[Error | ReportList]:
    """List reports

     Managers and admins see every report; others see the reports they requested. Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ReportSort | Unset): Sortable fields of reports.
        order (SortOrder | Unset):
        report_type (list[ReportType] | Unset):
        status (list[ReportStatus] | Unset):
        format_ (list[ReportFormat] | Unset):
        initiative_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        report_type=report_type,
        status=status,
        format_=format_,
        initiative_id=initiative_id,
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
    sort: ReportSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    report_type: list[ReportType] | Unset = UNSET,
    status: list[ReportStatus] | Unset = UNSET,
    format_: list[ReportFormat] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Error | ReportList | None:
    """List reports

     Managers and admins see every report; others see the reports they requested. Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ReportSort | Unset): Sortable fields of reports.
        order (SortOrder | Unset):
        report_type (list[ReportType] | Unset):
        status (list[ReportStatus] | Unset):
        format_ (list[ReportFormat] | Unset):
        initiative_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportList
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        report_type=report_type,
        status=status,
        format_=format_,
        initiative_id=initiative_id,
        created_from=created_from,
        created_to=created_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ReportSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    report_type: list[ReportType] | Unset = UNSET,
    status: list[ReportStatus] | Unset = UNSET,
    format_: list[ReportFormat] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[Error | ReportList]:
    """List reports

     Managers and admins see every report; others see the reports they requested. Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ReportSort | Unset): Sortable fields of reports.
        order (SortOrder | Unset):
        report_type (list[ReportType] | Unset):
        status (list[ReportStatus] | Unset):
        format_ (list[ReportFormat] | Unset):
        initiative_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        report_type=report_type,
        status=status,
        format_=format_,
        initiative_id=initiative_id,
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
    sort: ReportSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    report_type: list[ReportType] | Unset = UNSET,
    status: list[ReportStatus] | Unset = UNSET,
    format_: list[ReportFormat] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Error | ReportList | None:
    """List reports

     Managers and admins see every report; others see the reports they requested. Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ReportSort | Unset): Sortable fields of reports.
        order (SortOrder | Unset):
        report_type (list[ReportType] | Unset):
        status (list[ReportStatus] | Unset):
        format_ (list[ReportFormat] | Unset):
        initiative_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            report_type=report_type,
            status=status,
            format_=format_,
            initiative_id=initiative_id,
            created_from=created_from,
            created_to=created_to,
        )
    ).parsed
