from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.metric_response import MetricResponse
from ...models.metric_update import MetricUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: UUID,
    *,
    body: MetricUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/metrics/{metric_id}".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MetricResponse | None:
    if response.status_code == 200:
        response_200 = MetricResponse.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[Error | MetricResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MetricUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | MetricResponse]:
    """Update a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The target rules hold for the result (422); `target_met` is recomputed.

    Args:
        metric_id (UUID):
        if_match (str | Unset):
        body (MetricUpdate): Partial update; only the fields sent change. target_lower ≤
            target_upper must hold for the result
            (422). Changing direction or targets recomputes `target_met`.
             Example: {'target_value': 4}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricResponse]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MetricUpdate,
    if_match: str | Unset = UNSET,
) -> Error | MetricResponse | None:
    """Update a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The target rules hold for the result (422); `target_met` is recomputed.

    Args:
        metric_id (UUID):
        if_match (str | Unset):
        body (MetricUpdate): Partial update; only the fields sent change. target_lower ≤
            target_upper must hold for the result
            (422). Changing direction or targets recomputes `target_met`.
             Example: {'target_value': 4}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricResponse
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MetricUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | MetricResponse]:
    """Update a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The target rules hold for the result (422); `target_met` is recomputed.

    Args:
        metric_id (UUID):
        if_match (str | Unset):
        body (MetricUpdate): Partial update; only the fields sent change. target_lower ≤
            target_upper must hold for the result
            (422). Changing direction or targets recomputes `target_met`.
             Example: {'target_value': 4}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricResponse]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MetricUpdate,
    if_match: str | Unset = UNSET,
) -> Error | MetricResponse | None:
    """Update a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The target rules hold for the result (422); `target_met` is recomputed.

    Args:
        metric_id (UUID):
        if_match (str | Unset):
        body (MetricUpdate): Partial update; only the fields sent change. target_lower ≤
            target_upper must hold for the result
            (422). Changing direction or targets recomputes `target_met`.
             Example: {'target_value': 4}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricResponse
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
