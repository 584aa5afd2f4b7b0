from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestCreate")


@_attrs_define
class RequestCreate:
    """A new request. The server sets `request_number` (REQ-0001), `status` (always `submitted`),
    `submitted_at` and leaves the triage and review fields empty.
    `requester_user_id` defaults to the caller, and `requester_name` / `requester_email` default to the
    caller's full name and email when not sent. Only managers and admins may submit on behalf of someone
    else: another user (`requester_user_id` = that user) or a person outside the system
    (`requester_user_id: null`, then `requester_name` and `requester_email` are required, 422 otherwise).
    A viewer or analyst sending a `requester_user_id` other than their own id gets 403.

        Example:
            {'title': 'Invoices take too long to approve', 'problem_statement': 'Supplier invoices wait 12 days on average
                for approval; late-payment fees follow.', 'desired_outcome': 'Approve 90% of invoices within 5 days.',
                'business_impact': 'About 40k USD of late fees a year.', 'requester_dept': 'Finance', 'urgency': 'high'}

        Attributes:
            title (str):
            description (None | str | Unset):
            requester_user_id (None | Unset | UUID): Defaults to the caller; see the schema description.
            requester_name (None | str | Unset):
            requester_email (None | str | Unset):
            requester_dept (None | str | Unset):
            problem_statement (None | str | Unset):
            desired_outcome (None | str | Unset):
            business_impact (None | str | Unset):
            urgency (Priority | Unset): Priority of an initiative or action item, and urgency of a request.
    """

    title: str
    description: None | str | Unset = UNSET
    requester_user_id: None | Unset | UUID = UNSET
    requester_name: None | str | Unset = UNSET
    requester_email: None | str | Unset = UNSET
    requester_dept: None | str | Unset = UNSET
    problem_statement: None | str | Unset = UNSET
    desired_outcome: None | str | Unset = UNSET
    business_impact: None | str | Unset = UNSET
    urgency: Priority | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        requester_user_id: None | str | Unset
        if isinstance(self.requester_user_id, Unset):
            requester_user_id = UNSET
        elif isinstance(self.requester_user_id, UUID):
            requester_user_id = str(self.requester_user_id)
        else:
            requester_user_id = self.requester_user_id

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if requester_user_id is not UNSET:
            field_dict["requester_user_id"] = requester_user_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_requester_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requester_user_id_type_0 = UUID(data)

                return requester_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        requester_user_id = _parse_requester_user_id(d.pop("requester_user_id", UNSET))

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

        request_create = cls(
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
        )

        return request_create
