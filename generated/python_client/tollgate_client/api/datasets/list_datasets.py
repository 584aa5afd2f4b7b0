import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_list import DatasetList
from ...models.dataset_sort import DatasetSort
from ...models.error_body import Error
from ...models.file_format import FileFormat
from ...models.phase_name import PhaseName
from ...models.profile_status import ProfileStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: DatasetSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    profile_status: list[ProfileStatus] | Unset = UNSET,
    file_format: list[FileFormat] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
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

    json_profile_status: list[str] | Unset = UNSET
    if not isinstance(profile_status, Unset):
        json_profile_status = []
        for profile_status_item_data in profile_status:
            profile_status_item = profile_status_item_data.value
            json_profile_status.append(profile_status_item)

    params["profile_status"] = (
        json_profile_status
        if isinstance(json_profile_status, Unset)
        else ",".join(str(item) for item in json_profile_status)
    )

    json_file_format: list[str] | Unset = UNSET
    if not isinstance(file_format, Unset):
        json_file_format = []
        for file_format_item_data in file_format:
            file_format_item = file_format_item_data.value
            json_file_format.append(file_format_item)

    params["file_format"] = (
        json_file_format if isinstance(json_file_format, Unset) else ",".join(str(item) for item in json_file_format)
    )

    json_phase: list[str] | Unset = UNSET
    if not isinstance(phase, Unset):
        json_phase = []
        for phase_item_data in phase:
            phase_item = phase_item_data.value
            json_phase.append(phase_item)

    params["phase"] = json_phase if isinstance(json_phase, Unset) else ",".join(str(item) for item in json_phase)

    json_uploaded_by: list[str] | Unset = UNSET
    if not isinstance(uploaded_by, Unset):
        json_uploaded_by = []
        for uploaded_by_item_data in uploaded_by:
            uploaded_by_item = str(uploaded_by_item_data)
            json_uploaded_by.append(uploaded_by_item)

    params["uploaded_by"] = (
        json_uploaded_by if isinstance(json_uploaded_by, Unset) else ",".join(str(item) for item in json_uploaded_by)
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
        "url": "/initiatives/{initiative_id}/datasets".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetList | Error | None:
    if response.status_code == 200:
        response_200 = DatasetList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DatasetList | Error]:
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
    sort: DatasetSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    profile_status: list[ProfileStatus] | Unset = UNSET,
    file_format: list[FileFormat] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[DatasetList | Error]:
    """List an initiative's datasets

     Anyone who may read the initiative may list its datasets (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR. `q` searches
    name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DatasetSort | Unset): Sortable fields of datasets.
        order (SortOrder | Unset):
        q (str | Unset):
        profile_status (list[ProfileStatus] | Unset):
        file_format (list[FileFormat] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        profile_status=profile_status,
        file_format=file_format,
        phase=phase,
        uploaded_by=uploaded_by,
        created_from=created_from,
        created_to=created_to,
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
    sort: DatasetSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    profile_status: list[ProfileStatus] | Unset = UNSET,
    file_format: list[FileFormat] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> DatasetList | Error | None:
    """List an initiative's datasets

     Anyone who may read the initiative may list its datasets (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR. `q` searches
    name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DatasetSort | Unset): Sortable fields of datasets.
        order (SortOrder | Unset):
        q (str | Unset):
        profile_status (list[ProfileStatus] | Unset):
        file_format (list[FileFormat] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetList | Error
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        profile_status=profile_status,
        file_format=file_format,
        phase=phase,
        uploaded_by=uploaded_by,
        created_from=created_from,
        created_to=created_to,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: DatasetSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    profile_status: list[ProfileStatus] | Unset = UNSET,
    file_format: list[FileFormat] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[DatasetList | Error]:
    """List an initiative's datasets

     Anyone who may read the initiative may list its datasets (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR. `q` searches
    name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DatasetSort | Unset): Sortable fields of datasets.
        order (SortOrder | Unset):
        q (str | Unset):
        profile_status (list[ProfileStatus] | Unset):
        file_format (list[FileFormat] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        profile_status=profile_status,
        file_format=file_format,
        phase=phase,
        uploaded_by=uploaded_by,
        created_from=created_from,
        created_to=created_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: DatasetSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    profile_status: list[ProfileStatus] | Unset = UNSET,
    file_format: list[FileFormat] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> DatasetList | Error | None:
    """List an initiative's datasets

     Anyone who may read the initiative may list its datasets (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR. `q` searches
    name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DatasetSort | Unset): Sortable fields of datasets.
        order (SortOrder | Unset):
        q (str | Unset):
        profile_status (list[ProfileStatus] | Unset):
        file_format (list[FileFormat] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetList | Error
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
            profile_status=profile_status,
            file_format=file_format,
            phase=phase,
            uploaded_by=uploaded_by,
            created_from=created_from,
            created_to=created_to,
        )
    ).parsed
