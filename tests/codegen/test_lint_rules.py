"""Our lint rules (redocly.yaml and codegen/lint_contract.py) report violations and nothing else.

fixtures/lint_bad/openapi.yaml breaks each rule once (its comments name the rule);
fixtures/contract/openapi.yaml is the conforming fixture and must lint clean.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from codegen.lint_contract import duplicate_schema_names, inline_enums, renamed_by_bundle

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def redocly_problems(contract: Path) -> set[tuple[str, str]]:
    result = subprocess.run(
        [
            str(ROOT / "node_modules" / ".bin" / "redocly"),
            "lint",
            str(contract),
            f"--config={ROOT / 'redocly.yaml'}",
            "--format=json",
        ],
        cwd=ROOT,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_NOTIFICATIONS": "true"},
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, Any] = json.loads(result.stdout)
    return {(p["ruleId"], p["location"][0]["pointer"]) for p in report["problems"]}


@pytest.mark.slow
def test_each_rule_reports_its_violation() -> None:
    things = "#/paths/~1things~1{thing_id}"
    assert redocly_problems(FIXTURES / "lint_bad" / "openapi.yaml") == {
        ("rule/operation-id-snake-case", "#/paths/~1things/get/operationId"),
        ("rule/query-parameter-names-snake-case", "#/paths/~1things/get/parameters/0/name"),
        ("rule/request-body-closed", "#/components/schemas/ThingOpen/additionalProperties"),
        ("rule/operation-exactly-one-tag", f"{things}/get/tags"),
        ("operation-singular-tag", f"{things}/get/tags"),
        ("rule/error-response-has-body", f"{things}/get/responses/404/content"),
        ("rule/x-min-role-inherited-security", f"{things}/patch/x-min-role"),
        ("rule/error-response-json", f"{things}/patch/responses/409/content/text~1plain"),
        ("rule/error-response-schema", f"{things}/patch/responses/409/content/text~1plain/schema"),
        ("rule/error-response-schema", "#/components/responses/WrongError/content/application~1json/schema"),
        ("rule/x-min-role-own-security", f"{things}/delete/x-min-role"),
        ("rule/error-response-schema", f"{things}/delete/responses/412/content/application~1json/schema"),
        ("rule/x-min-role-values", f"{things}~1convert/post/x-min-role"),
        ("rule/x-min-role-inherited-security", f"{things}~1convert/post/x-min-role"),
        ("rule/path-segments", "#/paths/~1thing"),
        ("rule/operation-exactly-one-tag", "#/paths/~1thing/get/tags"),
        ("operation-tag-defined", "#/paths/~1thing/get"),
        ("rule/path-segments", "#/paths/~1thing_lists~1{thingId}"),
        ("rule/path-parameter-names-snake-case", "#/paths/~1thing_lists~1{thingId}/get/parameters/0/name"),
        ("rule/property-names-snake-case", "#/components/schemas/Thing/properties/createdAt"),
    }


@pytest.mark.slow
def test_conforming_fixture_is_clean() -> None:
    assert redocly_problems(FIXTURES / "contract" / "openapi.yaml") == set()


def test_inline_enums_are_reported() -> None:
    spec = {
        "paths": {
            "/things": {
                "get": {
                    "operationId": "list_things",
                    "parameters": [
                        {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}},
                        {"name": "sort", "in": "query", "schema": {"$ref": "#/components/schemas/ThingSort"}},
                    ],
                }
            }
        },
        "components": {
            "schemas": {
                "ThingSort": {"type": "string", "enum": ["created_at"]},  # named: fine
                "Thing": {
                    "type": "object",
                    "properties": {
                        "state": {"type": "string", "enum": ["on", "off"]},
                        "tags": {"type": "array", "items": {"enum": ["x"]}},
                        "sort": {"$ref": "#/components/schemas/ThingSort"},
                    },
                },
            }
        },
    }
    assert [p.split(":")[0] for p in inline_enums(spec)] == [
        "#/components/schemas/Thing/properties/state",
        "#/components/schemas/Thing/properties/tags/items",
        "list_things parameters/0 (kind)/schema",
    ]


def test_duplicate_and_renamed_schema_names(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("Thing: {type: object}\nOther: {type: string}\n")
    (tmp_path / "b.yaml").write_text("Thing: {type: object}\n")
    assert duplicate_schema_names(tmp_path) == [
        "schema 'Thing' is defined in a.yaml and b.yaml; names must be unique"
    ]
    assert renamed_by_bundle({"components": {"schemas": {"Thing": {}, "Thing-2": {}}}}) == [
        "#/components/schemas/Thing-2: renamed by redocly bundle (two components share a name)"
    ]
