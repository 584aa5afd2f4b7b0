from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.workload_entry_create import WorkloadEntryCreate
from ...models.workload_entry_response import WorkloadEntryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WorkloadEntryCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkloadEntryResponse | None:
    if response.status_code == 201:
        response_201 = WorkloadEntryResponse.from_dict(response.json())

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
) -> Response[Error | WorkloadEntryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | WorkloadEntryResponse]:
    """Log hours for a week

     Analysts log their own hours; managers also those of members of teams they manage or lead; admins
    anyone's (403 otherwise). `week_of` must be a Monday (422); hours are 0–168. One entry per
    (user, initiative or none, week): a second is 409.

    Args:
        idempotency_key (str | Unset):
        body (WorkloadEntryCreate): Hours of one user in one week. `week_of` must be a Monday (any
            other date is 422). `user_id`
            defaults to the caller; logging for someone else needs a manager who manages or leads a
            team that
            user belongs to, or an admin (403 otherwise). `initiative_id` null = time outside
            initiatives; otherwise it must be an existing, not deleted initiative (422). One entry per
            (user, initiative — null included —, week): a second is 409.
             Example: {'initiative_id': '6a0f3c1e-2b4d-4c8e-9f7a-1d2e3f405162', 'week_of':
            '2025-03-10', 'hours_allocated': 12}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadEntryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | WorkloadEntryResponse | None:
    """Log hours for a week

     Analysts log their own hours; managers also those of members of teams they manage or lead; admins
    anyone's (403 otherwise). `week_of` must be a Monday (422); hours are 0–168. One entry per
    (user, initiative or none, week): a second is 409.

    Args:
        idempotency_key (str | Unset):
        body (WorkloadEntryCreate): Hours of one user in one week. `week_of` must be a Monday (any
            other date is 422). `user_id`
            defaults to the caller; logging for someone else needs a manager who manages or leads a
            team that
            user belongs to, or an admin (403 otherwise). `initiative_id` null = time outside
            initiatives; otherwise it must be an existing, not deleted initiative (422). One entry per
            (user, initiative — null included —, week): a second is 409.
             Example: {'initiative_id': '6a0f3c1e-2b4d-4c8e-9f7a-1d2e3f405162', 'week_of':
            '2025-03-10', 'hours_allocated': 12}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkloadEntryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | WorkloadEntryResponse]:
    """Log hours for a week

     Analysts log their own hours; managers also those of members of teams they manage or lead; admins
    anyone's (403 otherwise). `week_of` must be a Monday (422); hours are 0–168. One entry per
    (user, initiative or none, week): a second is 409.

    Args:
        idempotency_key (str | Unset):
        body (WorkloadEntryCreate): Hours of one user in one week. `week_of` must be a Monday (any
            other date is 422). `user_id`
            defaults to the caller; logging for someone else needs a manager who manages or leads a
            team that
            user belongs to, or an admin (403 otherwise). `initiative_id` null = time outside
            initiatives; otherwise it must be an existing, not deleted initiative (422). One entry per
            (user, initiative — null included —, week): a second is 409.
             Example: {'initiative_id': '6a0f3c1e-2b4d-4c8e-9f7a-1d2e3f405162', 'week_of':
            '2025-03-10', 'hours_allocated': 12}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkloadEntryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkloadEntryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | WorkloadEntryResponse | None:
    """Log hours for a week

     Analysts log their own hours; managers also those of members of teams they manage or lead; admins
    anyone's (403 otherwise). `week_of` must be a Monday (422); hours are 0–168. One entry per
    (user, initiative or none, week): a second is 409.

    Args:
        idempotency_key (str | Unset):
        body (WorkloadEntryCreate): Hours of one user in one week. `week_of` must be a Monday (any
            other date is 422). `user_id`
            defaults to the caller; logging for someone else needs a manager who manages or leads a
            team that
            user belongs to, or an admin (403 otherwise). `initiative_id` null = time outside
            initiatives; otherwise it must be an existing, not deleted initiative (422). One entry per
            (user, initiative — null included —, week): a second is 409.
             Example: {'initiative_id': '6a0f3c1e-2b4d-4c8e-9f7a-1d2e3f405162', 'week_of':
            '2025-03-10', 'hours_allocated': 12}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkloadEntryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
