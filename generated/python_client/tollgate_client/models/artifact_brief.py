from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.artifact_status import ArtifactStatus
from ..models.artifact_type import ArtifactType

T = TypeVar("T", bound="ArtifactBrief")


@_attrs_define
class ArtifactBrief:
    """A list row (also embedded in PhaseResponse.artifacts); no content. Every field is a column of the table.

    Attributes:
        id (UUID):
        initiative_id (UUID):
        phase_id (UUID):
        artifact_type (ArtifactType):
        title (str):
        status (ArtifactStatus):
        version (int):
        created_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    phase_id: UUID
    artifact_type: ArtifactType
    title: str
    status: ArtifactStatus
    version: int
    created_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_id = str(self.initiative_id)

        phase_id = str(self.phase_id)

        artifact_type = self.artifact_type.value

        title = self.title

        status = self.status.value

        version = self.version

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_id": initiative_id,
                "phase_id": phase_id,
                "artifact_type": artifact_type,
                "title": title,
                "status": status,
                "version": version,
                "created_by": created_by,
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

        phase_id = UUID(d.pop("phase_id"))

        artifact_type = ArtifactType(d.pop("artifact_type"))

        title = d.pop("title")

        status = ArtifactStatus(d.pop("status"))

        version = d.pop("version")

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        artifact_brief = cls(
            id=id,
            initiative_id=initiative_id,
            phase_id=phase_id,
            artifact_type=artifact_type,
            title=title,
            status=status,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        artifact_brief.additional_properties = d
        return artifact_brief

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
