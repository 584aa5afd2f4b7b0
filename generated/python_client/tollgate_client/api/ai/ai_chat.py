from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_response import AgentResponse
from ...models.ai_chat_request import AIChatRequest
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AIChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ai/chat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: AIChatRequest,
) -> Response[AgentResponse | Error]:
    """Chat with the AI orchestrator

     The orchestrator routes the message to the right agent (agent_type of the answer) with the context
    of the initiative, request and phase given (each must exist and be readable by the caller, else
    404).
    Stored in a conversation of the caller: a new one unless `conversation_id` names one of theirs
    (another user's conversation is 404; an inactive one is 409); the answer's `conversation_id` says
    which. Counts against the caller's per-user AI rate limit (configurable, default 30 requests a
    minute; every answer carries RateLimit-* headers, a 429 also Retry-After). 503 when the AI
    provider is unavailable (the user's message is not stored).

    **WebSocket streaming** (not an OpenAPI path): connect to `/api/v1/ai/stream` (no token in the
    URL) and send first `{"token": "<JWT>", "intent":
    "chat|triage|coach|stats_recommend|stats_interpret|report_generate",
    "context": {…}}` where context holds the fields of the matching request body (message,
    conversation_id, initiative_id, …). The server then sends chunks `{"agent": "<agent_type>",
    "content": "<text delta>", "metadata": {…}}` and finally one AgentResponse (with conversation_id),
    after which the client may send the next `{"intent", "context"}`. Each turn counts against the
    same rate limit and is stored like the HTTP operation; a turn that fails (404, 409, 422, 503) gets
    the standard Error body and the connection stays open. The server closes with 1008 (policy
    violation) when the token is missing, invalid or expired (also when it expires during the
    connection), the user is deactivated, or the first message is not valid; 1009 (message too big)
    when a message exceeds 64 KiB; and 1013 (try again later) when the rate limit is spent (after an
    Error body with `retry_after` seconds) or the user already has the maximum of open streams
    (default 2 per API process).

    Args:
        body (AIChatRequest): A message to the orchestrator, which routes it to the right agent.
            Without `conversation_id` a new
            conversation is started (linked to initiative_id / request_id / phase when given); with
            one, the
            message is appended to that conversation (it must be the caller's and active).
             Example: {'message': 'Which data should I collect to baseline invoice cycle time?',
            'initiative_id': '3f6c1e2a-9b7d-4c5e-8a1f-2d3b4c5d6e7f', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AIChatRequest,
) -> AgentResponse | Error | None:
    """Chat with the AI orchestrator

     The orchestrator routes the message to the right agent (agent_type of the answer) with the context
    of the initiative, request and phase given (each must exist and be readable by the caller, else
    404).
    Stored in a conversation of the caller: a new one unless `conversation_id` names one of theirs
    (another user's conversation is 404; an inactive one is 409); the answer's `conversation_id` says
    which. Counts against the caller's per-user AI rate limit (configurable, default 30 requests a
    minute; every answer carries RateLimit-* headers, a 429 also Retry-After). 503 when the AI
    provider is unavailable (the user's message is not stored).

    **WebSocket streaming** (not an OpenAPI path): connect to `/api/v1/ai/stream` (no token in the
    URL) and send first `{"token": "<JWT>", "intent":
    "chat|triage|coach|stats_recommend|stats_interpret|report_generate",
    "context": {…}}` where context holds the fields of the matching request body (message,
    conversation_id, initiative_id, …). The server then sends chunks `{"agent": "<agent_type>",
    "content": "<text delta>", "metadata": {…}}` and finally one AgentResponse (with conversation_id),
    after which the client may send the next `{"intent", "context"}`. Each turn counts against the
    same rate limit and is stored like the HTTP operation; a turn that fails (404, 409, 422, 503) gets
    the standard Error body and the connection stays open. The server closes with 1008 (policy
    violation) when the token is missing, invalid or expired (also when it expires during the
    connection), the user is deactivated, or the first message is not valid; 1009 (message too big)
    when a message exceeds 64 KiB; and 1013 (try again later) when the rate limit is spent (after an
    Error body with `retry_after` seconds) or the user already has the maximum of open streams
    (default 2 per API process).

    Args:
        body (AIChatRequest): A message to the orchestrator, which routes it to the right agent.
            Without `conversation_id` a new
            conversation is started (linked to initiative_id / request_id / phase when given); with
            one, the
            message is appended to that conversation (it must be the caller's and active).
             Example: {'message': 'Which data should I collect to baseline invoice cycle time?',
            'initiative_id': '3f6c1e2a-9b7d-4c5e-8a1f-2d3b4c5d6e7f', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AIChatRequest,
) -> Response[AgentResponse | Error]:
    """Chat with the AI orchestrator

     The orchestrator routes the message to the right agent (agent_type of the answer) with the context
    of the initiative, request and phase given (each must exist and be readable by the caller, else
    404).
    Stored in a conversation of the caller: a new one unless `conversation_id` names one of theirs
    (another user's conversation is 404; an inactive one is 409); the answer's `conversation_id` says
    which. Counts against the caller's per-user AI rate limit (configurable, default 30 requests a
    minute; every answer carries RateLimit-* headers, a 429 also Retry-After). 503 when the AI
    provider is unavailable (the user's message is not stored).

    **WebSocket streaming** (not an OpenAPI path): connect to `/api/v1/ai/stream` (no token in the
    URL) and send first `{"token": "<JWT>", "intent":
    "chat|triage|coach|stats_recommend|stats_interpret|report_generate",
    "context": {…}}` where context holds the fields of the matching request body (message,
    conversation_id, initiative_id, …). The server then sends chunks `{"agent": "<agent_type>",
    "content": "<text delta>", "metadata": {…}}` and finally one AgentResponse (with conversation_id),
    after which the client may send the next `{"intent", "context"}`. Each turn counts against the
    same rate limit and is stored like the HTTP operation; a turn that fails (404, 409, 422, 503) gets
    the standard Error body and the connection stays open. The server closes with 1008 (policy
    violation) when the token is missing, invalid or expired (also when it expires during the
    connection), the user is deactivated, or the first message is not valid; 1009 (message too big)
    when a message exceeds 64 KiB; and 1013 (try again later) when the rate limit is spent (after an
    Error body with `retry_after` seconds) or the user already has the maximum of open streams
    (default 2 per API process).

    Args:
        body (AIChatRequest): A message to the orchestrator, which routes it to the right agent.
            Without `conversation_id` a new
            conversation is started (linked to initiative_id / request_id / phase when given); with
            one, the
            message is appended to that conversation (it must be the caller's and active).
             Example: {'message': 'Which data should I collect to baseline invoice cycle time?',
            'initiative_id': '3f6c1e2a-9b7d-4c5e-8a1f-2d3b4c5d6e7f', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AIChatRequest,
) -> AgentResponse | Error | None:
    """Chat with the AI orchestrator

     The orchestrator routes the message to the right agent (agent_type of the answer) with the context
    of the initiative, request and phase given (each must exist and be readable by the caller, else
    404).
    Stored in a conversation of the caller: a new one unless `conversation_id` names one of theirs
    (another user's conversation is 404; an inactive one is 409); the answer's `conversation_id` says
    which. Counts against the caller's per-user AI rate limit (configurable, default 30 requests a
    minute; every answer carries RateLimit-* headers, a 429 also Retry-After). 503 when the AI
    provider is unavailable (the user's message is not stored).

    **WebSocket streaming** (not an OpenAPI path): connect to `/api/v1/ai/stream` (no token in the
    URL) and send first `{"token": "<JWT>", "intent":
    "chat|triage|coach|stats_recommend|stats_interpret|report_generate",
    "context": {…}}` where context holds the fields of the matching request body (message,
    conversation_id, initiative_id, …). The server then sends chunks `{"agent": "<agent_type>",
    "content": "<text delta>", "metadata": {…}}` and finally one AgentResponse (with conversation_id),
    after which the client may send the next `{"intent", "context"}`. Each turn counts against the
    same rate limit and is stored like the HTTP operation; a turn that fails (404, 409, 422, 503) gets
    the standard Error body and the connection stays open. The server closes with 1008 (policy
    violation) when the token is missing, invalid or expired (also when it expires during the
    connection), the user is deactivated, or the first message is not valid; 1009 (message too big)
    when a message exceeds 64 KiB; and 1013 (try again later) when the rate limit is spent (after an
    Error body with `retry_after` seconds) or the user already has the maximum of open streams
    (default 2 per API process).

    Args:
        body (AIChatRequest): A message to the orchestrator, which routes it to the right agent.
            Without `conversation_id` a new
            conversation is started (linked to initiative_id / request_id / phase when given); with
            one, the
            message is appended to that conversation (it must be the caller's and active).
             Example: {'message': 'Which data should I collect to baseline invoice cycle time?',
            'initiative_id': '3f6c1e2a-9b7d-4c5e-8a1f-2d3b4c5d6e7f', 'phase': 'measure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
