from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActionStatusCounts")


@_attrs_define
class ActionStatusCounts:
    """Action items per status.

    Attributes:
        not_started (int):
        in_progress (int):
        blocked (int):
        completed (int):
        deferred (int):
        cancelled (int):
    """

    not_started: int
    in_progress: int
    blocked: int
    completed: int
    deferred: int
    cancelled: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_started = self.not_started

        in_progress = self.in_progress

        blocked = self.blocked

        completed = self.completed

        deferred = self.deferred

        cancelled = self.cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not_started": not_started,
                "in_progress": in_progress,
                "blocked": blocked,
                "completed": completed,
                "deferred": deferred,
                "cancelled": cancelled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        not_started = d.pop("not_started")

        in_progress = d.pop("in_progress")

        blocked = d.pop("blocked")

        completed = d.pop("completed")

        deferred = d.pop("deferred")

        cancelled = d.pop("cancelled")

        action_status_counts = cls(
            not_started=not_started,
            in_progress=in_progress,
            blocked=blocked,
            completed=completed,
            deferred=deferred,
            cancelled=cancelled,
        )

        action_status_counts.additional_properties = d
        return action_status_counts

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
