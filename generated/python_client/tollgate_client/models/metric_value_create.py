from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricValueCreate")


@_attrs_define
class MetricValueCreate:
    """One observation of the metric for the period starting at `period_start` (any date; it need not align
    with the frequency). One value per period_start: a second one is 409. The caller becomes `entered_by`.

        Example:
            {'period_start': '2025-03-10', 'value': 9.5}

        Attributes:
            period_start (datetime.date):
            value (float):
            notes (None | str | Unset):
    """

    period_start: datetime.date
    value: float
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        value = self.value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period_start": period_start,
                "value": value,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        value = d.pop("value")

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        metric_value_create = cls(
            period_start=period_start,
            value=value,
            notes=notes,
        )

        return metric_value_create
