from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_kind import ColumnKind

T = TypeVar("T", bound="ColumnProfile")


@_attrs_define
class ColumnProfile:
    """The profile of one column of a dataset (as stored in Dataset.columns).

    Attributes:
        name (str):
        dtype (str): The parsed type (int64, float64, object, datetime64[ns], bool, …).
        kind (ColumnKind):
        null_count (int):
        unique_count (int):
        min_ (float | None | str): Smallest value (numbers; ISO 8601 strings for dates); null for other kinds or an all-
            empty column.
        max_ (float | None | str): Largest value (numbers; ISO 8601 strings for dates); null for other kinds or an all-
            empty column.
        mean (float | None): Null unless the column is continuous or discrete.
        std (float | None): Null unless the column is continuous or discrete (and has 2+ values).
    """

    name: str
    dtype: str
    kind: ColumnKind
    null_count: int
    unique_count: int
    min_: float | None | str
    max_: float | None | str
    mean: float | None
    std: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dtype = self.dtype

        kind = self.kind.value

        null_count = self.null_count

        unique_count = self.unique_count

        min_: float | None | str
        min_ = self.min_

        max_: float | None | str
        max_ = self.max_

        mean: float | None
        mean = self.mean

        std: float | None
        std = self.std

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "dtype": dtype,
                "kind": kind,
                "null_count": null_count,
                "unique_count": unique_count,
                "min": min_,
                "max": max_,
                "mean": mean,
                "std": std,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        dtype = d.pop("dtype")

        kind = ColumnKind(d.pop("kind"))

        null_count = d.pop("null_count")

        unique_count = d.pop("unique_count")

        def _parse_min_(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        min_ = _parse_min_(d.pop("min"))

        def _parse_max_(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        max_ = _parse_max_(d.pop("max"))

        def _parse_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean = _parse_mean(d.pop("mean"))

        def _parse_std(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        std = _parse_std(d.pop("std"))

        column_profile = cls(
            name=name,
            dtype=dtype,
            kind=kind,
            null_count=null_count,
            unique_count=unique_count,
            min_=min_,
            max_=max_,
            mean=mean,
            std=std,
        )

        column_profile.additional_properties = d
        return column_profile

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
