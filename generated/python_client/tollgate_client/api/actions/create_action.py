from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_create import ActionCreate
from ...models.action_response import ActionResponse
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    body: ActionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initiatives/{initiative_id}/actions".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionResponse | Error | None:
    if response.status_code == 201:
        response_201 = ActionResponse.from_dict(response.json())

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
) -> Response[ActionResponse | Error]:
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
    body: ActionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ActionResponse | Error]:
    """Create an action item

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Owner, phase and stakeholder rules are in ActionCreate (422 when broken).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (ActionCreate): A new action item of the initiative in the path. `phase` must be a
            phase of the initiative's
            methodology (422 otherwise); null/absent = not tied to a phase. The owner is named by at
            most one of
            `assigned_to` (an active user), `external_stakeholder_id` (an external stakeholder of the
            same
            initiative) or `owner_name` (free text for someone outside the system); more than one is
            422, as is an
            unknown or inactive user or a stakeholder of another initiative. Creating it as
            `completed` sets
            `completed_at` to now.
             Example: {'title': 'Name an owner for the approval mailbox', 'phase': 'improve',
            'classification': 'action_item', 'priority': 'high', 'due_date': '2025-07-01'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResponse | Error]
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
    body: ActionCreate,
    idempotency_key: str | Unset = UNSET,
) -> ActionResponse | Error | None:
    """Create an action item

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Owner, phase and stakeholder rules are in ActionCreate (422 when broken).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (ActionCreate): A new action item of the initiative in the path. `phase` must be a
            phase of the initiative's
            methodology (422 otherwise); null/absent = not tied to a phase. The owner is named by at
            most one of
            `assigned_to` (an active user), `external_stakeholder_id` (an external stakeholder of the
            same
            initiative) or `owner_name` (free text for someone outside the system); more than one is
            422, as is an
            unknown or inactive user or a stakeholder of another initiative. Creating it as
            `completed` sets
            `completed_at` to now.
             Example: {'title': 'Name an owner for the approval mailbox', 'phase': 'improve',
            'classification': 'action_item', 'priority': 'high', 'due_date': '2025-07-01'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResponse | Error
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
    body: ActionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ActionResponse | Error]:
    """Create an action item

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Owner, phase and stakeholder rules are in ActionCreate (422 when broken).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (ActionCreate): A new action item of the initiative in the path. `phase` must be a
            phase of the initiative's
            methodology (422 otherwise); null/absent = not tied to a phase. The owner is named by at
            most one of
            `assigned_to` (an active user), `external_stakeholder_id` (an external stakeholder of the
            same
            initiative) or `owner_name` (free text for someone outside the system); more than one is
            422, as is an
            unknown or inactive user or a stakeholder of another initiative. Creating it as
            `completed` sets
            `completed_at` to now.
             Example: {'title': 'Name an owner for the approval mailbox', 'phase': 'improve',
            'classification': 'action_item', 'priority': 'high', 'due_date': '2025-07-01'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResponse | Error]
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
    body: ActionCreate,
    idempotency_key: str | Unset = UNSET,
) -> ActionResponse | Error | None:
    """Create an action item

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    Owner, phase and stakeholder rules are in ActionCreate (422 when broken).

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (ActionCreate): A new action item of the initiative in the path. `phase` must be a
            phase of the initiative's
            methodology (422 otherwise); null/absent = not tied to a phase. The owner is named by at
            most one of
            `assigned_to` (an active user), `external_stakeholder_id` (an external stakeholder of the
            same
            initiative) or `owner_name` (free text for someone outside the system); more than one is
            422, as is an
            unknown or inactive user or a stakeholder of another initiative. Creating it as
            `completed` sets
            `completed_at` to now.
             Example: {'title': 'Name an owner for the approval mailbox', 'phase': 'improve',
            'classification': 'action_item', 'priority': 'high', 'due_date': '2025-07-01'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResponse | Error
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
