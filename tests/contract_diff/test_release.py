"""When breaking changes pass: a new major version (0.x included) and a CHANGELOG section
for that version that mentions each of them."""

from __future__ import annotations

import copy

import pytest

from codegen.contract_diff import (
    changelog_section,
    evaluate,
    is_breaking_release,
    render,
)
from tests.contract_diff.test_rules import base, rename_response_field

CHANGELOG = """# Contract changelog

## 2.0.0 — 2026-11-02
### Breaking
- `Widget.name` is now `title`.

## 1.0.0
- First release.
"""


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("1.0.0", "2.0.0", True),
        ("1.4.2", "2.0.0", True),
        ("1.0.0", "1.1.0", False),
        ("1.0.0", "1.0.1", False),
        ("2.0.0", "1.0.0", False),
        ("0.1.0", "0.2.0", False),  # a new major is required, in 0.x too
        ("0.1.3", "1.0.0", True),
        ("0.1.0", "0.1.1", False),
        ("0.1.0", "not-a-version", False),
    ],
)
def test_breaking_release(old: str, new: str, expected: bool) -> None:
    assert is_breaking_release(old, new) is expected


def test_changelog_section_is_the_text_under_its_heading() -> None:
    section = changelog_section(CHANGELOG, "2.0.0")
    assert section is not None
    assert "`Widget.name` is now `title`" in section
    assert "First release" not in section
    assert changelog_section(CHANGELOG, "1.0.0") == "- First release."
    assert changelog_section(CHANGELOG, "0.0.0") is None
    assert changelog_section("## 12.0.0\n- x", "2.0.0") is None  # a version inside another one


def released(version: str) -> tuple[dict, dict]:
    old = base()
    new = copy.deepcopy(old)
    rename_response_field(new)
    new["info"]["version"] = version
    return old, new


def test_an_unreleased_breaking_change_fails_with_what_to_do() -> None:
    old, new = released("1.0.0")
    result = evaluate(old, new, None, "HEAD~1")
    assert not result.ok
    assert result.problems == [
        "info.version is 1.0.0 (base: 1.0.0): raise it to 2.0.0 in openapi/openapi.yaml",
        'openapi/CHANGELOG.md has no "## 2.0.0" section describing them (name: `name`)',
    ]
    report = render(result)
    assert "BREAKING CHANGES (1):" in report
    assert "1. Widget.name: renamed to title  [response-field-renamed]" in report
    assert "why: clients reading the old name get nothing" in report
    assert "where: GET /widgets → 200 (application/json); POST /widgets → 201" in report
    assert "FAILED: 1 breaking change(s) not released" in report


def test_a_major_version_and_a_changelog_entry_release_it() -> None:
    old, new = released("2.0.0")
    result = evaluate(old, new, CHANGELOG)
    assert result.ok, result.problems
    assert "OK: 1 breaking change(s), released as 2.0.0 (from 1.0.0)" in render(result)


def test_a_major_version_alone_is_not_enough() -> None:
    old, new = released("2.0.0")
    result = evaluate(old, new, "# Contract changelog\n\n## 2.0.0\n- Many improvements.\n")
    assert result.problems == ["openapi/CHANGELOG.md (2.0.0 section) does not mention: `name`"]


def test_a_changelog_entry_under_a_minor_version_is_not_enough() -> None:
    old, new = released("1.1.0")
    result = evaluate(old, new, CHANGELOG.replace("2.0.0", "1.1.0"))
    assert result.problems == [
        "info.version is 1.1.0 (base: 1.0.0): raise it to 2.0.0 in openapi/openapi.yaml",
        'openapi/CHANGELOG.md has no "## 2.0.0" section describing them (name: `name`)',
    ]


def test_non_breaking_changes_need_nothing() -> None:
    old = base()
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Widget"]["properties"]["note"] = {"type": "string"}
    result = evaluate(old, new, None)
    assert result.ok
    assert [f.rule for f in result.findings] == ["response-field-added"]
    assert render(result).endswith("OK: no breaking changes.")
