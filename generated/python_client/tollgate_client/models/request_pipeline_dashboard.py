from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_period import DashboardPeriod
    from ..models.priority_counts import PriorityCounts
    from ..models.request_status_counts import RequestStatusCounts


T = TypeVar("T", bound="RequestPipelineDashboard")


@_attrs_define
class RequestPipelineDashboard:
    """The intake pipeline: requests submitted within the period (all when no period). Time to triage is
    reviewed_at − submitted_at, in hours, over the requests with a reviewed_at; conversion_rate is
    converted ÷ (accepted + declined + converted), null when none was decided.

        Attributes:
            generated_at (datetime.datetime):
            period (DashboardPeriod): The date range the dashboard covers, inclusive (null = unbounded on that side).
            total (int):
            by_status (RequestStatusCounts): Requests per status.
            by_urgency (PriorityCounts): Items per priority (initiatives) or urgency (requests).
            triaged (int): Requests with a reviewed_at.
            median_hours_to_triage (float | None):
            avg_hours_to_triage (float | None):
            conversion_rate (float | None):
    """

    generated_at: datetime.datetime
    period: DashboardPeriod
    total: int
    by_status: RequestStatusCounts
    by_urgency: PriorityCounts
    triaged: int
    median_hours_to_triage: float | None
    avg_hours_to_triage: float | None
    conversion_rate: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at = self.generated_at.isoformat()

        period = self.period.to_dict()

        total = self.total

        by_status = self.by_status.to_dict()

        by_urgency = self.by_urgency.to_dict()

        triaged = self.triaged

        median_hours_to_triage: float | None
        median_hours_to_triage = self.median_hours_to_triage

        avg_hours_to_triage: float | None
        avg_hours_to_triage = self.avg_hours_to_triage

        conversion_rate: float | None
        conversion_rate = self.conversion_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "period": period,
                "total": total,
                "by_status": by_status,
                "by_urgency": by_urgency,
                "triaged": triaged,
                "median_hours_to_triage": median_hours_to_triage,
                "avg_hours_to_triage": avg_hours_to_triage,
                "conversion_rate": conversion_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_period import DashboardPeriod  # noqa: PLC0415
        from ..models.priority_counts import PriorityCounts  # noqa: PLC0415
        from ..models.request_status_counts import RequestStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        period = DashboardPeriod.from_dict(d.pop("period"))

        total = d.pop("total")

        by_status = RequestStatusCounts.from_dict(d.pop("by_status"))

        by_urgency = PriorityCounts.from_dict(d.pop("by_urgency"))

        triaged = d.pop("triaged")

        def _parse_median_hours_to_triage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_hours_to_triage = _parse_median_hours_to_triage(d.pop("median_hours_to_triage"))

        def _parse_avg_hours_to_triage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_hours_to_triage = _parse_avg_hours_to_triage(d.pop("avg_hours_to_triage"))

        def _parse_conversion_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        conversion_rate = _parse_conversion_rate(d.pop("conversion_rate"))

        request_pipeline_dashboard = cls(
            generated_at=generated_at,
            period=period,
            total=total,
            by_status=by_status,
            by_urgency=by_urgency,
            triaged=triaged,
            median_hours_to_triage=median_hours_to_triage,
            avg_hours_to_triage=avg_hours_to_triage,
            conversion_rate=conversion_rate,
        )

        request_pipeline_dashboard.additional_properties = d
        return request_pipeline_dashboard

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
