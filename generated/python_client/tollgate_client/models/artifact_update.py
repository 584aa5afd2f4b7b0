from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.artifact_status import ArtifactStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_update_content import ArtifactUpdateContent


T = TypeVar("T", bound="ArtifactUpdate")


@_attrs_define
class ArtifactUpdate:
    """Partial update: only the fields sent change; `content` is replaced as a whole (validated as on
    create for the artifact's type). `artifact_type` cannot change. Every successful update adds 1 to
    `version`. Status moves freely between draft, complete and reviewed.

        Example:
            {'status': 'complete'}

        Attributes:
            title (str | Unset):
            content (ArtifactUpdateContent | Unset): The new body, validated against the artifact type's shape (see
                ArtifactCreate.content).
            status (ArtifactStatus | Unset):
    """

    title: str | Unset = UNSET
    content: ArtifactUpdateContent | Unset = UNSET
    status: ArtifactStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_update_content import ArtifactUpdateContent  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _content = d.pop("content", UNSET)
        content: ArtifactUpdateContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ArtifactUpdateContent.from_dict(_content)

        _status = d.pop("status", UNSET)
        status: ArtifactStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ArtifactStatus(_status)

        artifact_update = cls(
            title=title,
            content=content,
            status=status,
        )

        return artifact_update
