from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_brief import ActionBrief
    from ..models.initiative_brief import InitiativeBrief
    from ..models.workload_week import WorkloadWeek


T = TypeVar("T", bound="UserDashboard")


@_attrs_define
class UserDashboard:
    """One user's work. `initiatives`: their open (planned, active, on hold) initiatives, as lead analyst,
    sponsor, process owner or stakeholder, soonest target_completion first (at most 50; `initiative_count`
    counts all). `actions_due`: open action items assigned to them that are overdue or due within
    `due_within_days`, soonest first (at most 50). `hours`: the week of `week_of`.

        Attributes:
            generated_at (datetime.datetime):
            user_id (UUID):
            full_name (str):
            initiative_count (int):
            initiatives (list[InitiativeBrief]):
            actions_due_count (int): All open actions due within the window or overdue.
            actions_overdue_count (int):
            actions_due (list[ActionBrief]):
            capacity_hours (float):
            hours (WorkloadWeek): One week (Monday) of hours. `utilization` = hours_allocated ÷ capacity_hours as a ratio
                (1.0 = fully booked, above 1 = over capacity); null when the capacity is 0.
    """

    generated_at: datetime.datetime
    user_id: UUID
    full_name: str
    initiative_count: int
    initiatives: list[InitiativeBrief]
    actions_due_count: int
    actions_overdue_count: int
    actions_due: list[ActionBrief]
    capacity_hours: float
    hours: WorkloadWeek
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at = self.generated_at.isoformat()

        user_id = str(self.user_id)

        full_name = self.full_name

        initiative_count = self.initiative_count

        initiatives = []
        for initiatives_item_data in self.initiatives:
            initiatives_item = initiatives_item_data.to_dict()
            initiatives.append(initiatives_item)

        actions_due_count = self.actions_due_count

        actions_overdue_count = self.actions_overdue_count

        actions_due = []
        for actions_due_item_data in self.actions_due:
            actions_due_item = actions_due_item_data.to_dict()
            actions_due.append(actions_due_item)

        capacity_hours = self.capacity_hours

        hours = self.hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "user_id": user_id,
                "full_name": full_name,
                "initiative_count": initiative_count,
                "initiatives": initiatives,
                "actions_due_count": actions_due_count,
                "actions_overdue_count": actions_overdue_count,
                "actions_due": actions_due,
                "capacity_hours": capacity_hours,
                "hours": hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_brief import ActionBrief  # noqa: PLC0415
        from ..models.initiative_brief import InitiativeBrief  # noqa: PLC0415
        from ..models.workload_week import WorkloadWeek  # noqa: PLC0415

        d = dict(src_dict)
        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        user_id = UUID(d.pop("user_id"))

        full_name = d.pop("full_name")

        initiative_count = d.pop("initiative_count")

        initiatives = []
        _initiatives = d.pop("initiatives")
        for initiatives_item_data in _initiatives:
            initiatives_item = InitiativeBrief.from_dict(initiatives_item_data)

            initiatives.append(initiatives_item)

        actions_due_count = d.pop("actions_due_count")

        actions_overdue_count = d.pop("actions_overdue_count")

        actions_due = []
        _actions_due = d.pop("actions_due")
        for actions_due_item_data in _actions_due:
            actions_due_item = ActionBrief.from_dict(actions_due_item_data)

            actions_due.append(actions_due_item)

        capacity_hours = d.pop("capacity_hours")

        hours = WorkloadWeek.from_dict(d.pop("hours"))

        user_dashboard = cls(
            generated_at=generated_at,
            user_id=user_id,
            full_name=full_name,
            initiative_count=initiative_count,
            initiatives=initiatives,
            actions_due_count=actions_due_count,
            actions_overdue_count=actions_overdue_count,
            actions_due=actions_due,
            capacity_hours=capacity_hours,
            hours=hours,
        )

        user_dashboard.additional_properties = d
        return user_dashboard

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
