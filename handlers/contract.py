"""The bundled contract (generated/openapi.yaml), loaded once: what the app enforces from it.

Per operation: its path and method, whether it is public (``security: []``), its minimum role
(``x-min-role``) and a validator for its JSON request body. The raw body is validated against the
contract (JSON Schema 2020-12) before the handler, so the API accepts exactly what the YAML says:
no ``"5"`` for an integer, no ``null`` for a non-nullable field, no unknown field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BUNDLE = Path(__file__).resolve().parent.parent / "generated" / "openapi.yaml"
_URI = "urn:tollgate:contract"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    public: bool
    min_role: str | None
    json_body_schema: str | None  # component name of the application/json request body
    body_required: bool
    idempotent: bool  # declares the Idempotency-Key header


@cache
def document() -> dict[str, Any]:
    with BUNDLE.open() as f:
        doc: dict[str, Any] = yaml.safe_load(f)
    return doc


@cache
def operations() -> dict[str, Operation]:
    doc = document()
    default_security = doc.get("security", [])
    ops: dict[str, Operation] = {}
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not op:
                continue
            security = op.get("security", default_security)
            body = op.get("requestBody") or {}
            json_schema = (body.get("content", {}).get("application/json") or {}).get("schema") or {}
            ref = json_schema.get("$ref")
            ops[op["operationId"]] = Operation(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                public=security == [],
                min_role=op.get("x-min-role"),
                json_body_schema=ref.rsplit("/", 1)[-1] if ref else None,
                body_required=bool(body.get("required")),
                idempotent=any(
                    _param(doc, p).get("name") == "Idempotency-Key"
                    for p in [*item.get("parameters", []), *op.get("parameters", [])]
                ),
            )
    return ops


def _param(doc: dict[str, Any], param: dict[str, Any]) -> dict[str, Any]:
    ref = param.get("$ref")
    if not ref:
        return param
    node: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return dict(node)


@cache
def _registry() -> Registry:
    resource: Resource[Any] = Resource.from_contents(document(), default_specification=DRAFT202012)
    registry: Registry = Registry().with_resource(_URI, resource)
    return registry


# The formats the app checks itself: pydantic alone accepts "0" for a date (a Unix time), a
# date-time without an offset and a UUID without hyphens; the contract (JSON Schema) does not.
FORMAT_CHECKER = FormatChecker(formats=("date", "date-time", "uuid"))


@cache
def body_validator(schema_name: str) -> Draft202012Validator:
    schema = {"$ref": f"{_URI}#/components/schemas/{schema_name}"}
    return Draft202012Validator(schema, registry=_registry(), format_checker=FORMAT_CHECKER)


_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")


_VERDICTS_MAX = 4096  # remembered values per parameter
_VERDICT_KEY_MAX = 512  # longer values are validated every time


@dataclass(frozen=True)
class Parameter:
    """A query or path parameter, validated from its raw text like a JSON body (``?page=1.0``,
    ``?is_active=1`` or ``?target_to=0`` are 422, as the contract says, not coerced)."""

    name: str
    location: str  # "query" or "path"
    is_array: bool  # values are comma-separated (style form, explode false) and/or repeated
    types: tuple[str, ...]  # JSON types of the value (of each item for arrays)
    validator: Draft202012Validator = field(compare=False, repr=False)
    # Verdicts on values seen before (clients repeat the same filters and ids): validating with
    # jsonschema (``$ref`` lookups included) is most of a list request's parameter handling.
    _verdicts: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, compare=False, repr=False)

    def errors(self, value: Any) -> tuple[tuple[str, str], ...]:
        """The contract's complaints about a value: (message, failed keyword) each, in order."""
        key = repr(value)  # unambiguous across types (1, 1.0, True, "1"), unlike the value itself
        found = self._verdicts.get(key)
        if found is None:
            found = tuple((e.message, str(e.validator)) for e in self.validator.iter_errors(value))
            if len(key) <= _VERDICT_KEY_MAX:
                if len(self._verdicts) >= _VERDICTS_MAX:
                    self._verdicts.clear()
                self._verdicts[key] = found
        return found

    def value(self, raw: list[str]) -> Any:
        """The JSON value of the raw text(s); ``None`` for an empty array filter (no filter)."""
        if self.is_array:  # "" is an empty array (no filter); "a,,b" has an empty item
            items = [part for text in raw if text for part in text.split(",")]
            return [self._scalar(item) for item in items] or None
        return self._scalar(raw[-1])

    def _scalar(self, text: str) -> Any:
        if "integer" in self.types and _INTEGER.fullmatch(text):
            return int(text)
        if "number" in self.types and _NUMBER.fullmatch(text):
            return float(text)
        if "boolean" in self.types and text in ("true", "false"):
            return text == "true"
        return text


def _absolute_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: f"{_URI}{v}" if k == "$ref" and isinstance(v, str) and v.startswith("#") else _absolute_refs(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(v) for v in node]
    return node


def _types(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[str, ...]:
    while "$ref" in schema:
        schema = _param(doc, schema)
    declared = schema.get("type", "string")
    return tuple([declared] if isinstance(declared, str) else declared)


@cache
def parameters(operation_id: str) -> tuple[Parameter, ...]:
    """The operation's query and path parameters (path-level ones included)."""
    doc = document()
    op = operations()[operation_id]
    item = doc["paths"][op.path]
    declared = [
        _param(doc, p) for p in [*item.get("parameters", []), *item[op.method.lower()].get("parameters", [])]
    ]
    params: list[Parameter] = []
    for p in declared:
        if p.get("in") not in ("query", "path"):
            continue
        schema = p.get("schema", {})
        is_array = _types(doc, schema) == ("array",)
        params.append(
            Parameter(
                name=p["name"],
                location=p["in"],
                is_array=is_array,
                types=_types(doc, schema.get("items", {})) if is_array else _types(doc, schema),
                validator=Draft202012Validator(
                    _absolute_refs(schema), registry=_registry(), format_checker=FORMAT_CHECKER
                ),
            )
        )
    return tuple(params)


@cache
def path_methods() -> list[tuple[str, list[str]]]:
    """Each contract path (with ``{param}`` placeholders) and its methods, for ``Allow`` headers."""
    doc = document()
    return [
        (path, sorted(m.upper() for m in HTTP_METHODS if m in item)) for path, item in doc["paths"].items()
    ]
