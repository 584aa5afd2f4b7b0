from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.influence import Influence
from ..models.raci import Raci
from ..models.support_level import SupportLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalStakeholderUpdate")


@_attrs_define
class ExternalStakeholderUpdate:
    """Partial update; only the fields sent change.

    Example:
        {'support_level': 'supportive'}

    Attributes:
        name (str | Unset):
        title (None | str | Unset):
        organization (None | str | Unset):
        email (None | str | Unset): An address (local part, @, domain; not checked for deliverability).
        phone (None | str | Unset):
        role (None | str | Unset): Free text: their role in the initiative (e.g. supplier contact, auditor).
        raci (None | Raci | Unset):
        influence (Influence | None | Unset):
        support_level (None | SupportLevel | Unset):
        notes (None | str | Unset):
    """

    name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    raci: None | Raci | Unset = UNSET
    influence: Influence | None | Unset = UNSET
    support_level: None | SupportLevel | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if organization is not UNSET:
            field_dict["organization"] = organization
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if role is not UNSET:
            field_dict["role"] = role
        if raci is not UNSET:
            field_dict["raci"] = raci
        if influence is not UNSET:
            field_dict["influence"] = influence
        if support_level is not UNSET:
            field_dict["support_level"] = support_level
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        external_stakeholder_update = cls(
            name=name,
            title=title,
            organization=organization,
            email=email,
            phone=phone,
            role=role,
            raci=raci,
            influence=influence,
            support_level=support_level,
            notes=notes,
        )

        return external_stakeholder_update
