from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Partial update by an admin: only the fields sent change. Setting `password` replaces the user's
    password and invalidates every token issued to them before. An admin may not change their own
    `role` or set their own `is_active` to false (409).

        Example:
            {'role': 'manager'}

        Attributes:
            email (str | Unset):
            password (str | Unset):
            full_name (str | Unset):
            title (None | str | Unset):
            role (Role | Unset): Role hierarchy: admin > manager > analyst > viewer.
            avatar_url (None | str | Unset):
            skills (list[str] | Unset):
            capacity_hours (float | Unset):
            is_active (bool | Unset): false deactivates (the user's tokens stop working); true reactivates.
    """

    email: str | Unset = UNSET
    password: str | Unset = UNSET
    full_name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    role: Role | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    capacity_hours: float | Unset = UNSET
    is_active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        full_name = self.full_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        capacity_hours = self.capacity_hours

        is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if title is not UNSET:
            field_dict["title"] = title
        if role is not UNSET:
            field_dict["role"] = role
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if skills is not UNSET:
            field_dict["skills"] = skills
        if capacity_hours is not UNSET:
            field_dict["capacity_hours"] = capacity_hours
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        full_name = d.pop("full_name", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        capacity_hours = d.pop("capacity_hours", UNSET)

        is_active = d.pop("is_active", UNSET)

        user_update = cls(
            email=email,
            password=password,
            full_name=full_name,
            title=title,
            role=role,
            avatar_url=avatar_url,
            skills=skills,
            capacity_hours=capacity_hours,
            is_active=is_active,
        )

        return user_update
