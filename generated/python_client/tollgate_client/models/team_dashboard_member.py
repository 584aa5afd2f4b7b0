from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_role import TeamRole

if TYPE_CHECKING:
    from ..models.workload_week import WorkloadWeek


T = TypeVar("T", bound="TeamDashboardMember")


@_attrs_define
class TeamDashboardMember:
    """One active member of the team: their weekly hours over the period (every Monday, zeros included;
    all their workload entries, inside the team's initiatives or not) and the open (planned, active,
    on hold) initiatives they lead or work on (lead analyst, stakeholder, or hours allocated in the period).

        Attributes:
            user_id (UUID):
            full_name (str):
            role_in_team (TeamRole):
            capacity_hours (float):
            initiatives_led (int):
            initiatives_involved (int): Includes those led.
            weeks (list[WorkloadWeek]):
    """

    user_id: UUID
    full_name: str
    role_in_team: TeamRole
    capacity_hours: float
    initiatives_led: int
    initiatives_involved: int
    weeks: list[WorkloadWeek]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        full_name = self.full_name

        role_in_team = self.role_in_team.value

        capacity_hours = self.capacity_hours

        initiatives_led = self.initiatives_led

        initiatives_involved = self.initiatives_involved

        weeks = []
        for weeks_item_data in self.weeks:
            weeks_item = weeks_item_data.to_dict()
            weeks.append(weeks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "full_name": full_name,
                "role_in_team": role_in_team,
                "capacity_hours": capacity_hours,
                "initiatives_led": initiatives_led,
                "initiatives_involved": initiatives_involved,
                "weeks": weeks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workload_week import WorkloadWeek  # noqa: PLC0415

        d = dict(src_dict)
        user_id = UUID(d.pop("user_id"))

        full_name = d.pop("full_name")

        role_in_team = TeamRole(d.pop("role_in_team"))

        capacity_hours = d.pop("capacity_hours")

        initiatives_led = d.pop("initiatives_led")

        initiatives_involved = d.pop("initiatives_involved")

        weeks = []
        _weeks = d.pop("weeks")
        for weeks_item_data in _weeks:
            weeks_item = WorkloadWeek.from_dict(weeks_item_data)

            weeks.append(weeks_item)

        team_dashboard_member = cls(
            user_id=user_id,
            full_name=full_name,
            role_in_team=role_in_team,
            capacity_hours=capacity_hours,
            initiatives_led=initiatives_led,
            initiatives_involved=initiatives_involved,
            weeks=weeks,
        )

        team_dashboard_member.additional_properties = d
        return team_dashboard_member

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
