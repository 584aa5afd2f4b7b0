from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artifact_list import ArtifactList
from ...models.artifact_sort import ArtifactSort
from ...models.artifact_status import ArtifactStatus
from ...models.artifact_type import ArtifactType
from ...models.error_body import Error
from ...models.phase_name import PhaseName
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    phase: PhaseName,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ArtifactSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    artifact_type: list[ArtifactType] | Unset = UNSET,
    status: list[ArtifactStatus] | Unset = UNSET,
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

    json_artifact_type: list[str] | Unset = UNSET
    if not isinstance(artifact_type, Unset):
        json_artifact_type = []
        for artifact_type_item_data in artifact_type:
            artifact_type_item = artifact_type_item_data.value
            json_artifact_type.append(artifact_type_item)

    params["artifact_type"] = (
        json_artifact_type
        if isinstance(json_artifact_type, Unset)
        else ",".join(str(item) for item in json_artifact_type)
    )

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
        "url": "/initiatives/{initiative_id}/phases/{phase}/artifacts".format(
            initiative_id=quote(str(initiative_id), safe=""),
            phase=quote(str(phase), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArtifactList | Error | None:
    if response.status_code == 200:
        response_200 = ArtifactList.from_dict(response.json())

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
) -> Response[ArtifactList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ArtifactSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    artifact_type: list[ArtifactType] | Unset = UNSET,
    status: list[ArtifactStatus] | Unset = UNSET,
) -> Response[ArtifactList | Error]:
    """List the artifacts of a phase

     Every authenticated user may read. 404 when the initiative does not exist (or is deleted) or its
    methodology has no such phase. `q` searches title. Rows carry no content; fetch one artifact for it.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ArtifactSort | Unset): Sortable fields of artifacts.
        order (SortOrder | Unset):
        q (str | Unset):
        artifact_type (list[ArtifactType] | Unset):
        status (list[ArtifactStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        phase=phase,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        artifact_type=artifact_type,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ArtifactSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    artifact_type: list[ArtifactType] | Unset = UNSET,
    status: list[ArtifactStatus] | Unset = UNSET,
) -> ArtifactList | Error | None:
    """List the artifacts of a phase

     Every authenticated user may read. 404 when the initiative does not exist (or is deleted) or its
    methodology has no such phase. `q` searches title. Rows carry no content; fetch one artifact for it.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ArtifactSort | Unset): Sortable fields of artifacts.
        order (SortOrder | Unset):
        q (str | Unset):
        artifact_type (list[ArtifactType] | Unset):
        status (list[ArtifactStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactList | Error
    """

    return sync_detailed(
        initiative_id=initiative_id,
        phase=phase,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        artifact_type=artifact_type,
        status=status,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ArtifactSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    artifact_type: list[ArtifactType] | Unset = UNSET,
    status: list[ArtifactStatus] | Unset = UNSET,
) -> Response[ArtifactList | Error]:
    """List the artifacts of a phase

     Every authenticated user may read. 404 when the initiative does not exist (or is deleted) or its
    methodology has no such phase. `q` searches title. Rows carry no content; fetch one artifact for it.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ArtifactSort | Unset): Sortable fields of artifacts.
        order (SortOrder | Unset):
        q (str | Unset):
        artifact_type (list[ArtifactType] | Unset):
        status (list[ArtifactStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactList | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        phase=phase,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        q=q,
        artifact_type=artifact_type,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: ArtifactSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    artifact_type: list[ArtifactType] | Unset = UNSET,
    status: list[ArtifactStatus] | Unset = UNSET,
) -> ArtifactList | Error | None:
    """List the artifacts of a phase

     Every authenticated user may read. 404 when the initiative does not exist (or is deleted) or its
    methodology has no such phase. `q` searches title. Rows carry no content; fetch one artifact for it.

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (ArtifactSort | Unset): Sortable fields of artifacts.
        order (SortOrder | Unset):
        q (str | Unset):
        artifact_type (list[ArtifactType] | Unset):
        status (list[ArtifactStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactList | Error
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            phase=phase,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            q=q,
            artifact_type=artifact_type,
            status=status,
        )
    ).parsed
