from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.phase_list import PhaseList
from ...models.phase_sort import PhaseSort
from ...models.phase_status import PhaseStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: PhaseSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[PhaseStatus] | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/initiatives/{initiative_id}/phases".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PhaseList | None:
    if response.status_code == 200:
        response_200 = PhaseList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PhaseList]:
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
    sort: PhaseSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[PhaseStatus] | Unset = UNSET,
) -> Response[Error | PhaseList]:
    """List an initiative's phases

     Every user may list the phases of every initiative they can see (deleted initiatives are 404).
    Unlike other lists, phases come in ascending phase_order when neither `sort` nor `order` is given
    (`sort` defaults to phase_order, and `order` to asc for this list).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (PhaseSort | Unset): Sortable fields of phases; phases list by phase_order
            (ascending) unless told otherwise.
        order (SortOrder | Unset):
        status (list[PhaseStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhaseList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
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
    sort: PhaseSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[PhaseStatus] | Unset = UNSET,
) -> Error | PhaseList | None:
    """List an initiative's phases

     Every user may list the phases of every initiative they can see (deleted initiatives are 404).
    Unlike other lists, phases come in ascending phase_order when neither `sort` nor `order` is given
    (`sort` defaults to phase_order, and `order` to asc for this list).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (PhaseSort | Unset): Sortable fields of phases; phases list by phase_order
            (ascending) unless told otherwise.
        order (SortOrder | Unset):
        status (list[PhaseStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhaseList
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: PhaseSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[PhaseStatus] | Unset = UNSET,
) -> Response[Error | PhaseList]:
    """List an initiative's phases

     Every user may list the phases of every initiative they can see (deleted initiatives are 404).
    Unlike other lists, phases come in ascending phase_order when neither `sort` nor `order` is given
    (`sort` defaults to phase_order, and `order` to asc for this list).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (PhaseSort | Unset): Sortable fields of phases; phases list by phase_order
            (ascending) unless told otherwise.
        order (SortOrder | Unset):
        status (list[PhaseStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PhaseList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: PhaseSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: list[PhaseStatus] | Unset = UNSET,
) -> Error | PhaseList | None:
    """List an initiative's phases

     Every user may list the phases of every initiative they can see (deleted initiatives are 404).
    Unlike other lists, phases come in ascending phase_order when neither `sort` nor `order` is given
    (`sort` defaults to phase_order, and `order` to asc for this list).

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (PhaseSort | Unset): Sortable fields of phases; phases list by phase_order
            (ascending) unless told otherwise.
        order (SortOrder | Unset):
        status (list[PhaseStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PhaseList
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
        )
    ).parsed
