from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadEntryCreate")


@_attrs_define
class WorkloadEntryCreate:
    """Hours of one user in one week. `week_of` must be a Monday (any other date is 422). `user_id`
    defaults to the caller; logging for someone else needs a manager who manages or leads a team that
    user belongs to, or an admin (403 otherwise). `initiative_id` null = time outside
    initiatives; otherwise it must be an existing, not deleted initiative (422). One entry per
    (user, initiative — null included —, week): a second is 409.

        Example:
            {'initiative_id': '6a0f3c1e-2b4d-4c8e-9f7a-1d2e3f405162', 'week_of': '2025-03-10', 'hours_allocated': 12}

        Attributes:
            week_of (datetime.date): A Monday.
            hours_allocated (float): Stored with 2 decimals.
            user_id (UUID | Unset): Defaults to the caller.
            initiative_id (None | Unset | UUID):
            actual_hours (float | Unset): Stored with 2 decimals. Default: 0.0.
            notes (None | str | Unset):
    """

    week_of: datetime.date
    hours_allocated: float
    user_id: UUID | Unset = UNSET
    initiative_id: None | Unset | UUID = UNSET
    actual_hours: float | Unset = 0.0
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        week_of = self.week_of.isoformat()

        hours_allocated = self.hours_allocated

        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        initiative_id: None | str | Unset
        if isinstance(self.initiative_id, Unset):
            initiative_id = UNSET
        elif isinstance(self.initiative_id, UUID):
            initiative_id = str(self.initiative_id)
        else:
            initiative_id = self.initiative_id

        actual_hours = self.actual_hours

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "week_of": week_of,
                "hours_allocated": hours_allocated,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if initiative_id is not UNSET:
            field_dict["initiative_id"] = initiative_id
        if actual_hours is not UNSET:
            field_dict["actual_hours"] = actual_hours
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        week_of = datetime.date.fromisoformat(d.pop("week_of"))

        hours_allocated = d.pop("hours_allocated")

        _user_id = d.pop("user_id", UNSET)
        user_id: UUID | Unset
        if isinstance(_user_id, Unset):
            user_id = UNSET
        else:
            user_id = UUID(_user_id)

        def _parse_initiative_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initiative_id_type_0 = UUID(data)

                return initiative_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        initiative_id = _parse_initiative_id(d.pop("initiative_id", UNSET))

        actual_hours = d.pop("actual_hours", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        workload_entry_create = cls(
            week_of=week_of,
            hours_allocated=hours_allocated,
            user_id=user_id,
            initiative_id=initiative_id,
            actual_hours=actual_hours,
            notes=notes,
        )

        return workload_entry_create
