from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_kind import JobKind
from ..models.job_status import JobStatus
from ..models.job_subject_type import JobSubjectType

if TYPE_CHECKING:
    from ..models.job_response_result_type_0 import JobResponseResultType0


T = TypeVar("T", bound="JobResponse")


@_attrs_define
class JobResponse:
    """A background job. `status` goes queued → running → succeeded | failed and never back; `progress`
    is 0 while queued and 100 once succeeded. On success `result` holds a small summary (dataset_profile:
    {dataset_id, row_count, column_count}; analysis_run: {analysis_id, duration_ms}; report_generation:
    {report_id, size_bytes}); on failure `error` holds a sentence for humans (never a stack trace) and the
    subject record carries the failure too (profile_error, error_message, report status `failed`).

        Example:
            {'id': '6f1c2b0e-7d4a-4b8e-9a53-2f0f4c1d9e11', 'kind': 'dataset_profile', 'status': 'running', 'progress': 40,
                'subject_type': 'dataset', 'subject_id': '0b7e9a52-3c1d-4f6e-8a20-5d9c3e7f1a42', 'result': None, 'error': None,
                'requested_by': '9d2f6a10-1e3b-4c5d-8f7a-6b4e2c1d0a93', 'created_at': '2025-03-04T10:15:00Z', 'started_at':
                '2025-03-04T10:15:01Z', 'finished_at': None, 'updated_at': '2025-03-04T10:15:03Z'}

        Attributes:
            id (UUID):
            kind (JobKind): What a background job does: profile an uploaded dataset, run a statistical analysis, or render a
                report.
            status (JobStatus):
            progress (int): Percent done.
            subject_type (JobSubjectType): The kind of record a job works on (its `subject_id` points to it).
            subject_id (UUID): Id of the dataset, analysis or report the job works on.
            result (JobResponseResultType0 | None): Set when the job succeeded.
            error (None | str): Set when the job failed.
            requested_by (None | UUID): The user whose request started the job.
            created_at (datetime.datetime): When the job was queued.
            started_at (datetime.datetime | None):
            finished_at (datetime.datetime | None): Set when the job succeeded or failed.
            updated_at (datetime.datetime):
    """

    id: UUID
    kind: JobKind
    status: JobStatus
    progress: int
    subject_type: JobSubjectType
    subject_id: UUID
    result: JobResponseResultType0 | None
    error: None | str
    requested_by: None | UUID
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_response_result_type_0 import JobResponseResultType0  # noqa: PLC0415

        id = str(self.id)

        kind = self.kind.value

        status = self.status.value

        progress = self.progress

        subject_type = self.subject_type.value

        subject_id = str(self.subject_id)

        result: dict[str, Any] | None
        if isinstance(self.result, JobResponseResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        error: None | str
        error = self.error

        requested_by: None | str
        if isinstance(self.requested_by, UUID):
            requested_by = str(self.requested_by)
        else:
            requested_by = self.requested_by

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "status": status,
                "progress": progress,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "result": result,
                "error": error,
                "requested_by": requested_by,
                "created_at": created_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_response_result_type_0 import JobResponseResultType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = JobKind(d.pop("kind"))

        status = JobStatus(d.pop("status"))

        progress = d.pop("progress")

        subject_type = JobSubjectType(d.pop("subject_type"))

        subject_id = UUID(d.pop("subject_id"))

        def _parse_result(data: object) -> JobResponseResultType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = JobResponseResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobResponseResultType0 | None, data)

        result = _parse_result(d.pop("result"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        job_response = cls(
            id=id,
            kind=kind,
            status=status,
            progress=progress,
            subject_type=subject_type,
            subject_id=subject_id,
            result=result,
            error=error,
            requested_by=requested_by,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            updated_at=updated_at,
        )

        job_response.additional_properties = d
        return job_response

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
