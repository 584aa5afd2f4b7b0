"""Scaffold handler functions for operations that have a generated route but no handler yet.

    .venv/bin/python scripts/scaffold_handlers.py [tag ...]

For each ``generated/routers/<tag>.py`` it appends to ``handlers/<tag>.py`` (creating it if needed)
one function per missing operation, with the signature the route calls, answering 501
``not_implemented``. Then write the real behaviour in place of the ``raise``. Run ``make format``
afterwards to drop unused imports.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _unwrap(annotation: ast.expr) -> str:
    """``Annotated[T, Query(...)]`` → ``T``."""
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "Annotated":
        first = annotation.slice.elts[0] if isinstance(annotation.slice, ast.Tuple) else annotation.slice
        return ast.unparse(first)
    return ast.unparse(annotation)


def scaffold(tag: str) -> list[str]:
    router = ROOT / "generated" / "routers" / f"{tag}.py"
    target = ROOT / "handlers" / f"{tag}.py"
    tree = ast.parse(router.read_text())
    existing: set[str] = set()
    if target.exists():
        existing = {n.name for n in ast.parse(target.read_text()).body if isinstance(n, ast.AsyncFunctionDef)}
    imports = [
        ast.unparse(n)
        for n in tree.body
        if isinstance(n, ast.ImportFrom)
        and n.module
        and (n.module.startswith("generated.models") or n.module in ("datetime", "uuid"))
    ]
    added: list[str] = []
    chunks: list[str] = []
    for node in tree.body:
        if not isinstance(node, ast.AsyncFunctionDef) or node.name in existing:
            continue
        params = [
            f"{a.arg}: {_unwrap(a.annotation)}"
            for a in [*node.args.args, *node.args.kwonlyargs]
            if a.arg != "ctx" and a.annotation is not None
        ]
        returns = ast.unparse(node.returns) if node.returns else "None"
        signature = ", ".join(["ctx: Ctx", *(["*", *params] if params else [])])
        chunks.append(
            f"\n\nasync def {node.name}({signature}) -> {returns}:\n    raise NotImplementedYet()\n"
        )
        added.append(node.name)
    if not added:
        return []
    if not target.exists():
        header = [
            f'"""Handlers of the {tag} operations."""',
            "",
            "from __future__ import annotations",
            "",
            "from fastapi import Response  # noqa: F401",
            *imports,
            "",
            "from handlers.context import Ctx",
            "from handlers.errors import NotImplementedYet",
        ]
        target.write_text("\n".join(header) + "\n")
    with target.open("a") as f:
        f.write("".join(chunks))
    return added


def main(argv: list[str]) -> int:
    tags = argv or sorted(
        p.stem for p in (ROOT / "generated" / "routers").glob("*.py") if p.stem != "__init__"
    )
    for tag in tags:
        added = scaffold(tag)
        if added:
            print(f"handlers/{tag}.py: + {', '.join(added)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
