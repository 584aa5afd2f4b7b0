from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.request_response import RequestResponse
from ...models.request_update import RequestUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    request_id: str,
    *,
    body: RequestUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/requests/{request_id}".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RequestResponse | None:
    if response.status_code == 200:
        response_200 = RequestResponse.from_dict(response.json())

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
) -> Response[Error | RequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | RequestResponse]:
    """Update or review a request

     The requester may edit the descriptive fields of their own request while it is `submitted`;
    managers and admins may edit any request that is not converted. Anyone else gets 403.
    Changing `status`, `decline_reason` or `review_notes` needs manager+ (403 otherwise).
    Status transitions: submitted → under_review | declined; under_review → accepted | declined;
    accepted → declined; others are 409 (`converted` only via convert; declined and converted are
    final).
    Declining needs a `decline_reason` (422). A converted request answers 409 to any change.
    A status change sets `reviewed_by` (the caller) and `reviewed_at` (now).

    Args:
        request_id (str):
        if_match (str | Unset):
        body (RequestUpdate): Partial update: only the fields sent change.
            - The requester (`requester_user_id` = caller) may change the descriptive fields (title,
            description,
              requester_name/email/dept, problem_statement, desired_outcome, business_impact, urgency)
            while the
              request is `submitted`; afterwards only managers and admins may.
            - `status`, `decline_reason` and `review_notes` are manager+ only (403 otherwise).
            - Legal status transitions (anything else is 409; sending the current status is a no-op):
              submitted → under_review | declined; under_review → accepted | declined; accepted →
            declined.
              `converted` is reached only through `POST /requests/{request_id}/convert`; `declined`
            and
              `converted` are final.
            - Becoming `declined` requires a non-empty `decline_reason` (in this body or already
            stored; 422 otherwise).
            - A status change sets `reviewed_by` to the caller and `reviewed_at` to now.
            - A converted request cannot change at all (409).
             Example: {'status': 'declined', 'decline_reason': 'Already covered by INI-0042.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestUpdate,
    if_match: str | Unset = UNSET,
) -> Error | RequestResponse | None:
    """Update or review a request

     The requester may edit the descriptive fields of their own request while it is `submitted`;
    managers and admins may edit any request that is not converted. Anyone else gets 403.
    Changing `status`, `decline_reason` or `review_notes` needs manager+ (403 otherwise).
    Status transitions: submitted → under_review | declined; under_review → accepted | declined;
    accepted → declined; others are 409 (`converted` only via convert; declined and converted are
    final).
    Declining needs a `decline_reason` (422). A converted request answers 409 to any change.
    A status change sets `reviewed_by` (the caller) and `reviewed_at` (now).

    Args:
        request_id (str):
        if_match (str | Unset):
        body (RequestUpdate): Partial update: only the fields sent change.
            - The requester (`requester_user_id` = caller) may change the descriptive fields (title,
            description,
              requester_name/email/dept, problem_statement, desired_outcome, business_impact, urgency)
            while the
              request is `submitted`; afterwards only managers and admins may.
            - `status`, `decline_reason` and `review_notes` are manager+ only (403 otherwise).
            - Legal status transitions (anything else is 409; sending the current status is a no-op):
              submitted → under_review | declined; under_review → accepted | declined; accepted →
            declined.
              `converted` is reached only through `POST /requests/{request_id}/convert`; `declined`
            and
              `converted` are final.
            - Becoming `declined` requires a non-empty `decline_reason` (in this body or already
            stored; 422 otherwise).
            - A status change sets `reviewed_by` to the caller and `reviewed_at` to now.
            - A converted request cannot change at all (409).
             Example: {'status': 'declined', 'decline_reason': 'Already covered by INI-0042.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestResponse
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | RequestResponse]:
    """Update or review a request

     The requester may edit the descriptive fields of their own request while it is `submitted`;
    managers and admins may edit any request that is not converted. Anyone else gets 403.
    Changing `status`, `decline_reason` or `review_notes` needs manager+ (403 otherwise).
    Status transitions: submitted → under_review | declined; under_review → accepted | declined;
    accepted → declined; others are 409 (`converted` only via convert; declined and converted are
    final).
    Declining needs a `decline_reason` (422). A converted request answers 409 to any change.
    A status change sets `reviewed_by` (the caller) and `reviewed_at` (now).

    Args:
        request_id (str):
        if_match (str | Unset):
        body (RequestUpdate): Partial update: only the fields sent change.
            - The requester (`requester_user_id` = caller) may change the descriptive fields (title,
            description,
              requester_name/email/dept, problem_statement, desired_outcome, business_impact, urgency)
            while the
              request is `submitted`; afterwards only managers and admins may.
            - `status`, `decline_reason` and `review_notes` are manager+ only (403 otherwise).
            - Legal status transitions (anything else is 409; sending the current status is a no-op):
              submitted → under_review | declined; under_review → accepted | declined; accepted →
            declined.
              `converted` is reached only through `POST /requests/{request_id}/convert`; `declined`
            and
              `converted` are final.
            - Becoming `declined` requires a non-empty `decline_reason` (in this body or already
            stored; 422 otherwise).
            - A status change sets `reviewed_by` to the caller and `reviewed_at` to now.
            - A converted request cannot change at all (409).
             Example: {'status': 'declined', 'decline_reason': 'Already covered by INI-0042.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestUpdate,
    if_match: str | Unset = UNSET,
) -> Error | RequestResponse | None:
    """Update or review a request

     The requester may edit the descriptive fields of their own request while it is `submitted`;
    managers and admins may edit any request that is not converted. Anyone else gets 403.
    Changing `status`, `decline_reason` or `review_notes` needs manager+ (403 otherwise).
    Status transitions: submitted → under_review | declined; under_review → accepted | declined;
    accepted → declined; others are 409 (`converted` only via convert; declined and converted are
    final).
    Declining needs a `decline_reason` (422). A converted request answers 409 to any change.
    A status change sets `reviewed_by` (the caller) and `reviewed_at` (now).

    Args:
        request_id (str):
        if_match (str | Unset):
        body (RequestUpdate): Partial update: only the fields sent change.
            - The requester (`requester_user_id` = caller) may change the descriptive fields (title,
            description,
              requester_name/email/dept, problem_statement, desired_outcome, business_impact, urgency)
            while the
              request is `submitted`; afterwards only managers and admins may.
            - `status`, `decline_reason` and `review_notes` are manager+ only (403 otherwise).
            - Legal status transitions (anything else is 409; sending the current status is a no-op):
              submitted → under_review | declined; under_review → accepted | declined; accepted →
            declined.
              `converted` is reached only through `POST /requests/{request_id}/convert`; `declined`
            and
              `converted` are final.
            - Becoming `declined` requires a non-empty `decline_reason` (in this body or already
            stored; 422 otherwise).
            - A status change sets `reviewed_by` to the caller and `reviewed_at` to now.
            - A converted request cannot change at all (409).
             Example: {'status': 'declined', 'decline_reason': 'Already covered by INI-0042.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestResponse
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
