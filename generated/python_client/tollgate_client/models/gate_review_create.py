from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gate_review_decision import GateReviewDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="GateReviewCreate")


@_attrs_define
class GateReviewCreate:
    """A gate decision. `comments` are required unless the decision is `approved`; `conditions` are
    required when it is `conditionally_approved` (422 otherwise).

        Example:
            {'decision': 'approved'}

        Attributes:
            decision (GateReviewDecision): A gate decision other than `pending`.
            comments (None | str | Unset):
            conditions (None | str | Unset):
    """

    decision: GateReviewDecision
    comments: None | str | Unset = UNSET
    conditions: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        conditions: None | str | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        else:
            conditions = self.conditions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = GateReviewDecision(d.pop("decision"))

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        def _parse_conditions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        gate_review_create = cls(
            decision=decision,
            comments=comments,
            conditions=conditions,
        )

        return gate_review_create
