"""Breaking-change review of the contract: openapi/ (the working tree) against a git revision.

    .venv/bin/python -m codegen.contract_diff                 # base: last v* tag, else HEAD~1
    .venv/bin/python -m codegen.contract_diff --base v1.2.0   # any git revision
    .venv/bin/python -m codegen.contract_diff --summary       # breaking changes in full, others counted
    .venv/bin/python -m codegen.contract_diff --json          # the findings as JSON

Both contracts are bundled with Redocly (the base's openapi/ is read with `git archive` into a
temporary directory) and compared operation by operation, following `$ref`s. Every change is
classified breaking or not; exit status 1 when there are breaking changes that are not released:
`info.version` must get a new major version (0.x included: 0.1.x → 1.0.0) and `openapi/CHANGELOG.md` must have a section for the new
version that mentions each breaking change (its field, parameter, path, value or schema name).
No base (first commit, shallow clone, no openapi/ there): nothing to compare, exit 0.

The rules (each has a test in tests/contract_diff/): see `RULES` below.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if (
    str(ROOT) not in sys.path
):  # `python codegen/contract_diff.py` as well as `python -m codegen.contract_diff`
    sys.path.insert(0, str(ROOT))

from codegen.generate import Job, StepFailed, node_bin  # noqa: E402
from codegen.routes import load_yaml  # noqa: E402

CONTRACT_DIR = "openapi"
CHANGELOG = ROOT / CONTRACT_DIR / "CHANGELOG.md"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ROLES = ("viewer", "analyst", "manager", "admin")
REQUEST, RESPONSE = "request", "response"

# rule id → why it breaks clients (shown under each breaking change)
RULES: dict[str, str] = {
    "path-removed": "clients calling it get 404",
    "operation-removed": "clients calling it get 404 or 405",
    "operation-id-changed": "the generated Python client names its function after the operationId",
    "auth-added": "anonymous callers now get 401",
    "min-role-raised": "callers with a lower role now get 403",
    "parameter-removed": "clients sending it send an unknown parameter, and the generated clients lose the argument",
    "parameter-added-required": "existing calls do not send it and are rejected (422)",
    "parameter-made-required": "existing calls that omit it are rejected (422)",
    "parameter-serialization-changed": "clients encode the value differently from what the server now parses",
    "request-body-added-required": "existing calls send no body and are rejected",
    "request-body-removed": "clients still send a body the operation no longer takes",
    "request-body-made-required": "existing calls without a body are rejected",
    "media-type-removed": "clients using that content type are rejected (415) or cannot read the answer",
    "status-removed": "clients handling that status code never see it again; a new success code is not handled",
    "response-header-removed": "clients reading the header get nothing",
    "response-field-removed": "clients reading the field get nothing (undefined / AttributeError)",
    "response-field-renamed": "clients reading the old name get nothing",
    "response-field-optional": "clients that rely on the field being present break when it is absent",
    "response-nullable": "clients that do not expect null break on it",
    "response-type-changed": "clients parse the old type",
    "response-enum-unbounded": "typed clients expect one of the listed values",
    "response-variant-added": "typed clients do not handle the new shape",
    "request-field-removed": "clients still sending it are rejected (additionalProperties: false) or silently ignored",
    "request-field-renamed": "clients still sending the old name are rejected and miss the new one",
    "request-field-added-required": "existing requests do not send it and are rejected (422)",
    "request-field-made-required": "existing requests that omit it are rejected (422)",
    "request-not-nullable": "clients sending null are rejected (422)",
    "request-type-changed": "values of the old type are rejected (422)",
    "request-enum-narrowed": "clients sending a removed value are rejected (422)",
    "request-constraint-tightened": "values valid before are rejected now (422)",
    "request-additional-properties-closed": "clients sending other fields are rejected (422)",
    "request-variant-removed": "clients sending that shape are rejected (422)",
    "request-rule-changed": "a validation rule changed: values valid before may be rejected",
    "format-changed": "clients produce or parse the value in the old format",
    "schema-removed": "the generated clients lose the type (TypeScript `Schema<...>`, Python `tollgate_client.models`)",
}


# --------------------------------------------------------------------------- findings


@dataclass
class Finding:
    breaking: bool
    rule: str
    subject: str  # what changed, in contract terms: "InitiativeResponse.title", "GET /health", "query parameter status"
    message: str  # how it changed
    mentions: tuple[str, ...]  # names a CHANGELOG entry may use to mention it (any one will do)
    where: list[str] = field(default_factory=list)  # the operations (and parts) it affects

    @property
    def why(self) -> str:
        return RULES.get(self.rule, "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "breaking": self.breaking,
            "rule": self.rule,
            "subject": self.subject,
            "message": self.message,
            "why": self.why if self.breaking else "",
            "where": self.where,
            "mentions": list(self.mentions),
        }


def _leaf(subject: str) -> str:
    """The last name in a subject: `Widget.tags[]` → `tags`, `query parameter page` → `page`."""
    plain = re.sub(r"(\[\]|<\d+>|\.\*)+$", "", subject)
    return re.split(r"[ .]", plain)[-1]


class Comparer:
    """Compares two bundled OpenAPI 3.1 documents; `run()` returns the findings in a stable order."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self._findings: dict[tuple[bool, str, str, str], Finding] = {}
        # A named schema is compared once per (pair, direction); later uses replay its findings with
        # their own `where` (so each finding lists every operation it affects).
        self._memo: dict[tuple[int, int, str, str], list[tuple[bool, str, str, str]]] = {}
        self._collectors: list[list[tuple[bool, str, str, str]]] = []

    # ---- recording

    def add(
        self,
        breaking: bool,
        rule: str,
        subject: str,
        message: str,
        where: str,
        mentions: Sequence[str] = (),
    ) -> None:
        key = (breaking, rule, subject, message)
        finding = self._findings.get(key)
        if finding is None:
            names = tuple(dict.fromkeys(m for m in (*(mentions or (_leaf(subject),)), subject) if m))
            finding = self._findings[key] = Finding(breaking, rule, subject, message, names)
        if where and where not in finding.where:
            finding.where.append(where)
        for collector in self._collectors:
            collector.append(key)

    def run(self) -> list[Finding]:
        self._paths()
        self._components()
        return sorted(self._findings.values(), key=lambda f: (not f.breaking, f.subject, f.rule, f.message))

    # ---- references

    @staticmethod
    def _deref(spec: dict[str, Any], node: Any) -> tuple[Any, str | None]:
        """Follow local `$ref`s; the name of the last component schema passed, if any."""
        name = None
        hops = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            parts = [p.replace("~1", "/").replace("~0", "~") for p in node["$ref"][2:].split("/")]
            if parts[:2] == ["components", "schemas"] and len(parts) == 3:
                name = parts[2]
            target: Any = spec
            for part in parts:
                target = target[part]
            node = target
            hops += 1
            if hops > 50:
                break
        return node, name

    # ---- paths and operations

    def _operations(self, spec: dict[str, Any], path: str) -> dict[str, dict[str, Any]]:
        item, _ = self._deref(spec, spec.get("paths", {}).get(path) or {})
        return {m: item[m] for m in METHODS if isinstance(item.get(m), dict)}

    def _paths(self) -> None:
        old_paths = self.old.get("paths") or {}
        new_paths = self.new.get("paths") or {}
        for path in old_paths:
            old_ops = self._operations(self.old, path)
            if path not in new_paths:
                moved = self._moved_to(path, old_ops, new_paths)
                for method in old_ops:
                    operation = f"{method.upper()} {path}"
                    message = f"path removed{f' (moved to {moved})' if moved else ''}"
                    op_id = old_ops[method].get("operationId", "")
                    self.add(True, "path-removed", operation, message, "", (path, op_id))
                continue
            new_ops = self._operations(self.new, path)
            for method, old_op in old_ops.items():
                operation = f"{method.upper()} {path}"
                if method not in new_ops:
                    op_id = old_op.get("operationId", "")
                    self.add(True, "operation-removed", operation, "operation removed", "", (path, op_id))
                    continue
                self._operation(path, method, old_op, new_ops[method])
            for method in new_ops:
                if method not in old_ops:
                    self.add(False, "operation-added", f"{method.upper()} {path}", "operation added", "")
        for path in new_paths:
            if path not in old_paths:
                for method in self._operations(self.new, path):
                    self.add(False, "operation-added", f"{method.upper()} {path}", "operation added", "")

    def _moved_to(self, path: str, old_ops: dict[str, dict[str, Any]], new_paths: dict[str, Any]) -> str:
        ids = {op.get("operationId") for op in old_ops.values()} - {None}
        for candidate in new_paths:
            new_ids = {op.get("operationId") for op in self._operations(self.new, candidate).values()}
            if ids and ids <= new_ids and candidate not in (self.old.get("paths") or {}):
                return candidate
        return ""

    def _operation(self, path: str, method: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        operation = f"{method.upper()} {path}"
        if old.get("operationId") != new.get("operationId"):
            self.add(
                True,
                "operation-id-changed",
                operation,
                f"operationId {old.get('operationId')!r} → {new.get('operationId')!r}",
                "",
                (str(old.get("operationId")), str(new.get("operationId"))),
            )
        old_public = old.get("security", self.old.get("security")) == []
        new_public = new.get("security", self.new.get("security")) == []
        names = (path, str(new.get("operationId") or old.get("operationId") or path))
        if old_public and not new_public:
            self.add(True, "auth-added", operation, "now requires authentication", "", names)
        elif new_public and not old_public:
            self.add(False, "auth-removed", operation, "no longer requires authentication", "")
        old_role, new_role = old.get("x-min-role"), new.get("x-min-role")
        if old_role in ROLES and new_role in ROLES and old_role != new_role:
            raised = ROLES.index(new_role) > ROLES.index(old_role)
            rule = "min-role-raised" if raised else "min-role-lowered"
            self.add(raised, rule, operation, f"x-min-role {old_role} → {new_role}", "", names)
        if new.get("deprecated") and not old.get("deprecated"):
            self.add(False, "operation-deprecated", operation, "deprecated", "")
        self._parameters(path, method, operation)
        self._request_body(operation, names, old.get("requestBody"), new.get("requestBody"))
        self._responses(operation, names, old.get("responses") or {}, new.get("responses") or {})

    # ---- parameters

    def _params(self, spec: dict[str, Any], path: str, method: str) -> dict[tuple[str, str], dict[str, Any]]:
        item, _ = self._deref(spec, spec["paths"][path])
        params: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*item.get("parameters", []), *item[method].get("parameters", [])]:
            param, _ = self._deref(spec, raw)
            params[(param["in"], param["name"] if param["in"] != "header" else param["name"].lower())] = param
        return params

    def _parameters(self, path: str, method: str, operation: str) -> None:
        old_params = self._params(self.old, path, method)
        new_params = self._params(self.new, path, method)
        for key, old in old_params.items():
            where = key[0]
            subject = f"{where} parameter {old['name']}"
            new = new_params.get(key)
            if new is None:
                if where != "path":  # a path parameter renamed or removed changes the path itself
                    self.add(
                        True, "parameter-removed", subject, "parameter removed", operation, (old["name"],)
                    )
                continue
            if not old.get("required") and new.get("required"):
                self.add(True, "parameter-made-required", subject, "now required", operation, (old["name"],))
            elif old.get("required") and not new.get("required"):
                self.add(False, "parameter-made-optional", subject, "now optional", operation)
            old_style = (old.get("style", _default_style(where)), old.get("explode", _default_explode(old)))
            new_style = (new.get("style", _default_style(where)), new.get("explode", _default_explode(new)))
            if old_style != new_style:
                self.add(
                    True,
                    "parameter-serialization-changed",
                    subject,
                    f"style/explode {old_style[0]}/{str(old_style[1]).lower()} → "
                    f"{new_style[0]}/{str(new_style[1]).lower()}",
                    operation,
                    (old["name"],),
                )
            self._schema(old.get("schema"), new.get("schema"), REQUEST, subject, operation)
        for key, new in new_params.items():
            if key in old_params or key[0] == "path":
                continue
            subject = f"{key[0]} parameter {new['name']}"
            if new.get("required"):
                self.add(
                    True,
                    "parameter-added-required",
                    subject,
                    "required parameter added",
                    operation,
                    (new["name"],),
                )
            else:
                self.add(False, "parameter-added", subject, "optional parameter added", operation)

    # ---- request bodies

    def _request_body(self, operation: str, names: tuple[str, ...], old_raw: Any, new_raw: Any) -> None:
        old, _ = self._deref(self.old, old_raw) if old_raw else (None, None)
        new, _ = self._deref(self.new, new_raw) if new_raw else (None, None)
        if old is None and new is None:
            return
        subject = f"{operation} request body"
        if old is None:
            if new.get("required"):
                self.add(
                    True,
                    "request-body-added-required",
                    subject,
                    "required request body added",
                    operation,
                    names,
                )
            else:
                self.add(False, "request-body-added", subject, "optional request body added", operation)
            return
        if new is None:
            self.add(True, "request-body-removed", subject, "request body removed", operation, names)
            return
        if new.get("required") and not old.get("required"):
            self.add(
                True, "request-body-made-required", subject, "request body now required", operation, names
            )
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        for media, old_media in old_content.items():
            if media not in new_content:
                self.add(True, "media-type-removed", subject, f"{media} no longer accepted", operation, names)
                continue
            where = f"{operation} request body ({media})"
            self._schema(old_media.get("schema"), new_content[media].get("schema"), REQUEST, subject, where)
        for media in new_content:
            if media not in old_content:
                self.add(False, "media-type-added", subject, f"{media} accepted", operation)

    # ---- responses

    def _responses(
        self, operation: str, names: tuple[str, ...], old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        added_success = [c for c in new if c not in old and str(c).startswith("2")]
        for code, old_raw in old.items():
            if code not in new:
                message = f"status {code} no longer returned"
                if str(code).startswith("2") and added_success:
                    message = f"success status {code} → {', '.join(map(str, added_success))}"
                self.add(True, "status-removed", operation, message, "", names)
                continue
            old_resp, _ = self._deref(self.old, old_raw)
            new_resp, _ = self._deref(self.new, new[code])
            where = f"{operation} → {code}"
            old_headers = {k.lower(): v for k, v in (old_resp.get("headers") or {}).items()}
            new_headers = {k.lower(): v for k, v in (new_resp.get("headers") or {}).items()}
            for name in old_headers:
                if name not in new_headers:
                    header = next(k for k in old_resp["headers"] if k.lower() == name)
                    self.add(
                        True,
                        "response-header-removed",
                        f"{where} header {header}",
                        "header removed",
                        operation,
                        (header,),
                    )
                else:
                    old_header, _ = self._deref(self.old, old_headers[name])
                    new_header, _ = self._deref(self.new, new_headers[name])
                    self._schema(
                        old_header.get("schema"), new_header.get("schema"), RESPONSE, f"header {name}", where
                    )
            old_content, new_content = old_resp.get("content") or {}, new_resp.get("content") or {}
            for media, old_media in old_content.items():
                if media not in new_content:
                    self.add(
                        True, "media-type-removed", where, f"{media} no longer returned", operation, names
                    )
                    continue
                self._schema(
                    old_media.get("schema"),
                    new_content[media].get("schema"),
                    RESPONSE,
                    f"{where} body",
                    f"{where} ({media})",
                )
            for media in new_content:
                if media not in old_content:
                    self.add(False, "media-type-added", where, f"{media} may be returned", operation)
        for code in new:
            if code not in old:
                self.add(False, "status-added", operation, f"status {code} added", "")

    # ---- components

    def _components(self) -> None:
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        for name in old_schemas:
            if name not in new_schemas:
                self.add(
                    True, "schema-removed", name, "schema removed (or renamed)", "components/schemas", (name,)
                )
        for name in new_schemas:
            if name not in old_schemas:
                self.add(False, "schema-added", name, "schema added", "components/schemas")

    # ---- schemas

    def _schema(self, old_raw: Any, new_raw: Any, direction: str, subject: str, where: str) -> None:
        if old_raw is None or new_raw is None:
            return
        old, old_name = self._deref(self.old, old_raw)
        new, new_name = self._deref(self.new, new_raw)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        if new_name and old_name == new_name:
            # a named schema: findings inside it are grouped under its name across all operations
            subject = new_name
        key = (id(old), id(new), direction, subject)
        if key in self._memo:  # compared before (or being compared: a recursive schema)
            for finding_key in list(self._memo[key]):  # a copy: a recursive schema's list grows here
                finding = self._findings[finding_key]
                self.add(finding.breaking, finding.rule, finding.subject, finding.message, where)
            return
        self._memo[key] = collected = []
        self._collectors.append(collected)
        try:
            self._compare(old, new, direction, subject, where)
        finally:
            self._collectors.pop()
            self._memo[key] = list(dict.fromkeys(collected))

    def _compare(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> None:
        old_inner, old_null = self._nullable(self.old, old)
        new_inner, new_null = self._nullable(self.new, new)
        if old_null != new_null:
            if direction == REQUEST:
                if old_null:
                    self.add(True, "request-not-nullable", subject, "null no longer accepted", where)
                else:
                    self.add(False, "request-nullable", subject, "null now accepted", where)
            elif new_null:
                self.add(True, "response-nullable", subject, "may now be null", where)
            else:
                self.add(False, "response-not-nullable", subject, "no longer null", where)
        if old_inner is not old or new_inner is not new:
            self._schema(old_inner, new_inner, direction, subject, where)
            return

        if not self._types(old, new, direction, subject, where):
            return  # a different type: what is inside no longer compares
        self._format(old, new, direction, subject, where)
        self._enum(old, new, direction, subject, where)
        self._constraints(old, new, direction, subject, where)
        self._properties(old, new, direction, subject, where)
        if "items" in old and "items" in new:
            self._schema(old["items"], new["items"], direction, f"{subject}[]", where)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self._schema(old_extra, new_extra, direction, f"{subject}.*", where)
        elif direction == REQUEST and old_extra is not False and new_extra is False and "properties" in old:
            self.add(
                True,
                "request-additional-properties-closed",
                subject,
                "additionalProperties: false (other fields now rejected)",
                where,
            )
        self._variants(old, new, direction, subject, where)
        self._rules(old, new, direction, subject, where)
        if "default" in old and "default" in new and old["default"] != new["default"]:
            self.add(
                False, "default-changed", subject, f"default {old['default']!r} → {new['default']!r}", where
            )

    def _nullable(self, spec: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """(the schema without its null alternative, whether null is allowed)."""
        kind = schema.get("type")
        if isinstance(kind, list) and "null" in kind:
            rest = [t for t in kind if t != "null"]
            inner = {**schema, "type": rest[0] if len(rest) == 1 else rest}
            return inner, True
        for keyword in ("anyOf", "oneOf"):
            variants = schema.get(keyword)
            if not isinstance(variants, list):
                continue
            resolved = [self._deref(spec, v)[0] for v in variants]
            nulls = [v for v in resolved if isinstance(v, dict) and v.get("type") == "null"]
            if nulls:
                rest = [v for v, r in zip(variants, resolved, strict=True) if r not in nulls]
                siblings = {k: v for k, v in schema.items() if k != keyword}
                if len(rest) == 1:
                    return ({**siblings, **rest[0]} if siblings else rest[0]), True
                return {**siblings, keyword: rest}, True
        return schema, False

    @staticmethod
    def _type_set(schema: dict[str, Any]) -> frozenset[str] | None:
        kind = schema.get("type")
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                return frozenset(["object"])
            if "items" in schema:
                return frozenset(["array"])
            return None
        return frozenset([kind] if isinstance(kind, str) else kind)

    def _types(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> bool:
        old_t, new_t = self._type_set(old), self._type_set(new)
        if old_t == new_t:
            return True
        if any(k in s for s in (old, new) for k in ("anyOf", "oneOf", "allOf")) and None in (old_t, new_t):
            return True  # a composition on one side: its parts are compared below
        shown = f"type {_show(old_t)} → {_show(new_t)}"

        def within(small: frozenset[str] | None, big: frozenset[str] | None) -> bool:
            if big is None:
                return True
            if small is None:
                return False
            widened = big | ({"integer"} if "number" in big else set())
            return small <= widened

        if direction == REQUEST:
            if within(old_t, new_t):
                self.add(False, "request-type-widened", subject, shown, where)
            else:
                self.add(True, "request-type-changed", subject, shown, where)
        elif within(new_t, old_t):
            self.add(False, "response-type-narrowed", subject, shown, where)
        else:
            self.add(True, "response-type-changed", subject, shown, where)
        return False

    def _format(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> None:
        old_f, new_f = old.get("format"), new.get("format")
        if old_f == new_f:
            return
        shown = f"format {old_f or '(none)'} → {new_f or '(none)'}"
        relaxed = new_f is None if direction == REQUEST else old_f is None
        self.add(not relaxed, "format-changed" if not relaxed else "format-relaxed", subject, shown, where)

    def _enum(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> None:
        old_e = _values(old)
        new_e = _values(new)
        if old_e == new_e:
            return
        if old_e is None:  # now limited to a list of values
            if direction == REQUEST:
                self.add(True, "request-enum-narrowed", subject, f"now limited to {_list(new_e)}", where)
            else:
                self.add(False, "response-enum-added", subject, f"now limited to {_list(new_e)}", where)
            return
        if new_e is None:
            if direction == REQUEST:
                self.add(False, "request-enum-removed", subject, "any value accepted now", where)
            else:
                self.add(
                    True, "response-enum-unbounded", subject, "no longer limited to listed values", where
                )
            return
        removed = [v for v in old_e if v not in new_e]
        added = [v for v in new_e if v not in old_e]
        if removed:
            message = f"enum value{'s' if len(removed) > 1 else ''} {_list(removed)} removed"
            if direction == REQUEST:
                self.add(True, "request-enum-narrowed", subject, message, where, tuple(map(str, removed)))
            else:
                self.add(False, "response-enum-narrowed", subject, message, where)
        if added:
            message = f"enum value{'s' if len(added) > 1 else ''} {_list(added)} added"
            if direction == RESPONSE:
                message += " (clients that switch over the values should handle it)"
            self.add(False, f"{direction}-enum-widened", subject, message, where)

    def _constraints(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> None:
        def changed(keyword: str, tightened: bool, old_v: Any, new_v: Any) -> None:
            shown = f"{keyword} {_show_value(old_v)} → {_show_value(new_v)}"
            if direction == REQUEST and tightened:
                self.add(True, "request-constraint-tightened", subject, shown, where)
            else:
                self.add(False, f"{direction}-constraint-changed", subject, shown, where)

        for keyword in ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"):
            old_v, new_v = old.get(keyword), new.get(keyword)
            if old_v != new_v:
                changed(keyword, new_v is not None and (old_v is None or new_v < old_v), old_v, new_v)
        for keyword in ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"):
            old_v, new_v = old.get(keyword), new.get(keyword)
            if old_v != new_v:
                changed(keyword, new_v is not None and (old_v is None or new_v > old_v), old_v, new_v)
        for keyword in ("pattern", "multipleOf"):
            old_v, new_v = old.get(keyword), new.get(keyword)
            if old_v != new_v:
                changed(keyword, new_v is not None, old_v, new_v)
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            changed(
                "uniqueItems", bool(new.get("uniqueItems")), old.get("uniqueItems"), new.get("uniqueItems")
            )

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> None:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        if not old_props and not new_props:
            return
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        removed = [p for p in old_props if p not in new_props]
        added = [p for p in new_props if p not in old_props]
        renamed: dict[str, str] = {}
        for name in removed:
            for candidate in added:
                if candidate in renamed.values():
                    continue
                if self._same(old_props[name], new_props[candidate]) and (name in old_req) == (
                    candidate in new_req
                ):
                    renamed[name] = candidate
                    break
        for name in removed:
            path = f"{subject}.{name}"
            if name in renamed:
                new_name = renamed[name]
                message = f"renamed to {new_name}"
                self.add(True, f"{direction}-field-renamed", path, message, where, (name, new_name))
            elif direction == RESPONSE:
                self.add(True, "response-field-removed", path, "field removed", where, (name,))
            else:
                self.add(True, "request-field-removed", path, "field removed", where, (name,))
        for name in added:
            if name in renamed.values():
                continue
            path = f"{subject}.{name}"
            if direction == REQUEST and name in new_req:
                self.add(True, "request-field-added-required", path, "required field added", where, (name,))
            else:
                self.add(
                    False,
                    f"{direction}-field-added",
                    path,
                    "optional field added" if direction == REQUEST else "field added",
                    where,
                )
        for name in old_props:
            if name not in new_props:
                continue
            path = f"{subject}.{name}"
            if direction == REQUEST and name in new_req and name not in old_req:
                self.add(True, "request-field-made-required", path, "now required", where, (name,))
            elif direction == REQUEST and name in old_req and name not in new_req:
                self.add(False, "request-field-made-optional", path, "now optional", where)
            elif direction == RESPONSE and name in old_req and name not in new_req:
                self.add(True, "response-field-optional", path, "no longer always present", where, (name,))
            elif direction == RESPONSE and name in new_req and name not in old_req:
                self.add(False, "response-field-required", path, "now always present", where)
            self._schema(old_props[name], new_props[name], direction, path, where)

    def _same(self, old: Any, new: Any) -> bool:
        """Equal schemas, ignoring documentation (a rename keeps the type)."""
        return _canonical(self._deref(self.old, old)[0]) == _canonical(self._deref(self.new, new)[0])

    def _variants(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> None:
        for keyword in ("allOf", "anyOf", "oneOf"):
            old_v, new_v = old.get(keyword), new.get(keyword)
            if not isinstance(old_v, list) and not isinstance(new_v, list):
                continue
            old_v, new_v = old_v or [], new_v or []
            if keyword == "allOf" or len(old_v) == len(new_v):
                for index, (a, b) in enumerate(zip(old_v, new_v, strict=False)):
                    self._schema(
                        a, b, direction, subject if keyword == "allOf" else f"{subject}<{index}>", where
                    )
                if keyword == "allOf" and len(old_v) != len(new_v):
                    shown = f"allOf: {len(old_v)} → {len(new_v)} parts"
                    self.add(direction == REQUEST, f"{direction}-rule-changed", subject, shown, where)
                continue
            old_keys = [_canonical(self._deref(self.old, v)[0]) for v in old_v]
            new_keys = [_canonical(self._deref(self.new, v)[0]) for v in new_v]
            removed = [k for k in old_keys if k not in new_keys]
            added = [k for k in new_keys if k not in old_keys]
            if removed:
                breaking = direction == REQUEST
                rule = "request-variant-removed" if breaking else "response-variant-removed"
                self.add(breaking, rule, subject, f"{keyword}: {len(removed)} alternative(s) removed", where)
            if added:
                breaking = direction == RESPONSE
                rule = "response-variant-added" if breaking else "request-variant-added"
                self.add(breaking, rule, subject, f"{keyword}: {len(added)} alternative(s) added", where)

    def _rules(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, subject: str, where: str
    ) -> None:
        keywords = (
            "if",
            "then",
            "else",
            "not",
            "propertyNames",
            "patternProperties",
            "dependentRequired",
            "dependentSchemas",
            "prefixItems",
            "contains",
        )
        for keyword in keywords:
            old_v, new_v = old.get(keyword), new.get(keyword)
            if _canonical(old_v) != _canonical(new_v):
                if direction == REQUEST:
                    self.add(True, "request-rule-changed", subject, f"`{keyword}` changed", where)
                else:
                    self.add(False, "response-rule-changed", subject, f"`{keyword}` changed", where)


_DOC_KEYS = {"description", "title", "example", "examples", "$comment", "externalDocs", "deprecated"}


def _canonical(schema: Any) -> str:
    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: strip(v) for k, v in sorted(node.items()) if k not in _DOC_KEYS and not k.startswith("x-")
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return json.dumps(strip(schema), sort_keys=True, default=str)


def _values(schema: dict[str, Any]) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None]
    if "const" in schema:
        return [schema["const"]]
    return None


def _default_style(where: str) -> str:
    return {"query": "form", "cookie": "form"}.get(where, "simple")


def _default_explode(param: dict[str, Any]) -> bool:
    return param.get("style", _default_style(param["in"])) == "form"


def _show(types: frozenset[str] | None) -> str:
    if types is None:
        return "(any)"
    return "|".join(sorted(types))


def _show_value(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value)


def _list(values: Sequence[Any] | None) -> str:
    return ", ".join(f"`{v}`" for v in values or [])


# --------------------------------------------------------------------------- versions and changelog


def parse_version(text: str) -> tuple[int, int, int] | None:
    match = re.match(r"^v?(\d+)\.(\d+)\.(\d+)", str(text).strip())
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def is_breaking_release(old: str, new: str) -> bool:
    """A new major version (0.x included: the front end and the services pin the major)."""
    a, b = parse_version(old), parse_version(new)
    if a is None or b is None:
        return False
    return b[0] > a[0]


def next_breaking_version(old: str) -> str:
    version = parse_version(old) or (0, 0, 0)
    return f"{version[0] + 1}.0.0"


def changelog_section(text: str, version: str) -> str | None:
    """The text under the heading that names `version` (up to the next heading of its level or higher)."""
    lines = text.splitlines()
    pattern = re.compile(rf"^(#{{1,6}})\s.*(?<![\w.]){re.escape(version)}(?![\w.])")
    for index, line in enumerate(lines):
        match = pattern.match(line)
        if not match:
            continue
        level = len(match[1])
        body = []
        for following in lines[index + 1 :]:
            heading = re.match(r"^(#{1,6})\s", following)
            if heading and len(heading[1]) <= level:
                break
            body.append(following)
        return "\n".join(body)
    return None


def unmentioned(findings: Sequence[Finding], section: str) -> list[Finding]:
    return [f for f in findings if f.breaking and not any(m in section for m in f.mentions)]


# --------------------------------------------------------------------------- git and bundling


def git(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)


def default_base(cwd: Path = ROOT) -> str | None:
    """The last release tag (v*) reachable from HEAD, else HEAD~1, else None (first commit)."""
    tag = git("describe", "--tags", "--abbrev=0", "--match", "v*", "HEAD", cwd=cwd)
    if tag.returncode == 0 and tag.stdout.strip():
        return tag.stdout.decode().strip()
    if git("rev-parse", "--verify", "--quiet", "HEAD~1^{commit}", cwd=cwd).returncode == 0:
        return "HEAD~1"
    return None


def export_contract(rev: str, dest: Path, cwd: Path = ROOT) -> bool:
    """Write `openapi/` as it is at `rev` under `dest`; False when `rev` has no openapi/openapi.yaml."""
    archive = git("archive", "--format=tar", rev, "--", CONTRACT_DIR, cwd=cwd)
    if archive.returncode != 0:
        return False
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return (dest / CONTRACT_DIR / "openapi.yaml").is_file()


def _contract_files(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.suffix in (".yaml", ".yml", ".json")
    }


def bundle_both(old_root: Path, new_root: Path, tmp: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Bundle both contracts with Redocly at once (as codegen/generate.py bundles)."""
    out_old, out_new = tmp / "old.yaml", tmp / "new.yaml"
    redocly = node_bin("redocly")
    jobs = [
        Job.start(
            "redocly bundle (base)", [redocly, "bundle", str(old_root / "openapi.yaml"), "-o", str(out_old)]
        ),
        Job.start("redocly bundle", [redocly, "bundle", str(new_root / "openapi.yaml"), "-o", str(out_new)]),
    ]
    try:
        for job in jobs:
            job.wait()
    finally:
        for job in jobs:
            job.stop()
    return load_yaml(out_old.read_text("utf-8")), load_yaml(out_new.read_text("utf-8"))


# --------------------------------------------------------------------------- report


@dataclass
class Result:
    base: str | None
    old_version: str = ""
    new_version: str = ""
    findings: list[Finding] = field(default_factory=list)
    note: str = ""
    problems: list[str] = field(default_factory=list)  # why the breaking changes are not released

    @property
    def breaking(self) -> list[Finding]:
        return [f for f in self.findings if f.breaking]

    @property
    def ok(self) -> bool:
        return not self.problems


def evaluate(
    old: dict[str, Any], new: dict[str, Any], changelog: str | None, base: str | None = "base"
) -> Result:
    """Compare two bundles and decide whether their breaking changes are released properly."""
    result = Result(
        base=base,
        old_version=str((old.get("info") or {}).get("version", "")),
        new_version=str((new.get("info") or {}).get("version", "")),
        findings=Comparer(old, new).run(),
    )
    if not result.breaking:
        return result
    released = is_breaking_release(result.old_version, result.new_version)
    target = result.new_version if released else next_breaking_version(result.old_version).split(" ")[0]
    if not released:
        result.problems.append(
            f"info.version is {result.new_version} (base: {result.old_version}): raise it to "
            f"{next_breaking_version(result.old_version)} in openapi/openapi.yaml"
        )
    section = changelog_section(changelog or "", target)
    missing = unmentioned(result.breaking, section or "")
    names = ", ".join(dict.fromkeys(f"`{f.mentions[0]}`" for f in missing))
    if section is None:
        result.problems.append(
            f'openapi/CHANGELOG.md has no "## {target}" section describing them (name: {names})'
        )
    elif missing:
        result.problems.append(f"openapi/CHANGELOG.md ({target} section) does not mention: {names}")
    return result


def _where(finding: Finding, limit: int = 4) -> str:
    shown = finding.where[:limit]
    more = len(finding.where) - len(shown)
    return "; ".join(shown) + (f" (+{more} more)" if more > 0 else "")


def render(result: Result, *, summary: bool = False) -> str:
    lines = []
    base = result.base or "(none)"
    lines.append(
        f"Contract diff: openapi/ (working tree, version {result.new_version or '?'}) "
        f"against {base} (version {result.old_version or '?'})"
    )
    if result.note:
        lines.append(result.note)
    breaking = result.breaking
    others = [f for f in result.findings if not f.breaking]
    if not result.findings and not result.note:
        lines.append("No changes to the contract.")
    if breaking:
        lines.append("")
        lines.append(f"BREAKING CHANGES ({len(breaking)}):")
        for number, finding in enumerate(breaking, 1):
            lines.append(f"  {number}. {finding.subject}: {finding.message}  [{finding.rule}]")
            lines.append(f"     why: {finding.why}")
            if finding.where:
                lines.append(f"     where: {_where(finding)}")
    if others:
        lines.append("")
        if summary:
            lines.append(f"Non-breaking changes: {len(others)} (list them with `make contract-diff`)")
        else:
            lines.append(f"Non-breaking changes ({len(others)}):")
            for finding in others:
                where = f"  ({_where(finding, 2)})" if finding.where else ""
                lines.append(f"  - {finding.subject}: {finding.message}{where}")
    lines.append("")
    if not breaking:
        lines.append("OK: no breaking changes.")
    elif result.ok:
        lines.append(
            f"OK: {len(breaking)} breaking change(s), released as {result.new_version} "
            f"(from {result.old_version}) and described in openapi/CHANGELOG.md."
        )
    else:
        lines.append(f"FAILED: {len(breaking)} breaking change(s) not released. To release them:")
        lines.extend(f"  - {problem}" for problem in result.problems)
        lines.append("  Or undo them (add instead of rename or remove; keep old values accepted).")
    return "\n".join(lines)


# --------------------------------------------------------------------------- entry point


def compare_with(base: str | None, *, cwd: Path = ROOT) -> Result:
    contract = cwd / CONTRACT_DIR
    changelog_path = contract / "CHANGELOG.md"
    changelog = changelog_path.read_text("utf-8") if changelog_path.is_file() else None
    if base is None:
        return Result(
            base=None, note="No base revision (no v* tag and no previous commit): nothing to compare."
        )
    if git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}", cwd=cwd).returncode != 0:
        raise StepFailed(f"unknown git revision {base!r}")
    with tempfile.TemporaryDirectory(prefix="tollgate-contract-diff-") as tmp_name:
        tmp = Path(tmp_name)
        if not export_contract(base, tmp / "base", cwd):
            return Result(base=base, note=f"{base} has no {CONTRACT_DIR}/openapi.yaml: nothing to compare.")
        old_root = tmp / "base" / CONTRACT_DIR
        if _contract_files(old_root) == _contract_files(contract):
            spec = load_yaml((contract / "openapi.yaml").read_text("utf-8"))
            version = str((spec.get("info") or {}).get("version", ""))
            return Result(base=base, old_version=version, new_version=version)
        old, new = bundle_both(old_root, contract, tmp)
    return evaluate(old, new, changelog, base)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.contract_diff", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--base", help="git revision to compare with (default: last v* tag, else HEAD~1)")
    parser.add_argument(
        "--summary", action="store_true", help="count the non-breaking changes instead of listing them"
    )
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # another checkout (tests)
    args = parser.parse_args(argv)
    try:
        base = args.base or default_base(args.root)
        result = compare_with(base, cwd=args.root)
    except StepFailed as exc:
        print(f"contract-diff: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(
            json.dumps(
                {
                    "base": result.base,
                    "old_version": result.old_version,
                    "new_version": result.new_version,
                    "ok": result.ok,
                    "problems": result.problems,
                    "note": result.note,
                    "changes": [f.as_dict() for f in result.findings],
                },
                indent=2,
            )
        )
    else:
        print(render(result, summary=args.summary), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
