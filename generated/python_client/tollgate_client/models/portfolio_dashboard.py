from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.current_phase_counts import CurrentPhaseCounts
    from ..models.dashboard_period import DashboardPeriod
    from ..models.health_counts import HealthCounts
    from ..models.initiative_status_counts import InitiativeStatusCounts
    from ..models.methodology_counts import MethodologyCounts
    from ..models.portfolio_totals import PortfolioTotals
    from ..models.priority_counts import PriorityCounts
    from ..models.savings_total import SavingsTotal
    from ..models.throughput_month import ThroughputMonth


T = TypeVar("T", bound="PortfolioDashboard")


@_attrs_define
class PortfolioDashboard:
    """The portfolio at a glance. The counts, savings and action numbers cover the (non-deleted)
    initiatives of the selected teams created within the period; `throughput` lists every month of the
    period (oldest first, zeros included), counting initiatives of the selected teams whatever their
    creation date. Without a period, the counts cover all initiatives and throughput the 12 months
    ending with the current one.

        Attributes:
            generated_at (datetime.datetime):
            team_ids (list[UUID]): The team filter applied (empty = all teams, initiatives without a team included).
            period (DashboardPeriod): The date range the dashboard covers, inclusive (null = unbounded on that side).
            totals (PortfolioTotals): Headline numbers of the portfolio.
            by_status (InitiativeStatusCounts): Initiatives per status.
            by_priority (PriorityCounts): Items per priority (initiatives) or urgency (requests).
            by_phase (CurrentPhaseCounts): Initiatives per current phase (every phase name of every methodology, and
                `complete`).
            by_methodology (MethodologyCounts): Initiatives per methodology.
            by_health (HealthCounts): Initiatives per health.
            savings (list[SavingsTotal]): One entry per currency present, by currency code; empty when no initiative has
                savings.
            overdue_actions (int): Action items past due_date and not completed or cancelled.
            throughput (list[ThroughputMonth]):
    """

    generated_at: datetime.datetime
    team_ids: list[UUID]
    period: DashboardPeriod
    totals: PortfolioTotals
    by_status: InitiativeStatusCounts
    by_priority: PriorityCounts
    by_phase: CurrentPhaseCounts
    by_methodology: MethodologyCounts
    by_health: HealthCounts
    savings: list[SavingsTotal]
    overdue_actions: int
    throughput: list[ThroughputMonth]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at = self.generated_at.isoformat()

        team_ids = []
        for team_ids_item_data in self.team_ids:
            team_ids_item = str(team_ids_item_data)
            team_ids.append(team_ids_item)

        period = self.period.to_dict()

        totals = self.totals.to_dict()

        by_status = self.by_status.to_dict()

        by_priority = self.by_priority.to_dict()

        by_phase = self.by_phase.to_dict()

        by_methodology = self.by_methodology.to_dict()

        by_health = self.by_health.to_dict()

        savings = []
        for savings_item_data in self.savings:
            savings_item = savings_item_data.to_dict()
            savings.append(savings_item)

        overdue_actions = self.overdue_actions

        throughput = []
        for throughput_item_data in self.throughput:
            throughput_item = throughput_item_data.to_dict()
            throughput.append(throughput_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "team_ids": team_ids,
                "period": period,
                "totals": totals,
                "by_status": by_status,
                "by_priority": by_priority,
                "by_phase": by_phase,
                "by_methodology": by_methodology,
                "by_health": by_health,
                "savings": savings,
                "overdue_actions": overdue_actions,
                "throughput": throughput,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.current_phase_counts import CurrentPhaseCounts  # noqa: PLC0415
        from ..models.dashboard_period import DashboardPeriod  # noqa: PLC0415
        from ..models.health_counts import HealthCounts  # noqa: PLC0415
        from ..models.initiative_status_counts import InitiativeStatusCounts  # noqa: PLC0415
        from ..models.methodology_counts import MethodologyCounts  # noqa: PLC0415
        from ..models.portfolio_totals import PortfolioTotals  # noqa: PLC0415
        from ..models.priority_counts import PriorityCounts  # noqa: PLC0415
        from ..models.savings_total import SavingsTotal  # noqa: PLC0415
        from ..models.throughput_month import ThroughputMonth  # noqa: PLC0415

        d = dict(src_dict)
        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        team_ids = []
        _team_ids = d.pop("team_ids")
        for team_ids_item_data in _team_ids:
            team_ids_item = UUID(team_ids_item_data)

            team_ids.append(team_ids_item)

        period = DashboardPeriod.from_dict(d.pop("period"))

        totals = PortfolioTotals.from_dict(d.pop("totals"))

        by_status = InitiativeStatusCounts.from_dict(d.pop("by_status"))

        by_priority = PriorityCounts.from_dict(d.pop("by_priority"))

        by_phase = CurrentPhaseCounts.from_dict(d.pop("by_phase"))

        by_methodology = MethodologyCounts.from_dict(d.pop("by_methodology"))

        by_health = HealthCounts.from_dict(d.pop("by_health"))

        savings = []
        _savings = d.pop("savings")
        for savings_item_data in _savings:
            savings_item = SavingsTotal.from_dict(savings_item_data)

            savings.append(savings_item)

        overdue_actions = d.pop("overdue_actions")

        throughput = []
        _throughput = d.pop("throughput")
        for throughput_item_data in _throughput:
            throughput_item = ThroughputMonth.from_dict(throughput_item_data)

            throughput.append(throughput_item)

        portfolio_dashboard = cls(
            generated_at=generated_at,
            team_ids=team_ids,
            period=period,
            totals=totals,
            by_status=by_status,
            by_priority=by_priority,
            by_phase=by_phase,
            by_methodology=by_methodology,
            by_health=by_health,
            savings=savings,
            overdue_actions=overdue_actions,
            throughput=throughput,
        )

        portfolio_dashboard.additional_properties = d
        return portfolio_dashboard

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
