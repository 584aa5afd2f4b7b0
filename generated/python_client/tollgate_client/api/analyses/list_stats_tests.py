from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.stats_test_catalog import StatsTestCatalog
from ...models.test_category import TestCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    test_category: list[TestCategory] | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_test_category: list[str] | Unset = UNSET
    if not isinstance(test_category, Unset):
        json_test_category = []
        for test_category_item_data in test_category:
            test_category_item = test_category_item_data.value
            json_test_category.append(test_category_item)

    params["test_category"] = (
        json_test_category
        if isinstance(json_test_category, Unset)
        else ",".join(str(item) for item in json_test_category)
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stats/tests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StatsTestCatalog | None:
    if response.status_code == 200:
        response_200 = StatsTestCatalog.from_dict(response.json())

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
) -> Response[Error | StatsTestCatalog]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    test_category: list[TestCategory] | Unset = UNSET,
) -> Response[Error | StatsTestCatalog]:
    """The catalog of statistical tests

     Every test the stats engine runs, with the JSON Schema of its configuration and the fewest
    observations it accepts. The same for every user; not paginated.

    Args:
        test_category (list[TestCategory] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatsTestCatalog]
    """

    kwargs = _get_kwargs(
        test_category=test_category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    test_category: list[TestCategory] | Unset = UNSET,
) -> Error | StatsTestCatalog | None:
    """The catalog of statistical tests

     Every test the stats engine runs, with the JSON Schema of its configuration and the fewest
    observations it accepts. The same for every user; not paginated.

    Args:
        test_category (list[TestCategory] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatsTestCatalog
    """

    return sync_detailed(
        client=client,
        test_category=test_category,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    test_category: list[TestCategory] | Unset = UNSET,
) -> Response[Error | StatsTestCatalog]:
    """The catalog of statistical tests

     Every test the stats engine runs, with the JSON Schema of its configuration and the fewest
    observations it accepts. The same for every user; not paginated.

    Args:
        test_category (list[TestCategory] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatsTestCatalog]
    """

    kwargs = _get_kwargs(
        test_category=test_category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    test_category: list[TestCategory] | Unset = UNSET,
) -> Error | StatsTestCatalog | None:
    """The catalog of statistical tests

     Every test the stats engine runs, with the JSON Schema of its configuration and the fewest
    observations it accepts. The same for every user; not paginated.

    Args:
        test_category (list[TestCategory] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatsTestCatalog
    """

    return (
        await asyncio_detailed(
            client=client,
            test_category=test_category,
        )
    ).parsed
