from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricValueResponse")


@_attrs_define
class MetricValueResponse:
    """
    Attributes:
        id (UUID):
        metric_id (UUID):
        period_start (datetime.date):
        value (float):
        notes (None | str):
        entered_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    metric_id: UUID
    period_start: datetime.date
    value: float
    notes: None | str
    entered_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        metric_id = str(self.metric_id)

        period_start = self.period_start.isoformat()

        value = self.value

        notes: None | str
        notes = self.notes

        entered_by: None | str
        if isinstance(self.entered_by, UUID):
            entered_by = str(self.entered_by)
        else:
            entered_by = self.entered_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "metric_id": metric_id,
                "period_start": period_start,
                "value": value,
                "notes": notes,
                "entered_by": entered_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        metric_id = UUID(d.pop("metric_id"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        value = d.pop("value")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_entered_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entered_by_type_0 = UUID(data)

                return entered_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        entered_by = _parse_entered_by(d.pop("entered_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        metric_value_response = cls(
            id=id,
            metric_id=metric_id,
            period_start=period_start,
            value=value,
            notes=notes,
            entered_by=entered_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        metric_value_response.additional_properties = d
        return metric_value_response

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
