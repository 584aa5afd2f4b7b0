from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The one error body of every failure (4xx and 5xx), 422 included.

    Example:
        {'error': 'not_found', 'detail': 'Initiative INI-0042 not found', 'status_code': 404}

    Attributes:
        error (ErrorCode):
        detail (str): A sentence for humans; never a stack trace or SQL.
        status_code (int):
        fields (list[FieldError] | Unset): Present on validation errors (422): one entry per rejected field.
        blockers (list[str] | Unset): Present when a gate cannot be approved (409): the readiness blockers that remain.
    """

    error: ErrorCode
    detail: str
    status_code: int
    fields: list[FieldError] | Unset = UNSET
    blockers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        detail = self.detail

        status_code = self.status_code

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        blockers: list[str] | Unset = UNSET
        if not isinstance(self.blockers, Unset):
            blockers = self.blockers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "detail": detail,
                "status_code": status_code,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if blockers is not UNSET:
            field_dict["blockers"] = blockers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        error = ErrorCode(d.pop("error"))

        detail = d.pop("detail")

        status_code = d.pop("status_code")

        _fields = d.pop("fields", UNSET)
        fields: list[FieldError] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldError.from_dict(fields_item_data)

                fields.append(fields_item)

        blockers = cast(list[str], d.pop("blockers", UNSET))

        error_body = cls(
            error=error,
            detail=detail,
            status_code=status_code,
            fields=fields,
            blockers=blockers,
        )

        error_body.additional_properties = d
        return error_body

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
