"""Fixes applied to datamodel-codegen's models.py so that mypy (strict, warn_unused_ignores) accepts it.

1. `fix_models` (before ruff): `constr(...)`/`conint(...)`/`confloat(...)`/`condecimal(...)` calls
   survive `--field-constraints` in places such as dict keys (`propertyNames`). A call is not a type
   for mypy, so each becomes `Annotated[str, StringConstraints(...)]` / `Annotated[int, Field(...)]`,
   which pydantic reads the same way.
2. `add_type_ignores` (after ruff format, on the line mypy reports), where the runtime is right and
   only mypy's view is wrong:
   - an enum member named like a `str` method (`title`, `count`, `index`, `format`, ...) is an
     incompatible override for mypy (uses such as `InitiativeSort.title` still type as the member);
   - a model-typed field with an object default (`parameters: ReportParameters = {}` plus
     `validate_default=True`: pydantic turns `{}` into the model, mypy sees a dict).
"""

from __future__ import annotations

import ast

CON_TYPES = {
    "constr": ("str", "StringConstraints"),
    "conint": ("int", "Field"),
    "confloat": ("float", "Field"),
    "condecimal": ("Decimal", "Field"),
}
STR_ATTRIBUTES = frozenset(dir(str))


def fix_models(source: str) -> str:
    return _replace_con_calls(source)


def add_type_ignores(source: str) -> str:
    tree = ast.parse(source)
    models = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(isinstance(b, (ast.Name, ast.Subscript)) and _base_name(b) in MODEL_BASES for b in node.bases)
    }
    lines_to_mark: set[int] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases = {_base_name(b) for b in node.bases}
        for stmt in node.body:
            if bases & {"StrEnum", "str"} and _is_str_method_member(stmt):
                assert isinstance(stmt, ast.Assign)
                lines_to_mark.add(stmt.value.lineno)
            if (
                node.name in models
                and isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.value, (ast.Dict, ast.List))
                and not _admits_literal(stmt.annotation, stmt.value)
            ):
                lines_to_mark.add(stmt.value.lineno)
    lines = source.splitlines(keepends=True)
    for lineno in sorted(lines_to_mark):
        line = lines[lineno - 1].rstrip("\n")
        if "# type: ignore" not in line:
            lines[lineno - 1] = f"{line}  # type: ignore[assignment]\n"
    return "".join(lines)


MODEL_BASES = frozenset({"BaseModel", "RootModel"})


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Subscript):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _is_str_method_member(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and stmt.targets[0].id in STR_ATTRIBUTES
    )


def _admits_literal(annotation: ast.expr, value: ast.expr) -> bool:
    """Whether the annotation admits a dict (list) literal: some member of its union is dict (list)."""
    if isinstance(annotation, ast.Subscript) and _base_name(annotation) == "Annotated":
        inner = annotation.slice
        annotation = inner.elts[0] if isinstance(inner, ast.Tuple) else inner
    members: list[ast.expr] = []
    pending = [annotation]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            pending += [node.left, node.right]
        else:
            members.append(node)
    wanted = {"dict", "Mapping"} if isinstance(value, ast.Dict) else {"list", "Sequence"}
    return any(_base_name(m) in wanted | {"Any"} for m in members)


def _replace_con_calls(source: str) -> str:
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def pos(lineno: int, col: int) -> int:
        return offsets[lineno - 1] + len(lines[lineno - 1].encode()[:col].decode())

    edits: list[tuple[int, int, str]] = []
    needed: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CON_TYPES:
            base, wrapper = CON_TYPES[node.func.id]
            args = ", ".join(ast.get_source_segment(source, kw) or "" for kw in node.keywords)
            if node.args:
                raise ValueError(f"unexpected positional arguments in {ast.get_source_segment(source, node)}")
            assert node.end_lineno is not None
            assert node.end_col_offset is not None
            start, end = pos(node.lineno, node.col_offset), pos(node.end_lineno, node.end_col_offset)
            edits.append((start, end, f"Annotated[{base}, {wrapper}({args})]"))
            needed.add(wrapper)
            if base == "Decimal":
                needed.add("Decimal")
    if not edits:
        return source
    # Nested calls cannot occur (their arguments are constants), so edits do not overlap.
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    return _ensure_imports(source, needed)


def _ensure_imports(source: str, needed: set[str]) -> str:
    tree = ast.parse(source)
    have: set[str] = set()
    pydantic_import: ast.ImportFrom | None = None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            have.update(a.asname or a.name for a in node.names)
            if node.module == "pydantic":
                pydantic_import = node
    add_pydantic = sorted(n for n in needed - have if n in ("StringConstraints", "Field"))
    extra: list[str] = []
    if "Annotated" not in have:
        extra.append("from typing import Annotated\n")
    if "Decimal" in needed and "Decimal" not in have:
        extra.append("from decimal import Decimal\n")
    lines = source.splitlines(keepends=True)
    if add_pydantic:
        if pydantic_import is None:
            extra.append(f"from pydantic import {', '.join(add_pydantic)}\n")
        else:
            names = sorted({a.name for a in pydantic_import.names} | set(add_pydantic))
            assert pydantic_import.end_lineno is not None
            lines[pydantic_import.lineno - 1 : pydantic_import.end_lineno] = [
                f"from pydantic import {', '.join(names)}\n"
            ]
    if extra:
        # after `from __future__ import annotations` (always first in datamodel-codegen output)
        index = next(
            (i + 1 for i, line in enumerate(lines) if line.startswith("from __future__ import")),
            0,
        )
        lines[index:index] = ["\n", *extra]
    return "".join(lines)
