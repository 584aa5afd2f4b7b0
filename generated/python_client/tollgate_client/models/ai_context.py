from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AIContext")


@_attrs_define
class AIContext:
    """Extra facts for the assistant (screen the user is on, selected ids, …): at most 50 keys, values
    scalars or short lists of scalars. The server adds what it knows itself (the initiative, its phase,
    the dataset profile, …); nothing here grants access to records the caller may not read.

    """

    additional_properties: dict[str, bool | float | list[float | str] | None | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_4_item_data in prop:
                    additional_property_type_4_item: float | str
                    additional_property_type_4_item = additional_property_type_4_item_data
                    field_dict[prop_name].append(additional_property_type_4_item)

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_context = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | float | list[float | str] | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_4 = []
                    _additional_property_type_4 = data
                    for additional_property_type_4_item_data in _additional_property_type_4:

                        def _parse_additional_property_type_4_item(data: object) -> float | str:
                            return cast(float | str, data)

                        additional_property_type_4_item = _parse_additional_property_type_4_item(
                            additional_property_type_4_item_data
                        )

                        additional_property_type_4.append(additional_property_type_4_item)

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | list[float | str] | None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        ai_context.additional_properties = additional_properties
        return ai_context

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | list[float | str] | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | list[float | str] | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
