from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.team_role import TeamRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMemberCreate")


@_attrs_define
class TeamMemberCreate:
    """Adds a user to the team. The user must exist and be active (422 otherwise); a user already in the
    team is 409 (to change `role_in_team`, remove and add again).

        Example:
            {'user_id': '3f2b8c1e-6a4d-4e2f-9b7a-1c2d3e4f5a6b', 'role_in_team': 'member'}

        Attributes:
            user_id (UUID):
            role_in_team (TeamRole | Unset):
    """

    user_id: UUID
    role_in_team: TeamRole | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        role_in_team: str | Unset = UNSET
        if not isinstance(self.role_in_team, Unset):
            role_in_team = self.role_in_team.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if role_in_team is not UNSET:
            field_dict["role_in_team"] = role_in_team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("user_id"))

        _role_in_team = d.pop("role_in_team", UNSET)
        role_in_team: TeamRole | Unset
        if isinstance(_role_in_team, Unset):
            role_in_team = UNSET
        else:
            role_in_team = TeamRole(_role_in_team)

        team_member_create = cls(
            user_id=user_id,
            role_in_team=role_in_team,
        )

        return team_member_create
