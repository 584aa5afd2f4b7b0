from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.methodology import Methodology
from ..models.priority import Priority
from ..models.request_status import RequestStatus

if TYPE_CHECKING:
    from ..models.request_response_triage_rationale_type_0 import RequestResponseTriageRationaleType0


T = TypeVar("T", bound="RequestResponse")


@_attrs_define
class RequestResponse:
    """The full request. `complexity_score`, `recommended_methodology` and `triage_rationale` are set by
    `POST /requests/{request_id}/triage`; `reviewed_by` / `reviewed_at` by the last status change;
    `converted_initiative_id` by the conversion.

        Attributes:
            id (UUID):
            request_number (str):  Example: REQ-0007.
            title (str):
            description (None | str):
            requester_user_id (None | UUID): Null when submitted on behalf of someone outside the system.
            requester_name (None | str):
            requester_email (None | str):
            requester_dept (None | str):
            problem_statement (None | str):
            desired_outcome (None | str):
            business_impact (None | str):
            urgency (Priority): Priority of an initiative or action item, and urgency of a request.
            complexity_score (int | None):
            recommended_methodology (Methodology | None):
            triage_rationale (None | RequestResponseTriageRationaleType0): What triage concluded and why: the stored
                TriageResult (`rationale`, `urgency` as triage saw it,
                `suggested_team_id`, `suggested_lead_analyst_id`, `similar_requests`). Null until triaged.
            status (RequestStatus): submitted → under_review → accepted | declined; accepted → converted (final). Declining
                needs `decline_reason`.
            decline_reason (None | str):
            reviewed_by (None | UUID):
            review_notes (None | str):
            submitted_at (datetime.datetime):
            reviewed_at (datetime.datetime | None):
            converted_initiative_id (None | UUID):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    request_number: str
    title: str
    description: None | str
    requester_user_id: None | UUID
    requester_name: None | str
    requester_email: None | str
    requester_dept: None | str
    problem_statement: None | str
    desired_outcome: None | str
    business_impact: None | str
    urgency: Priority
    complexity_score: int | None
    recommended_methodology: Methodology | None
    triage_rationale: None | RequestResponseTriageRationaleType0
    status: RequestStatus
    decline_reason: None | str
    reviewed_by: None | UUID
    review_notes: None | str
    submitted_at: datetime.datetime
    reviewed_at: datetime.datetime | None
    converted_initiative_id: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.request_response_triage_rationale_type_0 import (
            RequestResponseTriageRationaleType0,  # noqa: PLC0415
        )

        id = str(self.id)

        request_number = self.request_number

        title = self.title

        description: None | str
        description = self.description

        requester_user_id: None | str
        if isinstance(self.requester_user_id, UUID):
            requester_user_id = str(self.requester_user_id)
        else:
            requester_user_id = self.requester_user_id

        requester_name: None | str
        requester_name = self.requester_name

        requester_email: None | str
        requester_email = self.requester_email

        requester_dept: None | str
        requester_dept = self.requester_dept

        problem_statement: None | str
        problem_statement = self.problem_statement

        desired_outcome: None | str
        desired_outcome = self.desired_outcome

        business_impact: None | str
        business_impact = self.business_impact

        urgency = self.urgency.value

        complexity_score: int | None
        complexity_score = self.complexity_score

        recommended_methodology: None | str
        if isinstance(self.recommended_methodology, Methodology):
            recommended_methodology = self.recommended_methodology.value
        else:
            recommended_methodology = self.recommended_methodology

        triage_rationale: dict[str, Any] | None
        if isinstance(self.triage_rationale, RequestResponseTriageRationaleType0):
            triage_rationale = self.triage_rationale.to_dict()
        else:
            triage_rationale = self.triage_rationale

        status = self.status.value

        decline_reason: None | str
        decline_reason = self.decline_reason

        reviewed_by: None | str
        if isinstance(self.reviewed_by, UUID):
            reviewed_by = str(self.reviewed_by)
        else:
            reviewed_by = self.reviewed_by

        review_notes: None | str
        review_notes = self.review_notes

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
                "description": description,
                "requester_user_id": requester_user_id,
                "requester_name": requester_name,
                "requester_email": requester_email,
                "requester_dept": requester_dept,
                "problem_statement": problem_statement,
                "desired_outcome": desired_outcome,
                "business_impact": business_impact,
                "urgency": urgency,
                "complexity_score": complexity_score,
                "recommended_methodology": recommended_methodology,
                "triage_rationale": triage_rationale,
                "status": status,
                "decline_reason": decline_reason,
                "reviewed_by": reviewed_by,
                "review_notes": review_notes,
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
        from ..models.request_response_triage_rationale_type_0 import (
            RequestResponseTriageRationaleType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        request_number = d.pop("request_number")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

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

        def _parse_requester_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requester_email = _parse_requester_email(d.pop("requester_email"))

        def _parse_requester_dept(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requester_dept = _parse_requester_dept(d.pop("requester_dept"))

        def _parse_problem_statement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        problem_statement = _parse_problem_statement(d.pop("problem_statement"))

        def _parse_desired_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        desired_outcome = _parse_desired_outcome(d.pop("desired_outcome"))

        def _parse_business_impact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        business_impact = _parse_business_impact(d.pop("business_impact"))

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

        def _parse_triage_rationale(data: object) -> None | RequestResponseTriageRationaleType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triage_rationale_type_0 = RequestResponseTriageRationaleType0.from_dict(data)

                return triage_rationale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestResponseTriageRationaleType0, data)

        triage_rationale = _parse_triage_rationale(d.pop("triage_rationale"))

        status = RequestStatus(d.pop("status"))

        def _parse_decline_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decline_reason = _parse_decline_reason(d.pop("decline_reason"))

        def _parse_reviewed_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_by_type_0 = UUID(data)

                return reviewed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by"))

        def _parse_review_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_notes = _parse_review_notes(d.pop("review_notes"))

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

        request_response = cls(
            id=id,
            request_number=request_number,
            title=title,
            description=description,
            requester_user_id=requester_user_id,
            requester_name=requester_name,
            requester_email=requester_email,
            requester_dept=requester_dept,
            problem_statement=problem_statement,
            desired_outcome=desired_outcome,
            business_impact=business_impact,
            urgency=urgency,
            complexity_score=complexity_score,
            recommended_methodology=recommended_methodology,
            triage_rationale=triage_rationale,
            status=status,
            decline_reason=decline_reason,
            reviewed_by=reviewed_by,
            review_notes=review_notes,
            submitted_at=submitted_at,
            reviewed_at=reviewed_at,
            converted_initiative_id=converted_initiative_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        request_response.additional_properties = d
        return request_response

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
