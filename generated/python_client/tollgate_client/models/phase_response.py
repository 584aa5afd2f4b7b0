from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gate_decision import GateDecision
from ..models.phase_name import PhaseName
from ..models.phase_status import PhaseStatus

if TYPE_CHECKING:
    from ..models.artifact_brief import ArtifactBrief
    from ..models.gate_readiness import GateReadiness


T = TypeVar("T", bound="PhaseResponse")


@_attrs_define
class PhaseResponse:
    """A phase with its gate state, its artifacts and its gate readiness.

    Attributes:
        id (UUID):
        initiative_id (UUID):
        phase_name (PhaseName): A phase name of any methodology.
        phase_order (int):
        status (PhaseStatus):
        due_date (datetime.date | None):
        started_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        gate_decision (GateDecision):
        gate_decided_by (None | UUID):
        gate_decided_at (datetime.datetime | None):
        gate_notes (None | str):
        ai_summary (None | str):
        completeness_score (int):
        artifacts (list[ArtifactBrief]):
        readiness (GateReadiness): What stands between the phase and approval: blockers prevent approval, warnings are
            shown.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    phase_name: PhaseName
    phase_order: int
    status: PhaseStatus
    due_date: datetime.date | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    gate_decision: GateDecision
    gate_decided_by: None | UUID
    gate_decided_at: datetime.datetime | None
    gate_notes: None | str
    ai_summary: None | str
    completeness_score: int
    artifacts: list[ArtifactBrief]
    readiness: GateReadiness
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_id = str(self.initiative_id)

        phase_name = self.phase_name.value

        phase_order = self.phase_order

        status = self.status.value

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        gate_decision = self.gate_decision.value

        gate_decided_by: None | str
        if isinstance(self.gate_decided_by, UUID):
            gate_decided_by = str(self.gate_decided_by)
        else:
            gate_decided_by = self.gate_decided_by

        gate_decided_at: None | str
        if isinstance(self.gate_decided_at, datetime.datetime):
            gate_decided_at = self.gate_decided_at.isoformat()
        else:
            gate_decided_at = self.gate_decided_at

        gate_notes: None | str
        gate_notes = self.gate_notes

        ai_summary: None | str
        ai_summary = self.ai_summary

        completeness_score = self.completeness_score

        artifacts = []
        for artifacts_item_data in self.artifacts:
            artifacts_item = artifacts_item_data.to_dict()
            artifacts.append(artifacts_item)

        readiness = self.readiness.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_id": initiative_id,
                "phase_name": phase_name,
                "phase_order": phase_order,
                "status": status,
                "due_date": due_date,
                "started_at": started_at,
                "completed_at": completed_at,
                "gate_decision": gate_decision,
                "gate_decided_by": gate_decided_by,
                "gate_decided_at": gate_decided_at,
                "gate_notes": gate_notes,
                "ai_summary": ai_summary,
                "completeness_score": completeness_score,
                "artifacts": artifacts,
                "readiness": readiness,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_brief import ArtifactBrief  # noqa: PLC0415
        from ..models.gate_readiness import GateReadiness  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_id = UUID(d.pop("initiative_id"))

        phase_name = PhaseName(d.pop("phase_name"))

        phase_order = d.pop("phase_order")

        status = PhaseStatus(d.pop("status"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        gate_decision = GateDecision(d.pop("gate_decision"))

        def _parse_gate_decided_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gate_decided_by_type_0 = UUID(data)

                return gate_decided_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        gate_decided_by = _parse_gate_decided_by(d.pop("gate_decided_by"))

        def _parse_gate_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gate_decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return gate_decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        gate_decided_at = _parse_gate_decided_at(d.pop("gate_decided_at"))

        def _parse_gate_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gate_notes = _parse_gate_notes(d.pop("gate_notes"))

        def _parse_ai_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ai_summary = _parse_ai_summary(d.pop("ai_summary"))

        completeness_score = d.pop("completeness_score")

        artifacts = []
        _artifacts = d.pop("artifacts")
        for artifacts_item_data in _artifacts:
            artifacts_item = ArtifactBrief.from_dict(artifacts_item_data)

            artifacts.append(artifacts_item)

        readiness = GateReadiness.from_dict(d.pop("readiness"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        phase_response = cls(
            id=id,
            initiative_id=initiative_id,
            phase_name=phase_name,
            phase_order=phase_order,
            status=status,
            due_date=due_date,
            started_at=started_at,
            completed_at=completed_at,
            gate_decision=gate_decision,
            gate_decided_by=gate_decided_by,
            gate_decided_at=gate_decided_at,
            gate_notes=gate_notes,
            ai_summary=ai_summary,
            completeness_score=completeness_score,
            artifacts=artifacts,
            readiness=readiness,
            created_at=created_at,
            updated_at=updated_at,
        )

        phase_response.additional_properties = d
        return phase_response

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
