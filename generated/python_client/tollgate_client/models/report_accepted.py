from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_response import JobResponse
    from ..models.report_response import ReportResponse


T = TypeVar("T", bound="ReportAccepted")


@_attrs_define
class ReportAccepted:
    """The stored report (status `pending`) and the job that renders it.

    Attributes:
        report (ReportResponse): A report. `status` goes pending → generating → completed | failed. `size_bytes`,
            `filename` and
            `generated_at` are set once completed; `error_message` when failed. The file's storage key never
            leaves the server; fetch the file from GET /reports/{report_id}/download.
        job (JobResponse): A background job. `status` goes queued → running → succeeded | failed and never back;
            `progress`
            is 0 while queued and 100 once succeeded. On success `result` holds a small summary (dataset_profile:
            {dataset_id, row_count, column_count}; analysis_run: {analysis_id, duration_ms}; report_generation:
            {report_id, size_bytes}); on failure `error` holds a sentence for humans (never a stack trace) and the
            subject record carries the failure too (profile_error, error_message, report status `failed`).
             Example: {'id': '6f1c2b0e-7d4a-4b8e-9a53-2f0f4c1d9e11', 'kind': 'dataset_profile', 'status': 'running',
            'progress': 40, 'subject_type': 'dataset', 'subject_id': '0b7e9a52-3c1d-4f6e-8a20-5d9c3e7f1a42', 'result': None,
            'error': None, 'requested_by': '9d2f6a10-1e3b-4c5d-8f7a-6b4e2c1d0a93', 'created_at': '2025-03-04T10:15:00Z',
            'started_at': '2025-03-04T10:15:01Z', 'finished_at': None, 'updated_at': '2025-03-04T10:15:03Z'}.
    """

    report: ReportResponse
    job: JobResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report = self.report.to_dict()

        job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report": report,
                "job": job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_response import JobResponse  # noqa: PLC0415
        from ..models.report_response import ReportResponse  # noqa: PLC0415

        d = dict(src_dict)
        report = ReportResponse.from_dict(d.pop("report"))

        job = JobResponse.from_dict(d.pop("job"))

        report_accepted = cls(
            report=report,
            job=job,
        )

        report_accepted.additional_properties = d
        return report_accepted

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
