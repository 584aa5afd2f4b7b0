from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_format import FileFormat
from ..models.phase_name import PhaseName
from ..models.profile_status import ProfileStatus
from ..models.test_type import TestType

if TYPE_CHECKING:
    from ..models.column_profile import ColumnProfile
    from ..models.dataset_response_summary_stats_type_0 import DatasetResponseSummaryStatsType0


T = TypeVar("T", bound="DatasetResponse")


@_attrs_define
class DatasetResponse:
    """A dataset with its profile. Profile fields (row_count, column_count, columns, summary_stats,
    data_preview, quality_issues, recommended_tests) are null or empty while `profile_status` is
    `pending` and after it `failed` (then `profile_error` says why). The storage key (file_path) never
    leaves the server.

        Attributes:
            id (UUID):
            initiative_id (UUID):
            phase_id (None | UUID):
            phase_name (None | PhaseName): The name of the phase `phase_id` points to.
            name (str):
            description (None | str):
            original_filename (str):
            file_format (FileFormat):
            size_bytes (int):
            sha256 (str): Hex SHA-256 of the stored bytes.
            row_count (int | None): Data rows (the header row not counted).
            column_count (int | None):
            columns (list[ColumnProfile]): One profile per column, in file order (empty until profiled).
            summary_stats (DatasetResponseSummaryStatsType0 | None): Column name → descriptive statistics (count, mean, std,
                min, quartiles, max; top values for categorical columns).
            data_preview (list[list[bool | float | int | None | str]]): The first (up to) 50 rows, cells in column order;
                more through GET /datasets/{dataset_id}/preview.
            quality_issues (list[str]):
            recommended_tests (list[TestType]): Test types the profile suits; GET /datasets/{dataset_id}/recommended-tests
                gives reasons and configurations.
            profile_status (ProfileStatus):
            profile_error (None | str):
            uploaded_by (None | UUID):
            job_id (None | UUID): The latest profiling job.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    phase_id: None | UUID
    phase_name: None | PhaseName
    name: str
    description: None | str
    original_filename: str
    file_format: FileFormat
    size_bytes: int
    sha256: str
    row_count: int | None
    column_count: int | None
    columns: list[ColumnProfile]
    summary_stats: DatasetResponseSummaryStatsType0 | None
    data_preview: list[list[bool | float | int | None | str]]
    quality_issues: list[str]
    recommended_tests: list[TestType]
    profile_status: ProfileStatus
    profile_error: None | str
    uploaded_by: None | UUID
    job_id: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_response_summary_stats_type_0 import DatasetResponseSummaryStatsType0  # noqa: PLC0415

        id = str(self.id)

        initiative_id = str(self.initiative_id)

        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        phase_name: None | str
        if isinstance(self.phase_name, PhaseName):
            phase_name = self.phase_name.value
        else:
            phase_name = self.phase_name

        name = self.name

        description: None | str
        description = self.description

        original_filename = self.original_filename

        file_format = self.file_format.value

        size_bytes = self.size_bytes

        sha256 = self.sha256

        row_count: int | None
        row_count = self.row_count

        column_count: int | None
        column_count = self.column_count

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        summary_stats: dict[str, Any] | None
        if isinstance(self.summary_stats, DatasetResponseSummaryStatsType0):
            summary_stats = self.summary_stats.to_dict()
        else:
            summary_stats = self.summary_stats

        data_preview = []
        for data_preview_item_data in self.data_preview:
            data_preview_item = []
            for componentsschemas_dataset_row_item_data in data_preview_item_data:
                componentsschemas_dataset_row_item: bool | float | int | None | str
                componentsschemas_dataset_row_item = componentsschemas_dataset_row_item_data
                data_preview_item.append(componentsschemas_dataset_row_item)

            data_preview.append(data_preview_item)

        quality_issues = self.quality_issues

        recommended_tests = []
        for recommended_tests_item_data in self.recommended_tests:
            recommended_tests_item = recommended_tests_item_data.value
            recommended_tests.append(recommended_tests_item)

        profile_status = self.profile_status.value

        profile_error: None | str
        profile_error = self.profile_error

        uploaded_by: None | str
        if isinstance(self.uploaded_by, UUID):
            uploaded_by = str(self.uploaded_by)
        else:
            uploaded_by = self.uploaded_by

        job_id: None | str
        if isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_id": initiative_id,
                "phase_id": phase_id,
                "phase_name": phase_name,
                "name": name,
                "description": description,
                "original_filename": original_filename,
                "file_format": file_format,
                "size_bytes": size_bytes,
                "sha256": sha256,
                "row_count": row_count,
                "column_count": column_count,
                "columns": columns,
                "summary_stats": summary_stats,
                "data_preview": data_preview,
                "quality_issues": quality_issues,
                "recommended_tests": recommended_tests,
                "profile_status": profile_status,
                "profile_error": profile_error,
                "uploaded_by": uploaded_by,
                "job_id": job_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_profile import ColumnProfile  # noqa: PLC0415
        from ..models.dataset_response_summary_stats_type_0 import DatasetResponseSummaryStatsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_id = UUID(d.pop("initiative_id"))

        def _parse_phase_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_id_type_0 = UUID(data)

                return phase_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        phase_id = _parse_phase_id(d.pop("phase_id"))

        def _parse_phase_name(data: object) -> None | PhaseName:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_name_type_0 = PhaseName(data)

                return phase_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhaseName, data)

        phase_name = _parse_phase_name(d.pop("phase_name"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        original_filename = d.pop("original_filename")

        file_format = FileFormat(d.pop("file_format"))

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        def _parse_row_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        row_count = _parse_row_count(d.pop("row_count"))

        def _parse_column_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        column_count = _parse_column_count(d.pop("column_count"))

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = ColumnProfile.from_dict(columns_item_data)

            columns.append(columns_item)

        def _parse_summary_stats(data: object) -> DatasetResponseSummaryStatsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_stats_type_0 = DatasetResponseSummaryStatsType0.from_dict(data)

                return summary_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetResponseSummaryStatsType0 | None, data)

        summary_stats = _parse_summary_stats(d.pop("summary_stats"))

        data_preview = []
        _data_preview = d.pop("data_preview")
        for data_preview_item_data in _data_preview:
            data_preview_item = []
            _data_preview_item = data_preview_item_data
            for componentsschemas_dataset_row_item_data in _data_preview_item:

                def _parse_componentsschemas_dataset_row_item(data: object) -> bool | float | int | None | str:
                    if data is None:
                        return data
                    return cast(bool | float | int | None | str, data)

                componentsschemas_dataset_row_item = _parse_componentsschemas_dataset_row_item(
                    componentsschemas_dataset_row_item_data
                )

                data_preview_item.append(componentsschemas_dataset_row_item)

            data_preview.append(data_preview_item)

        quality_issues = cast(list[str], d.pop("quality_issues"))

        recommended_tests = []
        _recommended_tests = d.pop("recommended_tests")
        for recommended_tests_item_data in _recommended_tests:
            recommended_tests_item = TestType(recommended_tests_item_data)

            recommended_tests.append(recommended_tests_item)

        profile_status = ProfileStatus(d.pop("profile_status"))

        def _parse_profile_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_error = _parse_profile_error(d.pop("profile_error"))

        def _parse_uploaded_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_by_type_0 = UUID(data)

                return uploaded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        uploaded_by = _parse_uploaded_by(d.pop("uploaded_by"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        dataset_response = cls(
            id=id,
            initiative_id=initiative_id,
            phase_id=phase_id,
            phase_name=phase_name,
            name=name,
            description=description,
            original_filename=original_filename,
            file_format=file_format,
            size_bytes=size_bytes,
            sha256=sha256,
            row_count=row_count,
            column_count=column_count,
            columns=columns,
            summary_stats=summary_stats,
            data_preview=data_preview,
            quality_issues=quality_issues,
            recommended_tests=recommended_tests,
            profile_status=profile_status,
            profile_error=profile_error,
            uploaded_by=uploaded_by,
            job_id=job_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        dataset_response.additional_properties = d
        return dataset_response

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
