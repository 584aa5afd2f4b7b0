from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_type import AgentType
from ...models.ai_conversation_list import AIConversationList
from ...models.ai_conversation_sort import AIConversationSort
from ...models.error_body import Error
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AIConversationSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    agent_type: list[AgentType] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
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

    json_agent_type: list[str] | Unset = UNSET
    if not isinstance(agent_type, Unset):
        json_agent_type = []
        for agent_type_item_data in agent_type:
            agent_type_item = agent_type_item_data.value
            json_agent_type.append(agent_type_item)

    params["agent_type"] = (
        json_agent_type if isinstance(json_agent_type, Unset) else ",".join(str(item) for item in json_agent_type)
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

    params["is_active"] = is_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ai/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AIConversationList | Error | None:
    if response.status_code == 200:
        response_200 = AIConversationList.from_dict(response.json())

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
) -> Response[AIConversationList | Error]:
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
    sort: AIConversationSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    agent_type: list[AgentType] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[AIConversationList | Error]:
    """List my AI conversations

     The caller's own conversations only (admins too: they read others' by id). Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AIConversationSort | Unset): Sortable fields of conversations.
        order (SortOrder | Unset):
        agent_type (list[AgentType] | Unset):
        initiative_id (list[UUID] | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AIConversationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        agent_type=agent_type,
        initiative_id=initiative_id,
        is_active=is_active,
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
    sort: AIConversationSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    agent_type: list[AgentType] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> AIConversationList | Error | None:
    """List my AI conversations

     The caller's own conversations only (admins too: they read others' by id). Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AIConversationSort | Unset): Sortable fields of conversations.
        order (SortOrder | Unset):
        agent_type (list[AgentType] | Unset):
        initiative_id (list[UUID] | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AIConversationList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        agent_type=agent_type,
        initiative_id=initiative_id,
        is_active=is_active,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AIConversationSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    agent_type: list[AgentType] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[AIConversationList | Error]:
    """List my AI conversations

     The caller's own conversations only (admins too: they read others' by id). Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AIConversationSort | Unset): Sortable fields of conversations.
        order (SortOrder | Unset):
        agent_type (list[AgentType] | Unset):
        initiative_id (list[UUID] | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AIConversationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        agent_type=agent_type,
        initiative_id=initiative_id,
        is_active=is_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: AIConversationSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    agent_type: list[AgentType] | Unset = UNSET,
    initiative_id: list[UUID] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> AIConversationList | Error | None:
    """List my AI conversations

     The caller's own conversations only (admins too: they read others' by id). Filters combine with
    AND; comma-separated values within one filter combine with OR.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (AIConversationSort | Unset): Sortable fields of conversations.
        order (SortOrder | Unset):
        agent_type (list[AgentType] | Unset):
        initiative_id (list[UUID] | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AIConversationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            agent_type=agent_type,
            initiative_id=initiative_id,
            is_active=is_active,
        )
    ).parsed
