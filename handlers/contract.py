"""The bundled contract (generated/openapi.yaml), loaded once: what the app enforces from it.

Per operation: its path and method, whether it is public (``security: []``), its minimum role
(``x-min-role``) and a validator for its JSON request body. The raw body is validated against the
contract (JSON Schema 2020-12) before the handler, so the API accepts exactly what the YAML says:
no ``"5"`` for an integer, no ``null`` for a non-nullable field, no unknown field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
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


@cache
def body_validator(schema_name: str) -> Draft202012Validator:
    schema = {"$ref": f"{_URI}#/components/schemas/{schema_name}"}
    return Draft202012Validator(schema, registry=_registry())


@cache
def path_methods() -> list[tuple[str, list[str]]]:
    """Each contract path (with ``{param}`` placeholders) and its methods, for ``Allow`` headers."""
    doc = document()
    return [
        (path, sorted(m.upper() for m in HTTP_METHODS if m in item)) for path, item in doc["paths"].items()
    ]
