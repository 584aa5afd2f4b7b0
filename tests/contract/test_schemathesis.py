"""The API against its contract, in-process: every implemented operation, every Schemathesis check,
derandomized; then the stateful test that follows the contract's OpenAPI links.

The app runs with its own lifespan (its engine is created in the event loop Schemathesis' ASGI
transport runs it in) on a dedicated migrated and seeded database: the data it writes never reaches
the database the other tests roll back in. Requests carry a fresh admin token (see ``AdminToken``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar

import hypothesis
import pytest
import schemathesis
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from schemathesis.python import asgi as schemathesis_asgi

from handlers.app import create_app
from handlers.database import async_url
from handlers.security import create_access_token
from handlers.seed import ADMIN_ID
from tests import support
from tests.contract import BUNDLE, config_data, excluded_operation_ids, unambiguous_query

pytestmark = pytest.mark.slow

SEED = 20240501
MAX_EXAMPLES = 10  # per operation, in the fuzzing phase (the coverage phase adds its own set)
STATEFUL_SCENARIOS = 20
STATEFUL_MAX_STEPS = 8


def contract_config() -> schemathesis.Config:
    data = config_data(seed=SEED)
    generation = data.setdefault("generation", {})
    generation.update({"deterministic": True, "max-examples": MAX_EXAMPLES, "database": "none"})
    phases = data.setdefault("phases", {})
    phases.setdefault("stateful", {})["max-steps"] = STATEFUL_MAX_STEPS
    # The coverage phase's negative cases (every constraint of every field broken in turn) are most
    # of its cases and all exercise the one shared validation layer; keep its positive boundary
    # cases here (every enum value, every maximum) and leave the negative ones to `make fuzz`.
    phases.setdefault("coverage", {}).setdefault("generation", {})["mode"] = "positive"
    return schemathesis.Config.from_dict(data)


class _AppProxy:
    """The ASGI app the schema calls; the ``contract_app`` fixture plugs the real one in (the schema
    is built at import time, the app needs the test database)."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        assert self.app is not None, "the contract_app fixture did not run"
        await self.app(scope, receive, send)


APP = _AppProxy()
schema = schemathesis.openapi.from_path(BUNDLE, config=contract_config()).exclude(
    operation_id=excluded_operation_ids()
)
schema.app = APP


@schema.hook("filter_query")
def unambiguous_only(context: schemathesis.HookContext, query: dict[str, Any] | None) -> bool:
    assert context.operation is not None
    return unambiguous_query(context.operation.method, context.operation.path, query)


@schema.auth()
class AdminToken:
    """A fresh token of the seeded admin for every request, as a login would issue it.

    Minted rather than logged in once: the run may legitimately change the admin's email or password
    (``PATCH /users/{id}``), which would lock a long-lived token out for the rest of the run.
    """

    def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
        token, _ = create_access_token(
            ADMIN_ID, secret=support.TEST_SECRET, minutes=30, password_changed_at=datetime.now(UTC)
        )
        return token

    def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@pytest.fixture(scope="session")
def contract_app(pg_admin_url: str, worker_id: str) -> Iterator[Any]:
    name = f"tollgate_contract_{worker_id}_{os.getpid()}"
    url = support.create_database(pg_admin_url, name)
    support.migrate(url)
    # No engine passed: the lifespan creates it in the transport's event loop.
    # A high AI rate limit: every AI case should reach its handler (the limit has tests of its own).
    APP.app = create_app(
        support.test_settings(async_url(url), TOLLGATE_DB_POOL_SIZE=4, TOLLGATE_AI_RATE_LIMIT=100_000)
    )
    try:
        yield APP
    finally:
        schemathesis_asgi.shutdown_lifespans()
        APP.app = None
        support.drop_database(pg_admin_url, name)


@schema.parametrize()
def test_operation_conforms_to_the_contract(case: schemathesis.Case, contract_app: Any) -> None:
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Follows the contract's links (and the ones Schemathesis infers) from one response to the next
    request, checking each response; failures are collected, not raised (see the test)."""

    failures: ClassVar[list[str]] = []
    linked_steps: ClassVar[list[str]] = []  # transitions whose link values were applied

    def step(self, input: StepInput) -> StepOutput:
        if input.transition is not None and input.applied_parameters:
            self.linked_steps.append(input.transition.id)
        return super().step(input)

    def call(self, case: schemathesis.Case, **kwargs: Any) -> schemathesis.Response:
        try:
            return super().call(case, **kwargs)
        except Exception as exc:  # an error the app raised (in-process, it propagates)
            self.failures.append(f"{case.operation.label}: {exc!r}\n{case.as_curl_command()}")
            raise

    def validate_response(
        self, response: schemathesis.Response, case: schemathesis.Case, *args: Any, **kwargs: Any
    ) -> None:
        try:
            super().validate_response(response, case, *args, **kwargs)
        except FailureGroup as exc:
            self.failures.append(str(exc))


def test_stateful_links_conform_to_the_contract(contract_app: Any) -> None:
    Workflow.failures.clear()
    Workflow.linked_steps.clear()
    # Which steps a scenario can take depends on what the database answered before, so Hypothesis
    # cannot always replay one (FlakyStrategyDefinition); Schemathesis' own runner treats that as
    # "nothing new". Whatever failed was recorded when it happened, and is asserted below.
    with contextlib.suppress(hypothesis.errors.Flaky):
        Workflow.run(
            settings=hypothesis.settings(
                max_examples=STATEFUL_SCENARIOS,
                stateful_step_count=STATEFUL_MAX_STEPS,
                derandomize=True,
                deadline=None,
                database=None,
                phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
                suppress_health_check=list(hypothesis.HealthCheck),
            )
        )
    assert not Workflow.failures, "\n\n".join(Workflow.failures)
    # The scenarios did follow links (a 201's id into a GET/PATCH/DELETE of the resource).
    assert len(set(Workflow.linked_steps)) >= 5, sorted(set(Workflow.linked_steps))
