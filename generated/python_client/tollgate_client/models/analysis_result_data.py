from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.analysis_result_data_details import AnalysisResultDataDetails
    from ..models.analysis_result_data_interpretation_context import AnalysisResultDataInterpretationContext
    from ..models.analysis_result_data_summary import AnalysisResultDataSummary


T = TypeVar("T", bound="AnalysisResultData")


@_attrs_define
class AnalysisResultData:
    """What the stats engine computed (its AnalysisResult without charts and warnings, which the analysis
    carries in its own fields).

        Attributes:
            success (bool):
            summary (AnalysisResultDataSummary): Headline numbers: statistic, p_value, effect_size, confidence interval,
                cpk, …
            details (AnalysisResultDataDetails): Test-specific tables (group statistics, ANOVA table, coefficients, control
                limits, …).
            interpretation_context (AnalysisResultDataInterpretationContext): Facts the AI interpreter uses.
    """

    success: bool
    summary: AnalysisResultDataSummary
    details: AnalysisResultDataDetails
    interpretation_context: AnalysisResultDataInterpretationContext
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        summary = self.summary.to_dict()

        details = self.details.to_dict()

        interpretation_context = self.interpretation_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "summary": summary,
                "details": details,
                "interpretation_context": interpretation_context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_result_data_details import AnalysisResultDataDetails  # noqa: PLC0415
        from ..models.analysis_result_data_interpretation_context import (
            AnalysisResultDataInterpretationContext,  # noqa: PLC0415
        )
        from ..models.analysis_result_data_summary import AnalysisResultDataSummary  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        summary = AnalysisResultDataSummary.from_dict(d.pop("summary"))

        details = AnalysisResultDataDetails.from_dict(d.pop("details"))

        interpretation_context = AnalysisResultDataInterpretationContext.from_dict(d.pop("interpretation_context"))

        analysis_result_data = cls(
            success=success,
            summary=summary,
            details=details,
            interpretation_context=interpretation_context,
        )

        analysis_result_data.additional_properties = d
        return analysis_result_data

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
