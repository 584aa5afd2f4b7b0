"""Schemathesis, every check, once per non-admin role: what each role may and may not do, against the
contract (the admin run is tests/contract/test_schemathesis.py).

As there: in-process (ASGI), derandomized, the shared configuration (tests/contract/schemathesis.toml
plus what ``config_data()`` derives), the operations of tests/not_implemented.py skipped, a dedicated
migrated and seeded database. Here each request carries a fresh token of a seeded sample user of the
role under test (one schema per role: Schemathesis applies auth while generating cases). The run is
kept short (the contract's explicit examples and one fuzzed case per operation; no coverage or
stateful phase): the point is that every check (``ignored_auth``, status codes, response schemas,
``positive_data_acceptance`` with 403 among the expected answers, …) holds for callers who are not
admins, on every operation their role may call (those above it answer 403 before reading anything;
test_function_level.py checks each of them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest
import schemathesis
from schemathesis.python import asgi as schemathesis_asgi

from handlers import contract
from handlers.app import create_app
from handlers.database import async_url
from handlers.security import create_access_token
from handlers.seed import USERS
from tests import support
from tests.contract import BUNDLE, config_data, excluded_operation_ids, unambiguous_query

pytestmark = pytest.mark.slow

SEED = 20261126
MAX_EXAMPLES = 1  # per operation and role, in the fuzzing phase (after the contract's examples)
ROLES = ["viewer", "analyst", "manager"]
# A seeded, active sample user of each role (on teams and initiatives, so writes meet real objects).
USER_IDS: dict[str, UUID] = {role: next(u.id for u in USERS if u.role == role and u.active) for role in ROLES}


def role_config() -> schemathesis.Config:
    data = config_data(seed=SEED)
    data.setdefault("generation", {}).update(
        {"deterministic": True, "max-examples": MAX_EXAMPLES, "database": "none"}
    )
    phases = data.setdefault("phases", {})
    phases.setdefault("coverage", {})["enabled"] = False
    phases.setdefault("stateful", {})["enabled"] = False
    return schemathesis.Config.from_dict(data)


class _AppProxy:
    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        assert self.app is not None, "the roles_app fixture did not run"
        await self.app(scope, receive, send)


APP = _AppProxy()


def unambiguous_only(context: schemathesis.HookContext, query: dict[str, Any] | None) -> bool:
    assert context.operation is not None
    return unambiguous_query(context.operation.method, context.operation.path, query)


def below(role: str) -> list[str]:
    """The operations whose x-min-role is above ``role``: every one answers 403 before reading its
    input (test_function_level.py checks each, with the Error body), so fuzzing them adds nothing."""
    rank = ["viewer", "analyst", "manager", "admin"]
    return sorted(
        op
        for op, o in contract.operations().items()
        if o.min_role is not None and rank.index(o.min_role) > rank.index(role)
    )


def schema_for(role: str) -> Any:
    """The contract as one role sees it: Schemathesis applies auth while generating cases (and
    leaves it out of those that test missing authentication), so each role has its own schema."""
    loaded = schemathesis.openapi.from_path(BUNDLE, config=role_config()).exclude(
        operation_id=[*excluded_operation_ids(), *below(role)]
    )
    loaded.app = APP
    loaded.hook("filter_query")(unambiguous_only)

    @loaded.auth()
    class RoleToken:
        def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
            return token(role)

        def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
            case.headers["Authorization"] = f"Bearer {data}"

    return loaded


@pytest.fixture(scope="session")
def roles_app(pg_admin_url: str, worker_id: str) -> Iterator[Any]:
    name = f"tollgate_roles_{worker_id}_{os.getpid()}"
    url = support.create_database(pg_admin_url, name)
    support.migrate(url)
    APP.app = create_app(support.test_settings(async_url(url), TOLLGATE_DB_POOL_SIZE=4))
    try:
        yield APP
    finally:
        schemathesis_asgi.shutdown_lifespans()
        APP.app = None
        support.drop_database(pg_admin_url, name)


def token(role: str) -> str:
    """Minted per request, as a login would (the run may change the user's password)."""
    value, _ = create_access_token(
        USER_IDS[role], secret=support.TEST_SECRET, minutes=30, password_changed_at=datetime.now(UTC)
    )
    return value


def test_the_sample_users_have_the_roles() -> None:
    assert {role: next(u.role for u in USERS if u.id == uid) for role, uid in USER_IDS.items()} == {
        r: r for r in ROLES
    }


def _check(case: schemathesis.Case) -> None:
    case.call_and_validate()


viewer_schema, analyst_schema, manager_schema = (schema_for(role) for role in ROLES)


@viewer_schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation_conforms_to_the_contract_as_viewer(case: schemathesis.Case, roles_app: Any) -> None:
    _check(case)


@analyst_schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation_conforms_to_the_contract_as_analyst(case: schemathesis.Case, roles_app: Any) -> None:
    _check(case)


@manager_schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation_conforms_to_the_contract_as_manager(case: schemathesis.Case, roles_app: Any) -> None:
    _check(case)
