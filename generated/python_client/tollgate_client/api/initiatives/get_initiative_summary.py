from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_response import AgentResponse
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    initiative_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/initiatives/{initiative_id}/summary".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgentResponse | Error | None:
    if response.status_code == 200:
        response_200 = AgentResponse.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentResponse | Error]:
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
) -> Response[AgentResponse | Error]:
    """AI summary of the initiative

     Built by the AI orchestrator from the initiative's phases, metrics, actions and notes; nothing is
    stored (conversation_id is null). Counts against the caller's per-user AI rate limit (see POST
    /ai/chat; 429 with Retry-After); 503 when the AI provider is unavailable.

    Args:
        initiative_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponse | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentResponse | Error | None:
    """AI summary of the initiative

     Built by the AI orchestrator from the initiative's phases, metrics, actions and notes; nothing is
    stored (conversation_id is null). Counts against the caller's per-user AI rate limit (see POST
    /ai/chat; 429 with Retry-After); 503 when the AI provider is unavailable.

    Args:
        initiative_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponse | Error
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentResponse | Error]:
    """AI summary of the initiative

     Built by the AI orchestrator from the initiative's phases, metrics, actions and notes; nothing is
    stored (conversation_id is null). Counts against the caller's per-user AI rate limit (see POST
    /ai/chat; 429 with Retry-After); 503 when the AI provider is unavailable.

    Args:
        initiative_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponse | Error]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentResponse | Error | None:
    """AI summary of the initiative

     Built by the AI orchestrator from the initiative's phases, metrics, actions and notes; nothing is
    stored (conversation_id is null). Counts against the caller's per-user AI rate limit (see POST
    /ai/chat; 429 with Retry-After); 503 when the AI provider is unavailable.

    Args:
        initiative_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponse | Error
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
        )
    ).parsed
