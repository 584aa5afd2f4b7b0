from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_classification import ActionClassification
from ..models.action_source import ActionSource
from ..models.action_status import ActionStatus
from ..models.phase_name import PhaseName
from ..models.priority import Priority

T = TypeVar("T", bound="ActionResponse")


@_attrs_define
class ActionResponse:
    """The full action item. `overdue` is computed (due_date before today, UTC, and status neither completed
    nor cancelled), never stored.

        Attributes:
            id (UUID):
            initiative_id (UUID):
            initiative_number (str):  Example: INI-0042.
            phase_id (None | UUID):
            phase_name (None | PhaseName):
            title (str):
            description (None | str):
            classification (ActionClassification):
            assigned_to (None | UUID):
            external_stakeholder_id (None | UUID):
            owner_name (None | str):
            status (ActionStatus):
            priority (Priority): Priority of an initiative or action item, and urgency of a request.
            due_date (datetime.date | None):
            completed_at (datetime.datetime | None):
            source (ActionSource):
            notes (None | str):
            overdue (bool):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    initiative_number: str
    phase_id: None | UUID
    phase_name: None | PhaseName
    title: str
    description: None | str
    classification: ActionClassification
    assigned_to: None | UUID
    external_stakeholder_id: None | UUID
    owner_name: None | str
    status: ActionStatus
    priority: Priority
    due_date: datetime.date | None
    completed_at: datetime.datetime | None
    source: ActionSource
    notes: None | str
    overdue: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_id = str(self.initiative_id)

        initiative_number = self.initiative_number

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

        title = self.title

        description: None | str
        description = self.description

        classification = self.classification.value

        assigned_to: None | str
        if isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        external_stakeholder_id: None | str
        if isinstance(self.external_stakeholder_id, UUID):
            external_stakeholder_id = str(self.external_stakeholder_id)
        else:
            external_stakeholder_id = self.external_stakeholder_id

        owner_name: None | str
        owner_name = self.owner_name

        status = self.status.value

        priority = self.priority.value

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        source = self.source.value

        notes: None | str
        notes = self.notes

        overdue = self.overdue

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_id": initiative_id,
                "initiative_number": initiative_number,
                "phase_id": phase_id,
                "phase_name": phase_name,
                "title": title,
                "description": description,
                "classification": classification,
                "assigned_to": assigned_to,
                "external_stakeholder_id": external_stakeholder_id,
                "owner_name": owner_name,
                "status": status,
                "priority": priority,
                "due_date": due_date,
                "completed_at": completed_at,
                "source": source,
                "notes": notes,
                "overdue": overdue,
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

        initiative_number = d.pop("initiative_number")

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

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        classification = ActionClassification(d.pop("classification"))

        def _parse_assigned_to(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_to_type_0 = UUID(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to"))

        def _parse_external_stakeholder_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                external_stakeholder_id_type_0 = UUID(data)

                return external_stakeholder_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        external_stakeholder_id = _parse_external_stakeholder_id(d.pop("external_stakeholder_id"))

        def _parse_owner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_name = _parse_owner_name(d.pop("owner_name"))

        status = ActionStatus(d.pop("status"))

        priority = Priority(d.pop("priority"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        source = ActionSource(d.pop("source"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        overdue = d.pop("overdue")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        action_response = cls(
            id=id,
            initiative_id=initiative_id,
            initiative_number=initiative_number,
            phase_id=phase_id,
            phase_name=phase_name,
            title=title,
            description=description,
            classification=classification,
            assigned_to=assigned_to,
            external_stakeholder_id=external_stakeholder_id,
            owner_name=owner_name,
            status=status,
            priority=priority,
            due_date=due_date,
            completed_at=completed_at,
            source=source,
            notes=notes,
            overdue=overdue,
            created_at=created_at,
            updated_at=updated_at,
        )

        action_response.additional_properties = d
        return action_response

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
