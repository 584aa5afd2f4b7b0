from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_list import DocumentList
from ...models.document_sort import DocumentSort
from ...models.document_type import DocumentType
from ...models.error_body import Error
from ...models.phase_name import PhaseName
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: DocumentSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    document_type: list[DocumentType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
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

    json_document_type: list[str] | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = []
        for document_type_item_data in document_type:
            document_type_item = document_type_item_data.value
            json_document_type.append(document_type_item)

    params["document_type"] = (
        json_document_type
        if isinstance(json_document_type, Unset)
        else ",".join(str(item) for item in json_document_type)
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/initiatives/{initiative_id}/documents".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentList | Error | None:
    if response.status_code == 200:
        response_200 = DocumentList.from_dict(response.json())

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
) -> Response[DocumentList | Error]:
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
    sort: DocumentSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    document_type: list[DocumentType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
) -> Response[DocumentList | Error]:
    """List the documents of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DocumentSort | Unset): Sortable fields of documents (links have no size and sort as
            null).
        order (SortOrder | Unset):
        q (str | Unset):
        document_type (list[DocumentType] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        document_type=document_type,
        phase=phase,
        uploaded_by=uploaded_by,
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
    sort: DocumentSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    document_type: list[DocumentType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
) -> DocumentList | Error | None:
    """List the documents of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DocumentSort | Unset): Sortable fields of documents (links have no size and sort as
            null).
        order (SortOrder | Unset):
        q (str | Unset):
        document_type (list[DocumentType] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentList | Error
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        document_type=document_type,
        phase=phase,
        uploaded_by=uploaded_by,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: DocumentSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    document_type: list[DocumentType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
) -> Response[DocumentList | Error]:
    """List the documents of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DocumentSort | Unset): Sortable fields of documents (links have no size and sort as
            null).
        order (SortOrder | Unset):
        q (str | Unset):
        document_type (list[DocumentType] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        document_type=document_type,
        phase=phase,
        uploaded_by=uploaded_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: DocumentSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    document_type: list[DocumentType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    uploaded_by: list[UUID] | Unset = UNSET,
) -> DocumentList | Error | None:
    """List the documents of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches name and original_filename.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (DocumentSort | Unset): Sortable fields of documents (links have no size and sort as
            null).
        order (SortOrder | Unset):
        q (str | Unset):
        document_type (list[DocumentType] | Unset):
        phase (list[PhaseName] | Unset):
        uploaded_by (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentList | Error
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
            document_type=document_type,
            phase=phase,
            uploaded_by=uploaded_by,
        )
    ).parsed
