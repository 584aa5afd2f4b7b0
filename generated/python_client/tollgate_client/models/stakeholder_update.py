from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.influence import Influence
from ..models.raci import Raci
from ..models.stakeholder_role import StakeholderRole
from ..models.support_level import SupportLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderUpdate")


@_attrs_define
class StakeholderUpdate:
    """Partial update. `user_id` cannot change (remove and add instead); a role already held by the same user is 409.

    Example:
        {'support_level': 'strongly_supportive'}

    Attributes:
        role (StakeholderRole | Unset):
        raci (None | Raci | Unset):
        influence (Influence | None | Unset):
        support_level (None | SupportLevel | Unset):
    """

    role: StakeholderRole | Unset = UNSET
    raci: None | Raci | Unset = UNSET
    influence: Influence | None | Unset = UNSET
    support_level: None | SupportLevel | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        raci: None | str | Unset
        if isinstance(self.raci, Unset):
            raci = UNSET
        elif isinstance(self.raci, Raci):
            raci = self.raci.value
        else:
            raci = self.raci

        influence: None | str | Unset
        if isinstance(self.influence, Unset):
            influence = UNSET
        elif isinstance(self.influence, Influence):
            influence = self.influence.value
        else:
            influence = self.influence

        support_level: None | str | Unset
        if isinstance(self.support_level, Unset):
            support_level = UNSET
        elif isinstance(self.support_level, SupportLevel):
            support_level = self.support_level.value
        else:
            support_level = self.support_level

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if raci is not UNSET:
            field_dict["raci"] = raci
        if influence is not UNSET:
            field_dict["influence"] = influence
        if support_level is not UNSET:
            field_dict["support_level"] = support_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: StakeholderRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = StakeholderRole(_role)

        def _parse_raci(data: object) -> None | Raci | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                raci_type_0 = Raci(data)

                return raci_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Raci | Unset, data)

        raci = _parse_raci(d.pop("raci", UNSET))

        def _parse_influence(data: object) -> Influence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                influence_type_0 = Influence(data)

                return influence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Influence | None | Unset, data)

        influence = _parse_influence(d.pop("influence", UNSET))

        def _parse_support_level(data: object) -> None | SupportLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                support_level_type_0 = SupportLevel(data)

                return support_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportLevel | Unset, data)

        support_level = _parse_support_level(d.pop("support_level", UNSET))

        stakeholder_update = cls(
            role=role,
            raci=raci,
            influence=influence,
            support_level=support_level,
        )

        return stakeholder_update
