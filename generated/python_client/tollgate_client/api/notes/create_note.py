from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.note_create import NoteCreate
from ...models.note_response import NoteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    body: NoteCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initiatives/{initiative_id}/notes".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | NoteResponse | None:
    if response.status_code == 201:
        response_201 = NoteResponse.from_dict(response.json())

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
) -> Response[Error | NoteResponse]:
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
    body: NoteCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | NoteResponse]:
    """Add a note to an initiative

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The caller becomes the author. Notes appear in the initiative's timeline.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (NoteCreate): A new note on the initiative in the path; the caller is its author.
            `phase` must be a phase of the
            initiative's methodology (422 otherwise); null/absent = the initiative as a whole.
             Example: {'content': 'Finance agreed to pilot the new approval flow with two suppliers.',
            'note_type': 'decision', 'phase': 'improve'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteResponse]
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
    body: NoteCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | NoteResponse | None:
    """Add a note to an initiative

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The caller becomes the author. Notes appear in the initiative's timeline.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (NoteCreate): A new note on the initiative in the path; the caller is its author.
            `phase` must be a phase of the
            initiative's methodology (422 otherwise); null/absent = the initiative as a whole.
             Example: {'content': 'Finance agreed to pilot the new approval flow with two suppliers.',
            'note_type': 'decision', 'phase': 'improve'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteResponse
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
    body: NoteCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | NoteResponse]:
    """Add a note to an initiative

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The caller becomes the author. Notes appear in the initiative's timeline.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (NoteCreate): A new note on the initiative in the path; the caller is its author.
            `phase` must be a phase of the
            initiative's methodology (422 otherwise); null/absent = the initiative as a whole.
             Example: {'content': 'Finance agreed to pilot the new approval flow with two suppliers.',
            'note_type': 'decision', 'phase': 'improve'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteResponse]
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
    body: NoteCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | NoteResponse | None:
    """Add a note to an initiative

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The caller becomes the author. Notes appear in the initiative's timeline.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (NoteCreate): A new note on the initiative in the path; the caller is its author.
            `phase` must be a phase of the
            initiative's methodology (422 otherwise); null/absent = the initiative as a whole.
             Example: {'content': 'Finance agreed to pilot the new approval flow with two suppliers.',
            'note_type': 'decision', 'phase': 'improve'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteResponse
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
