from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.analysis_response import AnalysisResponse
    from ..models.job_response import JobResponse


T = TypeVar("T", bound="AnalysisAccepted")


@_attrs_define
class AnalysisAccepted:
    """The stored analysis (status `pending`) and the job that runs it.

    Attributes:
        analysis (AnalysisResponse): An analysis. `status` goes pending → running → completed | failed. `results` is
            null until completed;
            `error_message` is set when failed. `dataset_id` becomes null if the dataset is deleted (the
            analysis and its results stay). ai_interpretation and ai_next_steps are filled by
            POST /analyses/{analysis_id}/interpret.
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

    analysis: AnalysisResponse
    job: JobResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis = self.analysis.to_dict()

        job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysis": analysis,
                "job": job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_response import AnalysisResponse  # noqa: PLC0415
        from ..models.job_response import JobResponse  # noqa: PLC0415

        d = dict(src_dict)
        analysis = AnalysisResponse.from_dict(d.pop("analysis"))

        job = JobResponse.from_dict(d.pop("job"))

        analysis_accepted = cls(
            analysis=analysis,
            job=job,
        )

        analysis_accepted.additional_properties = d
        return analysis_accepted

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
