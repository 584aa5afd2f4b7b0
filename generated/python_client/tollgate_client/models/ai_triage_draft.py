from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="AITriageDraft")


@_attrs_define
class AITriageDraft:
    """A request not yet submitted, for the triage agent to assess.

    Attributes:
        title (str | Unset):
        description (str | Unset):
        problem_statement (str | Unset):
        desired_outcome (str | Unset):
        business_impact (str | Unset):
        urgency (Priority | Unset): Priority of an initiative or action item, and urgency of a request.
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    problem_statement: str | Unset = UNSET
    desired_outcome: str | Unset = UNSET
    business_impact: str | Unset = UNSET
    urgency: Priority | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        problem_statement = self.problem_statement

        desired_outcome = self.desired_outcome

        business_impact = self.business_impact

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
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
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        problem_statement = d.pop("problem_statement", UNSET)

        desired_outcome = d.pop("desired_outcome", UNSET)

        business_impact = d.pop("business_impact", UNSET)

        _urgency = d.pop("urgency", UNSET)
        urgency: Priority | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Priority(_urgency)

        ai_triage_draft = cls(
            title=title,
            description=description,
            problem_statement=problem_statement,
            desired_outcome=desired_outcome,
            business_impact=business_impact,
            urgency=urgency,
        )

        return ai_triage_draft
