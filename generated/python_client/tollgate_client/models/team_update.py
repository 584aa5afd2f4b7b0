from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="TeamUpdate")


@_attrs_define
class TeamUpdate:
    """Partial update: only the fields sent change. Only an admin may change `manager_id` (a manager who
    sends a different one is 403). `settings` replaces the whole object.

        Example:
            {'description': 'Owns the order-to-cash improvement portfolio.'}

        Attributes:
            name (str | Unset):
            description (None | str | Unset):
            department (None | str | Unset):
            organization (None | str | Unset):
            manager_id (None | Unset | UUID):
            settings (CustomFields | Unset): Free-form key/values of the organization (at most 50 keys; values are JSON
                scalars).
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    manager_id: None | Unset | UUID = UNSET
    settings: CustomFields | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        manager_id: None | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        elif isinstance(self.manager_id, UUID):
            manager_id = str(self.manager_id)
        else:
            manager_id = self.manager_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if department is not UNSET:
            field_dict["department"] = department
        if organization is not UNSET:
            field_dict["organization"] = organization
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_manager_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manager_id_type_0 = UUID(data)

                return manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        manager_id = _parse_manager_id(d.pop("manager_id", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: CustomFields | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CustomFields.from_dict(_settings)

        team_update = cls(
            name=name,
            description=description,
            department=department,
            organization=organization,
            manager_id=manager_id,
            settings=settings,
        )

        return team_update
