from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RegisterRequest")


@_attrs_define
class RegisterRequest:
    """Self-registration. The account is created active with the `viewer` role; an admin raises the role.
    The email is stored lower-cased and must not belong to another user (409).

        Example:
            {'email': 'grace@example.com', 'password': 'a-long-enough-passphrase', 'full_name': 'Grace Hopper'}

        Attributes:
            email (str):
            password (str): At least 10 characters.
            full_name (str):
    """

    email: str
    password: str
    full_name: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        full_name = self.full_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
                "full_name": full_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        full_name = d.pop("full_name")

        register_request = cls(
            email=email,
            password=password,
            full_name=full_name,
        )

        return register_request
