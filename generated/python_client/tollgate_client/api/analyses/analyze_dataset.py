from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analysis_accepted import AnalysisAccepted
from ...models.analysis_create import AnalysisCreate
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: UUID,
    *,
    body: AnalysisCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasets/{dataset_id}/analyze".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalysisAccepted | Error | None:
    if response.status_code == 202:
        response_202 = AnalysisAccepted.from_dict(response.json())

        return response_202

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

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalysisAccepted | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AnalysisCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[AnalysisAccepted | Error]:
    """Run a statistical test on a dataset

     Validates the configuration against the dataset's profile, stores the analysis (status `pending`,
    test_category from the catalog) and queues an `analysis_run` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} or the analysis.
    Analysts may run tests on datasets of initiatives they are on (lead analyst, stakeholder, or member
    of its team); managers on those of teams they manage or lead; admins on any.
    409 when the dataset is not profiled (pending or failed) or the same Idempotency-Key is still being
    processed. 422 (with `fields`) when a configured column does not exist in the dataset, has the
    wrong kind for the test, a field the test needs is missing (see its configuration_schema in
    GET /stats/tests), the dataset has fewer usable observations than the test's min_observations,
    lsl is not below usl, or `phase` is not a phase of the initiative's methodology.
    503 when the job queue is unreachable (nothing is stored).

    Args:
        dataset_id (UUID):
        idempotency_key (str | Unset):
        body (AnalysisCreate): A test to run on the dataset of the path. It runs in the
            background; poll the job. Example: {'test_type': 'one_way_anova', 'configuration':
            {'y_column': 'cycle_time_days', 'group_column': 'region', 'alpha': 0.05}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisAccepted | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AnalysisCreate,
    idempotency_key: str | Unset = UNSET,
) -> AnalysisAccepted | Error | None:
    """Run a statistical test on a dataset

     Validates the configuration against the dataset's profile, stores the analysis (status `pending`,
    test_category from the catalog) and queues an `analysis_run` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} or the analysis.
    Analysts may run tests on datasets of initiatives they are on (lead analyst, stakeholder, or member
    of its team); managers on those of teams they manage or lead; admins on any.
    409 when the dataset is not profiled (pending or failed) or the same Idempotency-Key is still being
    processed. 422 (with `fields`) when a configured column does not exist in the dataset, has the
    wrong kind for the test, a field the test needs is missing (see its configuration_schema in
    GET /stats/tests), the dataset has fewer usable observations than the test's min_observations,
    lsl is not below usl, or `phase` is not a phase of the initiative's methodology.
    503 when the job queue is unreachable (nothing is stored).

    Args:
        dataset_id (UUID):
        idempotency_key (str | Unset):
        body (AnalysisCreate): A test to run on the dataset of the path. It runs in the
            background; poll the job. Example: {'test_type': 'one_way_anova', 'configuration':
            {'y_column': 'cycle_time_days', 'group_column': 'region', 'alpha': 0.05}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisAccepted | Error
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AnalysisCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[AnalysisAccepted | Error]:
    """Run a statistical test on a dataset

     Validates the configuration against the dataset's profile, stores the analysis (status `pending`,
    test_category from the catalog) and queues an `analysis_run` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} or the analysis.
    Analysts may run tests on datasets of initiatives they are on (lead analyst, stakeholder, or member
    of its team); managers on those of teams they manage or lead; admins on any.
    409 when the dataset is not profiled (pending or failed) or the same Idempotency-Key is still being
    processed. 422 (with `fields`) when a configured column does not exist in the dataset, has the
    wrong kind for the test, a field the test needs is missing (see its configuration_schema in
    GET /stats/tests), the dataset has fewer usable observations than the test's min_observations,
    lsl is not below usl, or `phase` is not a phase of the initiative's methodology.
    503 when the job queue is unreachable (nothing is stored).

    Args:
        dataset_id (UUID):
        idempotency_key (str | Unset):
        body (AnalysisCreate): A test to run on the dataset of the path. It runs in the
            background; poll the job. Example: {'test_type': 'one_way_anova', 'configuration':
            {'y_column': 'cycle_time_days', 'group_column': 'region', 'alpha': 0.05}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisAccepted | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AnalysisCreate,
    idempotency_key: str | Unset = UNSET,
) -> AnalysisAccepted | Error | None:
    """Run a statistical test on a dataset

     Validates the configuration against the dataset's profile, stores the analysis (status `pending`,
    test_category from the catalog) and queues an `analysis_run` job that calls the stats engine;
    answers 202 with both. Poll GET /jobs/{job_id} or the analysis.
    Analysts may run tests on datasets of initiatives they are on (lead analyst, stakeholder, or member
    of its team); managers on those of teams they manage or lead; admins on any.
    409 when the dataset is not profiled (pending or failed) or the same Idempotency-Key is still being
    processed. 422 (with `fields`) when a configured column does not exist in the dataset, has the
    wrong kind for the test, a field the test needs is missing (see its configuration_schema in
    GET /stats/tests), the dataset has fewer usable observations than the test's min_observations,
    lsl is not below usl, or `phase` is not a phase of the initiative's methodology.
    503 when the job queue is unreachable (nothing is stored).

    Args:
        dataset_id (UUID):
        idempotency_key (str | Unset):
        body (AnalysisCreate): A test to run on the dataset of the path. It runs in the
            background; poll the job. Example: {'test_type': 'one_way_anova', 'configuration':
            {'y_column': 'cycle_time_days', 'group_column': 'region', 'alpha': 0.05}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisAccepted | Error
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
