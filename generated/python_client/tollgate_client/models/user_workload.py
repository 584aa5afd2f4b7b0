from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workload_week import WorkloadWeek


T = TypeVar("T", bound="UserWorkload")


@_attrs_define
class UserWorkload:
    """A user's hours per week over [week_from, week_to]: every Monday in the range appears, with zeros
    when nothing is logged. Sums every workload entry of the user, inside initiatives or not.

        Attributes:
            user_id (UUID):
            full_name (str):
            capacity_hours (float): The user's weekly capacity (current value).
            week_from (datetime.date): The first Monday reported.
            week_to (datetime.date): The last Monday reported.
            weeks (list[WorkloadWeek]):
    """

    user_id: UUID
    full_name: str
    capacity_hours: float
    week_from: datetime.date
    week_to: datetime.date
    weeks: list[WorkloadWeek]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        full_name = self.full_name

        capacity_hours = self.capacity_hours

        week_from = self.week_from.isoformat()

        week_to = self.week_to.isoformat()

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
                "capacity_hours": capacity_hours,
                "week_from": week_from,
                "week_to": week_to,
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

        capacity_hours = d.pop("capacity_hours")

        week_from = datetime.date.fromisoformat(d.pop("week_from"))

        week_to = datetime.date.fromisoformat(d.pop("week_to"))

        weeks = []
        _weeks = d.pop("weeks")
        for weeks_item_data in _weeks:
            weeks_item = WorkloadWeek.from_dict(weeks_item_data)

            weeks.append(weeks_item)

        user_workload = cls(
            user_id=user_id,
            full_name=full_name,
            capacity_hours=capacity_hours,
            week_from=week_from,
            week_to=week_to,
            weeks=weeks,
        )

        user_workload.additional_properties = d
        return user_workload

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
