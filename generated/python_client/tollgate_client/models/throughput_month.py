from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThroughputMonth")


@_attrs_define
class ThroughputMonth:
    """One calendar month: initiatives started (start_date, or the creation date when start_date is null)
    and completed (actual_completion) in it.

        Attributes:
            month (str):  Example: 2025-03.
            started (int):
            completed (int):
    """

    month: str
    started: int
    completed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        started = self.started

        completed = self.completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "started": started,
                "completed": completed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        started = d.pop("started")

        completed = d.pop("completed")

        throughput_month = cls(
            month=month,
            started=started,
            completed=completed,
        )

        throughput_month.additional_properties = d
        return throughput_month

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
