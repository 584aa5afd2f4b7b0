from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_upload import DatasetUpload
from ...models.dataset_upload_accepted import DatasetUploadAccepted
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    body: DatasetUpload,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initiatives/{initiative_id}/datasets".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetUploadAccepted | Error | None:
    if response.status_code == 202:
        response_202 = DatasetUploadAccepted.from_dict(response.json())

        return response_202

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

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetUploadAccepted | Error]:
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
    body: DatasetUpload,
    idempotency_key: str | Unset = UNSET,
) -> Response[DatasetUploadAccepted | Error]:
    """Upload a dataset (CSV or XLSX) and start profiling it

     Stores the file (under a server-generated storage key, with its size and SHA-256) and the dataset
    with profile_status `pending`, then queues a `dataset_profile` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} (or the dataset) until profiled.
    Analysts may upload to initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers to those of teams they manage or lead; admins to any. Files above the configured cap
    (default 100 MB) are 413; content that is neither CSV text nor an XLSX workbook is 415 — decided by
    the bytes, not the file name. `phase` must be a phase of the initiative's methodology (422).
    A CSV that parses but has no header row or no data rows is stored and its profile fails
    (profile_status `failed`, profile_error says why). 409 when the same Idempotency-Key is still being
    processed; 503 when the job queue is unreachable (nothing is stored).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DatasetUpload): The multipart/form-data body of an upload. `file` is a CSV (UTF-8,
            comma, semicolon or tab separated,
            first row = column names) or an XLSX workbook (first sheet, first row = column names); the
            server
            decides by the content, not by the file name or the part's Content-Type (anything else is
            415).
            The size cap is configurable (`UPLOAD_MAX_BYTES`, default 100 MB = 104857600 bytes); a
            larger file
            is 413 and nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetUploadAccepted | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUpload,
    idempotency_key: str | Unset = UNSET,
) -> DatasetUploadAccepted | Error | None:
    """Upload a dataset (CSV or XLSX) and start profiling it

     Stores the file (under a server-generated storage key, with its size and SHA-256) and the dataset
    with profile_status `pending`, then queues a `dataset_profile` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} (or the dataset) until profiled.
    Analysts may upload to initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers to those of teams they manage or lead; admins to any. Files above the configured cap
    (default 100 MB) are 413; content that is neither CSV text nor an XLSX workbook is 415 — decided by
    the bytes, not the file name. `phase` must be a phase of the initiative's methodology (422).
    A CSV that parses but has no header row or no data rows is stored and its profile fails
    (profile_status `failed`, profile_error says why). 409 when the same Idempotency-Key is still being
    processed; 503 when the job queue is unreachable (nothing is stored).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DatasetUpload): The multipart/form-data body of an upload. `file` is a CSV (UTF-8,
            comma, semicolon or tab separated,
            first row = column names) or an XLSX workbook (first sheet, first row = column names); the
            server
            decides by the content, not by the file name or the part's Content-Type (anything else is
            415).
            The size cap is configurable (`UPLOAD_MAX_BYTES`, default 100 MB = 104857600 bytes); a
            larger file
            is 413 and nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetUploadAccepted | Error
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUpload,
    idempotency_key: str | Unset = UNSET,
) -> Response[DatasetUploadAccepted | Error]:
    """Upload a dataset (CSV or XLSX) and start profiling it

     Stores the file (under a server-generated storage key, with its size and SHA-256) and the dataset
    with profile_status `pending`, then queues a `dataset_profile` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} (or the dataset) until profiled.
    Analysts may upload to initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers to those of teams they manage or lead; admins to any. Files above the configured cap
    (default 100 MB) are 413; content that is neither CSV text nor an XLSX workbook is 415 — decided by
    the bytes, not the file name. `phase` must be a phase of the initiative's methodology (422).
    A CSV that parses but has no header row or no data rows is stored and its profile fails
    (profile_status `failed`, profile_error says why). 409 when the same Idempotency-Key is still being
    processed; 503 when the job queue is unreachable (nothing is stored).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DatasetUpload): The multipart/form-data body of an upload. `file` is a CSV (UTF-8,
            comma, semicolon or tab separated,
            first row = column names) or an XLSX workbook (first sheet, first row = column names); the
            server
            decides by the content, not by the file name or the part's Content-Type (anything else is
            415).
            The size cap is configurable (`UPLOAD_MAX_BYTES`, default 100 MB = 104857600 bytes); a
            larger file
            is 413 and nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetUploadAccepted | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUpload,
    idempotency_key: str | Unset = UNSET,
) -> DatasetUploadAccepted | Error | None:
    """Upload a dataset (CSV or XLSX) and start profiling it

     Stores the file (under a server-generated storage key, with its size and SHA-256) and the dataset
    with profile_status `pending`, then queues a `dataset_profile` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} (or the dataset) until profiled.
    Analysts may upload to initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers to those of teams they manage or lead; admins to any. Files above the configured cap
    (default 100 MB) are 413; content that is neither CSV text nor an XLSX workbook is 415 — decided by
    the bytes, not the file name. `phase` must be a phase of the initiative's methodology (422).
    A CSV that parses but has no header row or no data rows is stored and its profile fails
    (profile_status `failed`, profile_error says why). 409 when the same Idempotency-Key is still being
    processed; 503 when the job queue is unreachable (nothing is stored).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DatasetUpload): The multipart/form-data body of an upload. `file` is a CSV (UTF-8,
            comma, semicolon or tab separated,
            first row = column names) or an XLSX workbook (first sheet, first row = column names); the
            server
            decides by the content, not by the file name or the part's Content-Type (anything else is
            415).
            The size cap is configurable (`UPLOAD_MAX_BYTES`, default 100 MB = 104857600 bytes); a
            larger file
            is 413 and nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetUploadAccepted | Error
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
