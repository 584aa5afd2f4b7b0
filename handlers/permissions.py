"""Roles and who may do what: the one permission table.

Role hierarchy: admin > manager > analyst > viewer. The minimum role of every operation is stated in
the contract (``x-min-role``) and enforced before the handler runs (``handlers.context``);
object-level rules (member of the initiative's team, author of the note, …) are checked here.
"""

from __future__ import annotations

from enum import StrEnum

from generated.models import Role

RANK: dict[str, int] = {Role.viewer: 1, Role.analyst: 2, Role.manager: 3, Role.admin: 4}


def rank(role: str) -> int:
    return RANK[role]


def at_least(role: str, minimum: str) -> bool:
    return RANK[role] >= RANK[minimum]


class Permission(StrEnum):
    """Object-level capabilities; a role holds those listed in ``GRANTS``."""

    write_any_initiative = "write_any_initiative"  # not just the ones you are on
    manage_users = "manage_users"
    change_roles = "change_roles"
    manage_all_teams = "manage_all_teams"
    read_audit_log = "read_audit_log"
    read_all_conversations = "read_all_conversations"
    review_requests = "review_requests"
    decide_gates = "decide_gates"
    write_team_initiatives = "write_team_initiatives"  # initiatives of teams you manage or lead
    view_team_workload = "view_team_workload"
    edit_any_note = "edit_any_note"  # notes written by others


GRANTS: dict[str, frozenset[Permission]] = {
    Role.viewer: frozenset(),
    Role.analyst: frozenset(),
    Role.manager: frozenset(
        {
            Permission.review_requests,
            Permission.decide_gates,
            Permission.write_team_initiatives,
            Permission.view_team_workload,
            Permission.edit_any_note,
        }
    ),
    Role.admin: frozenset(Permission),
}


def has(role: str, permission: Permission) -> bool:
    return permission in GRANTS[role]
