from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.test_recommendation import TestRecommendation


T = TypeVar("T", bound="TestRecommendationList")


@_attrs_define
class TestRecommendationList:
    """The tests the stats engine suggests for this dataset's profile (StatsEngine.get_available_tests),
    best first; each `suggested_configuration` can be sent as is in POST /datasets/{dataset_id}/analyze.

        Attributes:
            dataset_id (UUID):
            items (list[TestRecommendation]):
    """

    dataset_id: UUID
    items: list[TestRecommendation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = str(self.dataset_id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_recommendation import TestRecommendation  # noqa: PLC0415

        d = dict(src_dict)
        dataset_id = UUID(d.pop("dataset_id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TestRecommendation.from_dict(items_item_data)

            items.append(items_item)

        test_recommendation_list = cls(
            dataset_id=dataset_id,
            items=items,
        )

        test_recommendation_list.additional_properties = d
        return test_recommendation_list

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
