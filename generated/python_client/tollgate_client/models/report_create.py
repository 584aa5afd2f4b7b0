from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.report_format import ReportFormat
from ..models.report_type import ReportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_parameters import ReportParameters


T = TypeVar("T", bound="ReportCreate")


@_attrs_define
class ReportCreate:
    """A report to render. Every report type renders in either format, from the same figures: PDF laid out
    with embedded fonts and vector charts, HTML self-contained (inline CSS and SVG charts). Neither
    fetches anything: user text (titles, descriptions, URLs) is printed as text.

        Attributes:
            report_type (ReportType):
            format_ (ReportFormat | Unset):
            parameters (ReportParameters | Unset): What the report covers. initiative_report and close_out need
                initiative_id; phase_report needs
                initiative_id and phase (a phase of its methodology, else 422). executive_brief covers the portfolio,
                narrowed by team_id and the date range (initiatives created in [date_from, date_to]); date_from must
                not be after date_to (else 422).
    """

    report_type: ReportType
    format_: ReportFormat | Unset = UNSET
    parameters: ReportParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        report_type = self.report_type.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "report_type": report_type,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_parameters import ReportParameters  # noqa: PLC0415

        d = dict(src_dict)
        report_type = ReportType(d.pop("report_type"))

        _format_ = d.pop("format", UNSET)
        format_: ReportFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ReportFormat(_format_)

        _parameters = d.pop("parameters", UNSET)
        parameters: ReportParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ReportParameters.from_dict(_parameters)

        report_create = cls(
            report_type=report_type,
            format_=format_,
            parameters=parameters,
        )

        return report_create
