from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_category import MetricCategory
from ..models.metric_direction import MetricDirection
from ..models.metric_frequency import MetricFrequency

T = TypeVar("T", bound="MetricBrief")


@_attrs_define
class MetricBrief:
    """A list row (baseline vs target vs current).

    Attributes:
        id (UUID):
        initiative_id (UUID):
        name (str):
        unit (None | str):
        category (MetricCategory | None):
        direction (MetricDirection):
        frequency (MetricFrequency):
        baseline_value (float | None):
        target_value (float | None):
        target_lower (float | None):
        target_upper (float | None):
        current_value (float | None):
        current_as_of (datetime.date | None):
        target_met (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    name: str
    unit: None | str
    category: MetricCategory | None
    direction: MetricDirection
    frequency: MetricFrequency
    baseline_value: float | None
    target_value: float | None
    target_lower: float | None
    target_upper: float | None
    current_value: float | None
    current_as_of: datetime.date | None
    target_met: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_id = str(self.initiative_id)

        name = self.name

        unit: None | str
        unit = self.unit

        category: None | str
        if isinstance(self.category, MetricCategory):
            category = self.category.value
        else:
            category = self.category

        direction = self.direction.value

        frequency = self.frequency.value

        baseline_value: float | None
        baseline_value = self.baseline_value

        target_value: float | None
        target_value = self.target_value

        target_lower: float | None
        target_lower = self.target_lower

        target_upper: float | None
        target_upper = self.target_upper

        current_value: float | None
        current_value = self.current_value

        current_as_of: None | str
        if isinstance(self.current_as_of, datetime.date):
            current_as_of = self.current_as_of.isoformat()
        else:
            current_as_of = self.current_as_of

        target_met: bool | None
        target_met = self.target_met

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_id": initiative_id,
                "name": name,
                "unit": unit,
                "category": category,
                "direction": direction,
                "frequency": frequency,
                "baseline_value": baseline_value,
                "target_value": target_value,
                "target_lower": target_lower,
                "target_upper": target_upper,
                "current_value": current_value,
                "current_as_of": current_as_of,
                "target_met": target_met,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_id = UUID(d.pop("initiative_id"))

        name = d.pop("name")

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        def _parse_category(data: object) -> MetricCategory | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = MetricCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricCategory | None, data)

        category = _parse_category(d.pop("category"))

        direction = MetricDirection(d.pop("direction"))

        frequency = MetricFrequency(d.pop("frequency"))

        def _parse_baseline_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        baseline_value = _parse_baseline_value(d.pop("baseline_value"))

        def _parse_target_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target_value = _parse_target_value(d.pop("target_value"))

        def _parse_target_lower(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target_lower = _parse_target_lower(d.pop("target_lower"))

        def _parse_target_upper(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target_upper = _parse_target_upper(d.pop("target_upper"))

        def _parse_current_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        current_value = _parse_current_value(d.pop("current_value"))

        def _parse_current_as_of(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_as_of_type_0 = datetime.date.fromisoformat(data)

                return current_as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        current_as_of = _parse_current_as_of(d.pop("current_as_of"))

        def _parse_target_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        target_met = _parse_target_met(d.pop("target_met"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        metric_brief = cls(
            id=id,
            initiative_id=initiative_id,
            name=name,
            unit=unit,
            category=category,
            direction=direction,
            frequency=frequency,
            baseline_value=baseline_value,
            target_value=target_value,
            target_lower=target_lower,
            target_upper=target_upper,
            current_value=current_value,
            current_as_of=current_as_of,
            target_met=target_met,
            created_at=created_at,
            updated_at=updated_at,
        )

        metric_brief.additional_properties = d
        return metric_brief

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
