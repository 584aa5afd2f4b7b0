from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action import AuditAction
from ..models.note_type import NoteType
from ..models.timeline_event_kind import TimelineEventKind

if TYPE_CHECKING:
    from ..models.timeline_event_changes import TimelineEventChanges


T = TypeVar("T", bound="TimelineEvent")


@_attrs_define
class TimelineEvent:
    """One entry of an initiative's history, from the audit log or a note.

    Attributes:
        id (UUID):
        kind (TimelineEventKind):
        occurred_at (datetime.datetime):
        actor_id (None | UUID):
        entity_type (str):
        entity_id (UUID):
        action (AuditAction | None):
        changes (TimelineEventChanges): Field → [old, new].
        note_type (None | NoteType):
        content (None | str):
    """

    id: UUID
    kind: TimelineEventKind
    occurred_at: datetime.datetime
    actor_id: None | UUID
    entity_type: str
    entity_id: UUID
    action: AuditAction | None
    changes: TimelineEventChanges
    note_type: None | NoteType
    content: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        entity_type = self.entity_type

        entity_id = str(self.entity_id)

        action: None | str
        if isinstance(self.action, AuditAction):
            action = self.action.value
        else:
            action = self.action

        changes = self.changes.to_dict()

        note_type: None | str
        if isinstance(self.note_type, NoteType):
            note_type = self.note_type.value
        else:
            note_type = self.note_type

        content: None | str
        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "occurred_at": occurred_at,
                "actor_id": actor_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "action": action,
                "changes": changes,
                "note_type": note_type,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeline_event_changes import TimelineEventChanges  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = TimelineEventKind(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        entity_type = d.pop("entity_type")

        entity_id = UUID(d.pop("entity_id"))

        def _parse_action(data: object) -> AuditAction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = AuditAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditAction | None, data)

        action = _parse_action(d.pop("action"))

        changes = TimelineEventChanges.from_dict(d.pop("changes"))

        def _parse_note_type(data: object) -> None | NoteType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                note_type_type_0 = NoteType(data)

                return note_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoteType, data)

        note_type = _parse_note_type(d.pop("note_type"))

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        timeline_event = cls(
            id=id,
            kind=kind,
            occurred_at=occurred_at,
            actor_id=actor_id,
            entity_type=entity_type,
            entity_id=entity_id,
            action=action,
            changes=changes,
            note_type=note_type,
            content=content,
        )

        timeline_event.additional_properties = d
        return timeline_event

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
