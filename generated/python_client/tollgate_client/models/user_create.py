from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """A new account, created by an admin. The email is stored lower-cased and is unique
    case-insensitively (409).

        Example:
            {'email': 'ada@example.com', 'password': 'a-long-enough-passphrase', 'full_name': 'Ada Lovelace', 'title':
                'Black Belt', 'role': 'analyst', 'skills': ['DMAIC', 'SPC'], 'capacity_hours': 40}

        Attributes:
            email (str):
            password (str): At least 10 characters; stored only as an argon2 hash.
            full_name (str):
            title (None | str | Unset): Job title.
            role (Role | Unset): Role hierarchy: admin > manager > analyst > viewer.
            avatar_url (None | str | Unset): An https URL of the user's picture.
            skills (list[str] | Unset): Skills such as DMAIC, DOE, SPC.
            capacity_hours (float | Unset): Hours per week the user can work. Default: 40.0.
    """

    email: str
    password: str
    full_name: str
    title: None | str | Unset = UNSET
    role: Role | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    capacity_hours: float | Unset = 40.0

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
                "full_name": full_name,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        full_name = d.pop("full_name")

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

        user_create = cls(
            email=email,
            password=password,
            full_name=full_name,
            title=title,
            role=role,
            avatar_url=avatar_url,
            skills=skills,
            capacity_hours=capacity_hours,
        )

        return user_create
