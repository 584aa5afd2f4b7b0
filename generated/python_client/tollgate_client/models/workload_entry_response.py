from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadEntryResponse")


@_attrs_define
class WorkloadEntryResponse:
    """One entry, with the initiative's number and the user's name for display.

    Attributes:
        id (UUID):
        user_id (UUID):
        user_full_name (str):
        initiative_id (None | UUID):
        initiative_number (None | str):  Example: INI-0042.
        week_of (datetime.date):
        hours_allocated (float):
        actual_hours (float):
        notes (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    user_id: UUID
    user_full_name: str
    initiative_id: None | UUID
    initiative_number: None | str
    week_of: datetime.date
    hours_allocated: float
    actual_hours: float
    notes: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_id = str(self.user_id)

        user_full_name = self.user_full_name

        initiative_id: None | str
        if isinstance(self.initiative_id, UUID):
            initiative_id = str(self.initiative_id)
        else:
            initiative_id = self.initiative_id

        initiative_number: None | str
        initiative_number = self.initiative_number

        week_of = self.week_of.isoformat()

        hours_allocated = self.hours_allocated

        actual_hours = self.actual_hours

        notes: None | str
        notes = self.notes

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "user_full_name": user_full_name,
                "initiative_id": initiative_id,
                "initiative_number": initiative_number,
                "week_of": week_of,
                "hours_allocated": hours_allocated,
                "actual_hours": actual_hours,
                "notes": notes,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        user_full_name = d.pop("user_full_name")

        def _parse_initiative_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initiative_id_type_0 = UUID(data)

                return initiative_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        initiative_id = _parse_initiative_id(d.pop("initiative_id"))

        def _parse_initiative_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        initiative_number = _parse_initiative_number(d.pop("initiative_number"))

        week_of = datetime.date.fromisoformat(d.pop("week_of"))

        hours_allocated = d.pop("hours_allocated")

        actual_hours = d.pop("actual_hours")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        workload_entry_response = cls(
            id=id,
            user_id=user_id,
            user_full_name=user_full_name,
            initiative_id=initiative_id,
            initiative_number=initiative_number,
            week_of=week_of,
            hours_allocated=hours_allocated,
            actual_hours=actual_hours,
            notes=notes,
            created_at=created_at,
            updated_at=updated_at,
        )

        workload_entry_response.additional_properties = d
        return workload_entry_response

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
