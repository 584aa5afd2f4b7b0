from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gate_decision import GateDecision
from ..models.phase_name import PhaseName
from ..models.phase_status import PhaseStatus

T = TypeVar("T", bound="PhaseProgress")


@_attrs_define
class PhaseProgress:
    """One phase of the initiative with its progress (`progress` from the initiative's phase_progress).

    Attributes:
        phase_name (PhaseName): A phase name of any methodology.
        phase_order (int):
        status (PhaseStatus):
        gate_decision (GateDecision):
        progress (int):
        completeness_score (int):
        due_date (datetime.date | None):
        completed_at (datetime.datetime | None):
        overdue (bool): due_date is past and the phase is not completed or skipped.
    """

    phase_name: PhaseName
    phase_order: int
    status: PhaseStatus
    gate_decision: GateDecision
    progress: int
    completeness_score: int
    due_date: datetime.date | None
    completed_at: datetime.datetime | None
    overdue: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase_name = self.phase_name.value

        phase_order = self.phase_order

        status = self.status.value

        gate_decision = self.gate_decision.value

        progress = self.progress

        completeness_score = self.completeness_score

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase_name": phase_name,
                "phase_order": phase_order,
                "status": status,
                "gate_decision": gate_decision,
                "progress": progress,
                "completeness_score": completeness_score,
                "due_date": due_date,
                "completed_at": completed_at,
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phase_name = PhaseName(d.pop("phase_name"))

        phase_order = d.pop("phase_order")

        status = PhaseStatus(d.pop("status"))

        gate_decision = GateDecision(d.pop("gate_decision"))

        progress = d.pop("progress")

        completeness_score = d.pop("completeness_score")

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

        overdue = d.pop("overdue")

        phase_progress = cls(
            phase_name=phase_name,
            phase_order=phase_order,
            status=status,
            gate_decision=gate_decision,
            progress=progress,
            completeness_score=completeness_score,
            due_date=due_date,
            completed_at=completed_at,
            overdue=overdue,
        )

        phase_progress.additional_properties = d
        return phase_progress

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
