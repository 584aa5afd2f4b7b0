from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_category import TestCategory
from ..models.test_type import TestType

if TYPE_CHECKING:
    from ..models.analysis_result_details import AnalysisResultDetails
    from ..models.analysis_result_interpretation_context import AnalysisResultInterpretationContext
    from ..models.analysis_result_summary import AnalysisResultSummary
    from ..models.plotly_figure import PlotlyFigure


T = TypeVar("T", bound="AnalysisResult")


@_attrs_define
class AnalysisResult:
    """What StatsEngine.run_test returns; the API stores it on the analysis (results, charts, warnings).

    Attributes:
        test_type (TestType):
        test_category (TestCategory):
        success (bool):
        summary (AnalysisResultSummary): statistic, p_value, effect_size, …
        details (AnalysisResultDetails):
        charts (list[PlotlyFigure]):
        interpretation_context (AnalysisResultInterpretationContext):
        warnings (list[str]):
    """

    test_type: TestType
    test_category: TestCategory
    success: bool
    summary: AnalysisResultSummary
    details: AnalysisResultDetails
    charts: list[PlotlyFigure]
    interpretation_context: AnalysisResultInterpretationContext
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_type = self.test_type.value

        test_category = self.test_category.value

        success = self.success

        summary = self.summary.to_dict()

        details = self.details.to_dict()

        charts = []
        for charts_item_data in self.charts:
            charts_item = charts_item_data.to_dict()
            charts.append(charts_item)

        interpretation_context = self.interpretation_context.to_dict()

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_type": test_type,
                "test_category": test_category,
                "success": success,
                "summary": summary,
                "details": details,
                "charts": charts,
                "interpretation_context": interpretation_context,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_result_details import AnalysisResultDetails  # noqa: PLC0415
        from ..models.analysis_result_interpretation_context import AnalysisResultInterpretationContext  # noqa: PLC0415
        from ..models.analysis_result_summary import AnalysisResultSummary  # noqa: PLC0415
        from ..models.plotly_figure import PlotlyFigure  # noqa: PLC0415

        d = dict(src_dict)
        test_type = TestType(d.pop("test_type"))

        test_category = TestCategory(d.pop("test_category"))

        success = d.pop("success")

        summary = AnalysisResultSummary.from_dict(d.pop("summary"))

        details = AnalysisResultDetails.from_dict(d.pop("details"))

        charts = []
        _charts = d.pop("charts")
        for charts_item_data in _charts:
            charts_item = PlotlyFigure.from_dict(charts_item_data)

            charts.append(charts_item)

        interpretation_context = AnalysisResultInterpretationContext.from_dict(d.pop("interpretation_context"))

        warnings = cast(list[str], d.pop("warnings"))

        analysis_result = cls(
            test_type=test_type,
            test_category=test_category,
            success=success,
            summary=summary,
            details=details,
            charts=charts,
            interpretation_context=interpretation_context,
            warnings=warnings,
        )

        analysis_result.additional_properties = d
        return analysis_result

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
