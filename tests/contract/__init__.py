"""Schemathesis contract tests of the bundled contract (generated/openapi.yaml).

- ``test_schemathesis.py``: in-process (ASGI), derandomized, every implemented operation with every
  check, plus the stateful (OpenAPI links) test; part of ``make test``.
- ``fuzz.py``: ``make fuzz``, a longer randomized CLI run against a live server.

Both use ``config_data()`` (``schemathesis.toml`` beside this file plus what is derived from the
contract) and skip ``tests.not_implemented.NOT_IMPLEMENTED``.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from handlers import contract
from tests.not_implemented import NOT_IMPLEMENTED

CONFIG_FILE = Path(__file__).resolve().parent / "schemathesis.toml"
BUNDLE = contract.BUNDLE
ADMIN_EMAIL = "admin@tollgate.local"
ADMIN_PASSWORD = "tollgate-admin"  # the seeded development/test admin

POSITIVE_EXPECTED = ["2xx", "3xx", "401", "403", "404", "409", "412", "429", "5xx"]


def excluded_operation_ids() -> list[str]:
    """The contract's operations that are not implemented yet (501 by design), sorted."""
    unknown = NOT_IMPLEMENTED - contract.operations().keys()
    assert not unknown, f"tests/not_implemented.py names operations the contract lacks: {sorted(unknown)}"
    return sorted(NOT_IMPLEMENTED)


def implemented_operation_ids() -> list[str]:
    return sorted(contract.operations().keys() - NOT_IMPLEMENTED)


def config_data(**top_level: Any) -> dict[str, Any]:
    """The Schemathesis configuration (as the TOML file's dict), ``top_level`` keys merged in.

    Adds one rule derived from the contract: an operation taking ``Idempotency-Key`` answers 422
    to a key reused with another body (the contract says so; generated keys repeat), so schema-valid
    data may get 422 there.
    """
    data: dict[str, Any] = tomllib.loads(CONFIG_FILE.read_text())
    # Operations the file already configures keep their own list (each includes 422).
    configured: set[str] = set()
    for entry in data.get("operations", []):
        if "positive_data_acceptance" in entry.get("checks", {}):
            ids = entry.get("include-operation-id", [])
            configured.update([ids] if isinstance(ids, str) else ids)
    idempotent = sorted(
        op for op, o in contract.operations().items() if o.idempotent and op not in configured
    )
    data.setdefault("operations", []).append(
        {
            "include-operation-id": idempotent,
            "checks": {"positive_data_acceptance": {"expected-statuses": [*POSITIVE_EXPECTED, "422"]}},
        }
    )
    data.update(top_level)
    return data


@cache
def _array_query_params(method: str, path: str) -> frozenset[str]:
    for op in contract.operations().values():
        if op.method == method.upper() and op.path == path:
            params = contract.parameters(op.operation_id)
            return frozenset(p.name for p in params if p.location == "query" and p.is_array)
    return frozenset()


def unambiguous_query(method: str, path: str, query: dict[str, Any] | None) -> bool:
    """False for a generated query that cannot be told apart from a valid one on the wire.

    An array filter (style form, explode false) is sent as ``?status=a,b``; the empty array as
    ``?status=``, which the API reads as "no filter". Schemathesis' negative cases ``null`` and
    ``[""]`` are sent exactly like that, so the API cannot reject them (ST201 would be a false
    finding): such generated queries are skipped (the ``filter_query`` hook).
    """
    for name in _array_query_params(method, path):
        if name in (query or {}) and (query or {})[name] in (None, "", [""]):
            return False
    return True


def to_toml(data: dict[str, Any]) -> str:
    """A TOML document of ``data`` (tables, arrays of tables, strings, numbers, booleans, lists)."""
    lines: list[str] = []
    _table(data, [], lines)
    return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # JSON string escapes are valid TOML basic-string escapes
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {value!r} as TOML")


def _table(data: dict[str, Any], path: list[str], lines: list[str]) -> None:
    def is_table_array(v: Any) -> bool:
        return isinstance(v, list) and bool(v) and all(isinstance(i, dict) for i in v)

    for key, value in data.items():
        if not isinstance(value, dict) and not is_table_array(value):
            lines.append(f"{json.dumps(key)} = {_value(value)}")
    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(f"\n[{'.'.join(json.dumps(k) for k in [*path, key])}]")
            _table(value, [*path, key], lines)
        elif is_table_array(value):
            for item in value:
                lines.append(f"\n[[{'.'.join(json.dumps(k) for k in [*path, key])}]]")
                for k, v in item.items():
                    lines.append(f"{json.dumps(k)} = {_value(v)}")
