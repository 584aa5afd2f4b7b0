from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioTotals")


@_attrs_define
class PortfolioTotals:
    """Headline numbers of the portfolio.

    Attributes:
        initiatives (int): Every initiative counted.
        open_ (int): Planned, active or on hold.
        active (int):
        completed (int):
        open_actions (int): Action items of these initiatives not completed or cancelled.
    """

    initiatives: int
    open_: int
    active: int
    completed: int
    open_actions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initiatives = self.initiatives

        open_ = self.open_

        active = self.active

        completed = self.completed

        open_actions = self.open_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initiatives": initiatives,
                "open": open_,
                "active": active,
                "completed": completed,
                "open_actions": open_actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        initiatives = d.pop("initiatives")

        open_ = d.pop("open")

        active = d.pop("active")

        completed = d.pop("completed")

        open_actions = d.pop("open_actions")

        portfolio_totals = cls(
            initiatives=initiatives,
            open_=open_,
            active=active,
            completed=completed,
            open_actions=open_actions,
        )

        portfolio_totals.additional_properties = d
        return portfolio_totals

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
