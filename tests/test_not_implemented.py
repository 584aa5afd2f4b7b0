"""Operations of the contract that still answer 501 ``not_implemented``: the list in
tests/not_implemented.py is exactly the handlers whose body is ``raise NotImplementedYet()`` (none
now: a new stub must be listed, and then the contract tests skip it)."""

from __future__ import annotations

import ast
import inspect

from handlers import contract
from tests.not_implemented import NOT_IMPLEMENTED


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
