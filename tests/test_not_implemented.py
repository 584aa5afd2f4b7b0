"""Operations of the contract that still answer 501 ``not_implemented``: the list in
tests/not_implemented.py is exactly the handlers whose body is ``raise NotImplementedYet()``, and it
may only shrink: only the groups whose capability is still to come may appear in it."""

from __future__ import annotations

import ast
import inspect
import re
from uuid import uuid4

import httpx
import pytest

from handlers import contract
from handlers.errors import NotImplementedYet
from handlers.tables import User
from tests.conftest import auth
from tests.not_implemented import NOT_IMPLEMENTED

# Groups whose capability lands in a later issue (datasets/analyses/jobs: data and stats; ai and
# the AI summary: the orchestrator; reports: the report generator).
STILL_TO_COME = {"datasets", "analyses", "ai", "reports", "jobs"}
STILL_TO_COME_OPERATIONS = {"get_initiative_summary"}


def _tag_of(operation_id: str) -> str:
    op = contract.operations()[operation_id]
    item = contract.document()["paths"][op.path][op.method.lower()]
    return str(item["tags"][0])


def _stubbed_operations() -> set[str]:
    stubbed = set()
    for operation_id in contract.operations():
        module = __import__(f"handlers.{_tag_of(operation_id)}", fromlist=["_"])
        function = getattr(module, operation_id)
        tree = ast.parse(inspect.getsource(function).strip())
        body = tree.body[0].body  # type: ignore[attr-defined]
        if len(body) == 1 and isinstance(body[0], ast.Raise) and "NotImplementedYet" in ast.unparse(body[0]):
            stubbed.add(operation_id)
    return stubbed


def test_the_list_is_exactly_the_stubbed_handlers() -> None:
    stubbed = _stubbed_operations()
    assert sorted(stubbed - NOT_IMPLEMENTED) == [], "new 501 stubs: implement them or add them to the list"
    assert sorted(NOT_IMPLEMENTED - stubbed) == [], "implemented: remove these from tests/not_implemented.py"


def test_only_later_capabilities_remain_unimplemented() -> None:
    early = {
        op
        for op in NOT_IMPLEMENTED
        if _tag_of(op) not in STILL_TO_COME and op not in STILL_TO_COME_OPERATIONS
    }
    assert sorted(early) == []


def _concrete_path(path: str) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return {"initiative_id": "INI-0001", "request_id": "REQ-0001", "phase": "define"}.get(
            name, str(uuid4())
        )

    return re.sub(r"\{([a-z_]+)\}", value, path)


@pytest.mark.parametrize("operation_id", sorted(NOT_IMPLEMENTED))
async def test_stubs_answer_501_in_the_standard_body(
    operation_id: str, client: httpx.AsyncClient, admin: User
) -> None:
    op = contract.operations()[operation_id]
    if op.method != "GET":
        module = __import__(f"handlers.{_tag_of(operation_id)}", fromlist=["_"])
        function = getattr(module, operation_id)
        params = [p for p in inspect.signature(function).parameters if p != "ctx"]
        with pytest.raises(NotImplementedYet):
            await function(None, **dict.fromkeys(params))
        return
    r = await client.get(_concrete_path(op.path), headers=auth(admin))
    assert r.status_code == 501, r.text
    assert r.json() == {
        "error": "not_implemented",
        "detail": NotImplementedYet.default_detail,
        "status_code": 501,
    }
