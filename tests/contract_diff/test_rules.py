"""codegen/contract_diff.py: one test per classification rule, on a small in-memory contract.

Each breaking case asserts that exactly the expected breaking change is reported (the comparer is
precise, not just loud); the non-breaking cases assert the change is listed and nothing is breaking.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from codegen.contract_diff import RULES, Comparer, Finding

Spec = dict[str, Any]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def base() -> Spec:
    widget_by_id = {"200": {"description": "ok", "content": json_body(ref("Widget"))}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1.0.0"},
        "security": [{"bearerAuth": []}],
        "paths": {
            "/widgets": {
                "get": {
                    "operationId": "list_widgets",
                    "x-min-role": "viewer",
                    "parameters": [
                        {"$ref": "#/components/parameters/Page"},
                        {
                            "name": "status",
                            "in": "query",
                            "style": "form",
                            "explode": False,
                            "schema": {"type": "array", "items": ref("WidgetStatus"), "maxItems": 10},
                        },
                    ],
                    "responses": {
                        "200": {"description": "a page", "content": json_body(ref("WidgetList"))},
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                },
                "post": {
                    "operationId": "create_widget",
                    "x-min-role": "analyst",
                    "requestBody": {"required": True, "content": json_body(ref("WidgetCreate"))},
                    "responses": {
                        "201": {
                            "description": "created",
                            "headers": {"Location": {"schema": {"type": "string"}}},
                            "content": json_body(ref("Widget")),
                        }
                    },
                },
            },
            "/widgets/{widget_id}": {
                "parameters": [
                    {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {"operationId": "get_widget", "x-min-role": "viewer", "responses": widget_by_id},
                "delete": {
                    "operationId": "delete_widget",
                    "x-min-role": "manager",
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/health": {
                "get": {
                    "operationId": "get_health",
                    "security": [],
                    "responses": {"200": {"description": "up", "content": json_body({"type": "object"})}},
                }
            },
        },
        "components": {
            "parameters": {
                "Page": {
                    "name": "page",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "default": 1},
                }
            },
            "responses": {
                "NotFound": {"description": "not found", "content": json_body(ref("Error"))},
            },
            "schemas": {
                "WidgetStatus": {"type": "string", "enum": ["active", "on_hold", "closed"]},
                "WidgetCreate": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "minLength": 1, "maxLength": 200},
                        "color": {"type": ["string", "null"], "maxLength": 20},
                        "status": ref("WidgetStatus"),
                        "size": {"type": "integer", "minimum": 0, "maximum": 100},
                        "value": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                    },
                },
                "Widget": {
                    "type": "object",
                    "required": ["id", "name", "status", "created_at"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "name": {"type": "string"},
                        "status": ref("WidgetStatus"),
                        "color": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "value": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                        "created_at": {"type": "string", "format": "date-time"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "WidgetList": {
                    "type": "object",
                    "required": ["items", "total"],
                    "properties": {
                        "items": {"type": "array", "items": ref("Widget")},
                        "total": {"type": "integer"},
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error", "detail", "status_code"],
                    "properties": {
                        "error": {"type": "string"},
                        "detail": {"type": "string"},
                        "status_code": {"type": "integer"},
                    },
                },
                "Legacy": {"type": "object", "properties": {"old": {"type": "string"}}},
            },
        },
    }


Mutation = Callable[[Spec], None]


def diff(after: Mutation, before: Mutation | None = None) -> list[Finding]:
    old = base()
    if before:
        before(old)
    new = copy.deepcopy(old)
    after(new)
    return Comparer(old, new).run()


def schemas(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]


def props(spec: Spec, name: str) -> dict[str, Any]:
    return schemas(spec)[name]["properties"]


def op(spec: Spec, path: str, method: str) -> dict[str, Any]:
    return spec["paths"][path][method]


def rename(mapping: dict[str, Any], old: str, new: str) -> None:
    items = list(mapping.items())
    mapping.clear()
    mapping.update((new if k == old else k, v) for k, v in items)


# ----------------------------------------------------------------------------- mutations


def remove_path(s: Spec) -> None:
    del s["paths"]["/health"]


def remove_operation(s: Spec) -> None:
    del s["paths"]["/widgets/{widget_id}"]["delete"]


def change_operation_id(s: Spec) -> None:
    op(s, "/widgets", "get")["operationId"] = "get_widgets"


def require_auth(s: Spec) -> None:
    del op(s, "/health", "get")["security"]


def raise_min_role(s: Spec) -> None:
    op(s, "/widgets", "post")["x-min-role"] = "manager"


def remove_parameter(s: Spec) -> None:
    op(s, "/widgets", "get")["parameters"].pop(1)


def add_required_parameter(s: Spec) -> None:
    op(s, "/widgets", "get")["parameters"].append(
        {"name": "team_id", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def require_parameter(s: Spec) -> None:
    s["components"]["parameters"]["Page"]["required"] = True


def explode_parameter(s: Spec) -> None:
    op(s, "/widgets", "get")["parameters"][1]["explode"] = True


def add_required_body(s: Spec) -> None:
    op(s, "/widgets/{widget_id}", "delete")["requestBody"] = {
        "required": True,
        "content": json_body({"type": "object"}),
    }


def remove_body(s: Spec) -> None:
    del op(s, "/widgets", "post")["requestBody"]


def optional_body(s: Spec) -> None:
    op(s, "/widgets", "post")["requestBody"]["required"] = False


def require_body(s: Spec) -> None:
    op(s, "/widgets", "post")["requestBody"]["required"] = True


def body_multipart_only(s: Spec) -> None:
    content = op(s, "/widgets", "post")["requestBody"]["content"]
    content["multipart/form-data"] = content.pop("application/json")


def remove_status(s: Spec) -> None:
    del op(s, "/widgets", "get")["responses"]["404"]


def change_success_status(s: Spec) -> None:
    rename(op(s, "/widgets", "post")["responses"], "201", "200")


def remove_header(s: Spec) -> None:
    del op(s, "/widgets", "post")["responses"]["201"]["headers"]


def remove_response_field(s: Spec) -> None:
    del props(s, "Widget")["created_at"]
    schemas(s)["Widget"]["required"].remove("created_at")


def rename_response_field(s: Spec) -> None:
    rename(props(s, "Widget"), "name", "title")
    schemas(s)["Widget"]["required"] = ["id", "title", "status", "created_at"]


def response_field_optional(s: Spec) -> None:
    schemas(s)["Widget"]["required"].remove("created_at")


def response_nullable(s: Spec) -> None:
    props(s, "Widget")["name"]["type"] = ["string", "null"]


def response_type(s: Spec) -> None:
    props(s, "WidgetList")["total"]["type"] = "string"


def unbounded_enum(s: Spec) -> None:
    del schemas(s)["WidgetStatus"]["enum"]


def response_variant(s: Spec) -> None:
    props(s, "Widget")["value"]["anyOf"].append({"type": "boolean"})


def remove_request_field(s: Spec) -> None:
    del props(s, "WidgetCreate")["size"]


def rename_request_field(s: Spec) -> None:
    rename(props(s, "WidgetCreate"), "name", "title")
    schemas(s)["WidgetCreate"]["required"] = ["title"]


def add_required_request_field(s: Spec) -> None:
    props(s, "WidgetCreate")["owner"] = {"type": "string"}
    schemas(s)["WidgetCreate"]["required"].append("owner")


def require_request_field(s: Spec) -> None:
    schemas(s)["WidgetCreate"]["required"].append("size")


def request_not_nullable(s: Spec) -> None:
    props(s, "WidgetCreate")["color"]["type"] = "string"


def request_type(s: Spec) -> None:
    props(s, "WidgetCreate")["size"]["type"] = "string"


def narrow_enum(s: Spec) -> None:
    schemas(s)["WidgetStatus"]["enum"].remove("closed")


def lower_max_length(s: Spec) -> None:
    props(s, "WidgetCreate")["name"]["maxLength"] = 100


def raise_minimum(s: Spec) -> None:
    props(s, "WidgetCreate")["size"]["minimum"] = 1


def add_pattern(s: Spec) -> None:
    props(s, "WidgetCreate")["name"]["pattern"] = "^[a-z]+$"


def fewer_items(s: Spec) -> None:
    op(s, "/widgets", "get")["parameters"][1]["schema"]["maxItems"] = 5


def open_request_object(s: Spec) -> None:
    del schemas(s)["WidgetCreate"]["additionalProperties"]


def close_request_object(s: Spec) -> None:
    schemas(s)["WidgetCreate"]["additionalProperties"] = False


def request_variant_removed(s: Spec) -> None:
    props(s, "WidgetCreate")["value"]["anyOf"].pop()


def request_rule(s: Spec) -> None:
    schemas(s)["WidgetCreate"]["not"] = {"required": ["color", "status"]}


def change_format(s: Spec) -> None:
    props(s, "Widget")["id"]["format"] = "uri"


def remove_schema(s: Spec) -> None:
    del schemas(s)["Legacy"]


BREAKING: list[tuple[str, Mutation, Mutation | None, str]] = [
    # (rule, mutation, mutation of the base first, subject)
    ("path-removed", remove_path, None, "GET /health"),
    ("operation-removed", remove_operation, None, "DELETE /widgets/{widget_id}"),
    ("operation-id-changed", change_operation_id, None, "GET /widgets"),
    ("auth-added", require_auth, None, "GET /health"),
    ("min-role-raised", raise_min_role, None, "POST /widgets"),
    ("parameter-removed", remove_parameter, None, "query parameter status"),
    ("parameter-added-required", add_required_parameter, None, "query parameter team_id"),
    ("parameter-made-required", require_parameter, None, "query parameter page"),
    ("parameter-serialization-changed", explode_parameter, None, "query parameter status"),
    ("request-body-added-required", add_required_body, None, "DELETE /widgets/{widget_id} request body"),
    ("request-body-removed", remove_body, None, "POST /widgets request body"),
    ("request-body-made-required", require_body, optional_body, "POST /widgets request body"),
    ("media-type-removed", body_multipart_only, None, "POST /widgets request body"),
    ("status-removed", remove_status, None, "GET /widgets"),
    ("response-header-removed", remove_header, None, "POST /widgets → 201 header Location"),
    ("response-field-removed", remove_response_field, None, "Widget.created_at"),
    ("response-field-renamed", rename_response_field, None, "Widget.name"),
    ("response-field-optional", response_field_optional, None, "Widget.created_at"),
    ("response-nullable", response_nullable, None, "Widget.name"),
    ("response-type-changed", response_type, None, "WidgetList.total"),
    ("response-enum-unbounded", unbounded_enum, None, "WidgetStatus"),
    ("response-variant-added", response_variant, None, "Widget.value"),
    ("request-field-removed", remove_request_field, None, "WidgetCreate.size"),
    ("request-field-renamed", rename_request_field, None, "WidgetCreate.name"),
    ("request-field-added-required", add_required_request_field, None, "WidgetCreate.owner"),
    ("request-field-made-required", require_request_field, None, "WidgetCreate.size"),
    ("request-not-nullable", request_not_nullable, None, "WidgetCreate.color"),
    ("request-type-changed", request_type, None, "WidgetCreate.size"),
    ("request-enum-narrowed", narrow_enum, None, "WidgetStatus"),
    ("request-constraint-tightened", lower_max_length, None, "WidgetCreate.name"),
    ("request-additional-properties-closed", close_request_object, open_request_object, "WidgetCreate"),
    ("request-variant-removed", request_variant_removed, None, "WidgetCreate.value"),
    ("request-rule-changed", request_rule, None, "WidgetCreate"),
    ("format-changed", change_format, None, "Widget.id"),
    ("schema-removed", remove_schema, None, "Legacy"),
]


def test_every_rule_has_a_case() -> None:
    assert sorted(RULES) == sorted(rule for rule, *_ in BREAKING)


@pytest.mark.parametrize(("rule", "after", "before", "subject"), BREAKING, ids=[case[0] for case in BREAKING])
def test_breaking_rule(rule: str, after: Mutation, before: Mutation | None, subject: str) -> None:
    findings = diff(after, before)
    breaking = [(f.rule, f.subject) for f in findings if f.breaking]
    assert breaking == [(rule, subject)], findings
    assert RULES[rule]  # every breaking rule says why


@pytest.mark.parametrize(
    ("mutation", "subject", "keyword"),
    [(raise_minimum, "WidgetCreate.size", "minimum 0 → 1"), (add_pattern, "WidgetCreate.name", "pattern")],
    ids=["minimum-raised", "pattern-added"],
)
def test_other_tightened_constraints(mutation: Mutation, subject: str, keyword: str) -> None:
    (finding,) = [f for f in diff(mutation) if f.breaking]
    assert (finding.rule, finding.subject) == ("request-constraint-tightened", subject)
    assert finding.message.startswith(keyword)


def test_lower_max_items_on_a_parameter_is_tightened() -> None:
    (finding,) = [f for f in diff(fewer_items) if f.breaking]
    assert (finding.rule, finding.subject, finding.message) == (
        "request-constraint-tightened",
        "query parameter status",
        "maxItems 10 → 5",
    )
    assert finding.where == ["GET /widgets"]


def test_a_changed_success_status_is_named() -> None:
    (finding,) = [f for f in diff(change_success_status) if f.breaking]
    assert (finding.rule, finding.message) == ("status-removed", "success status 201 → 200")


def test_a_shared_schema_change_lists_every_operation_it_reaches() -> None:
    (finding,) = [f for f in diff(remove_response_field) if f.breaking]
    assert finding.where == [
        "GET /widgets → 200 (application/json)",
        "POST /widgets → 201 (application/json)",
        "GET /widgets/{widget_id} → 200 (application/json)",
    ]
    assert finding.mentions[0] == "created_at"


def test_narrowed_enum_names_the_removed_value_and_where_it_is_sent() -> None:
    findings = diff(narrow_enum)
    (breaking,) = [f for f in findings if f.breaking]
    assert breaking.message == "enum value `closed` removed"
    assert breaking.where == ["GET /widgets", "POST /widgets request body (application/json)"]
    assert "closed" in breaking.mentions
    # in responses a value less is harmless
    assert [f.rule for f in findings if not f.breaking] == ["response-enum-narrowed"]


def test_renames_name_both_fields() -> None:
    (finding,) = [f for f in diff(rename_response_field) if f.breaking]
    assert finding.message == "renamed to title"
    assert finding.mentions[:2] == ("name", "title")


# ----------------------------------------------------------------------------- not breaking


def add_operation(s: Spec) -> None:
    s["paths"]["/gadgets"] = {
        "get": {"operationId": "list_gadgets", "responses": {"200": {"description": "ok"}}}
    }


def add_optional_parameter(s: Spec) -> None:
    op(s, "/widgets", "get")["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}})


def add_optional_request_field(s: Spec) -> None:
    props(s, "WidgetCreate")["note"] = {"type": "string"}


def add_response_field(s: Spec) -> None:
    props(s, "Widget")["note"] = {"type": "string"}


def widen_enum(s: Spec) -> None:
    schemas(s)["WidgetStatus"]["enum"].append("archived")


def raise_max_length(s: Spec) -> None:
    props(s, "WidgetCreate")["name"]["maxLength"] = 300


def widen_request_type(s: Spec) -> None:
    props(s, "WidgetCreate")["size"]["type"] = "number"


def request_nullable(s: Spec) -> None:
    props(s, "WidgetCreate")["size"]["type"] = ["integer", "null"]


def response_not_nullable(s: Spec) -> None:
    props(s, "Widget")["color"] = {"type": "string"}


def add_status(s: Spec) -> None:
    op(s, "/widgets", "post")["responses"]["409"] = {"$ref": "#/components/responses/NotFound"}


def lower_min_role(s: Spec) -> None:
    op(s, "/widgets/{widget_id}", "delete")["x-min-role"] = "analyst"


def make_public(s: Spec) -> None:
    op(s, "/widgets", "get")["security"] = []


def add_schema(s: Spec) -> None:
    schemas(s)["Gadget"] = {"type": "object"}


def change_default(s: Spec) -> None:
    s["components"]["parameters"]["Page"]["schema"]["default"] = 2


def accept_multipart_too(s: Spec) -> None:
    op(s, "/widgets", "post")["requestBody"]["content"]["multipart/form-data"] = {
        "schema": ref("WidgetCreate")
    }


def make_optional_response_field_required(s: Spec) -> None:
    schemas(s)["Widget"]["required"].append("tags")


def make_request_field_optional(s: Spec) -> None:
    schemas(s)["WidgetCreate"]["required"] = []


def make_parameter_optional(s: Spec) -> None:
    op(s, "/widgets/{widget_id}", "get").setdefault("parameters", []).append(
        {"name": "expand", "in": "query", "schema": {"type": "boolean"}}
    )


NOT_BREAKING: list[tuple[str, Mutation, str]] = [
    ("operation-added", add_operation, "GET /gadgets"),
    ("parameter-added", add_optional_parameter, "query parameter q"),
    ("request-field-added", add_optional_request_field, "WidgetCreate.note"),
    ("response-field-added", add_response_field, "Widget.note"),
    ("request-enum-widened", widen_enum, "WidgetStatus"),
    ("request-constraint-changed", raise_max_length, "WidgetCreate.name"),
    ("request-type-widened", widen_request_type, "WidgetCreate.size"),
    ("request-nullable", request_nullable, "WidgetCreate.size"),
    ("response-not-nullable", response_not_nullable, "Widget.color"),
    ("status-added", add_status, "POST /widgets"),
    ("min-role-lowered", lower_min_role, "DELETE /widgets/{widget_id}"),
    ("auth-removed", make_public, "GET /widgets"),
    ("schema-added", add_schema, "Gadget"),
    ("default-changed", change_default, "query parameter page"),
    ("media-type-added", accept_multipart_too, "POST /widgets request body"),
    ("response-field-required", make_optional_response_field_required, "Widget.tags"),
    ("request-field-made-optional", make_request_field_optional, "WidgetCreate.name"),
    ("parameter-added", make_parameter_optional, "query parameter expand"),
]


@pytest.mark.parametrize(("rule", "mutation", "subject"), NOT_BREAKING, ids=[c[0] for c in NOT_BREAKING])
def test_not_breaking(rule: str, mutation: Mutation, subject: str) -> None:
    findings = diff(mutation)
    assert [f for f in findings if f.breaking] == []
    assert (rule, subject) in [(f.rule, f.subject) for f in findings], findings


def test_response_enum_widening_is_listed_with_a_hint() -> None:
    finding = next(f for f in diff(widen_enum) if f.rule == "response-enum-widened")
    assert not finding.breaking
    assert "`archived` added" in finding.message and "switch" in finding.message


def test_identical_and_documentation_only_changes_report_nothing() -> None:
    assert diff(lambda s: None) == []

    def document(s: Spec) -> None:
        props(s, "Widget")["name"]["description"] = "The widget's name."
        op(s, "/widgets", "get")["summary"] = "List widgets"
        s["info"]["description"] = "More words."

    assert diff(document) == []


def test_recursive_schemas_terminate_and_still_compare() -> None:
    def tree(s: Spec) -> None:
        schemas(s)["Node"] = {
            "type": "object",
            "required": ["label"],
            "properties": {"label": {"type": "string"}, "children": {"type": "array", "items": ref("Node")}},
        }
        props(s, "Widget")["tree"] = ref("Node")

    def drop_label(s: Spec) -> None:
        del props(s, "Node")["label"]
        schemas(s)["Node"]["required"] = []

    findings = diff(drop_label, tree)
    assert [(f.rule, f.subject) for f in findings if f.breaking] == [("response-field-removed", "Node.label")]
