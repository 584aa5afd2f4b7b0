from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_link_create import DocumentLinkCreate
from ...models.document_response import DocumentResponse
from ...models.document_upload import DocumentUpload
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    body: DocumentUpload | DocumentLinkCreate | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initiatives/{initiative_id}/documents".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
    }

    if isinstance(body, DocumentUpload):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, DocumentLinkCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentResponse | Error | None:
    if response.status_code == 201:
        response_201 = DocumentResponse.from_dict(response.json())

        return response_201

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DocumentResponse | Error]:
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
    body: DocumentUpload | DocumentLinkCreate | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentResponse | Error]:
    """Upload a document or add a link

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Two bodies: `multipart/form-data` (DocumentUpload: a file, stored by the server) or
    `application/json` (DocumentLinkCreate: an https `external_url`). Any other content type is 415;
    a file type outside the accepted list is 415; a file over the size limit is 413 (nothing stored).
    The caller becomes `uploaded_by`.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DocumentUpload): multipart/form-data upload of one file. Accepted (by content, not
            only by extension; 415 otherwise):
            PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), CSV, plain text / Markdown, PNG and
            JPEG.
            Larger than the configured limit (default 50 MB) is 413 and nothing is stored. The server
            records
            original_filename, mime_type, size_bytes and sha256 and stores the file under a generated
            key.
            `name` defaults to the original filename. `phase` must be a phase of the initiative's
            methodology (422).
        body (DocumentLinkCreate): application/json: a link to a document kept elsewhere
            (SharePoint, Drive, …). Only https URLs are
            accepted. `phase` must be a phase of the initiative's methodology (422); null/absent = no
            phase.
             Example: {'name': 'Current approval SOP', 'document_type': 'sop', 'external_url':
            'https://intranet.example.com/sop/ap-approval.pdf', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentResponse | Error]
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
    body: DocumentUpload | DocumentLinkCreate | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DocumentResponse | Error | None:
    """Upload a document or add a link

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Two bodies: `multipart/form-data` (DocumentUpload: a file, stored by the server) or
    `application/json` (DocumentLinkCreate: an https `external_url`). Any other content type is 415;
    a file type outside the accepted list is 415; a file over the size limit is 413 (nothing stored).
    The caller becomes `uploaded_by`.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DocumentUpload): multipart/form-data upload of one file. Accepted (by content, not
            only by extension; 415 otherwise):
            PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), CSV, plain text / Markdown, PNG and
            JPEG.
            Larger than the configured limit (default 50 MB) is 413 and nothing is stored. The server
            records
            original_filename, mime_type, size_bytes and sha256 and stores the file under a generated
            key.
            `name` defaults to the original filename. `phase` must be a phase of the initiative's
            methodology (422).
        body (DocumentLinkCreate): application/json: a link to a document kept elsewhere
            (SharePoint, Drive, …). Only https URLs are
            accepted. `phase` must be a phase of the initiative's methodology (422); null/absent = no
            phase.
             Example: {'name': 'Current approval SOP', 'document_type': 'sop', 'external_url':
            'https://intranet.example.com/sop/ap-approval.pdf', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentResponse | Error
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
    body: DocumentUpload | DocumentLinkCreate | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentResponse | Error]:
    """Upload a document or add a link

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Two bodies: `multipart/form-data` (DocumentUpload: a file, stored by the server) or
    `application/json` (DocumentLinkCreate: an https `external_url`). Any other content type is 415;
    a file type outside the accepted list is 415; a file over the size limit is 413 (nothing stored).
    The caller becomes `uploaded_by`.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DocumentUpload): multipart/form-data upload of one file. Accepted (by content, not
            only by extension; 415 otherwise):
            PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), CSV, plain text / Markdown, PNG and
            JPEG.
            Larger than the configured limit (default 50 MB) is 413 and nothing is stored. The server
            records
            original_filename, mime_type, size_bytes and sha256 and stores the file under a generated
            key.
            `name` defaults to the original filename. `phase` must be a phase of the initiative's
            methodology (422).
        body (DocumentLinkCreate): application/json: a link to a document kept elsewhere
            (SharePoint, Drive, …). Only https URLs are
            accepted. `phase` must be a phase of the initiative's methodology (422); null/absent = no
            phase.
             Example: {'name': 'Current approval SOP', 'document_type': 'sop', 'external_url':
            'https://intranet.example.com/sop/ap-approval.pdf', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentResponse | Error]
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
    body: DocumentUpload | DocumentLinkCreate | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DocumentResponse | Error | None:
    """Upload a document or add a link

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Two bodies: `multipart/form-data` (DocumentUpload: a file, stored by the server) or
    `application/json` (DocumentLinkCreate: an https `external_url`). Any other content type is 415;
    a file type outside the accepted list is 415; a file over the size limit is 413 (nothing stored).
    The caller becomes `uploaded_by`.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (DocumentUpload): multipart/form-data upload of one file. Accepted (by content, not
            only by extension; 415 otherwise):
            PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), CSV, plain text / Markdown, PNG and
            JPEG.
            Larger than the configured limit (default 50 MB) is 413 and nothing is stored. The server
            records
            original_filename, mime_type, size_bytes and sha256 and stores the file under a generated
            key.
            `name` defaults to the original filename. `phase` must be a phase of the initiative's
            methodology (422).
        body (DocumentLinkCreate): application/json: a link to a document kept elsewhere
            (SharePoint, Drive, …). Only https URLs are
            accepted. `phase` must be a phase of the initiative's methodology (422); null/absent = no
            phase.
             Example: {'name': 'Current approval SOP', 'document_type': 'sop', 'external_url':
            'https://intranet.example.com/sop/ap-approval.pdf', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentResponse | Error
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
