from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadEntryUpdate")


@_attrs_define
class WorkloadEntryUpdate:
    """Partial update of the hours and notes. User, initiative and week never change (delete and create instead).

    Example:
        {'actual_hours': 14.5}

    Attributes:
        hours_allocated (float | Unset):
        actual_hours (float | Unset):
        notes (None | str | Unset):
    """

    hours_allocated: float | Unset = UNSET
    actual_hours: float | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hours_allocated = self.hours_allocated

        actual_hours = self.actual_hours

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if hours_allocated is not UNSET:
            field_dict["hours_allocated"] = hours_allocated
        if actual_hours is not UNSET:
            field_dict["actual_hours"] = actual_hours
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hours_allocated = d.pop("hours_allocated", UNSET)

        actual_hours = d.pop("actual_hours", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        workload_entry_update = cls(
            hours_allocated=hours_allocated,
            actual_hours=actual_hours,
            notes=notes,
        )

        return workload_entry_update
