from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action import AuditAction

if TYPE_CHECKING:
    from ..models.audit_event_brief_changes import AuditEventBriefChanges


T = TypeVar("T", bound="AuditEventBrief")


@_attrs_define
class AuditEventBrief:
    """A list row (the whole event).

    Attributes:
        id (UUID):
        entity_type (str):  Example: initiative.
        entity_id (UUID):
        initiative_id (None | UUID):
        action (AuditAction):
        actor_id (None | UUID):
        changes (AuditEventBriefChanges): Field → [old, new].
        occurred_at (datetime.datetime):
        created_at (datetime.datetime):
    """

    id: UUID
    entity_type: str
    entity_id: UUID
    initiative_id: None | UUID
    action: AuditAction
    actor_id: None | UUID
    changes: AuditEventBriefChanges
    occurred_at: datetime.datetime
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        entity_type = self.entity_type

        entity_id = str(self.entity_id)

        initiative_id: None | str
        if isinstance(self.initiative_id, UUID):
            initiative_id = str(self.initiative_id)
        else:
            initiative_id = self.initiative_id

        action = self.action.value

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        changes = self.changes.to_dict()

        occurred_at = self.occurred_at.isoformat()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "initiative_id": initiative_id,
                "action": action,
                "actor_id": actor_id,
                "changes": changes,
                "occurred_at": occurred_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_brief_changes import AuditEventBriefChanges  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        entity_type = d.pop("entity_type")

        entity_id = UUID(d.pop("entity_id"))

        def _parse_initiative_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initiative_id_type_0 = UUID(data)

                return initiative_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        initiative_id = _parse_initiative_id(d.pop("initiative_id"))

        action = AuditAction(d.pop("action"))

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

        changes = AuditEventBriefChanges.from_dict(d.pop("changes"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        audit_event_brief = cls(
            id=id,
            entity_type=entity_type,
            entity_id=entity_id,
            initiative_id=initiative_id,
            action=action,
            actor_id=actor_id,
            changes=changes,
            occurred_at=occurred_at,
            created_at=created_at,
        )

        audit_event_brief.additional_properties = d
        return audit_event_brief

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
