import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.note_list import NoteList
from ...models.note_sort import NoteSort
from ...models.note_type import NoteType
from ...models.phase_name import PhaseName
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: NoteSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    note_type: list[NoteType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    author_id: list[UUID] | Unset = UNSET,
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

    json_note_type: list[str] | Unset = UNSET
    if not isinstance(note_type, Unset):
        json_note_type = []
        for note_type_item_data in note_type:
            note_type_item = note_type_item_data.value
            json_note_type.append(note_type_item)

    params["note_type"] = (
        json_note_type if isinstance(json_note_type, Unset) else ",".join(str(item) for item in json_note_type)
    )

    json_phase: list[str] | Unset = UNSET
    if not isinstance(phase, Unset):
        json_phase = []
        for phase_item_data in phase:
            phase_item = phase_item_data.value
            json_phase.append(phase_item)

    params["phase"] = json_phase if isinstance(json_phase, Unset) else ",".join(str(item) for item in json_phase)

    json_author_id: list[str] | Unset = UNSET
    if not isinstance(author_id, Unset):
        json_author_id = []
        for author_id_item_data in author_id:
            author_id_item = str(author_id_item_data)
            json_author_id.append(author_id_item)

    params["author_id"] = (
        json_author_id if isinstance(json_author_id, Unset) else ",".join(str(item) for item in json_author_id)
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
        "url": "/initiatives/{initiative_id}/notes".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | NoteList | None:
    if response.status_code == 200:
        response_200 = NoteList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | NoteList]:
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
    sort: NoteSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    note_type: list[NoteType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    author_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[Error | NoteList]:
    """List the notes of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches content.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (NoteSort | Unset): Sortable fields of notes.
        order (SortOrder | Unset):
        q (str | Unset):
        note_type (list[NoteType] | Unset):
        phase (list[PhaseName] | Unset):
        author_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        note_type=note_type,
        phase=phase,
        author_id=author_id,
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
    sort: NoteSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    note_type: list[NoteType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    author_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Error | NoteList | None:
    """List the notes of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches content.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (NoteSort | Unset): Sortable fields of notes.
        order (SortOrder | Unset):
        q (str | Unset):
        note_type (list[NoteType] | Unset):
        phase (list[PhaseName] | Unset):
        author_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteList
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        note_type=note_type,
        phase=phase,
        author_id=author_id,
        created_from=created_from,
        created_to=created_to,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: NoteSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    note_type: list[NoteType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    author_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Response[Error | NoteList]:
    """List the notes of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches content.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (NoteSort | Unset): Sortable fields of notes.
        order (SortOrder | Unset):
        q (str | Unset):
        note_type (list[NoteType] | Unset):
        phase (list[PhaseName] | Unset):
        author_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        note_type=note_type,
        phase=phase,
        author_id=author_id,
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
    sort: NoteSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    note_type: list[NoteType] | Unset = UNSET,
    phase: list[PhaseName] | Unset = UNSET,
    author_id: list[UUID] | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
) -> Error | NoteList | None:
    """List the notes of an initiative

     Every authenticated user may read. Filters combine with AND; comma-separated values within one
    filter combine with OR. `q` searches content.

    Args:
        initiative_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (NoteSort | Unset): Sortable fields of notes.
        order (SortOrder | Unset):
        q (str | Unset):
        note_type (list[NoteType] | Unset):
        phase (list[PhaseName] | Unset):
        author_id (list[UUID] | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteList
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
            note_type=note_type,
            phase=phase,
            author_id=author_id,
            created_from=created_from,
            created_to=created_to,
        )
    ).parsed
