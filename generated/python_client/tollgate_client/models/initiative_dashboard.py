from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_brief import ActionBrief
    from ..models.action_status_counts import ActionStatusCounts
    from ..models.initiative_brief import InitiativeBrief
    from ..models.initiative_counts import InitiativeCounts
    from ..models.metric_progress import MetricProgress
    from ..models.phase_progress import PhaseProgress


T = TypeVar("T", bound="InitiativeDashboard")


@_attrs_define
class InitiativeDashboard:
    """One initiative at a glance: its phases and progress, its metrics (baseline vs current), its action
    items (by status, open, overdue, and the next ones due), savings and hours logged.

        Attributes:
            generated_at (datetime.datetime):
            initiative (InitiativeBrief): A list row.
            overall_progress (int): Mean progress of the phases that are not skipped.
            phases (list[PhaseProgress]):
            metrics (list[MetricProgress]):
            actions_by_status (ActionStatusCounts): Action items per status.
            actions_open (int): Not completed or cancelled.
            actions_overdue (int):
            upcoming_actions (list[ActionBrief]): Open action items with a due date, overdue ones first, then soonest due.
            projected_savings (None | str):
            actual_savings (None | str):
            currency (str): ISO 4217 code.
            hours_allocated (float): Σ hours_allocated of all workload entries on the initiative.
            actual_hours (float): Σ actual_hours of all workload entries on the initiative.
            counts (InitiativeCounts): How much hangs off the initiative.
    """

    generated_at: datetime.datetime
    initiative: InitiativeBrief
    overall_progress: int
    phases: list[PhaseProgress]
    metrics: list[MetricProgress]
    actions_by_status: ActionStatusCounts
    actions_open: int
    actions_overdue: int
    upcoming_actions: list[ActionBrief]
    projected_savings: None | str
    actual_savings: None | str
    currency: str
    hours_allocated: float
    actual_hours: float
    counts: InitiativeCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at = self.generated_at.isoformat()

        initiative = self.initiative.to_dict()

        overall_progress = self.overall_progress

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        actions_by_status = self.actions_by_status.to_dict()

        actions_open = self.actions_open

        actions_overdue = self.actions_overdue

        upcoming_actions = []
        for upcoming_actions_item_data in self.upcoming_actions:
            upcoming_actions_item = upcoming_actions_item_data.to_dict()
            upcoming_actions.append(upcoming_actions_item)

        projected_savings: None | str
        projected_savings = self.projected_savings

        actual_savings: None | str
        actual_savings = self.actual_savings

        currency = self.currency

        hours_allocated = self.hours_allocated

        actual_hours = self.actual_hours

        counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "initiative": initiative,
                "overall_progress": overall_progress,
                "phases": phases,
                "metrics": metrics,
                "actions_by_status": actions_by_status,
                "actions_open": actions_open,
                "actions_overdue": actions_overdue,
                "upcoming_actions": upcoming_actions,
                "projected_savings": projected_savings,
                "actual_savings": actual_savings,
                "currency": currency,
                "hours_allocated": hours_allocated,
                "actual_hours": actual_hours,
                "counts": counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_brief import ActionBrief  # noqa: PLC0415
        from ..models.action_status_counts import ActionStatusCounts  # noqa: PLC0415
        from ..models.initiative_brief import InitiativeBrief  # noqa: PLC0415
        from ..models.initiative_counts import InitiativeCounts  # noqa: PLC0415
        from ..models.metric_progress import MetricProgress  # noqa: PLC0415
        from ..models.phase_progress import PhaseProgress  # noqa: PLC0415

        d = dict(src_dict)
        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        initiative = InitiativeBrief.from_dict(d.pop("initiative"))

        overall_progress = d.pop("overall_progress")

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = PhaseProgress.from_dict(phases_item_data)

            phases.append(phases_item)

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = MetricProgress.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        actions_by_status = ActionStatusCounts.from_dict(d.pop("actions_by_status"))

        actions_open = d.pop("actions_open")

        actions_overdue = d.pop("actions_overdue")

        upcoming_actions = []
        _upcoming_actions = d.pop("upcoming_actions")
        for upcoming_actions_item_data in _upcoming_actions:
            upcoming_actions_item = ActionBrief.from_dict(upcoming_actions_item_data)

            upcoming_actions.append(upcoming_actions_item)

        def _parse_projected_savings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        projected_savings = _parse_projected_savings(d.pop("projected_savings"))

        def _parse_actual_savings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_savings = _parse_actual_savings(d.pop("actual_savings"))

        currency = d.pop("currency")

        hours_allocated = d.pop("hours_allocated")

        actual_hours = d.pop("actual_hours")

        counts = InitiativeCounts.from_dict(d.pop("counts"))

        initiative_dashboard = cls(
            generated_at=generated_at,
            initiative=initiative,
            overall_progress=overall_progress,
            phases=phases,
            metrics=metrics,
            actions_by_status=actions_by_status,
            actions_open=actions_open,
            actions_overdue=actions_overdue,
            upcoming_actions=upcoming_actions,
            projected_savings=projected_savings,
            actual_savings=actual_savings,
            currency=currency,
            hours_allocated=hours_allocated,
            actual_hours=actual_hours,
            counts=counts,
        )

        initiative_dashboard.additional_properties = d
        return initiative_dashboard

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
