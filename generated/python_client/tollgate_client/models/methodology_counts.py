from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MethodologyCounts")


@_attrs_define
class MethodologyCounts:
    """Initiatives per methodology.

    Attributes:
        dmaic (int):
        dmadv (int):
        kaizen (int):
        a3 (int):
        pdsa (int):
        just_do_it (int):
    """

    dmaic: int
    dmadv: int
    kaizen: int
    a3: int
    pdsa: int
    just_do_it: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dmaic = self.dmaic

        dmadv = self.dmadv

        kaizen = self.kaizen

        a3 = self.a3

        pdsa = self.pdsa

        just_do_it = self.just_do_it

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dmaic": dmaic,
                "dmadv": dmadv,
                "kaizen": kaizen,
                "a3": a3,
                "pdsa": pdsa,
                "just_do_it": just_do_it,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dmaic = d.pop("dmaic")

        dmadv = d.pop("dmadv")

        kaizen = d.pop("kaizen")

        a3 = d.pop("a3")

        pdsa = d.pop("pdsa")

        just_do_it = d.pop("just_do_it")

        methodology_counts = cls(
            dmaic=dmaic,
            dmadv=dmadv,
            kaizen=kaizen,
            a3=a3,
            pdsa=pdsa,
            just_do_it=just_do_it,
        )

        methodology_counts.additional_properties = d
        return methodology_counts

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
