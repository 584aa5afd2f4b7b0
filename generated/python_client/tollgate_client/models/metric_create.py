from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.metric_category import MetricCategory
from ..models.metric_direction import MetricDirection
from ..models.metric_frequency import MetricFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricCreate")


@_attrs_define
class MetricCreate:
    """A new metric of the initiative in the path. Targets: `higher_is_better` and `lower_is_better` use
    `target_value`; `within_range` uses `target_lower` and/or `target_upper` (a missing bound is open).
    When both bounds are set, target_lower ≤ target_upper (422 otherwise). The current value comes only
    from `POST /metrics/{metric_id}/values`.

        Example:
            {'name': 'Invoice approval cycle time', 'unit': 'days', 'category': 'delivery', 'direction': 'lower_is_better',
                'frequency': 'weekly', 'baseline_value': 12, 'baseline_period': 'Jan–Mar 2025', 'target_value': 5}

        Attributes:
            name (str):
            unit (None | str | Unset): %, $, count, days, hours, score, rate, …
            category (MetricCategory | None | Unset):
            direction (MetricDirection | Unset):
            frequency (MetricFrequency | Unset):
            operational_definition (None | str | Unset):
            data_source (None | str | Unset):
            baseline_value (float | None | Unset):
            baseline_date (datetime.date | None | Unset):
            baseline_period (None | str | Unset): The period the baseline covers, e.g. "Jan–Mar 2025".
            target_value (float | None | Unset):
            target_lower (float | None | Unset):
            target_upper (float | None | Unset):
            notes (None | str | Unset):
    """

    name: str
    unit: None | str | Unset = UNSET
    category: MetricCategory | None | Unset = UNSET
    direction: MetricDirection | Unset = UNSET
    frequency: MetricFrequency | Unset = UNSET
    operational_definition: None | str | Unset = UNSET
    data_source: None | str | Unset = UNSET
    baseline_value: float | None | Unset = UNSET
    baseline_date: datetime.date | None | Unset = UNSET
    baseline_period: None | str | Unset = UNSET
    target_value: float | None | Unset = UNSET
    target_lower: float | None | Unset = UNSET
    target_upper: float | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, MetricCategory):
            category = self.category.value
        else:
            category = self.category

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        operational_definition: None | str | Unset
        if isinstance(self.operational_definition, Unset):
            operational_definition = UNSET
        else:
            operational_definition = self.operational_definition

        data_source: None | str | Unset
        if isinstance(self.data_source, Unset):
            data_source = UNSET
        else:
            data_source = self.data_source

        baseline_value: float | None | Unset
        if isinstance(self.baseline_value, Unset):
            baseline_value = UNSET
        else:
            baseline_value = self.baseline_value

        baseline_date: None | str | Unset
        if isinstance(self.baseline_date, Unset):
            baseline_date = UNSET
        elif isinstance(self.baseline_date, datetime.date):
            baseline_date = self.baseline_date.isoformat()
        else:
            baseline_date = self.baseline_date

        baseline_period: None | str | Unset
        if isinstance(self.baseline_period, Unset):
            baseline_period = UNSET
        else:
            baseline_period = self.baseline_period

        target_value: float | None | Unset
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        target_lower: float | None | Unset
        if isinstance(self.target_lower, Unset):
            target_lower = UNSET
        else:
            target_lower = self.target_lower

        target_upper: float | None | Unset
        if isinstance(self.target_upper, Unset):
            target_upper = UNSET
        else:
            target_upper = self.target_upper

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if category is not UNSET:
            field_dict["category"] = category
        if direction is not UNSET:
            field_dict["direction"] = direction
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if operational_definition is not UNSET:
            field_dict["operational_definition"] = operational_definition
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if baseline_value is not UNSET:
            field_dict["baseline_value"] = baseline_value
        if baseline_date is not UNSET:
            field_dict["baseline_date"] = baseline_date
        if baseline_period is not UNSET:
            field_dict["baseline_period"] = baseline_period
        if target_value is not UNSET:
            field_dict["target_value"] = target_value
        if target_lower is not UNSET:
            field_dict["target_lower"] = target_lower
        if target_upper is not UNSET:
            field_dict["target_upper"] = target_upper
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_category(data: object) -> MetricCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = MetricCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricCategory | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: MetricDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = MetricDirection(_direction)

        _frequency = d.pop("frequency", UNSET)
        frequency: MetricFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = MetricFrequency(_frequency)

        def _parse_operational_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operational_definition = _parse_operational_definition(d.pop("operational_definition", UNSET))

        def _parse_data_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_source = _parse_data_source(d.pop("data_source", UNSET))

        def _parse_baseline_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        baseline_value = _parse_baseline_value(d.pop("baseline_value", UNSET))

        def _parse_baseline_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_date_type_0 = datetime.date.fromisoformat(data)

                return baseline_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        baseline_date = _parse_baseline_date(d.pop("baseline_date", UNSET))

        def _parse_baseline_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        baseline_period = _parse_baseline_period(d.pop("baseline_period", UNSET))

        def _parse_target_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_value = _parse_target_value(d.pop("target_value", UNSET))

        def _parse_target_lower(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_lower = _parse_target_lower(d.pop("target_lower", UNSET))

        def _parse_target_upper(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_upper = _parse_target_upper(d.pop("target_upper", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        metric_create = cls(
            name=name,
            unit=unit,
            category=category,
            direction=direction,
            frequency=frequency,
            operational_definition=operational_definition,
            data_source=data_source,
            baseline_value=baseline_value,
            baseline_date=baseline_date,
            baseline_period=baseline_period,
            target_value=target_value,
            target_lower=target_lower,
            target_upper=target_upper,
            notes=notes,
        )

        return metric_create
