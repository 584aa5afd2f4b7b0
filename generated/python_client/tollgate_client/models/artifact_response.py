from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.artifact_status import ArtifactStatus
from ..models.artifact_type import ArtifactType
from ..models.phase_name import PhaseName

if TYPE_CHECKING:
    from ..models.artifact_response_content import ArtifactResponseContent


T = TypeVar("T", bound="ArtifactResponse")


@_attrs_define
class ArtifactResponse:
    """The full artifact with its content.

    Attributes:
        id (UUID):
        initiative_id (UUID):
        phase_id (UUID):
        phase_name (PhaseName): A phase name of any methodology.
        artifact_type (ArtifactType):
        title (str):
        content (ArtifactResponseContent): The body; for fmea every row carries the computed `rpn`.
        status (ArtifactStatus):
        version (int): Starts at 1; +1 on every update.
        created_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    phase_id: UUID
    phase_name: PhaseName
    artifact_type: ArtifactType
    title: str
    content: ArtifactResponseContent
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

        phase_name = self.phase_name.value

        artifact_type = self.artifact_type.value

        title = self.title

        content = self.content.to_dict()

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
                "phase_name": phase_name,
                "artifact_type": artifact_type,
                "title": title,
                "content": content,
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
        from ..models.artifact_response_content import ArtifactResponseContent  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_id = UUID(d.pop("initiative_id"))

        phase_id = UUID(d.pop("phase_id"))

        phase_name = PhaseName(d.pop("phase_name"))

        artifact_type = ArtifactType(d.pop("artifact_type"))

        title = d.pop("title")

        content = ArtifactResponseContent.from_dict(d.pop("content"))

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

        artifact_response = cls(
            id=id,
            initiative_id=initiative_id,
            phase_id=phase_id,
            phase_name=phase_name,
            artifact_type=artifact_type,
            title=title,
            content=content,
            status=status,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        artifact_response.additional_properties = d
        return artifact_response

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
