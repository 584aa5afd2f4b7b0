from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.metric_value_create import MetricValueCreate
from ...models.metric_value_response import MetricValueResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metric_id: UUID,
    *,
    body: MetricValueCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/metrics/{metric_id}/values".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MetricValueResponse | None:
    if response.status_code == 201:
        response_201 = MetricValueResponse.from_dict(response.json())

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
) -> Response[Error | MetricValueResponse]:
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
    body: MetricValueCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | MetricValueResponse]:
    """Record a value of a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    One value per (metric, period_start): a second is 409. When period_start is the latest recorded,
    the metric's current_value, current_as_of, current_period and target_met are updated in the same
    transaction; an older period only adds history. Values have no URL of their own: Location is the
    metric's /metrics/{metric_id}/values.

    Args:
        metric_id (UUID):
        idempotency_key (str | Unset):
        body (MetricValueCreate): One observation of the metric for the period starting at
            `period_start` (any date; it need not align
            with the frequency). One value per period_start: a second one is 409. The caller becomes
            `entered_by`.
             Example: {'period_start': '2025-03-10', 'value': 9.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricValueResponse]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MetricValueCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | MetricValueResponse | None:
    """Record a value of a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    One value per (metric, period_start): a second is 409. When period_start is the latest recorded,
    the metric's current_value, current_as_of, current_period and target_met are updated in the same
    transaction; an older period only adds history. Values have no URL of their own: Location is the
    metric's /metrics/{metric_id}/values.

    Args:
        metric_id (UUID):
        idempotency_key (str | Unset):
        body (MetricValueCreate): One observation of the metric for the period starting at
            `period_start` (any date; it need not align
            with the frequency). One value per period_start: a second one is 409. The caller becomes
            `entered_by`.
             Example: {'period_start': '2025-03-10', 'value': 9.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricValueResponse
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MetricValueCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | MetricValueResponse]:
    """Record a value of a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    One value per (metric, period_start): a second is 409. When period_start is the latest recorded,
    the metric's current_value, current_as_of, current_period and target_met are updated in the same
    transaction; an older period only adds history. Values have no URL of their own: Location is the
    metric's /metrics/{metric_id}/values.

    Args:
        metric_id (UUID):
        idempotency_key (str | Unset):
        body (MetricValueCreate): One observation of the metric for the period starting at
            `period_start` (any date; it need not align
            with the frequency). One value per period_start: a second one is 409. The caller becomes
            `entered_by`.
             Example: {'period_start': '2025-03-10', 'value': 9.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricValueResponse]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MetricValueCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | MetricValueResponse | None:
    """Record a value of a metric

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    One value per (metric, period_start): a second is 409. When period_start is the latest recorded,
    the metric's current_value, current_as_of, current_period and target_met are updated in the same
    transaction; an older period only adds history. Values have no URL of their own: Location is the
    metric's /metrics/{metric_id}/values.

    Args:
        metric_id (UUID):
        idempotency_key (str | Unset):
        body (MetricValueCreate): One observation of the metric for the period starting at
            `period_start` (any date; it need not align
            with the frequency). One value per period_start: a second one is 409. The caller becomes
            `entered_by`.
             Example: {'period_start': '2025-03-10', 'value': 9.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MetricValueResponse
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
