from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gate_review_decision import GateReviewDecision
from ..models.phase_name import PhaseName

if TYPE_CHECKING:
    from ..models.gate_readiness import GateReadiness


T = TypeVar("T", bound="GateReviewResponse")


@_attrs_define
class GateReviewResponse:
    """
    Attributes:
        id (UUID):
        phase_id (UUID):
        initiative_id (UUID):
        phase_name (PhaseName): A phase name of any methodology.
        attempt (int):
        decision (GateReviewDecision): A gate decision other than `pending`.
        reviewer_id (None | UUID):
        comments (None | str):
        conditions (None | str):
        readiness (GateReadiness): What stands between the phase and approval: blockers prevent approval, warnings are
            shown.
        decided_at (datetime.datetime):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    phase_id: UUID
    initiative_id: UUID
    phase_name: PhaseName
    attempt: int
    decision: GateReviewDecision
    reviewer_id: None | UUID
    comments: None | str
    conditions: None | str
    readiness: GateReadiness
    decided_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        phase_id = str(self.phase_id)

        initiative_id = str(self.initiative_id)

        phase_name = self.phase_name.value

        attempt = self.attempt

        decision = self.decision.value

        reviewer_id: None | str
        if isinstance(self.reviewer_id, UUID):
            reviewer_id = str(self.reviewer_id)
        else:
            reviewer_id = self.reviewer_id

        comments: None | str
        comments = self.comments

        conditions: None | str
        conditions = self.conditions

        readiness = self.readiness.to_dict()

        decided_at = self.decided_at.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phase_id": phase_id,
                "initiative_id": initiative_id,
                "phase_name": phase_name,
                "attempt": attempt,
                "decision": decision,
                "reviewer_id": reviewer_id,
                "comments": comments,
                "conditions": conditions,
                "readiness": readiness,
                "decided_at": decided_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gate_readiness import GateReadiness  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        phase_id = UUID(d.pop("phase_id"))

        initiative_id = UUID(d.pop("initiative_id"))

        phase_name = PhaseName(d.pop("phase_name"))

        attempt = d.pop("attempt")

        decision = GateReviewDecision(d.pop("decision"))

        def _parse_reviewer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewer_id_type_0 = UUID(data)

                return reviewer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reviewer_id = _parse_reviewer_id(d.pop("reviewer_id"))

        def _parse_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comments = _parse_comments(d.pop("comments"))

        def _parse_conditions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conditions = _parse_conditions(d.pop("conditions"))

        readiness = GateReadiness.from_dict(d.pop("readiness"))

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        gate_review_response = cls(
            id=id,
            phase_id=phase_id,
            initiative_id=initiative_id,
            phase_name=phase_name,
            attempt=attempt,
            decision=decision,
            reviewer_id=reviewer_id,
            comments=comments,
            conditions=conditions,
            readiness=readiness,
            decided_at=decided_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        gate_review_response.additional_properties = d
        return gate_review_response

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
