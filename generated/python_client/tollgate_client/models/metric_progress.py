from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_category import MetricCategory
from ..models.metric_direction import MetricDirection

T = TypeVar("T", bound="MetricProgress")


@_attrs_define
class MetricProgress:
    """A metric's baseline against its current value. `change` = current_value − baseline_value and
    `change_percent` = change ÷ |baseline_value| × 100 (null when either is missing or the baseline is 0);
    `improved` reads the change through the metric's direction (null for within_range or missing values).

        Attributes:
            metric_id (UUID):
            name (str):
            unit (None | str):
            category (MetricCategory | None):
            direction (MetricDirection):
            baseline_value (float | None):
            baseline_date (datetime.date | None):
            target_value (float | None):
            target_lower (float | None):
            target_upper (float | None):
            current_value (float | None):
            current_as_of (datetime.date | None):
            target_met (bool | None):
            change (float | None):
            change_percent (float | None):
            improved (bool | None):
    """

    metric_id: UUID
    name: str
    unit: None | str
    category: MetricCategory | None
    direction: MetricDirection
    baseline_value: float | None
    baseline_date: datetime.date | None
    target_value: float | None
    target_lower: float | None
    target_upper: float | None
    current_value: float | None
    current_as_of: datetime.date | None
    target_met: bool | None
    change: float | None
    change_percent: float | None
    improved: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = str(self.metric_id)

        name = self.name

        unit: None | str
        unit = self.unit

        category: None | str
        if isinstance(self.category, MetricCategory):
            category = self.category.value
        else:
            category = self.category

        direction = self.direction.value

        baseline_value: float | None
        baseline_value = self.baseline_value

        baseline_date: None | str
        if isinstance(self.baseline_date, datetime.date):
            baseline_date = self.baseline_date.isoformat()
        else:
            baseline_date = self.baseline_date

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

        change: float | None
        change = self.change

        change_percent: float | None
        change_percent = self.change_percent

        improved: bool | None
        improved = self.improved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "name": name,
                "unit": unit,
                "category": category,
                "direction": direction,
                "baseline_value": baseline_value,
                "baseline_date": baseline_date,
                "target_value": target_value,
                "target_lower": target_lower,
                "target_upper": target_upper,
                "current_value": current_value,
                "current_as_of": current_as_of,
                "target_met": target_met,
                "change": change,
                "change_percent": change_percent,
                "improved": improved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_id = UUID(d.pop("metric_id"))

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

        def _parse_baseline_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        baseline_value = _parse_baseline_value(d.pop("baseline_value"))

        def _parse_baseline_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_date_type_0 = datetime.date.fromisoformat(data)

                return baseline_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        baseline_date = _parse_baseline_date(d.pop("baseline_date"))

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

        def _parse_change(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        change = _parse_change(d.pop("change"))

        def _parse_change_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        change_percent = _parse_change_percent(d.pop("change_percent"))

        def _parse_improved(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        improved = _parse_improved(d.pop("improved"))

        metric_progress = cls(
            metric_id=metric_id,
            name=name,
            unit=unit,
            category=category,
            direction=direction,
            baseline_value=baseline_value,
            baseline_date=baseline_date,
            target_value=target_value,
            target_lower=target_lower,
            target_upper=target_upper,
            current_value=current_value,
            current_as_of=current_as_of,
            target_met=target_met,
            change=change,
            change_percent=change_percent,
            improved=improved,
        )

        metric_progress.additional_properties = d
        return metric_progress

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
