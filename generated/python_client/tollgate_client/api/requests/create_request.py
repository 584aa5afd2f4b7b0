from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.request_create import RequestCreate
from ...models.request_response import RequestResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RequestCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RequestResponse | None:
    if response.status_code == 201:
        response_201 = RequestResponse.from_dict(response.json())

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
) -> Response[Error | RequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | RequestResponse]:
    """Submit a request

     Any authenticated user may submit a request; it starts `submitted` with the next REQ number.
    Submitting on behalf of someone else (another `requester_user_id`, or null for a person outside the
    system) is for managers and admins only (403 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (RequestCreate): A new request. The server sets `request_number` (REQ-0001), `status`
            (always `submitted`),
            `submitted_at` and leaves the triage and review fields empty.
            `requester_user_id` defaults to the caller, and `requester_name` / `requester_email`
            default to the
            caller's full name and email when not sent. Only managers and admins may submit on behalf
            of someone
            else: another user (`requester_user_id` = that user) or a person outside the system
            (`requester_user_id: null`, then `requester_name` and `requester_email` are required, 422
            otherwise).
            A viewer or analyst sending a `requester_user_id` other than their own id gets 403.
             Example: {'title': 'Invoices take too long to approve', 'problem_statement': 'Supplier
            invoices wait 12 days on average for approval; late-payment fees follow.',
            'desired_outcome': 'Approve 90% of invoices within 5 days.', 'business_impact': 'About 40k
            USD of late fees a year.', 'requester_dept': 'Finance', 'urgency': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestResponse]
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
    body: RequestCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | RequestResponse | None:
    """Submit a request

     Any authenticated user may submit a request; it starts `submitted` with the next REQ number.
    Submitting on behalf of someone else (another `requester_user_id`, or null for a person outside the
    system) is for managers and admins only (403 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (RequestCreate): A new request. The server sets `request_number` (REQ-0001), `status`
            (always `submitted`),
            `submitted_at` and leaves the triage and review fields empty.
            `requester_user_id` defaults to the caller, and `requester_name` / `requester_email`
            default to the
            caller's full name and email when not sent. Only managers and admins may submit on behalf
            of someone
            else: another user (`requester_user_id` = that user) or a person outside the system
            (`requester_user_id: null`, then `requester_name` and `requester_email` are required, 422
            otherwise).
            A viewer or analyst sending a `requester_user_id` other than their own id gets 403.
             Example: {'title': 'Invoices take too long to approve', 'problem_statement': 'Supplier
            invoices wait 12 days on average for approval; late-payment fees follow.',
            'desired_outcome': 'Approve 90% of invoices within 5 days.', 'business_impact': 'About 40k
            USD of late fees a year.', 'requester_dept': 'Finance', 'urgency': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | RequestResponse]:
    """Submit a request

     Any authenticated user may submit a request; it starts `submitted` with the next REQ number.
    Submitting on behalf of someone else (another `requester_user_id`, or null for a person outside the
    system) is for managers and admins only (403 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (RequestCreate): A new request. The server sets `request_number` (REQ-0001), `status`
            (always `submitted`),
            `submitted_at` and leaves the triage and review fields empty.
            `requester_user_id` defaults to the caller, and `requester_name` / `requester_email`
            default to the
            caller's full name and email when not sent. Only managers and admins may submit on behalf
            of someone
            else: another user (`requester_user_id` = that user) or a person outside the system
            (`requester_user_id: null`, then `requester_name` and `requester_email` are required, 422
            otherwise).
            A viewer or analyst sending a `requester_user_id` other than their own id gets 403.
             Example: {'title': 'Invoices take too long to approve', 'problem_statement': 'Supplier
            invoices wait 12 days on average for approval; late-payment fees follow.',
            'desired_outcome': 'Approve 90% of invoices within 5 days.', 'business_impact': 'About 40k
            USD of late fees a year.', 'requester_dept': 'Finance', 'urgency': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestResponse]
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
    body: RequestCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | RequestResponse | None:
    """Submit a request

     Any authenticated user may submit a request; it starts `submitted` with the next REQ number.
    Submitting on behalf of someone else (another `requester_user_id`, or null for a person outside the
    system) is for managers and admins only (403 otherwise).

    Args:
        idempotency_key (str | Unset):
        body (RequestCreate): A new request. The server sets `request_number` (REQ-0001), `status`
            (always `submitted`),
            `submitted_at` and leaves the triage and review fields empty.
            `requester_user_id` defaults to the caller, and `requester_name` / `requester_email`
            default to the
            caller's full name and email when not sent. Only managers and admins may submit on behalf
            of someone
            else: another user (`requester_user_id` = that user) or a person outside the system
            (`requester_user_id: null`, then `requester_name` and `requester_email` are required, 422
            otherwise).
            A viewer or analyst sending a `requester_user_id` other than their own id gets 403.
             Example: {'title': 'Invoices take too long to approve', 'problem_statement': 'Supplier
            invoices wait 12 days on average for approval; late-payment fees follow.',
            'desired_outcome': 'Approve 90% of invoices within 5 days.', 'business_impact': 'About 40k
            USD of late fees a year.', 'requester_dept': 'Finance', 'urgency': 'high'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
