"""The route table of every generated router, read from the bundled contract.

fastapi-codegen drops parameter constraints, defaults inside `$ref`'d schemas and `style`/`explode`,
so the visitor (codegen/visitor.py) calls `build_routers()`, which reads the bundle itself and hands
the template (codegen/templates/routers.jinja2) fully rendered argument declarations.
codegen/generate.py uses it too, for the `ROUTERS` order. Standard library and PyYAML only.

Class names and enum member names are taken from generated/models.py (datamodel-codegen output),
so a route never names a class the models do not define.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
HTTP_METHODS_ROUTED = ("get", "post", "put", "patch", "delete")
JSON_MEDIA = re.compile(r"^application/([a-z0-9.+-]*\+)?json$")
TAG_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# Names the generated module itself uses; a parameter with one of these names gets an alias.
MODULE_NAMES = frozenset(
    {
        "APIRouter",
        "Annotated",
        "BeforeValidator",
        "Ctx",
        "Field",
        "Header",
        "Path",
        "Query",
        "Response",
        "UUID",
        "body",
        "ctx",
        "ctx_for",
        "date",
        "datetime",
        "handlers",
        "router",
        "split_csv",
    }
)
# Site adds these to builtins; listed so the result does not depend on `python -S`.
_SITE_BUILTINS = frozenset({"copyright", "credits", "exit", "help", "license", "quit"})
RESERVED = (
    frozenset(keyword.kwlist)
    | frozenset(keyword.softkwlist)
    | frozenset(n for n in dir(builtins) if not n.startswith("_"))
    | _SITE_BUILTINS
    | MODULE_NAMES
)
# Constraint keywords of Query/Path/Header/Field, in the order they are rendered.
NUMBER_CONSTRAINTS = (
    ("minimum", "ge"),
    ("exclusiveMinimum", "gt"),
    ("maximum", "le"),
    ("exclusiveMaximum", "lt"),
    ("multipleOf", "multiple_of"),
)
STRING_CONSTRAINTS = (("minLength", "min_length"), ("maxLength", "max_length"), ("pattern", "pattern"))
ARRAY_CONSTRAINTS = (("minItems", "min_length"), ("maxItems", "max_length"))
STRING_FORMATS = {"uuid": "UUID", "date": "date", "date-time": "datetime"}


def load_yaml(text: str) -> Any:
    """PyYAML's safe loader, the libyaml one when available (ten times faster on the bundle)."""
    if yaml.__with_libyaml__:
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)


class ContractError(Exception):
    """The contract has a shape the generator does not support; the message says where and why."""


# --------------------------------------------------------------------------- models.py


@dataclass(frozen=True)
class ModelIndex:
    """What generated/models.py defines: every class, and the members of the enums by value."""

    classes: frozenset[str]
    enums: Mapping[str, Mapping[str, str]]  # class -> value -> member name

    @classmethod
    def from_source(cls, source: str) -> ModelIndex:
        classes: set[str] = set()
        enums: dict[str, dict[str, str]] = {}
        for node in ast.parse(source).body:
            if not isinstance(node, ast.ClassDef):
                continue
            classes.add(node.name)
            bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
            if bases & {"StrEnum", "Enum", "IntEnum"}:
                members: dict[str, str] = {}
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.Assign)
                        and len(stmt.targets) == 1
                        and isinstance(stmt.targets[0], ast.Name)
                        and isinstance(stmt.value, ast.Constant)
                    ):
                        members[str(stmt.value.value)] = stmt.targets[0].id
                enums[node.name] = members
        return cls(frozenset(classes), enums)


# --------------------------------------------------------------------------- rendering helpers


def py_literal(value: str) -> str:
    """A Python string literal for `value`: raw for regexes when that is exact, else repr()."""
    if "\\" in value and '"' not in value and not value.endswith("\\") and value.isprintable():
        return f'r"{value}"'
    literal = repr(value)
    if literal.startswith("'") and '"' not in value and "'" not in value:
        return f'"{literal[1:-1]}"'  # the quotes ruff format would choose
    return literal


def py_value(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return py_literal(value)
    raise ContractError(f"unsupported constant {value!r}")


def _default(value: Any, types: type | tuple[type, ...], where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, types) or (
        isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,))
    ):
        raise ContractError(f"{where}: default {value!r} does not match the parameter type")
    return py_value(value)


