from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.gate_review_decision import GateReviewDecision
from ...models.gate_review_list import GateReviewList
from ...models.gate_review_sort import GateReviewSort
from ...models.phase_name import PhaseName
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    initiative_id: str,
    phase: PhaseName,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: GateReviewSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    decision: list[GateReviewDecision] | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_decision: list[str] | Unset = UNSET
    if not isinstance(decision, Unset):
        json_decision = []
        for decision_item_data in decision:
            decision_item = decision_item_data.value
            json_decision.append(decision_item)

    params["decision"] = (
        json_decision if isinstance(json_decision, Unset) else ",".join(str(item) for item in json_decision)
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/initiatives/{initiative_id}/phases/{phase}/gate-reviews".format(
            initiative_id=quote(str(initiative_id), safe=""),
            phase=quote(str(phase), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | GateReviewList | None:
    if response.status_code == 200:
        response_200 = GateReviewList.from_dict(response.json())

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
) -> Response[Error | GateReviewList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: GateReviewSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    decision: list[GateReviewDecision] | Unset = UNSET,
) -> Response[Error | GateReviewList]:
    """List a phase's gate reviews

     Every user may read the gate history of every initiative they can see. Newest attempt first
    when neither `sort` nor `order` is given (`sort` defaults to attempt, `order` to desc).

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (GateReviewSort | Unset): Sortable fields of gate reviews; they list newest attempt
            first unless told otherwise.
        order (SortOrder | Unset):
        decision (list[GateReviewDecision] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GateReviewList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        phase=phase,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        decision=decision,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: GateReviewSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    decision: list[GateReviewDecision] | Unset = UNSET,
) -> Error | GateReviewList | None:
    """List a phase's gate reviews

     Every user may read the gate history of every initiative they can see. Newest attempt first
    when neither `sort` nor `order` is given (`sort` defaults to attempt, `order` to desc).

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (GateReviewSort | Unset): Sortable fields of gate reviews; they list newest attempt
            first unless told otherwise.
        order (SortOrder | Unset):
        decision (list[GateReviewDecision] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GateReviewList
    """

    return sync_detailed(
        initiative_id=initiative_id,
        phase=phase,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        decision=decision,
    ).parsed


async def asyncio_detailed(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: GateReviewSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    decision: list[GateReviewDecision] | Unset = UNSET,
) -> Response[Error | GateReviewList]:
    """List a phase's gate reviews

     Every user may read the gate history of every initiative they can see. Newest attempt first
    when neither `sort` nor `order` is given (`sort` defaults to attempt, `order` to desc).

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (GateReviewSort | Unset): Sortable fields of gate reviews; they list newest attempt
            first unless told otherwise.
        order (SortOrder | Unset):
        decision (list[GateReviewDecision] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GateReviewList]
    """

    kwargs = _get_kwargs(
        initiative_id=initiative_id,
        phase=phase,
        page=page,
        page_size=page_size,
        sort=sort,
        order=order,
        decision=decision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    initiative_id: str,
    phase: PhaseName,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort: GateReviewSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    decision: list[GateReviewDecision] | Unset = UNSET,
) -> Error | GateReviewList | None:
    """List a phase's gate reviews

     Every user may read the gate history of every initiative they can see. Newest attempt first
    when neither `sort` nor `order` is given (`sort` defaults to attempt, `order` to desc).

    Args:
        initiative_id (str):
        phase (PhaseName): A phase name of any methodology.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        sort (GateReviewSort | Unset): Sortable fields of gate reviews; they list newest attempt
            first unless told otherwise.
        order (SortOrder | Unset):
        decision (list[GateReviewDecision] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GateReviewList
    """

    return (
        await asyncio_detailed(
            initiative_id=initiative_id,
            phase=phase,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            order=order,
            decision=decision,
        )
    ).parsed
