"""Contract checks Redocly's configurable rules cannot express; run by `python -m codegen.generate lint`.

- Enums are named schemas (`$ref: enums.yaml#/Name`), never inline in a property, an array item or a
  parameter: the generators would invent class names (Status, Status1, ...). Exception: the
  `{Model}Sort` enums, which are named schemas of their group file.
- Schema names are unique across openapi/components/schemas/*.yaml: `redocly bundle` hoists each
  under its key and renames a clash to `Name-2`, which then becomes a different Python class.

Usable on its own: `.venv/bin/python -m codegen.lint_contract generated/openapi.yaml`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

SUBSCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames", "unevaluatedItems")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _walk(schema: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every inline subschema below `schema` (not `schema` itself, not through `$ref`)."""
    if not isinstance(schema, Mapping) or "$ref" in schema:
        return
    for key, sub in (schema.get("properties") or {}).items():
        yield from _node(sub, f"{pointer}/properties/{key}")
    for key in SUBSCHEMA_KEYS:
        if isinstance(schema.get(key), Mapping):
            yield from _node(schema[key], f"{pointer}/{key}")
    for key in SUBSCHEMA_LISTS:
        for i, sub in enumerate(schema.get(key) or []):
            yield from _node(sub, f"{pointer}/{key}/{i}")


def _node(schema: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(schema, Mapping) and "$ref" not in schema:
        yield pointer, schema
        yield from _walk(schema, pointer)


def inline_enums(spec: Mapping[str, Any]) -> list[str]:
    problems = []
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        for pointer, sub in _walk(schema, f"#/components/schemas/{name}"):
            if "enum" in sub:
                problems.append(f"{pointer}: inline enum {sub['enum']!r}; $ref a named enum of enums.yaml")
    params = [
        (f"#/components/parameters/{name}", p)
        for name, p in ((spec.get("components") or {}).get("parameters") or {}).items()
    ]
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for i, p in enumerate(item.get("parameters") or []):
            params.append((f"paths {path} parameters/{i}", p))
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, Mapping):
                for i, p in enumerate(op.get("parameters") or []):
                    params.append((f"{op.get('operationId') or method + ' ' + path} parameters/{i}", p))
    for where, p in params:
        if not isinstance(p, Mapping) or "$ref" in p:
            continue
        for pointer, sub in _node(p.get("schema"), f"{where} ({p.get('name')})/schema"):
            if "enum" in sub:
                problems.append(f"{pointer}: inline enum {sub['enum']!r}; $ref a named enum of enums.yaml")
    return problems


def duplicate_schema_names(schemas_dir: Path) -> list[str]:
    seen: dict[str, Path] = {}
    problems = []
    for path in sorted(schemas_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for name in data if isinstance(data, Mapping) else []:
            if name in seen:
                problems.append(
                    f"schema {name!r} is defined in {seen[name].name} and {path.name}; names must be unique"
                )
            else:
                seen[name] = path
    return problems


def renamed_by_bundle(spec: Mapping[str, Any]) -> list[str]:
    return [
        f"#/components/{kind}/{name}: renamed by redocly bundle (two components share a name)"
        for kind, group in (spec.get("components") or {}).items()
        if isinstance(group, Mapping)
        for name in group
        if re.search(r"-\d+$", str(name))
    ]


def lint_bundle(spec: Mapping[str, Any], contract: Path) -> list[str]:
    return [
        *inline_enums(spec),
        *renamed_by_bundle(spec),
        *duplicate_schema_names(contract.parent / "components" / "schemas"),
    ]


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path("generated/openapi.yaml")
    contract = Path(argv[1]) if len(argv) > 1 else Path("openapi/openapi.yaml")
    problems = lint_bundle(yaml.safe_load(bundle.read_text("utf-8")), contract)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
