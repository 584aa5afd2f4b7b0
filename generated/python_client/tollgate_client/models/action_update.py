from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.action_classification import ActionClassification
from ..models.action_status import ActionStatus
from ..models.phase_name import PhaseName
from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionUpdate")


@_attrs_define
class ActionUpdate:
    """Partial update: only the fields sent change. The owner rule of ActionCreate holds for the result
    (setting one owner field does not clear the others: send them as null). Status may move between any
    two values; becoming `completed` sets `completed_at` to now, leaving `completed` clears it.
    `source` cannot change.

        Example:
            {'status': 'completed'}

        Attributes:
            title (str | Unset):
            description (None | str | Unset):
            phase (None | PhaseName | Unset):
            classification (ActionClassification | Unset):
            assigned_to (None | Unset | UUID):
            external_stakeholder_id (None | Unset | UUID):
            owner_name (None | str | Unset):
            status (ActionStatus | Unset):
            priority (Priority | Unset): Priority of an initiative or action item, and urgency of a request.
            due_date (datetime.date | None | Unset):
            notes (None | str | Unset):
    """

    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    phase: None | PhaseName | Unset = UNSET
    classification: ActionClassification | Unset = UNSET
    assigned_to: None | Unset | UUID = UNSET
    external_stakeholder_id: None | Unset | UUID = UNSET
    owner_name: None | str | Unset = UNSET
    status: ActionStatus | Unset = UNSET
    priority: Priority | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, PhaseName):
            phase = self.phase.value
        else:
            phase = self.phase

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.value

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        external_stakeholder_id: None | str | Unset
        if isinstance(self.external_stakeholder_id, Unset):
            external_stakeholder_id = UNSET
        elif isinstance(self.external_stakeholder_id, UUID):
            external_stakeholder_id = str(self.external_stakeholder_id)
        else:
            external_stakeholder_id = self.external_stakeholder_id

        owner_name: None | str | Unset
        if isinstance(self.owner_name, Unset):
            owner_name = UNSET
        else:
            owner_name = self.owner_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if phase is not UNSET:
            field_dict["phase"] = phase
        if classification is not UNSET:
            field_dict["classification"] = classification
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if external_stakeholder_id is not UNSET:
            field_dict["external_stakeholder_id"] = external_stakeholder_id
        if owner_name is not UNSET:
            field_dict["owner_name"] = owner_name
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_phase(data: object) -> None | PhaseName | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = PhaseName(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhaseName | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        _classification = d.pop("classification", UNSET)
        classification: ActionClassification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = ActionClassification(_classification)

        def _parse_assigned_to(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_to_type_0 = UUID(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_external_stakeholder_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                external_stakeholder_id_type_0 = UUID(data)

                return external_stakeholder_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        external_stakeholder_id = _parse_external_stakeholder_id(d.pop("external_stakeholder_id", UNSET))

        def _parse_owner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_name = _parse_owner_name(d.pop("owner_name", UNSET))

        _status = d.pop("status", UNSET)
        status: ActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActionStatus(_status)

        _priority = d.pop("priority", UNSET)
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        action_update = cls(
            title=title,
            description=description,
            phase=phase,
            classification=classification,
            assigned_to=assigned_to,
            external_stakeholder_id=external_stakeholder_id,
            owner_name=owner_name,
            status=status,
            priority=priority,
            due_date=due_date,
            notes=notes,
        )

        return action_update
