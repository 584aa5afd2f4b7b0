from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_format import FileFormat
from ..models.phase_name import PhaseName
from ..models.profile_status import ProfileStatus

T = TypeVar("T", bound="DatasetBrief")


@_attrs_define
class DatasetBrief:
    """A list row.

    Attributes:
        id (UUID):
        initiative_id (UUID):
        phase_id (None | UUID):
        phase_name (None | PhaseName):
        name (str):
        original_filename (str):
        file_format (FileFormat):
        size_bytes (int):
        row_count (int | None):
        column_count (int | None):
        profile_status (ProfileStatus):
        uploaded_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    phase_id: None | UUID
    phase_name: None | PhaseName
    name: str
    original_filename: str
    file_format: FileFormat
    size_bytes: int
    row_count: int | None
    column_count: int | None
    profile_status: ProfileStatus
    uploaded_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        original_filename = self.original_filename

        file_format = self.file_format.value

        size_bytes = self.size_bytes

        row_count: int | None
        row_count = self.row_count

        column_count: int | None
        column_count = self.column_count

        profile_status = self.profile_status.value

        uploaded_by: None | str
        if isinstance(self.uploaded_by, UUID):
            uploaded_by = str(self.uploaded_by)
        else:
            uploaded_by = self.uploaded_by

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
                "original_filename": original_filename,
                "file_format": file_format,
                "size_bytes": size_bytes,
                "row_count": row_count,
                "column_count": column_count,
                "profile_status": profile_status,
                "uploaded_by": uploaded_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        original_filename = d.pop("original_filename")

        file_format = FileFormat(d.pop("file_format"))

        size_bytes = d.pop("size_bytes")

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

        profile_status = ProfileStatus(d.pop("profile_status"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        dataset_brief = cls(
            id=id,
            initiative_id=initiative_id,
            phase_id=phase_id,
            phase_name=phase_name,
            name=name,
            original_filename=original_filename,
            file_format=file_format,
            size_bytes=size_bytes,
            row_count=row_count,
            column_count=column_count,
            profile_status=profile_status,
            uploaded_by=uploaded_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        dataset_brief.additional_properties = d
        return dataset_brief

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
