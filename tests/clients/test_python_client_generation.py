"""codegen/python_client.py: the contract check the client template relies on, and the committed
package's shape (`make check` proves it is what the generator writes)."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.python_client import contract_problems
from handlers.config import ROOT


def spec_with(param: dict[str, Any]) -> dict[str, Any]:
    return {
        "paths": {"/widgets": {"get": {"parameters": [{"$ref": "#/components/parameters/Status"}]}}},
        "components": {
            "parameters": {"Status": {"name": "status", "in": "query", **param}},
            "schemas": {"Statuses": {"type": "array", "items": {"type": "string"}}},
        },
    }


@pytest.mark.parametrize(
    ("param", "problem"),
    [
        ({"schema": {"$ref": "#/components/schemas/Statuses"}, "style": "form", "explode": False}, False),
        ({"schema": {"$ref": "#/components/schemas/Statuses"}}, True),  # explode defaults to true
        ({"schema": {"type": "array", "items": {"type": "string"}}, "explode": True}, True),
        (
            {
                "schema": {"anyOf": [{"type": "array"}, {"type": "null"}]},
                "explode": False,
                "style": "spaceDelimited",
            },
            True,
        ),
        ({"schema": {"type": "string"}}, False),
    ],
    ids=["comma-list", "default-explode", "explode", "space-delimited", "not-an-array"],
)
def test_array_query_parameters_must_be_comma_lists(param: dict[str, Any], problem: bool) -> None:
    problems = contract_problems(spec_with(param))
    assert bool(problems) is problem, problems
    if problem:
        assert problems == [
            "GET /widgets: query parameter 'status' is an array without `style: form, explode: false` "
            "(the API takes comma-separated lists)"
        ]


def test_the_committed_client_is_an_installable_project() -> None:
    project = ROOT / "generated" / "python_client"
    pyproject = (project / "pyproject.toml").read_text()
    assert 'name = "tollgate-client"' in pyproject
    assert (project / "tollgate_client" / "__init__.py").exists()
    assert (project / "tollgate_client" / "py.typed").exists()
    # the template change: array query parameters joined with commas
    source = (project / "tollgate_client" / "api" / "initiatives" / "list_initiatives.py").read_text()
    assert 'params["status"] = json_status if isinstance(json_status, Unset) else ",".join(' in source
