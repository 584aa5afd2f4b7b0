import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_action import AuditAction
from ...models.audit_event_list import AuditEventList
from ...models.audit_event_sort import AuditEventSort
from ...models.error_body import Error
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AuditEventSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    entity_type: list[str] | Unset = UNSET,
    entity_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    actor_id: list[UUID] | Unset = UNSET,
    action: list[AuditAction] | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
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

    json_entity_type: list[str] | Unset = UNSET
    if not isinstance(entity_type, Unset):
        json_entity_type = entity_type

    params["entity_type"] = (
        json_entity_type if isinstance(json_entity_type, Unset) else ",".join(str(item) for item in json_entity_type)
    )

    json_entity_id: list[str] | Unset = UNSET
    if not isinstance(entity_id, Unset):
        json_entity_id = []
        for entity_id_item_data in entity_id:
            entity_id_item = str(entity_id_item_data)
            json_entity_id.append(entity_id_item)

    params["entity_id"] = (
        json_entity_id if isinstance(json_entity_id, Unset) else ",".join(str(item) for item in json_entity_id)
    )

    json_initiative_id: list[str] | Unset = UNSET
    if not isinstance(initiative_id, Unset):
        json_initiative_id = []
        for initiative_id_item_data in initiative_id:
            initiative_id_item = str(initiative_id_item_data)
            json_initiative_id.append(initiative_id_item)

    params["initiative_id"] = (
        json_initiative_id
        if isinstance(json_initiative_id, Unset)
        else ",".join(str(item) for item in json_initiative_id)
    )

    json_actor_id: list[str] | Unset = UNSET
    if not isinstance(actor_id, Unset):
        json_actor_id = []
        for actor_id_item_data in actor_id:
            actor_id_item = str(actor_id_item_data)
            json_actor_id.append(actor_id_item)

    params["actor_id"] = (
        json_actor_id if isinstance(json_actor_id, Unset) else ",".join(str(item) for item in json_actor_id)
    )

    json_action: list[str] | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = []
        for action_item_data in action:
            action_item = action_item_data.value
            json_action.append(action_item)

    params["action"] = json_action if isinstance(json_action, Unset) else ",".join(str(item) for item in json_action)

    json_occurred_from: str | Unset = UNSET
    if not isinstance(occurred_from, Unset):
        json_occurred_from = occurred_from.isoformat()
    params["occurred_from"] = json_occurred_from

    json_occurred_to: str | Unset = UNSET
    if not isinstance(occurred_to, Unset):
        json_occurred_to = occurred_to.isoformat()
    params["occurred_to"] = json_occurred_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditEventList | Error | None:
    if response.status_code == 200:
        response_200 = AuditEventList.from_dict(response.json())

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
) -> Response[AuditEventList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AuditEventSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    entity_type: list[str] | Unset = UNSET,
    entity_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    actor_id: list[UUID] | Unset = UNSET,
    action: list[AuditAction] | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> Response[AuditEventList | Error]:
    """Search the audit log

     Admins only. The log is append-only: no operation updates or deletes an event, and events of deleted
    initiatives stay. Filters combine with AND; comma-separated values within one filter combine with
    OR. `occurred_from` / `occurred_to` bound occurred_at (inclusive).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AuditEventSort | Unset): Sortable fields of audit events (created_at equals
            occurred_at).
        order (SortOrder | Unset):
        entity_type (list[str] | Unset):
        entity_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        actor_id (list[UUID] | Unset):
        action (list[AuditAction] | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        entity_type=entity_type,
        entity_id=entity_id,
        initiative_id=initiative_id,
        actor_id=actor_id,
        action=action,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AuditEventSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    entity_type: list[str] | Unset = UNSET,
    entity_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    actor_id: list[UUID] | Unset = UNSET,
    action: list[AuditAction] | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> AuditEventList | Error | None:
    """Search the audit log

     Admins only. The log is append-only: no operation updates or deletes an event, and events of deleted
    initiatives stay. Filters combine with AND; comma-separated values within one filter combine with
    OR. `occurred_from` / `occurred_to` bound occurred_at (inclusive).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AuditEventSort | Unset): Sortable fields of audit events (created_at equals
            occurred_at).
        order (SortOrder | Unset):
        entity_type (list[str] | Unset):
        entity_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        actor_id (list[UUID] | Unset):
        action (list[AuditAction] | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        entity_type=entity_type,
        entity_id=entity_id,
        initiative_id=initiative_id,
        actor_id=actor_id,
        action=action,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AuditEventSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    entity_type: list[str] | Unset = UNSET,
    entity_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    actor_id: list[UUID] | Unset = UNSET,
    action: list[AuditAction] | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> Response[AuditEventList | Error]:
    """Search the audit log

     Admins only. The log is append-only: no operation updates or deletes an event, and events of deleted
    initiatives stay. Filters combine with AND; comma-separated values within one filter combine with
    OR. `occurred_from` / `occurred_to` bound occurred_at (inclusive).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AuditEventSort | Unset): Sortable fields of audit events (created_at equals
            occurred_at).
        order (SortOrder | Unset):
        entity_type (list[str] | Unset):
        entity_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        actor_id (list[UUID] | Unset):
        action (list[AuditAction] | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        entity_type=entity_type,
        entity_id=entity_id,
        initiative_id=initiative_id,
        actor_id=actor_id,
        action=action,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AuditEventSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    entity_type: list[str] | Unset = UNSET,
    entity_id: list[UUID] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    actor_id: list[UUID] | Unset = UNSET,
    action: list[AuditAction] | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> AuditEventList | Error | None:
    """Search the audit log

     Admins only. The log is append-only: no operation updates or deletes an event, and events of deleted
    initiatives stay. Filters combine with AND; comma-separated values within one filter combine with
    OR. `occurred_from` / `occurred_to` bound occurred_at (inclusive).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AuditEventSort | Unset): Sortable fields of audit events (created_at equals
            occurred_at).
        order (SortOrder | Unset):
        entity_type (list[str] | Unset):
        entity_id (list[UUID] | Unset):
        initiative_id (list[UUID] | Unset):
        actor_id (list[UUID] | Unset):
        action (list[AuditAction] | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            entity_type=entity_type,
            entity_id=entity_id,
            initiative_id=initiative_id,
            actor_id=actor_id,
            action=action,
            occurred_from=occurred_from,
            occurred_to=occurred_to,
        )
    ).parsed
