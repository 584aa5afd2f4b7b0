from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SavingsTotal")


@_attrs_define
class SavingsTotal:
    """Savings summed in one currency (amounts are never converted between currencies). `initiatives`
    counts the initiatives in this currency that have projected or actual savings.

        Attributes:
            currency (str): ISO 4217 code.
            projected_savings (str): An amount as a decimal string (numeric(14,2)); never a float. Example: 120000.00.
            actual_savings (str): An amount as a decimal string (numeric(14,2)); never a float. Example: 120000.00.
            initiatives (int):
    """

    currency: str
    projected_savings: str
    actual_savings: str
    initiatives: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        projected_savings = self.projected_savings

        actual_savings = self.actual_savings

        initiatives = self.initiatives

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "projected_savings": projected_savings,
                "actual_savings": actual_savings,
                "initiatives": initiatives,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        projected_savings = d.pop("projected_savings")

        actual_savings = d.pop("actual_savings")

        initiatives = d.pop("initiatives")

        savings_total = cls(
            currency=currency,
            projected_savings=projected_savings,
            actual_savings=actual_savings,
            initiatives=initiatives,
        )

        savings_total.additional_properties = d
        return savings_total

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
