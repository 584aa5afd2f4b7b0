"""Unit tests of the route table (codegen/routes.py) and the models fixes (codegen/postprocess.py)."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.postprocess import add_type_ignores, fix_models
from codegen.routes import ContractError, build_routers, py_literal, snake_name

MODELS = """
from enum import StrEnum
from pydantic import BaseModel

class Kind(StrEnum):
    in_progress = "in-progress"
    field_1 = "1"

class Thing(BaseModel):
    id: str
"""


def spec(parameters: list[dict[str, Any]], path: str = "/things", **op: Any) -> dict[str, Any]:
    operation = {
        "operationId": "list_things",
        "tags": ["things"],
        "parameters": parameters,
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            }
        },
        **op,
    }
    return {
        "tags": [{"name": "things"}],
        "paths": {path: {"get": operation}},
        "components": {
            "schemas": {"Kind": {"type": "string", "enum": ["in-progress", "1"]}, "Thing": {"type": "object"}}
        },
    }


def declarations(parameters: list[dict[str, Any]]) -> list[str]:
    (module,) = build_routers(spec(parameters), MODELS)
    return [arg.decl for arg in module.routes[0].args]


def test_enum_default_uses_the_member_name() -> None:
    decl = declarations(
        [{"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/Kind", "default": "1"}}]
    )
    assert decl == ["kind: Annotated[Kind, Query()] = Kind.field_1"]


@pytest.mark.parametrize(
    ("name", "python"),
    [("If-Match", "if_match"), ("pageSize", "page_size"), ("X-Request-ID", "x_request_id"), ("2fa", "p_2fa")],
)
def test_snake_names(name: str, python: str) -> None:
    assert snake_name(name) == python


@pytest.mark.parametrize("name", ["type", "id", "format", "match", "ctx", "body", "date"])
def test_colliding_names_get_an_alias(name: str) -> None:
    (decl,) = declarations([{"name": name, "in": "query", "schema": {"type": "string", "maxLength": 5}}])
    assert decl == f'{name}_: Annotated[str | None, Query(alias="{name}", max_length=5)] = None'


def test_py_literal_is_exact() -> None:
    for value in ["^[^\\x00]*$", 'say "hi"', "tab\there", "ends\\", "plain", "it's"]:
        assert eval(py_literal(value)) == value  # noqa: S307 - the point is that it evaluates back


@pytest.mark.parametrize(
    ("parameter", "message"),
    [
        ({"name": "k", "in": "query", "schema": {"type": "string", "enum": ["a"]}}, "inline enum"),
        ({"name": "k", "in": "query", "schema": {"type": "object"}}, "parameters of type 'object'"),
        ({"name": "k", "in": "cookie", "schema": {"type": "string"}}, "cookie parameters"),
        ({"name": "k", "in": "query", "schema": {"type": "integer", "default": "x"}}, "does not match"),
    ],
)
def test_unsupported_shapes_fail_with_a_clear_message(parameter: dict[str, Any], message: str) -> None:
    with pytest.raises(ContractError, match=message):
        build_routers(spec([parameter]), MODELS)


def test_inline_body_is_rejected() -> None:
    body = {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}
    with pytest.raises(ContractError, match="named components"):
        build_routers(spec([], requestBody=body), MODELS)


def test_shadowing_across_routers_is_reported() -> None:
    ok = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
        }
    }
    param = {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
    contract = {
        "tags": [{"name": "a"}, {"name": "b"}],
        "paths": {
            "/things/{thing_id}": {
                "get": {"operationId": "get_thing", "tags": ["a"], "parameters": [param], "responses": ok}
            },
            "/things/me": {"get": {"operationId": "get_my_thing", "tags": ["b"], "responses": ok}},
        },
        "components": {"schemas": {"Thing": {"type": "object"}}},
    }
    with pytest.raises(ContractError, match="would catch its requests"):
        build_routers(contract, MODELS)
    contract["tags"] = [{"name": "b"}, {"name": "a"}]  # the literal path's router first: fine
    assert [m.tag for m in build_routers(contract, MODELS)] == ["b", "a"]


def test_con_calls_become_annotated() -> None:
    source = "from __future__ import annotations\n\nfrom pydantic import BaseModel, constr\n\n\nclass A(BaseModel):\n    m: dict[constr(pattern=r'^[a-z]+$', max_length=3), int]\n"
    fixed = fix_models(source)
    assert "m: dict[Annotated[str, StringConstraints(pattern=r'^[a-z]+$', max_length=3)], int]" in fixed
    assert "from pydantic import BaseModel, StringConstraints, constr" in fixed
    assert "from typing import Annotated" in fixed
    compile(fixed, "models.py", "exec")


def test_type_ignores_only_where_mypy_needs_them() -> None:
    source = (
        "class S(StrEnum):\n    title = 'title'\n    name2 = 'name2'\n\n\n"
        "class P(BaseModel):\n    a: int = 1\n\n\n"
        "class R(BaseModel):\n    p: Annotated[P, Field(validate_default=True)] = {}\n"
        "    d: dict[str, int] | None = {}\n    items: list[int] = []\n"
    )
    marked = [line for line in add_type_ignores(source).splitlines() if "# type: ignore" in line]
    assert marked == [
        "    title = 'title'  # type: ignore[assignment]",
        "    p: Annotated[P, Field(validate_default=True)] = {}  # type: ignore[assignment]",
    ]
