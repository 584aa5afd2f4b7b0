from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.methodology import Methodology
from ..models.priority import Priority

if TYPE_CHECKING:
    from ..models.triage_result_rationale import TriageResultRationale


T = TypeVar("T", bound="TriageResult")


@_attrs_define
class TriageResult:
    """
    Attributes:
        complexity_score (int):
        recommended_methodology (Methodology): Improvement methodology; it decides the initiative's phases:
            dmaic (define, measure, analyze, improve, control), dmadv (define, measure, analyze, design, verify),
            kaizen (prepare, execute, sustain), a3 (background, current_condition, goal, root_cause,
            countermeasures, implementation, follow_up), pdsa (plan, do, study, act), just_do_it (implement, verify).
        urgency (Priority): Priority of an initiative or action item, and urgency of a request.
        rationale (TriageResultRationale): What triage concluded and why (free-form JSON object; at least a `summary`
            string).
        suggested_team_id (None | UUID):
        suggested_lead_analyst_id (None | UUID):
        similar_requests (list[UUID]):
    """

    complexity_score: int
    recommended_methodology: Methodology
    urgency: Priority
    rationale: TriageResultRationale
    suggested_team_id: None | UUID
    suggested_lead_analyst_id: None | UUID
    similar_requests: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complexity_score = self.complexity_score

        recommended_methodology = self.recommended_methodology.value

        urgency = self.urgency.value

        rationale = self.rationale.to_dict()

        suggested_team_id: None | str
        if isinstance(self.suggested_team_id, UUID):
            suggested_team_id = str(self.suggested_team_id)
        else:
            suggested_team_id = self.suggested_team_id

        suggested_lead_analyst_id: None | str
        if isinstance(self.suggested_lead_analyst_id, UUID):
            suggested_lead_analyst_id = str(self.suggested_lead_analyst_id)
        else:
            suggested_lead_analyst_id = self.suggested_lead_analyst_id

        similar_requests = []
        for similar_requests_item_data in self.similar_requests:
            similar_requests_item = str(similar_requests_item_data)
            similar_requests.append(similar_requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complexity_score": complexity_score,
                "recommended_methodology": recommended_methodology,
                "urgency": urgency,
                "rationale": rationale,
                "suggested_team_id": suggested_team_id,
                "suggested_lead_analyst_id": suggested_lead_analyst_id,
                "similar_requests": similar_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.triage_result_rationale import TriageResultRationale  # noqa: PLC0415

        d = dict(src_dict)
        complexity_score = d.pop("complexity_score")

        recommended_methodology = Methodology(d.pop("recommended_methodology"))

        urgency = Priority(d.pop("urgency"))

        rationale = TriageResultRationale.from_dict(d.pop("rationale"))

        def _parse_suggested_team_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggested_team_id_type_0 = UUID(data)

                return suggested_team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        suggested_team_id = _parse_suggested_team_id(d.pop("suggested_team_id"))

        def _parse_suggested_lead_analyst_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggested_lead_analyst_id_type_0 = UUID(data)

                return suggested_lead_analyst_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        suggested_lead_analyst_id = _parse_suggested_lead_analyst_id(d.pop("suggested_lead_analyst_id"))

        similar_requests = []
        _similar_requests = d.pop("similar_requests")
        for similar_requests_item_data in _similar_requests:
            similar_requests_item = UUID(similar_requests_item_data)

            similar_requests.append(similar_requests_item)

        triage_result = cls(
            complexity_score=complexity_score,
            recommended_methodology=recommended_methodology,
            urgency=urgency,
            rationale=rationale,
            suggested_team_id=suggested_team_id,
            suggested_lead_analyst_id=suggested_lead_analyst_id,
            similar_requests=similar_requests,
        )

        triage_result.additional_properties = d
        return triage_result

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
