from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analysis_response import AnalysisResponse
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    analysis_id: UUID,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyses/{analysis_id}/interpret".format(
            analysis_id=quote(str(analysis_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalysisResponse | Error | None:
    if response.status_code == 200:
        response_200 = AnalysisResponse.from_dict(response.json())

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
) -> Response[AnalysisResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    analysis_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalysisResponse | Error]:
    """Have the AI interpret a completed analysis and store it

     Asks the AI stats advisor to interpret the results (synchronously) and stores its answer on the
    analysis: ai_interpretation (the text) and ai_next_steps (its suggestions), replacing an earlier
    interpretation. Answers the updated analysis. 409 unless the analysis is `completed`.
    Same object rules as writing the analysis: analysts on the initiative (lead analyst, stakeholder,
    or member of its team), managers of a team that manages or leads it, admins. Counts against the
    caller's AI rate limit (429 with Retry-After and RateLimit-* headers); 503 when the AI provider is
    unavailable (nothing changes). For a conversational explanation that stores nothing on the
    analysis, use POST /ai/stats/interpret.

    Args:
        analysis_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisResponse | Error]
    """

    kwargs = _get_kwargs(
        analysis_id=analysis_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    analysis_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AnalysisResponse | Error | None:
    """Have the AI interpret a completed analysis and store it

     Asks the AI stats advisor to interpret the results (synchronously) and stores its answer on the
    analysis: ai_interpretation (the text) and ai_next_steps (its suggestions), replacing an earlier
    interpretation. Answers the updated analysis. 409 unless the analysis is `completed`.
    Same object rules as writing the analysis: analysts on the initiative (lead analyst, stakeholder,
    or member of its team), managers of a team that manages or leads it, admins. Counts against the
    caller's AI rate limit (429 with Retry-After and RateLimit-* headers); 503 when the AI provider is
    unavailable (nothing changes). For a conversational explanation that stores nothing on the
    analysis, use POST /ai/stats/interpret.

    Args:
        analysis_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisResponse | Error
    """

    return sync_detailed(
        analysis_id=analysis_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    analysis_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalysisResponse | Error]:
    """Have the AI interpret a completed analysis and store it

     Asks the AI stats advisor to interpret the results (synchronously) and stores its answer on the
    analysis: ai_interpretation (the text) and ai_next_steps (its suggestions), replacing an earlier
    interpretation. Answers the updated analysis. 409 unless the analysis is `completed`.
    Same object rules as writing the analysis: analysts on the initiative (lead analyst, stakeholder,
    or member of its team), managers of a team that manages or leads it, admins. Counts against the
    caller's AI rate limit (429 with Retry-After and RateLimit-* headers); 503 when the AI provider is
    unavailable (nothing changes). For a conversational explanation that stores nothing on the
    analysis, use POST /ai/stats/interpret.

    Args:
        analysis_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisResponse | Error]
    """

    kwargs = _get_kwargs(
        analysis_id=analysis_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    analysis_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AnalysisResponse | Error | None:
    """Have the AI interpret a completed analysis and store it

     Asks the AI stats advisor to interpret the results (synchronously) and stores its answer on the
    analysis: ai_interpretation (the text) and ai_next_steps (its suggestions), replacing an earlier
    interpretation. Answers the updated analysis. 409 unless the analysis is `completed`.
    Same object rules as writing the analysis: analysts on the initiative (lead analyst, stakeholder,
    or member of its team), managers of a team that manages or leads it, admins. Counts against the
    caller's AI rate limit (429 with Retry-After and RateLimit-* headers); 503 when the AI provider is
    unavailable (nothing changes). For a conversational explanation that stores nothing on the
    analysis, use POST /ai/stats/interpret.

    Args:
        analysis_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisResponse | Error
    """

    return (
        await asyncio_detailed(
            analysis_id=analysis_id,
            client=client,
        )
    ).parsed
