"""Handler stubs whose signatures match generated routers exactly (for type-checking generated/ alone).

For each route `async def op(*, ctx: Annotated[Ctx, ...], page: Annotated[int, Query()] = 1) -> M`
the stub is `async def op(ctx: Ctx, *, page: int) -> M`, the signature the lead's handlers must have.
"""

from __future__ import annotations

import ast
from pathlib import Path

CONTEXT = '''"""Stand-in for handlers/context.py: the names the generated routers import."""

from typing import Any

from fastapi import Depends, Request


class Ctx:
    def __init__(self, request: Request) -> None:
        self.request = request


def ctx_for(operation_id: str) -> Any:
    async def dependency(request: Request) -> Ctx:
        return Ctx(request)

    return Depends(dependency)


def split_csv(value: Any) -> Any:
    return value


def iso_date(value: Any) -> Any:
    return value


def rfc3339(value: Any) -> Any:
    return value
'''


def _plain(annotation: ast.expr | None) -> str:
    """`Annotated[T, Query()]` -> `T`."""
    if annotation is None:
        raise ValueError("generated parameters are always annotated")
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "Annotated":
        inner = annotation.slice
        return ast.unparse(inner.elts[0] if isinstance(inner, ast.Tuple) else inner)
    return ast.unparse(annotation)


def stub_module(router_source: str) -> str:
    tree = ast.parse(router_source)
    imports = [
        ast.unparse(node)
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module not in ("handlers", "__future__")
    ]
    functions = []
    for node in tree.body:
        if not isinstance(node, ast.AsyncFunctionDef):
            continue
        params = [f"{a.arg}: {_plain(a.annotation)}" for a in node.args.kwonlyargs if a.arg != "ctx"]
        star = ", *, " + ", ".join(params) if params else ""
        returns = ast.unparse(node.returns) if node.returns else "None"
        functions.append(
            f"async def {node.name}(ctx: Ctx{star}) -> {returns}:\n    raise NotImplementedError\n"
        )
    return "\n".join(imports) + "\n\n\n" + "\n\n".join(functions)


def write_stub_package(routers: Path, target: Path) -> None:
    """A `handlers` package in `target` for every router module in `routers`."""
    package = target / "handlers"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "context.py").write_text(CONTEXT)
    for router in sorted(routers.glob("*.py")):
        if router.name != "__init__.py":
            (package / router.name).write_text(stub_module(router.read_text("utf-8")))
