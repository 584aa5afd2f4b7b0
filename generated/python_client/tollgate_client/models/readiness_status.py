from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.readiness_state import ReadinessState

if TYPE_CHECKING:
    from ..models.readiness_check import ReadinessCheck


T = TypeVar("T", bound="ReadinessStatus")


@_attrs_define
class ReadinessStatus:
    """Readiness of the API and each dependency it needs (database, broker, storage).

    Attributes:
        status (ReadinessState): Whether every dependency answered (a 200 from /ready always carries `ready`).
        checks (list[ReadinessCheck]):
    """

    status: ReadinessState
    checks: list[ReadinessCheck]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "checks": checks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.readiness_check import ReadinessCheck  # noqa: PLC0415

        d = dict(src_dict)
        status = ReadinessState(d.pop("status"))

        checks = []
        _checks = d.pop("checks")
        for checks_item_data in _checks:
            checks_item = ReadinessCheck.from_dict(checks_item_data)

            checks.append(checks_item)

        readiness_status = cls(
            status=status,
            checks=checks,
        )

        readiness_status.additional_properties = d
        return readiness_status

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
