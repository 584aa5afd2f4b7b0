from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.priority import Priority
from ..models.settable_request_status import SettableRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestUpdate")


@_attrs_define
class RequestUpdate:
    """Partial update: only the fields sent change.
    - The requester (`requester_user_id` = caller) may change the descriptive fields (title, description,
      requester_name/email/dept, problem_statement, desired_outcome, business_impact, urgency) while the
      request is `submitted`; afterwards only managers and admins may.
    - `status`, `decline_reason` and `review_notes` are manager+ only (403 otherwise).
    - Legal status transitions (anything else is 409; sending the current status is a no-op):
      submitted → under_review | declined; under_review → accepted | declined; accepted → declined.
      `converted` is reached only through `POST /requests/{request_id}/convert`; `declined` and
      `converted` are final.
    - Becoming `declined` requires a non-empty `decline_reason` (in this body or already stored; 422 otherwise).
    - A status change sets `reviewed_by` to the caller and `reviewed_at` to now.
    - A converted request cannot change at all (409).

        Example:
            {'status': 'declined', 'decline_reason': 'Already covered by INI-0042.'}

        Attributes:
            title (str | Unset):
            description (None | str | Unset):
            requester_name (None | str | Unset):
            requester_email (None | str | Unset):
            requester_dept (None | str | Unset):
            problem_statement (None | str | Unset):
            desired_outcome (None | str | Unset):
            business_impact (None | str | Unset):
            urgency (Priority | Unset): Priority of an initiative or action item, and urgency of a request.
            status (SettableRequestStatus | Unset): Request statuses a PATCH may set (manager+): submitted → under_review |
                declined; under_review → accepted | declined; accepted → declined. `converted` only via POST
                /requests/{request_id}/convert.
            decline_reason (None | str | Unset):
            review_notes (None | str | Unset):
    """

    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    requester_name: None | str | Unset = UNSET
    requester_email: None | str | Unset = UNSET
    requester_dept: None | str | Unset = UNSET
    problem_statement: None | str | Unset = UNSET
    desired_outcome: None | str | Unset = UNSET
    business_impact: None | str | Unset = UNSET
    urgency: Priority | Unset = UNSET
    status: SettableRequestStatus | Unset = UNSET
    decline_reason: None | str | Unset = UNSET
    review_notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        requester_name: None | str | Unset
        if isinstance(self.requester_name, Unset):
            requester_name = UNSET
        else:
            requester_name = self.requester_name

        requester_email: None | str | Unset
        if isinstance(self.requester_email, Unset):
            requester_email = UNSET
        else:
            requester_email = self.requester_email

        requester_dept: None | str | Unset
        if isinstance(self.requester_dept, Unset):
            requester_dept = UNSET
        else:
            requester_dept = self.requester_dept

        problem_statement: None | str | Unset
        if isinstance(self.problem_statement, Unset):
            problem_statement = UNSET
        else:
            problem_statement = self.problem_statement

        desired_outcome: None | str | Unset
        if isinstance(self.desired_outcome, Unset):
            desired_outcome = UNSET
        else:
            desired_outcome = self.desired_outcome

        business_impact: None | str | Unset
        if isinstance(self.business_impact, Unset):
            business_impact = UNSET
        else:
            business_impact = self.business_impact

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        decline_reason: None | str | Unset
        if isinstance(self.decline_reason, Unset):
            decline_reason = UNSET
        else:
            decline_reason = self.decline_reason

        review_notes: None | str | Unset
        if isinstance(self.review_notes, Unset):
            review_notes = UNSET
        else:
            review_notes = self.review_notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if requester_name is not UNSET:
            field_dict["requester_name"] = requester_name
        if requester_email is not UNSET:
            field_dict["requester_email"] = requester_email
        if requester_dept is not UNSET:
            field_dict["requester_dept"] = requester_dept
        if problem_statement is not UNSET:
            field_dict["problem_statement"] = problem_statement
        if desired_outcome is not UNSET:
            field_dict["desired_outcome"] = desired_outcome
        if business_impact is not UNSET:
            field_dict["business_impact"] = business_impact
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if status is not UNSET:
            field_dict["status"] = status
        if decline_reason is not UNSET:
            field_dict["decline_reason"] = decline_reason
        if review_notes is not UNSET:
            field_dict["review_notes"] = review_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_requester_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requester_name = _parse_requester_name(d.pop("requester_name", UNSET))

        def _parse_requester_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requester_email = _parse_requester_email(d.pop("requester_email", UNSET))

        def _parse_requester_dept(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requester_dept = _parse_requester_dept(d.pop("requester_dept", UNSET))

        def _parse_problem_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        problem_statement = _parse_problem_statement(d.pop("problem_statement", UNSET))

        def _parse_desired_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desired_outcome = _parse_desired_outcome(d.pop("desired_outcome", UNSET))

        def _parse_business_impact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_impact = _parse_business_impact(d.pop("business_impact", UNSET))

        _urgency = d.pop("urgency", UNSET)
        urgency: Priority | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Priority(_urgency)

        _status = d.pop("status", UNSET)
        status: SettableRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SettableRequestStatus(_status)

        def _parse_decline_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decline_reason = _parse_decline_reason(d.pop("decline_reason", UNSET))

        def _parse_review_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_notes = _parse_review_notes(d.pop("review_notes", UNSET))

        request_update = cls(
            title=title,
            description=description,
            requester_name=requester_name,
            requester_email=requester_email,
            requester_dept=requester_dept,
            problem_statement=problem_statement,
            desired_outcome=desired_outcome,
            business_impact=business_impact,
            urgency=urgency,
            status=status,
            decline_reason=decline_reason,
            review_notes=review_notes,
        )

        return request_update
