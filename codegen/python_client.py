"""The Python client: openapi-python-client on the bundle → generated/python_client/.

`generated/python_client/` is an installable project (`pyproject.toml`, uv_build backend) holding the
package `tollgate_client` (httpx + attrs): other services `pip install path/to/generated/python_client`
or add it as a path dependency; this repository's tests import it from there (tests/clients/).

What is ours (codegen/python_client_config/):
- `config.yaml`: names, no post hooks (the project's pinned ruff runs instead, with the settings the
  tool writes into the generated pyproject.toml), the `Error` model's module renamed
  (its `error` field shadowed the instance in `from_dict`), text/csv and text/html files read as bytes.
- `templates/endpoint_macros.py.jinja`: the tool's template with one change: array query parameters
  are sent comma-separated (`?status=active,on_hold`). The tool ignores `style`/`explode` and would
  repeat the key; `contract_problems` makes sure every array query parameter is declared
  `style: form, explode: false`, so the template may assume it.
- `templates/errors.py.jinja`, `templates/package_init.py.jinja`: `ApiError` (the Error body of a
  4xx/5xx: `error`, `detail`, `status_code`, `fields`) and `unwrap(response)` (the parsed 2xx body or
  an ApiError), exported by the package.
- `templates/README.md.jinja`: the package's README (install and use), ours.
The other templates are copies of the tool's (0.29.1, pinned in pyproject.toml): compare them with the
new version's when upgrading it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

CONFIG_DIR = Path(__file__).resolve().parent / "python_client_config"
CONFIG = CONFIG_DIR / "config.yaml"
TEMPLATES = CONFIG_DIR / "templates"
OUT_DIR = "python_client"  # under generated/


def command(tool: str, bundle: Path, dest: Path) -> list[str]:
    """The openapi-python-client command line writing the project into `dest` (which must not exist)."""
    return [
        tool,
        "generate",
        f"--path={bundle}",
        "--meta=uv",
        f"--config={CONFIG}",
        f"--custom-template-path={TEMPLATES}",
        f"--output-path={dest}",
        "--fail-on-warning",
    ]


def ruff_commands(ruff: str) -> list[list[str]]:
    """Run in the generated project's directory: its pyproject.toml holds the ruff settings."""
    return [
        [ruff, "check", "--no-cache", "--fix-only", "--quiet", "--exit-zero", "."],
        [ruff, "format", "--no-cache", "--quiet", "."],
    ]


def files(project: Path) -> Iterator[Path]:
    """The files of the generated project worth keeping, relative to it, in a stable order."""
    for path in sorted(project.rglob("*")):
        relative = path.relative_to(project)
        if path.is_file() and not any(part.startswith((".", "__pycache__")) for part in relative.parts):
            yield relative


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _is_array(spec: dict[str, Any], schema: Any) -> bool:
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "array" or (isinstance(kind, list) and "array" in kind):
        return True
    return any(_is_array(spec, s) for s in schema.get("anyOf", []) + schema.get("oneOf", []))


def contract_problems(spec: dict[str, Any]) -> list[str]:
    """Array query parameters not declared `style: form, explode: false` (the client template joins
    every array query parameter with commas)."""
    problems: list[str] = []
    methods = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    for path, item in (spec.get("paths") or {}).items():
        shared: Sequence[Any] = item.get("parameters", [])
        for method in methods:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for raw in [*shared, *operation.get("parameters", [])]:
                param = _resolve(spec, raw)
                if param.get("in") != "query" or not _is_array(spec, param.get("schema")):
                    continue
                if param.get("style", "form") != "form" or param.get("explode", True) is not False:
                    problems.append(
                        f"{method.upper()} {path}: query parameter {param.get('name')!r} is an array "
                        "without `style: form, explode: false` (the API takes comma-separated lists)"
                    )
    return problems
