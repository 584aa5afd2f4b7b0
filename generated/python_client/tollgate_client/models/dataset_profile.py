from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_type import TestType

if TYPE_CHECKING:
    from ..models.column_profile import ColumnProfile


T = TypeVar("T", bound="DatasetProfile")


@_attrs_define
class DatasetProfile:
    """What StatsEngine.profile_dataset returns; the API copies it onto the dataset.

    Attributes:
        row_count (int):
        column_count (int):
        columns (list[ColumnProfile]):
        recommended_tests (list[TestType]):
        quality_issues (list[str]):
    """

    row_count: int
    column_count: int
    columns: list[ColumnProfile]
    recommended_tests: list[TestType]
    quality_issues: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_count = self.row_count

        column_count = self.column_count

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        recommended_tests = []
        for recommended_tests_item_data in self.recommended_tests:
            recommended_tests_item = recommended_tests_item_data.value
            recommended_tests.append(recommended_tests_item)

        quality_issues = self.quality_issues

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_count": row_count,
                "column_count": column_count,
                "columns": columns,
                "recommended_tests": recommended_tests,
                "quality_issues": quality_issues,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_profile import ColumnProfile  # noqa: PLC0415

        d = dict(src_dict)
        row_count = d.pop("row_count")

        column_count = d.pop("column_count")

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = ColumnProfile.from_dict(columns_item_data)

            columns.append(columns_item)

        recommended_tests = []
        _recommended_tests = d.pop("recommended_tests")
        for recommended_tests_item_data in _recommended_tests:
            recommended_tests_item = TestType(recommended_tests_item_data)

            recommended_tests.append(recommended_tests_item)

        quality_issues = cast(list[str], d.pop("quality_issues"))

        dataset_profile = cls(
            row_count=row_count,
            column_count=column_count,
            columns=columns,
            recommended_tests=recommended_tests,
            quality_issues=quality_issues,
        )

        dataset_profile.additional_properties = d
        return dataset_profile

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
