from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.stakeholder_response import StakeholderResponse
from ...models.stakeholder_update import StakeholderUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    stakeholder_id: UUID,
    *,
    body: StakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/initiatives/{initiative_id}/stakeholders/{stakeholder_id}".format(
            initiative_id=quote(str(initiative_id), safe=""),
            stakeholder_id=quote(str(stakeholder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StakeholderResponse | None:
    if response.status_code == 200:
        response_200 = StakeholderResponse.from_dict(response.json())

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
) -> Response[Error | StakeholderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    initiative_id: str,
    stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | StakeholderResponse]:
    """Update a stakeholder's role, RACI, influence or support

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the stakeholder does not belong to the initiative of the path. A role the same user
    already holds on the initiative is 409.

    Args:
        initiative_id (str):
        stakeholder_id (UUID):
        if_match (str | Unset):
        body (StakeholderUpdate): Partial update. `user_id` cannot change (remove and add
            instead); a role already held by the same user is 409. Example: {'support_level':
            'strongly_supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StakeholderResponse]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        stakeholder_id=stakeholder_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Error | StakeholderResponse | None:
    """Update a stakeholder's role, RACI, influence or support

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the stakeholder does not belong to the initiative of the path. A role the same user
    already holds on the initiative is 409.

    Args:
        initiative_id (str):
        stakeholder_id (UUID):
        if_match (str | Unset):
        body (StakeholderUpdate): Partial update. `user_id` cannot change (remove and add
            instead); a role already held by the same user is 409. Example: {'support_level':
            'strongly_supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StakeholderResponse
    """

    return sync_detailed(
        initiative_id=initiative_id,
        stakeholder_id=stakeholder_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Response[Error | StakeholderResponse]:
    """Update a stakeholder's role, RACI, influence or support

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the stakeholder does not belong to the initiative of the path. A role the same user
    already holds on the initiative is 409.

    Args:
        initiative_id (str):
        stakeholder_id (UUID):
        if_match (str | Unset):
        body (StakeholderUpdate): Partial update. `user_id` cannot change (remove and add
            instead); a role already held by the same user is 409. Example: {'support_level':
            'strongly_supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StakeholderResponse]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        stakeholder_id=stakeholder_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    stakeholder_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StakeholderUpdate,
    if_match: str | Unset = UNSET,
) -> Error | StakeholderResponse | None:
    """Update a stakeholder's role, RACI, influence or support

     Analysts may write on initiatives they are on (lead analyst, stakeholder, or member of its team);
    managers on initiatives of teams they manage or lead; admins on any (403 otherwise).
    404 when the stakeholder does not belong to the initiative of the path. A role the same user
    already holds on the initiative is 409.

    Args:
        initiative_id (str):
        stakeholder_id (UUID):
        if_match (str | Unset):
        body (StakeholderUpdate): Partial update. `user_id` cannot change (remove and add
            instead); a role already held by the same user is 409. Example: {'support_level':
            'strongly_supportive'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StakeholderResponse
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            stakeholder_id=stakeholder_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
