from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_kind import JobKind
from ..models.job_status import JobStatus
from ..models.job_subject_type import JobSubjectType

T = TypeVar("T", bound="JobBrief")


@_attrs_define
class JobBrief:
    """A job in a few fields (for embedding in other records).

    Attributes:
        id (UUID):
        kind (JobKind): What a background job does: profile an uploaded dataset, run a statistical analysis, or render a
            report.
        status (JobStatus):
        progress (int):
        subject_type (JobSubjectType): The kind of record a job works on (its `subject_id` points to it).
        subject_id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    kind: JobKind
    status: JobStatus
    progress: int
    subject_type: JobSubjectType
    subject_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        status = self.status.value

        progress = self.progress

        subject_type = self.subject_type.value

        subject_id = str(self.subject_id)

        created_at = self.created_at.isoformat()

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
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = JobKind(d.pop("kind"))

        status = JobStatus(d.pop("status"))

        progress = d.pop("progress")

        subject_type = JobSubjectType(d.pop("subject_type"))

        subject_id = UUID(d.pop("subject_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        job_brief = cls(
            id=id,
            kind=kind,
            status=status,
            progress=progress,
            subject_type=subject_type,
            subject_id=subject_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        job_brief.additional_properties = d
        return job_brief

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
