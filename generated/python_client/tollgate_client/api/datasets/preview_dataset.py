from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_preview import DatasetPreview
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: UUID,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{dataset_id}/preview".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetPreview | Error | None:
    if response.status_code == 200:
        response_200 = DatasetPreview.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[DatasetPreview | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[DatasetPreview | Error]:
    """Read a page of a dataset's rows

     Rows of the stored file, page by page (page_size rows per page, 1–100). Readable by anyone who
    may read the initiative. 409 unless the dataset is profiled (pending or failed). A page past the
    end answers an empty `rows` with has_more false.

    Args:
        dataset_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetPreview | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> DatasetPreview | Error | None:
    """Read a page of a dataset's rows

     Rows of the stored file, page by page (page_size rows per page, 1–100). Readable by anyone who
    may read the initiative. 409 unless the dataset is profiled (pending or failed). A page past the
    end answers an empty `rows` with has_more false.

    Args:
        dataset_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetPreview | Error
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[DatasetPreview | Error]:
    """Read a page of a dataset's rows

     Rows of the stored file, page by page (page_size rows per page, 1–100). Readable by anyone who
    may read the initiative. 409 unless the dataset is profiled (pending or failed). A page past the
    end answers an empty `rows` with has_more false.

    Args:
        dataset_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetPreview | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> DatasetPreview | Error | None:
    """Read a page of a dataset's rows

     Rows of the stored file, page by page (page_size rows per page, 1–100). Readable by anyone who
    may read the initiative. 409 unless the dataset is profiled (pending or failed). A page past the
    end answers an empty `rows` with has_more false.

    Args:
        dataset_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetPreview | Error
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
