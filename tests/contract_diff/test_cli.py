"""`python -m codegen.contract_diff` end to end, in a scratch git repository holding a small split
contract: base revision choice, bundling of both sides with Redocly, report and exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.contract_diff import default_base

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (ROOT / "node_modules" / ".bin" / "redocly").exists(),
    reason="npm tooling not installed (make install-node)",
)

ROOT_YAML = """openapi: 3.1.0
info:
  title: Widgets
  version: 1.0.0
paths:
  /widgets/{widget_id}:
    $ref: paths/widgets.yaml#/widget
"""
PATHS_YAML = """widget:
  get:
    operationId: get_widget
    parameters:
      - {name: widget_id, in: path, required: true, schema: {type: string}}
    responses:
      '200':
        description: The widget.
        content:
          application/json:
            schema: {$ref: ../components/schemas/widgets.yaml#/Widget}
"""
SCHEMAS_YAML = """Widget:
  type: object
  required: [id, name]
  properties:
    id: {type: string, format: uuid}
    name: {type: string, maxLength: 200}
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def write_contract(repo: Path) -> None:
    (repo / "openapi" / "paths").mkdir(parents=True, exist_ok=True)
    (repo / "openapi" / "components" / "schemas").mkdir(parents=True, exist_ok=True)
    (repo / "openapi" / "openapi.yaml").write_text(ROOT_YAML)
    (repo / "openapi" / "paths" / "widgets.yaml").write_text(PATHS_YAML)
    (repo / "openapi" / "components" / "schemas" / "widgets.yaml").write_text(SCHEMAS_YAML)


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def contract_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen.contract_diff", f"--root={repo}", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    write_contract(tmp_path)
    commit(tmp_path, "contract")
    return tmp_path


def rename_field(repo: Path) -> None:
    schemas = repo / "openapi" / "components" / "schemas" / "widgets.yaml"
    schemas.write_text(SCHEMAS_YAML.replace("[id, name]", "[id, title]").replace("    name:", "    title:"))


def test_first_commit_has_no_base_and_passes(repo: Path) -> None:
    assert default_base(repo) is None
    result = contract_diff(repo)
    assert result.returncode == 0, result.stderr
    assert "No base revision" in result.stdout


def test_unchanged_contract_passes_without_bundling(repo: Path) -> None:
    (repo / "README.md").write_text("docs\n")
    commit(repo, "docs")
    assert default_base(repo) == "HEAD~1"
    result = contract_diff(repo)
    assert result.returncode == 0, result.stderr
    assert "against HEAD~1 (version 1.0.0)" in result.stdout
    assert "No changes to the contract." in result.stdout


def test_a_renamed_field_fails_with_a_report_then_a_release_passes(repo: Path) -> None:
    (repo / "README.md").write_text("docs\n")
    commit(repo, "docs")
    rename_field(repo)

    result = contract_diff(repo)
    assert result.returncode == 1, result.stdout + result.stderr
    report = result.stderr
    assert "against HEAD~1 (version 1.0.0)" in report
    assert "1. Widget.name: renamed to title  [response-field-renamed]" in report
    assert "where: GET /widgets/{widget_id} → 200 (application/json)" in report
    assert "raise it to 2.0.0 in openapi/openapi.yaml" in report
    assert "Non-breaking changes" not in report  # a rename is one change, not a removal and an addition

    (repo / "openapi" / "openapi.yaml").write_text(ROOT_YAML.replace("version: 1.0.0", "version: 2.0.0"))
    (repo / "openapi" / "CHANGELOG.md").write_text(
        "# Changelog\n\n## 2.0.0\n- Widget: `name` is now `title`.\n"
    )
    result = contract_diff(repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: 1 breaking change(s), released as 2.0.0 (from 1.0.0)" in result.stdout


def test_the_last_release_tag_is_the_default_base(repo: Path) -> None:
    git(repo, "tag", "v1.0.0")
    (repo / "README.md").write_text("docs\n")
    commit(repo, "docs")
    (repo / "NOTES.md").write_text("more\n")
    commit(repo, "notes")
    assert default_base(repo) == "v1.0.0"
    rename_field(repo)
    commit(repo, "rename")
    result = contract_diff(repo, "--json")
    assert result.returncode == 1
    assert '"base": "v1.0.0"' in result.stdout
    assert '"rule": "response-field-renamed"' in result.stdout


def test_a_base_without_a_contract_passes(repo: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    git(other, "init", "-q", "-b", "main")
    (other / "README.md").write_text("start\n")
    commit(other, "start")
    write_contract(other)
    result = contract_diff(other, "--base=HEAD")
    assert result.returncode == 0, result.stderr
    assert "has no openapi/openapi.yaml: nothing to compare" in result.stdout


def test_an_unknown_base_is_an_error(repo: Path) -> None:
    result = contract_diff(repo, "--base=no-such-rev")
    assert result.returncode == 2
    assert "unknown git revision 'no-such-rev'" in result.stderr