def snake_name(name: str) -> str:
    """Python name of a parameter: If-Match -> if_match, pageSize -> page_size."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    s = re.sub(r"[^0-9A-Za-z]+", "_", s).strip("_").lower()
    if not s:
        raise ContractError(f"parameter name {name!r} has no usable characters")
    if s[0].isdigit():
        s = "p_" + s
    return s


def docstring(text: str) -> str:
    body = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return f'"""{body}"""' if "\n" not in body else f'"""{body}\n"""'


# --------------------------------------------------------------------------- the route table


@dataclass(frozen=True)
class Arg:
    name: str  # the Python name, also the handler's keyword
    decl: str  # the full declaration: name: Annotated[...] = default


@dataclass
class Route:
    tag: str
    method: str
    path: str
    operation_id: str
    status_code: int
    response_model: str  # "None" when the route has no JSON body
    response_class: str | None
    return_type: str
    args: list[Arg]
    summary: str | None = None
    description: str | None = None

    @property
    def path_literal(self) -> str:
        return py_literal(self.path)

    @property
    def operation_id_literal(self) -> str:
        return py_literal(self.operation_id)

    @property
    def summary_literal(self) -> str | None:
        return py_literal(self.summary) if self.summary else None

    @property
    def docstring(self) -> str | None:
        return docstring(self.description) if self.description else None

    @property
    def call(self) -> str:
        kwargs = "".join(f", {a.name}={a.name}" for a in self.args)
        return f"handlers.{self.operation_id}(ctx{kwargs})"


@dataclass
class RouterModule:
    tag: str
    routes: list[Route] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)


class _Imports:
    def __init__(self) -> None:
        self.names: dict[str, set[str]] = {}

    def add(self, module: str, *names: str) -> None:
        self.names.setdefault(module, set()).update(names)

    def lines(self, tag: str) -> list[str]:
        order = ["datetime", "typing", "uuid", "fastapi", "pydantic", "handlers.context"]
        out: list[str] = []
        for module in order:
            if module in self.names:
                out.append(f"from {module} import {', '.join(sorted(self.names[module]))}")
        out.append(f"from handlers import {tag} as handlers")
        if "generated.models" in self.names:
            out.append(f"from generated.models import {', '.join(sorted(self.names['generated.models']))}")
        unknown = set(self.names) - set(order) - {"generated.models"}
        if unknown:  # pragma: no cover - programming error
            raise AssertionError(unknown)
        return out


class _Contract:
    """The bundled contract with `$ref` resolution (bundles only hold local refs)."""

    def __init__(self, spec: Mapping[str, Any], models: ModelIndex) -> None:
        self.spec = spec
        self.models = models

    def ref(self, ref: str) -> tuple[str, Any]:
        if not ref.startswith("#/"):
            raise ContractError(f"external $ref {ref!r} in the bundle (bundle with redocly first)")
        node: Any = self.spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            try:
                node = node[part]
            except (KeyError, TypeError, IndexError):
                raise ContractError(f"unresolved $ref {ref!r}") from None
        return ref.rsplit("/", 1)[-1], node

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            _, node = self.ref(node["$ref"])
            seen += 1
            if seen > 50:
                raise ContractError("$ref cycle")
        return node

    def schema(self, schema: Mapping[str, Any]) -> tuple[str | None, dict[str, Any]]:
        """(component name or None, schema with `$ref` siblings merged over the target)."""
        if "$ref" in schema:
            name, target = self.ref(schema["$ref"])
            if not schema["$ref"].startswith("#/components/schemas/"):
                raise ContractError(f"schema $ref {schema['$ref']!r} is not a component schema")
            inner_name, merged = self.schema(target)
            merged = {**merged, **{k: v for k, v in schema.items() if k != "$ref"}}
            # A named alias of another named schema keeps the innermost enum/class name.
            return (name if inner_name is None or name in self.models.classes else inner_name), merged
        return None, dict(schema)


def _types(schema: Mapping[str, Any], where: str) -> tuple[str | None, bool]:
    t = schema.get("type")
    types = [t] if isinstance(t, str) else list(t or [])
    nullable = "null" in types or schema.get("nullable") is True
    rest = [x for x in types if x != "null"]
    if len(rest) > 1:
        raise ContractError(f"{where}: a parameter of several types {rest} is not supported")
    if not rest and "enum" in schema:
        return "string", nullable
    return (rest[0] if rest else None), nullable


def _constraints(schema: Mapping[str, Any], table: Iterable[tuple[str, str]]) -> list[str]:
    out = []
    for key, kw in table:
        if key in schema:
            value = schema[key]
            if key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
                raise ContractError("boolean exclusiveMinimum/Maximum (OpenAPI 3.0) is not supported")
            out.append(f"{kw}={py_value(value)}")
    return out


@dataclass
class _Type:
    annotation: str  # without "| None"
    constraints: list[str]  # keyword arguments for Query()/Path()/Header()
    nullable: bool
    default: str | None  # rendered Python default, or None when the schema has none
    csv: bool = False


class _Builder:
    def __init__(self, contract: _Contract) -> None:
        self.c = contract
        self.models = contract.models

    # ---- types of parameters

    def enum_class(self, name: str, where: str) -> str:
        if name not in self.models.enums:
            raise ContractError(f"{where}: enum {name!r} is not an enum class of generated/models.py")
        return name

    def enum_default(self, cls: str, value: Any, where: str) -> str:
        members = self.models.enums[cls]
        if str(value) not in members:
            raise ContractError(f"{where}: default {value!r} is not a member of {cls}")
        return f"{cls}.{members[str(value)]}"

    def scalar(self, schema: Mapping[str, Any], where: str, imports: _Imports) -> _Type:
        name, s = self.c.schema(schema)
        base, nullable = _types(s, where)
        default = s.get("default")
        if "enum" in s:
            if name is None:
                raise ContractError(
                    f"{where}: inline enum; $ref a named enum of components/schemas/enums.yaml"
                )
            cls = self.enum_class(name, where)
            imports.add("generated.models", cls)
            return _Type(
                cls, [], nullable, None if default is None else self.enum_default(cls, default, where)
            )
        if base == "string":
            fmt = s.get("format")
            if fmt in STRING_FORMATS:
                ann = STRING_FORMATS[fmt]
                imports.add("uuid" if ann == "UUID" else "datetime", ann)
                if default is not None:
                    raise ContractError(f"{where}: defaults on {fmt} parameters are not supported")
                return _Type(ann, [], nullable, None)
            return _Type("str", _constraints(s, STRING_CONSTRAINTS), nullable, _default(default, str, where))
        if base == "integer":
            return _Type("int", _constraints(s, NUMBER_CONSTRAINTS), nullable, _default(default, int, where))
        if base == "number":
            return _Type(
                "float", _constraints(s, NUMBER_CONSTRAINTS), nullable, _default(default, (int, float), where)
            )
        if base == "boolean":
            return _Type("bool", [], nullable, _default(default, bool, where))
        raise ContractError(
            f"{where}: parameters of type {base!r} are not supported (use a scalar or an array)"
        )

    def param_type(self, param: Mapping[str, Any], where: str, imports: _Imports) -> _Type:
        schema = param.get("schema")
        if schema is None:
            raise ContractError(f"{where}: parameters need a schema (content is not supported)")
        _, s = self.c.schema(schema)
        base, nullable = _types(s, where)
        if base != "array":
            return self.scalar(schema, where, imports)
        if param.get("in") not in ("query", "header"):
            raise ContractError(f"{where}: array parameters are only supported in the query")
        if "default" in s:
            raise ContractError(f"{where}: defaults on array parameters are not supported")
        item = self.scalar(s.get("items") or {}, where + " items", imports)
        item_ann = item.annotation
        if item.constraints:
            imports.add("pydantic", "Field")
            item_ann = f"Annotated[{item_ann}, Field({', '.join(item.constraints)})]"
        csv = param.get("explode") is False
        if param.get("style", "form") != "form":
            raise ContractError(f"{where}: only style: form is supported for array parameters")
        return _Type(f"list[{item_ann}]", _constraints(s, ARRAY_CONSTRAINTS), nullable, None, csv=csv)

    def parameter(self, param: Mapping[str, Any], op_id: str, taken: set[str], imports: _Imports) -> Arg:
        location = param.get("in")
        raw_name = param["name"]
        where = f"{op_id}: parameter {raw_name!r} ({location})"
        kinds = {"query": "Query", "path": "Path", "header": "Header"}
        if location not in kinds:
            raise ContractError(f"{where}: {location} parameters are not supported")
        t = self.param_type(param, where, imports)
        name = snake_name(raw_name)
        while name in RESERVED or name in taken:
            name += "_"
        taken.add(name)
        kwargs: list[str] = []
        if name != raw_name:
            kwargs.append(f"alias={py_literal(raw_name)}")
        kwargs += t.constraints
        kind = kinds[location]
        imports.add("fastapi", kind)
        imports.add("typing", "Annotated")
        required = bool(param.get("required")) or location == "path"
        default = t.default
        if default is None and not required and raw_name == "sort" and t.annotation in self.models.enums:
            member = self.models.enums[t.annotation].get("created_at")
            default = f"{t.annotation}.{member}" if member else None
        if default is None and not required and raw_name == "order" and t.annotation in self.models.enums:
            member = self.models.enums[t.annotation].get("desc")
            default = f"{t.annotation}.{member}" if member else None
        ann = t.annotation
        if t.nullable or (not required and default is None):
            ann += " | None"
        metadata = [f"{kind}({', '.join(kwargs)})"]
        if t.csv:
            metadata.append("BeforeValidator(split_csv)")
            imports.add("pydantic", "BeforeValidator")
            imports.add("handlers.context", "split_csv")
        # Pydantic reads numbers as Unix timestamps and accepts naive times: hold query dates
        # and date-times to the contract's formats.
        strict = {"date": "iso_date", "datetime": "rfc3339"}.get(t.annotation)
        if strict:
            metadata.append(f"BeforeValidator({strict})")
            imports.add("pydantic", "BeforeValidator")
            imports.add("handlers.context", strict)
        decl = f"{name}: Annotated[{ann}, {', '.join(metadata)}]"
        if not required:
            decl += f" = {default if default is not None else 'None'}"
        return Arg(name, decl)

    # ---- bodies

    def model_type(self, schema: Mapping[str, Any], where: str, imports: _Imports) -> str:
        if "$ref" in schema:
            name, target = self.c.ref(schema["$ref"])
            if name in self.models.classes:
                imports.add("generated.models", name)
                return name
            schema = target  # collapsed by datamodel-codegen (--collapse-root-models)
        base, _ = _types(schema, where)
        if base == "array" and isinstance(schema.get("items"), Mapping):
            return f"list[{self.model_type(schema['items'], where, imports)}]"
        raise ContractError(
            f"{where}: bodies must be named components (#/components/schemas/...), got {schema!r}"
        )

    def request_body(self, op: Mapping[str, Any], op_id: str, imports: _Imports) -> Arg | None:
        if "requestBody" not in op:
            return None
        body = self.c.deref(op["requestBody"])
        content: Mapping[str, Any] = body.get("content") or {}
        if "multipart/form-data" in content:
            return None  # the handler streams ctx.request itself (size caps, several content types)
        json_types = [m for m in content if JSON_MEDIA.match(m)]
        if not json_types or len(json_types) != len(content):
            return None  # not JSON: the handler reads ctx.request
        if len(json_types) > 1:
            raise ContractError(f"{op_id}: several JSON request media types are not supported")
        ann = self.model_type(content[json_types[0]].get("schema") or {}, f"{op_id}: request body", imports)
        if body.get("required"):
            return Arg("body", f"body: {ann}")
        return Arg("body", f"body: {ann} | None = None")

    def response(
        self, op: Mapping[str, Any], op_id: str, imports: _Imports
    ) -> tuple[int, str, str | None, str]:
        """(status_code, response_model, response_class, return annotation)."""
        responses: Mapping[Any, Any] = op.get("responses") or {}
        codes = [str(c) for c in responses if re.fullmatch(r"2\d\d", str(c))]
        if not codes:
            raise ContractError(f"{op_id}: no 2xx response")
        code = codes[0]
        response = self.c.deref(responses[code] if code in responses else responses[int(code)])
        content: Mapping[str, Any] = response.get("content") or {}
        if not content:
            return int(code), "None", None, "None"
        if all(JSON_MEDIA.match(m) for m in content):
            first = next(iter(content))
            model = self.model_type(content[first].get("schema") or {}, f"{op_id}: response {code}", imports)
            return int(code), model, None, model
        imports.add("fastapi", "Response")
        return int(code), "None", "Response", "Response"

    # ---- operations

    def route(
        self, path: str, method: str, item: Mapping[str, Any], op: Mapping[str, Any]
    ) -> tuple[Route, _Imports]:
        op_id = op.get("operationId")
        if not op_id or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", op_id):
            raise ContractError(
                f"{method.upper()} {path}: operationId {op_id!r} is missing or not snake_case"
            )
        tags = op.get("tags") or []
        if len(tags) != 1 or not TAG_NAME.fullmatch(str(tags[0])):
            raise ContractError(f"{op_id}: needs exactly one lower-case tag, has {tags!r}")
        imports = _Imports()
        imports.add("typing", "Annotated")
        imports.add("handlers.context", "Ctx", "ctx_for")
        params: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            p = self.c.deref(raw)
            params[(p["in"], p["name"])] = p  # operation-level parameters override path-level ones
        if any(loc == "cookie" for loc, _ in params):
            raise ContractError(f"{op_id}: cookie parameters are not supported")
        path_names = re.findall(r"\{([^}]+)\}", path)
        for n in path_names:
            if ("path", n) not in params:
                raise ContractError(f"{op_id}: path parameter {{{n}}} is not declared")
        ordered = [params[("path", n)] for n in path_names]
        ordered += [p for (loc, _), p in params.items() if loc == "query"]
        ordered += [p for (loc, _), p in params.items() if loc == "header"]
        taken: set[str] = set()
        args = [self.parameter(p, op_id, taken, imports) for p in ordered]
        body = self.request_body(op, op_id, imports)
        if body is not None:
            args.append(body)
        status, model, response_class, returns = self.response(op, op_id, imports)
        return (
            Route(
                tag=str(tags[0]),
                method=method,
                path=path,
                operation_id=op_id,
                status_code=status,
                response_model=model,
                response_class=response_class,
                return_type=returns,
                args=args,
                summary=op.get("summary"),
                description=op.get("description"),
            ),
            imports,
        )


def path_sort_key(path: str) -> tuple[tuple[int, str], ...]:
    """Literal segments before parameters, so /users/me is matched before /users/{user_id}."""
    return tuple((1, "") if seg.startswith("{") else (0, seg) for seg in path.strip("/").split("/"))


def route_order(route: Route) -> tuple[Any, ...]:
    return (path_sort_key(route.path), METHODS.index(route.method))


def build_routers(spec: Mapping[str, Any], models_source: str) -> list[RouterModule]:
    """One RouterModule per tag that has operations, in the order of the root `tags` list."""
    contract = _Contract(spec, ModelIndex.from_source(models_source))
    builder = _Builder(contract)
    modules: dict[str, RouterModule] = {}
    imports: dict[str, _Imports] = {}
    seen_ids: dict[str, str] = {}
    for path, raw_item in (spec.get("paths") or {}).items():
        item = contract.deref(raw_item) or {}
        for method in METHODS:
            if method not in item:
                continue
            if method not in HTTP_METHODS_ROUTED:
                raise ContractError(f"{method.upper()} {path}: method not supported")
            route, route_imports = builder.route(path, method, item, item[method])
            if route.operation_id in seen_ids:
                raise ContractError(f"operationId {route.operation_id!r} is used twice")
            seen_ids[route.operation_id] = path
            module = modules.setdefault(route.tag, RouterModule(route.tag))
            module.routes.append(route)
            merged = imports.setdefault(route.tag, _Imports())
            for mod, names in route_imports.names.items():
                merged.add(mod, *names)
    declared = [str(t["name"]) for t in spec.get("tags") or [] if isinstance(t, Mapping) and "name" in t]
    order = [t for t in declared if t in modules] + sorted(t for t in modules if t not in declared)
    result = []
    for tag in order:
        module = modules[tag]
        module.routes.sort(key=route_order)
        imports[tag].add("fastapi", "APIRouter")
        module.imports = imports[tag].lines(tag)
        result.append(module)
    check_shadowing(result)
    return result


def check_shadowing(modules: list[RouterModule]) -> None:
    """Fail when a route registered earlier would catch requests meant for a later one."""
    routes = [r for m in modules for r in m.routes]
    for i, a in enumerate(routes):
        sa = a.path.strip("/").split("/")
        for b in routes[i + 1 :]:
            sb = b.path.strip("/").split("/")
            if a.method != b.method or len(sa) != len(sb) or a.path == b.path:
                continue
            overlap = all(
                x == y or x.startswith("{") or y.startswith("{") for x, y in zip(sa, sb, strict=True)
            )
            wider = any(x.startswith("{") and not y.startswith("{") for x, y in zip(sa, sb, strict=True))
            if overlap and wider:
                raise ContractError(
                    f"{a.method.upper()} {a.path} ({a.tag}) is registered before {b.method.upper()} {b.path} "
                    f"({b.tag}) and would catch its requests; reorder the root tags or rename the paths"
                )
