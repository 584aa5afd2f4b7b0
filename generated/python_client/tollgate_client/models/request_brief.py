from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.methodology import Methodology
from ..models.priority import Priority
from ..models.request_status import RequestStatus

T = TypeVar("T", bound="RequestBrief")


@_attrs_define
class RequestBrief:
    """A list row.

    Attributes:
        id (UUID):
        request_number (str):  Example: REQ-0007.
        title (str):
        requester_user_id (None | UUID):
        requester_name (None | str):
        requester_dept (None | str):
        urgency (Priority): Priority of an initiative or action item, and urgency of a request.
        complexity_score (int | None):
        recommended_methodology (Methodology | None):
        status (RequestStatus): submitted → under_review → accepted | declined; accepted → converted (final). Declining
            needs `decline_reason`.
        submitted_at (datetime.datetime):
        reviewed_at (datetime.datetime | None):
        converted_initiative_id (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    request_number: str
    title: str
    requester_user_id: None | UUID
    requester_name: None | str
    requester_dept: None | str
    urgency: Priority
    complexity_score: int | None
    recommended_methodology: Methodology | None
    status: RequestStatus
    submitted_at: datetime.datetime
    reviewed_at: datetime.datetime | None
    converted_initiative_id: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        request_number = self.request_number

        title = self.title

        requester_user_id: None | str
        if isinstance(self.requester_user_id, UUID):
            requester_user_id = str(self.requester_user_id)
        else:
            requester_user_id = self.requester_user_id

        requester_name: None | str
        requester_name = self.requester_name

        requester_dept: None | str
        requester_dept = self.requester_dept

        urgency = self.urgency.value

        complexity_score: int | None
        complexity_score = self.complexity_score

        recommended_methodology: None | str
        if isinstance(self.recommended_methodology, Methodology):
            recommended_methodology = self.recommended_methodology.value
        else:
            recommended_methodology = self.recommended_methodology

        status = self.status.value

        submitted_at = self.submitted_at.isoformat()

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        converted_initiative_id: None | str
        if isinstance(self.converted_initiative_id, UUID):
            converted_initiative_id = str(self.converted_initiative_id)
        else:
            converted_initiative_id = self.converted_initiative_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "request_number": request_number,
                "title": title,
                "requester_user_id": requester_user_id,
                "requester_name": requester_name,
                "requester_dept": requester_dept,
                "urgency": urgency,
                "complexity_score": complexity_score,
                "recommended_methodology": recommended_methodology,
                "status": status,
                "submitted_at": submitted_at,
                "reviewed_at": reviewed_at,
                "converted_initiative_id": converted_initiative_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        request_number = d.pop("request_number")

        title = d.pop("title")

        def _parse_requester_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requester_user_id_type_0 = UUID(data)

                return requester_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        requester_user_id = _parse_requester_user_id(d.pop("requester_user_id"))

        def _parse_requester_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requester_name = _parse_requester_name(d.pop("requester_name"))

        def _parse_requester_dept(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requester_dept = _parse_requester_dept(d.pop("requester_dept"))

        urgency = Priority(d.pop("urgency"))

        def _parse_complexity_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        complexity_score = _parse_complexity_score(d.pop("complexity_score"))

        def _parse_recommended_methodology(data: object) -> Methodology | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recommended_methodology_type_0 = Methodology(data)

                return recommended_methodology_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Methodology | None, data)

        recommended_methodology = _parse_recommended_methodology(d.pop("recommended_methodology"))

        status = RequestStatus(d.pop("status"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        def _parse_converted_initiative_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                converted_initiative_id_type_0 = UUID(data)

                return converted_initiative_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        converted_initiative_id = _parse_converted_initiative_id(d.pop("converted_initiative_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        request_brief = cls(
            id=id,
            request_number=request_number,
            title=title,
            requester_user_id=requester_user_id,
            requester_name=requester_name,
            requester_dept=requester_dept,
            urgency=urgency,
            complexity_score=complexity_score,
            recommended_methodology=recommended_methodology,
            status=status,
            submitted_at=submitted_at,
            reviewed_at=reviewed_at,
            converted_initiative_id=converted_initiative_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        request_brief.additional_properties = d
        return request_brief

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
