import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.request_pipeline_dashboard import RequestPipelineDashboard
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboards/pipeline",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RequestPipelineDashboard | None:
    if response.status_code == 200:
        response_200 = RequestPipelineDashboard.from_dict(response.json())

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
) -> Response[Error | RequestPipelineDashboard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Response[Error | RequestPipelineDashboard]:
    """Intake pipeline roll-up

     Requests by status and urgency, time from submission to review (median and mean hours) and the
    conversion rate, over the requests submitted in [date_from, date_to] (all when absent). Every user
    may read it. `date_from` after `date_to` is 422.

    Args:
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestPipelineDashboard]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Error | RequestPipelineDashboard | None:
    """Intake pipeline roll-up

     Requests by status and urgency, time from submission to review (median and mean hours) and the
    conversion rate, over the requests submitted in [date_from, date_to] (all when absent). Every user
    may read it. `date_from` after `date_to` is 422.

    Args:
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestPipelineDashboard
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Response[Error | RequestPipelineDashboard]:
    """Intake pipeline roll-up

     Requests by status and urgency, time from submission to review (median and mean hours) and the
    conversion rate, over the requests submitted in [date_from, date_to] (all when absent). Every user
    may read it. `date_from` after `date_to` is 422.

    Args:
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestPipelineDashboard]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> Error | RequestPipelineDashboard | None:
    """Intake pipeline roll-up

     Requests by status and urgency, time from submission to review (median and mean hours) and the
    conversion rate, over the requests submitted in [date_from, date_to] (all when absent). Every user
    may read it. `date_from` after `date_to` is 422.

    Args:
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestPipelineDashboard
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
