from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_workload import UserWorkload
    from ..models.workload_week import WorkloadWeek


T = TypeVar("T", bound="TeamWorkload")


@_attrs_define
class TeamWorkload:
    """Hours per week of every active member of the team over [week_from, week_to]. `weeks` are the team
    totals: Σ hours of the members, and utilization = Σ hours_allocated ÷ Σ members' capacity_hours.

        Attributes:
            team_id (UUID):
            week_from (datetime.date): The first Monday reported.
            week_to (datetime.date): The last Monday reported.
            capacity_hours (float): Σ weekly capacity of the active members.
            weeks (list[WorkloadWeek]):
            members (list[UserWorkload]):
    """

    team_id: UUID
    week_from: datetime.date
    week_to: datetime.date
    capacity_hours: float
    weeks: list[WorkloadWeek]
    members: list[UserWorkload]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = str(self.team_id)

        week_from = self.week_from.isoformat()

        week_to = self.week_to.isoformat()

        capacity_hours = self.capacity_hours

        weeks = []
        for weeks_item_data in self.weeks:
            weeks_item = weeks_item_data.to_dict()
            weeks.append(weeks_item)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "week_from": week_from,
                "week_to": week_to,
                "capacity_hours": capacity_hours,
                "weeks": weeks,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_workload import UserWorkload  # noqa: PLC0415
        from ..models.workload_week import WorkloadWeek  # noqa: PLC0415

        d = dict(src_dict)
        team_id = UUID(d.pop("team_id"))

        week_from = datetime.date.fromisoformat(d.pop("week_from"))

        week_to = datetime.date.fromisoformat(d.pop("week_to"))

        capacity_hours = d.pop("capacity_hours")

        weeks = []
        _weeks = d.pop("weeks")
        for weeks_item_data in _weeks:
            weeks_item = WorkloadWeek.from_dict(weeks_item_data)

            weeks.append(weeks_item)

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = UserWorkload.from_dict(members_item_data)

            members.append(members_item)

        team_workload = cls(
            team_id=team_id,
            week_from=week_from,
            week_to=week_to,
            capacity_hours=capacity_hours,
            weeks=weeks,
            members=members,
        )

        team_workload.additional_properties = d
        return team_workload

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
