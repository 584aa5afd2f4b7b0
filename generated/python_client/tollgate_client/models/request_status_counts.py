from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestStatusCounts")


@_attrs_define
class RequestStatusCounts:
    """Requests per status.

    Attributes:
        submitted (int):
        under_review (int):
        accepted (int):
        declined (int):
        converted (int):
    """

    submitted: int
    under_review: int
    accepted: int
    declined: int
    converted: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted = self.submitted

        under_review = self.under_review

        accepted = self.accepted

        declined = self.declined

        converted = self.converted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submitted": submitted,
                "under_review": under_review,
                "accepted": accepted,
                "declined": declined,
                "converted": converted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submitted = d.pop("submitted")

        under_review = d.pop("under_review")

        accepted = d.pop("accepted")

        declined = d.pop("declined")

        converted = d.pop("converted")

        request_status_counts = cls(
            submitted=submitted,
            under_review=under_review,
            accepted=accepted,
            declined=declined,
            converted=converted,
        )

        request_status_counts.additional_properties = d
        return request_status_counts

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
