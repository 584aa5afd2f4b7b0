from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSelfUpdate")


@_attrs_define
class UserSelfUpdate:
    """The caller's own profile. Email, role and is_active are not here (only admins change them).
    To change the password send both `current_password` and `new_password` (one without the other
    is 422; a wrong `current_password` is 422 on that field). After a password change every token
    issued before, including the one used for this call, answers 401: log in again.

        Example:
            {'title': 'Master Black Belt', 'skills': ['DMAIC', 'DOE', 'SPC']}

        Attributes:
            full_name (str | Unset):
            title (None | str | Unset):
            avatar_url (None | str | Unset):
            skills (list[str] | Unset):
            capacity_hours (float | Unset):
            current_password (str | Unset):
            new_password (str | Unset):
    """

    full_name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    capacity_hours: float | Unset = UNSET
    current_password: str | Unset = UNSET
    new_password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        capacity_hours = self.capacity_hours

        current_password = self.current_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if title is not UNSET:
            field_dict["title"] = title
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if skills is not UNSET:
            field_dict["skills"] = skills
        if capacity_hours is not UNSET:
            field_dict["capacity_hours"] = capacity_hours
        if current_password is not UNSET:
            field_dict["current_password"] = current_password
        if new_password is not UNSET:
            field_dict["new_password"] = new_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        capacity_hours = d.pop("capacity_hours", UNSET)

        current_password = d.pop("current_password", UNSET)

        new_password = d.pop("new_password", UNSET)

        user_self_update = cls(
            full_name=full_name,
            title=title,
            avatar_url=avatar_url,
            skills=skills,
            capacity_hours=capacity_hours,
            current_password=current_password,
            new_password=new_password,
        )

        return user_self_update
