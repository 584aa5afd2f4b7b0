from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InitiativeStatusCounts")


@_attrs_define
class InitiativeStatusCounts:
    """Initiatives per status.

    Attributes:
        planned (int):
        active (int):
        on_hold (int):
        completed (int):
        cancelled (int):
    """

    planned: int
    active: int
    on_hold: int
    completed: int
    cancelled: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        planned = self.planned

        active = self.active

        on_hold = self.on_hold

        completed = self.completed

        cancelled = self.cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planned": planned,
                "active": active,
                "on_hold": on_hold,
                "completed": completed,
                "cancelled": cancelled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        planned = d.pop("planned")

        active = d.pop("active")

        on_hold = d.pop("on_hold")

        completed = d.pop("completed")

        cancelled = d.pop("cancelled")

        initiative_status_counts = cls(
            planned=planned,
            active=active,
            on_hold=on_hold,
            completed=completed,
            cancelled=cancelled,
        )

        initiative_status_counts.additional_properties = d
        return initiative_status_counts

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
