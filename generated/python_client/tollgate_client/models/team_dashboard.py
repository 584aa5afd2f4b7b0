from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.initiative_status_counts import InitiativeStatusCounts
    from ..models.team_dashboard_member import TeamDashboardMember
    from ..models.workload_week import WorkloadWeek


T = TypeVar("T", bound="TeamDashboard")


@_attrs_define
class TeamDashboard:
    """A team's load over [week_from, week_to]. `weeks` are the team totals (utilization = Σ hours_allocated
    ÷ Σ capacity_hours of the active members); `initiatives_by_status` counts the team's initiatives.

        Attributes:
            generated_at (datetime.datetime):
            team_id (UUID):
            team_name (str):
            week_from (datetime.date): The first Monday reported.
            week_to (datetime.date): The last Monday reported.
            capacity_hours (float): Σ weekly capacity of the active members.
            weeks (list[WorkloadWeek]):
            members (list[TeamDashboardMember]):
            initiatives_by_status (InitiativeStatusCounts): Initiatives per status.
    """

    generated_at: datetime.datetime
    team_id: UUID
    team_name: str
    week_from: datetime.date
    week_to: datetime.date
    capacity_hours: float
    weeks: list[WorkloadWeek]
    members: list[TeamDashboardMember]
    initiatives_by_status: InitiativeStatusCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at = self.generated_at.isoformat()

        team_id = str(self.team_id)

        team_name = self.team_name

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

        initiatives_by_status = self.initiatives_by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "team_id": team_id,
                "team_name": team_name,
                "week_from": week_from,
                "week_to": week_to,
                "capacity_hours": capacity_hours,
                "weeks": weeks,
                "members": members,
                "initiatives_by_status": initiatives_by_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.initiative_status_counts import InitiativeStatusCounts  # noqa: PLC0415
        from ..models.team_dashboard_member import TeamDashboardMember  # noqa: PLC0415
        from ..models.workload_week import WorkloadWeek  # noqa: PLC0415

        d = dict(src_dict)
        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        team_id = UUID(d.pop("team_id"))

        team_name = d.pop("team_name")

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
            members_item = TeamDashboardMember.from_dict(members_item_data)

            members.append(members_item)

        initiatives_by_status = InitiativeStatusCounts.from_dict(d.pop("initiatives_by_status"))

        team_dashboard = cls(
            generated_at=generated_at,
            team_id=team_id,
            team_name=team_name,
            week_from=week_from,
            week_to=week_to,
            capacity_hours=capacity_hours,
            weeks=weeks,
            members=members,
            initiatives_by_status=initiatives_by_status,
        )

        team_dashboard.additional_properties = d
        return team_dashboard

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
