from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.current_phase import CurrentPhase
from ..models.health import Health
from ..models.initiative_status import InitiativeStatus
from ..models.initiative_type import InitiativeType
from ..models.methodology import Methodology
from ..models.priority import Priority

T = TypeVar("T", bound="InitiativeBrief")


@_attrs_define
class InitiativeBrief:
    """A list row.

    Attributes:
        id (UUID):
        initiative_number (str):  Example: INI-0042.
        title (str):
        methodology (Methodology): Improvement methodology; it decides the initiative's phases:
            dmaic (define, measure, analyze, improve, control), dmadv (define, measure, analyze, design, verify),
            kaizen (prepare, execute, sustain), a3 (background, current_condition, goal, root_cause,
            countermeasures, implementation, follow_up), pdsa (plan, do, study, act), just_do_it (implement, verify).
        initiative_type (InitiativeType):
        priority (Priority): Priority of an initiative or action item, and urgency of a request.
        status (InitiativeStatus): `status_reason` is required for on_hold and cancelled.
        health (Health):
        current_phase (CurrentPhase): The phase the initiative is in, or `complete` once its last gate is approved.
        team_id (None | UUID):
        lead_analyst_id (None | UUID):
        target_completion (datetime.date | None):
        projected_savings (None | str):
        currency (str): ISO 4217 code.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_number: str
    title: str
    methodology: Methodology
    initiative_type: InitiativeType
    priority: Priority
    status: InitiativeStatus
    health: Health
    current_phase: CurrentPhase
    team_id: None | UUID
    lead_analyst_id: None | UUID
    target_completion: datetime.date | None
    projected_savings: None | str
    currency: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_number = self.initiative_number

        title = self.title

        methodology = self.methodology.value

        initiative_type = self.initiative_type.value

        priority = self.priority.value

        status = self.status.value

        health = self.health.value

        current_phase = self.current_phase.value

        team_id: None | str
        if isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        lead_analyst_id: None | str
        if isinstance(self.lead_analyst_id, UUID):
            lead_analyst_id = str(self.lead_analyst_id)
        else:
            lead_analyst_id = self.lead_analyst_id

        target_completion: None | str
        if isinstance(self.target_completion, datetime.date):
            target_completion = self.target_completion.isoformat()
        else:
            target_completion = self.target_completion

        projected_savings: None | str
        projected_savings = self.projected_savings

        currency = self.currency

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_number": initiative_number,
                "title": title,
                "methodology": methodology,
                "initiative_type": initiative_type,
                "priority": priority,
                "status": status,
                "health": health,
                "current_phase": current_phase,
                "team_id": team_id,
                "lead_analyst_id": lead_analyst_id,
                "target_completion": target_completion,
                "projected_savings": projected_savings,
                "currency": currency,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_number = d.pop("initiative_number")

        title = d.pop("title")

        methodology = Methodology(d.pop("methodology"))

        initiative_type = InitiativeType(d.pop("initiative_type"))

        priority = Priority(d.pop("priority"))

        status = InitiativeStatus(d.pop("status"))

        health = Health(d.pop("health"))

        current_phase = CurrentPhase(d.pop("current_phase"))

        def _parse_team_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_id_type_0 = UUID(data)

                return team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        team_id = _parse_team_id(d.pop("team_id"))

        def _parse_lead_analyst_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_analyst_id_type_0 = UUID(data)

                return lead_analyst_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        lead_analyst_id = _parse_lead_analyst_id(d.pop("lead_analyst_id"))

        def _parse_target_completion(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_completion_type_0 = datetime.date.fromisoformat(data)

                return target_completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        target_completion = _parse_target_completion(d.pop("target_completion"))

        def _parse_projected_savings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        projected_savings = _parse_projected_savings(d.pop("projected_savings"))

        currency = d.pop("currency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        initiative_brief = cls(
            id=id,
            initiative_number=initiative_number,
            title=title,
            methodology=methodology,
            initiative_type=initiative_type,
            priority=priority,
            status=status,
            health=health,
            current_phase=current_phase,
            team_id=team_id,
            lead_analyst_id=lead_analyst_id,
            target_completion=target_completion,
            projected_savings=projected_savings,
            currency=currency,
            created_at=created_at,
            updated_at=updated_at,
        )

        initiative_brief.additional_properties = d
        return initiative_brief

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
