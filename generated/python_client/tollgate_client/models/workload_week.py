from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadWeek")


@_attrs_define
class WorkloadWeek:
    """One week (Monday) of hours. `utilization` = hours_allocated ÷ capacity_hours as a ratio
    (1.0 = fully booked, above 1 = over capacity); null when the capacity is 0.

        Attributes:
            week_of (datetime.date): The Monday that starts the week.
            hours_allocated (float):
            actual_hours (float):
            utilization (float | None):
    """

    week_of: datetime.date
    hours_allocated: float
    actual_hours: float
    utilization: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        week_of = self.week_of.isoformat()

        hours_allocated = self.hours_allocated

        actual_hours = self.actual_hours

        utilization: float | None
        utilization = self.utilization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "week_of": week_of,
                "hours_allocated": hours_allocated,
                "actual_hours": actual_hours,
                "utilization": utilization,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        week_of = datetime.date.fromisoformat(d.pop("week_of"))

        hours_allocated = d.pop("hours_allocated")

        actual_hours = d.pop("actual_hours")

        def _parse_utilization(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        utilization = _parse_utilization(d.pop("utilization"))

        workload_week = cls(
            week_of=week_of,
            hours_allocated=hours_allocated,
            actual_hours=actual_hours,
            utilization=utilization,
        )

        workload_week.additional_properties = d
        return workload_week

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
