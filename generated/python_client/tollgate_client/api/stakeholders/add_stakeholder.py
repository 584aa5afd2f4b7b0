from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.stakeholder_create import StakeholderCreate
from ...models.stakeholder_response import StakeholderResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    *,
    body: StakeholderCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initiatives/{initiative_id}/stakeholders".format(
            initiative_id=quote(str(initiative_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StakeholderResponse | None:
    if response.status_code == 201:
        response_201 = StakeholderResponse.from_dict(response.json())

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
) -> Response[Error | StakeholderResponse]:
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
    body: StakeholderCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | StakeholderResponse]:
    """Add a user as a stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The user must exist and be active (422); the same (user, role) twice is 409.
    Being a stakeholder gives an analyst write access to the initiative.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (StakeholderCreate): Adds an active user to the initiative in a role (422 for an
            unknown or inactive user). The same user
            may hold several roles; the same (user, role) twice is 409. Adding a `lead` or `sponsor`
            stakeholder
            does not change the initiative's lead_analyst_id / sponsor_id. `added_at` is set by the
            server.
             Example: {'user_id': '3f1c2b9e-8d0a-4e55-9a61-2b7c1d0e4f10', 'role': 'process_owner',
            'raci': 'accountable', 'influence': 'high', 'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StakeholderResponse]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StakeholderCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | StakeholderResponse | None:
    """Add a user as a stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The user must exist and be active (422); the same (user, role) twice is 409.
    Being a stakeholder gives an analyst write access to the initiative.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (StakeholderCreate): Adds an active user to the initiative in a role (422 for an
            unknown or inactive user). The same user
            may hold several roles; the same (user, role) twice is 409. Adding a `lead` or `sponsor`
            stakeholder
            does not change the initiative's lead_analyst_id / sponsor_id. `added_at` is set by the
            server.
             Example: {'user_id': '3f1c2b9e-8d0a-4e55-9a61-2b7c1d0e4f10', 'role': 'process_owner',
            'raci': 'accountable', 'influence': 'high', 'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StakeholderResponse
    """

    return sync_detailed(
        initiative_id=initiative_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StakeholderCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | StakeholderResponse]:
    """Add a user as a stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The user must exist and be active (422); the same (user, role) twice is 409.
    Being a stakeholder gives an analyst write access to the initiative.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (StakeholderCreate): Adds an active user to the initiative in a role (422 for an
            unknown or inactive user). The same user
            may hold several roles; the same (user, role) twice is 409. Adding a `lead` or `sponsor`
            stakeholder
            does not change the initiative's lead_analyst_id / sponsor_id. `added_at` is set by the
            server.
             Example: {'user_id': '3f1c2b9e-8d0a-4e55-9a61-2b7c1d0e4f10', 'role': 'process_owner',
            'raci': 'accountable', 'influence': 'high', 'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StakeholderResponse]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StakeholderCreate,
    idempotency_key: str | Unset = UNSET,
) -> Error | StakeholderResponse | None:
    """Add a user as a stakeholder

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    The user must exist and be active (422); the same (user, role) twice is 409.
    Being a stakeholder gives an analyst write access to the initiative.

    Args:
        initiative_id (str):
        idempotency_key (str | Unset):
        body (StakeholderCreate): Adds an active user to the initiative in a role (422 for an
            unknown or inactive user). The same user
            may hold several roles; the same (user, role) twice is 409. Adding a `lead` or `sponsor`
            stakeholder
            does not change the initiative's lead_analyst_id / sponsor_id. `added_at` is set by the
            server.
             Example: {'user_id': '3f1c2b9e-8d0a-4e55-9a61-2b7c1d0e4f10', 'role': 'process_owner',
            'raci': 'accountable', 'influence': 'high', 'support_level': 'supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StakeholderResponse
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
