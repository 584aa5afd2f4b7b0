from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.influence import Influence
from ..models.raci import Raci
from ..models.stakeholder_role import StakeholderRole
from ..models.support_level import SupportLevel

T = TypeVar("T", bound="StakeholderResponse")


@_attrs_define
class StakeholderResponse:
    """A user's role on an initiative, with the user's name and email for display.

    Attributes:
        id (UUID):
        initiative_id (UUID):
        user_id (UUID):
        full_name (str):
        email (str):
        role (StakeholderRole):
        raci (None | Raci):
        influence (Influence | None):
        support_level (None | SupportLevel):
        added_at (datetime.datetime):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    user_id: UUID
    full_name: str
    email: str
    role: StakeholderRole
    raci: None | Raci
    influence: Influence | None
    support_level: None | SupportLevel
    added_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_id = str(self.initiative_id)

        user_id = str(self.user_id)

        full_name = self.full_name

        email = self.email

        role = self.role.value

        raci: None | str
        if isinstance(self.raci, Raci):
            raci = self.raci.value
        else:
            raci = self.raci

        influence: None | str
        if isinstance(self.influence, Influence):
            influence = self.influence.value
        else:
            influence = self.influence

        support_level: None | str
        if isinstance(self.support_level, SupportLevel):
            support_level = self.support_level.value
        else:
            support_level = self.support_level

        added_at = self.added_at.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_id": initiative_id,
                "user_id": user_id,
                "full_name": full_name,
                "email": email,
                "role": role,
                "raci": raci,
                "influence": influence,
                "support_level": support_level,
                "added_at": added_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_id = UUID(d.pop("initiative_id"))

        user_id = UUID(d.pop("user_id"))

        full_name = d.pop("full_name")

        email = d.pop("email")

        role = StakeholderRole(d.pop("role"))

        def _parse_raci(data: object) -> None | Raci:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                raci_type_0 = Raci(data)

                return raci_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Raci, data)

        raci = _parse_raci(d.pop("raci"))

        def _parse_influence(data: object) -> Influence | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                influence_type_0 = Influence(data)

                return influence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Influence | None, data)

        influence = _parse_influence(d.pop("influence"))

        def _parse_support_level(data: object) -> None | SupportLevel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                support_level_type_0 = SupportLevel(data)

                return support_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportLevel, data)

        support_level = _parse_support_level(d.pop("support_level"))

        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        stakeholder_response = cls(
            id=id,
            initiative_id=initiative_id,
            user_id=user_id,
            full_name=full_name,
            email=email,
            role=role,
            raci=raci,
            influence=influence,
            support_level=support_level,
            added_at=added_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        stakeholder_response.additional_properties = d
        return stakeholder_response

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
