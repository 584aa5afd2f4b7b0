from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_format import ReportFormat
from ..models.report_status import ReportStatus
from ..models.report_type import ReportType

if TYPE_CHECKING:
    from ..models.report_parameters import ReportParameters


T = TypeVar("T", bound="ReportResponse")


@_attrs_define
class ReportResponse:
    """A report. `status` goes pending → generating → completed | failed. `size_bytes`, `filename` and
    `generated_at` are set once completed; `error_message` when failed. The file's storage key never
    leaves the server; fetch the file from GET /reports/{report_id}/download.

        Attributes:
            id (UUID):
            report_type (ReportType):
            format_ (ReportFormat):
            parameters (ReportParameters): What the report covers. initiative_report and close_out need initiative_id;
                phase_report needs
                initiative_id and phase (a phase of its methodology, else 422). executive_brief covers the portfolio,
                narrowed by team_id and the date range (initiatives created in [date_from, date_to]); date_from must
                not be after date_to (else 422).
            status (ReportStatus):
            filename (None | str):  Example: initiative_report-INI-0042-2025-03-04.pdf.
            size_bytes (int | None):
            error_message (None | str):
            requested_by (None | UUID):
            job_id (None | UUID):
            generated_at (datetime.datetime | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    report_type: ReportType
    format_: ReportFormat
    parameters: ReportParameters
    status: ReportStatus
    filename: None | str
    size_bytes: int | None
    error_message: None | str
    requested_by: None | UUID
    job_id: None | UUID
    generated_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        report_type = self.report_type.value

        format_ = self.format_.value

        parameters = self.parameters.to_dict()

        status = self.status.value

        filename: None | str
        filename = self.filename

        size_bytes: int | None
        size_bytes = self.size_bytes

        error_message: None | str
        error_message = self.error_message

        requested_by: None | str
        if isinstance(self.requested_by, UUID):
            requested_by = str(self.requested_by)
        else:
            requested_by = self.requested_by

        job_id: None | str
        if isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        generated_at: None | str
        if isinstance(self.generated_at, datetime.datetime):
            generated_at = self.generated_at.isoformat()
        else:
            generated_at = self.generated_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "report_type": report_type,
                "format": format_,
                "parameters": parameters,
                "status": status,
                "filename": filename,
                "size_bytes": size_bytes,
                "error_message": error_message,
                "requested_by": requested_by,
                "job_id": job_id,
                "generated_at": generated_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_parameters import ReportParameters  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        report_type = ReportType(d.pop("report_type"))

        format_ = ReportFormat(d.pop("format"))

        parameters = ReportParameters.from_dict(d.pop("parameters"))

        status = ReportStatus(d.pop("status"))

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        def _parse_size_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

        def _parse_requested_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_by_type_0 = UUID(data)

                return requested_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        requested_by = _parse_requested_by(d.pop("requested_by"))

        def _parse_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_id_type_0 = UUID(data)

                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        job_id = _parse_job_id(d.pop("job_id"))

        def _parse_generated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generated_at_type_0 = datetime.datetime.fromisoformat(data)

                return generated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        generated_at = _parse_generated_at(d.pop("generated_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        report_response = cls(
            id=id,
            report_type=report_type,
            format_=format_,
            parameters=parameters,
            status=status,
            filename=filename,
            size_bytes=size_bytes,
            error_message=error_message,
            requested_by=requested_by,
            job_id=job_id,
            generated_at=generated_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        report_response.additional_properties = d
        return report_response

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
