import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analysis_list import AnalysisList
from ...models.analysis_sort import AnalysisSort
from ...models.analysis_status import AnalysisStatus
from ...models.error_body import Error
from ...models.phase_name import PhaseName
from ...models.sort_order import SortOrder
from ...models.test_category import TestCategory
from ...models.test_type import TestType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AnalysisSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[AnalysisStatus] | Unset = UNSET,
    test_type: list[TestType] | Unset = UNSET,
    test_category: list[TestCategory] | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
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

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status if isinstance(json_status, Unset) else ",".join(str(item) for item in json_status)

    json_test_type: list[str] | Unset = UNSET
    if not isinstance(test_type, Unset):
        json_test_type = []
        for test_type_item_data in test_type:
            test_type_item = test_type_item_data.value
            json_test_type.append(test_type_item)

    params["test_type"] = (
        json_test_type if isinstance(json_test_type, Unset) else ",".join(str(item) for item in json_test_type)
    )

    json_test_category: list[str] | Unset = UNSET
    if not isinstance(test_category, Unset):
        json_test_category = []
        for test_category_item_data in test_category:
            test_category_item = test_category_item_data.value
            json_test_category.append(test_category_item)

    params["test_category"] = (
        json_test_category
        if isinstance(json_test_category, Unset)
        else ",".join(str(item) for item in json_test_category)
    )

    json_dataset_id: list[str] | Unset = UNSET
    if not isinstance(dataset_id, Unset):
        json_dataset_id = []
        for dataset_id_item_data in dataset_id:
            dataset_id_item = str(dataset_id_item_data)
            json_dataset_id.append(dataset_id_item)

    params["dataset_id"] = (
        json_dataset_id if isinstance(json_dataset_id, Unset) else ",".join(str(item) for item in json_dataset_id)
    )

    json_phase: list[str] | Unset = UNSET
    if not isinstance(phase, Unset):
        json_phase = []
        for phase_item_data in phase:
            phase_item = phase_item_data.value
            json_phase.append(phase_item)

    params["phase"] = json_phase if isinstance(json_phase, Unset) else ",".join(str(item) for item in json_phase)

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
        "url": "/initiatives/{initiative_id}/analyses".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalysisList | Error | None:
    if response.status_code == 200:
        response_200 = AnalysisList.from_dict(response.json())

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
) -> Response[AnalysisList | Error]:
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
    sort: AnalysisSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[AnalysisStatus] | Unset = UNSET,
    test_type: list[TestType] | Unset = UNSET,
    test_category: list[TestCategory] | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[AnalysisList | Error]:
    """List an initiative's analyses

     Anyone who may read the initiative may list its analyses (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AnalysisSort | Unset): Sortable fields of analyses.
        order (SortOrder | Unset):
        status (list[AnalysisStatus] | Unset):
        test_type (list[TestType] | Unset):
        test_category (list[TestCategory] | Unset):
        dataset_id (list[UUID] | Unset):
        phase (list[PhaseName] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
        test_type=test_type,
        test_category=test_category,
        dataset_id=dataset_id,
        phase=phase,
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
    sort: AnalysisSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[AnalysisStatus] | Unset = UNSET,
    test_type: list[TestType] | Unset = UNSET,
    test_category: list[TestCategory] | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> AnalysisList | Error | None:
    """List an initiative's analyses

     Anyone who may read the initiative may list its analyses (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AnalysisSort | Unset): Sortable fields of analyses.
        order (SortOrder | Unset):
        status (list[AnalysisStatus] | Unset):
        test_type (list[TestType] | Unset):
        test_category (list[TestCategory] | Unset):
        dataset_id (list[UUID] | Unset):
        phase (list[PhaseName] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisList | Error
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
        test_type=test_type,
        test_category=test_category,
        dataset_id=dataset_id,
        phase=phase,
        created_from=created_from,
        created_to=created_to,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AnalysisSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[AnalysisStatus] | Unset = UNSET,
    test_type: list[TestType] | Unset = UNSET,
    test_category: list[TestCategory] | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[AnalysisList | Error]:
    """List an initiative's analyses

     Anyone who may read the initiative may list its analyses (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AnalysisSort | Unset): Sortable fields of analyses.
        order (SortOrder | Unset):
        status (list[AnalysisStatus] | Unset):
        test_type (list[TestType] | Unset):
        test_category (list[TestCategory] | Unset):
        dataset_id (list[UUID] | Unset):
        phase (list[PhaseName] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
        test_type=test_type,
        test_category=test_category,
        dataset_id=dataset_id,
        phase=phase,
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
    sort: AnalysisSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[AnalysisStatus] | Unset = UNSET,
    test_type: list[TestType] | Unset = UNSET,
    test_category: list[TestCategory] | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> AnalysisList | Error | None:
    """List an initiative's analyses

     Anyone who may read the initiative may list its analyses (a deleted or unknown initiative is 404).
    Filters combine with AND; comma-separated values within one filter combine with OR.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AnalysisSort | Unset): Sortable fields of analyses.
        order (SortOrder | Unset):
        status (list[AnalysisStatus] | Unset):
        test_type (list[TestType] | Unset):
        test_category (list[TestCategory] | Unset):
        dataset_id (list[UUID] | Unset):
        phase (list[PhaseName] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisList | Error
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            status=status,
            test_type=test_type,
            test_category=test_category,
            dataset_id=dataset_id,
            phase=phase,
            created_from=created_from,
            created_to=created_to,
        )
    ).parsed
