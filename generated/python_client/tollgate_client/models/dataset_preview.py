from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetPreview")


@_attrs_define
class DatasetPreview:
    """A page of the dataset's rows, read from the stored file (not only the 50 of data_preview). `total` is
    the dataset's row_count; `rows` holds rows (page − 1) × page_size + 1 … of the file, each an array of
    cells in the order of `columns` (arrays, not objects, so duplicate or odd column names survive).

        Attributes:
            dataset_id (UUID):
            columns (list[str]):
            rows (list[list[bool | float | int | None | str]]):
            total (int):
            page (int):
            page_size (int):
            has_more (bool):
    """

    dataset_id: UUID
    columns: list[str]
    rows: list[list[bool | float | int | None | str]]
    total: int
    page: int
    page_size: int
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = str(self.dataset_id)

        columns = self.columns

        rows = []
        for rows_item_data in self.rows:
            rows_item = []
            for componentsschemas_dataset_row_item_data in rows_item_data:
                componentsschemas_dataset_row_item: bool | float | int | None | str
                componentsschemas_dataset_row_item = componentsschemas_dataset_row_item_data
                rows_item.append(componentsschemas_dataset_row_item)

            rows.append(rows_item)

        total = self.total

        page = self.page

        page_size = self.page_size

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "columns": columns,
                "rows": rows,
                "total": total,
                "page": page,
                "page_size": page_size,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_id = UUID(d.pop("dataset_id"))

        columns = cast(list[str], d.pop("columns"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = []
            _rows_item = rows_item_data
            for componentsschemas_dataset_row_item_data in _rows_item:

                def _parse_componentsschemas_dataset_row_item(data: object) -> bool | float | int | None | str:
                    if data is None:
                        return data
                    return cast(bool | float | int | None | str, data)

                componentsschemas_dataset_row_item = _parse_componentsschemas_dataset_row_item(
                    componentsschemas_dataset_row_item_data
                )

                rows_item.append(componentsschemas_dataset_row_item)

            rows.append(rows_item)

        total = d.pop("total")

        page = d.pop("page")

        page_size = d.pop("page_size")

        has_more = d.pop("has_more")

        dataset_preview = cls(
            dataset_id=dataset_id,
            columns=columns,
            rows=rows,
            total=total,
            page=page,
            page_size=page_size,
            has_more=has_more,
        )

        dataset_preview.additional_properties = d
        return dataset_preview

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
