from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HealthCounts")


@_attrs_define
class HealthCounts:
    """Initiatives per health.

    Attributes:
        on_track (int):
        at_risk (int):
        blocked (int):
    """

    on_track: int
    at_risk: int
    blocked: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_track = self.on_track

        at_risk = self.at_risk

        blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on_track": on_track,
                "at_risk": at_risk,
                "blocked": blocked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_track = d.pop("on_track")

        at_risk = d.pop("at_risk")

        blocked = d.pop("blocked")

        health_counts = cls(
            on_track=on_track,
            at_risk=at_risk,
            blocked=blocked,
        )

        health_counts.additional_properties = d
        return health_counts

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
