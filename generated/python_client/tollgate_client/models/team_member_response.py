from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_role import TeamRole

if TYPE_CHECKING:
    from ..models.user_brief import UserBrief


T = TypeVar("T", bound="TeamMemberResponse")


@_attrs_define
class TeamMemberResponse:
    """A membership, with the member's brief profile.

    Attributes:
        id (UUID):
        team_id (UUID):
        user_id (UUID):
        role_in_team (TeamRole):
        joined_at (datetime.datetime):
        user (UserBrief): A list row, and the user embedded in other resources.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    team_id: UUID
    user_id: UUID
    role_in_team: TeamRole
    joined_at: datetime.datetime
    user: UserBrief
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        team_id = str(self.team_id)

        user_id = str(self.user_id)

        role_in_team = self.role_in_team.value

        joined_at = self.joined_at.isoformat()

        user = self.user.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "team_id": team_id,
                "user_id": user_id,
                "role_in_team": role_in_team,
                "joined_at": joined_at,
                "user": user,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_brief import UserBrief  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = UUID(d.pop("team_id"))

        user_id = UUID(d.pop("user_id"))

        role_in_team = TeamRole(d.pop("role_in_team"))

        joined_at = datetime.datetime.fromisoformat(d.pop("joined_at"))

        user = UserBrief.from_dict(d.pop("user"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        team_member_response = cls(
            id=id,
            team_id=team_id,
            user_id=user_id,
            role_in_team=role_in_team,
            joined_at=joined_at,
            user=user,
            created_at=created_at,
            updated_at=updated_at,
        )

        team_member_response.additional_properties = d
        return team_member_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
