from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.initiative_type import InitiativeType
from ..models.methodology import Methodology
from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestConvert")


@_attrs_define
class RequestConvert:
    """Optional overrides for the initiative created from an accepted request; send `{}` to take everything
    from the request. Defaults: title ← request title; problem_statement and desired_outcome ← the
    request's; business_case ← business_impact; methodology ← recommended_methodology (dmaic when the
    request was never triaged); priority ← urgency; team_id and lead_analyst_id ← the triage's suggestions
    (null when none); initiative_type process_improvement; status active. Referenced users and team must
    exist (422 otherwise).

        Example:
            {'methodology': 'dmaic', 'priority': 'high'}

        Attributes:
            title (str | Unset):
            methodology (Methodology | Unset): Improvement methodology; it decides the initiative's phases:
                dmaic (define, measure, analyze, improve, control), dmadv (define, measure, analyze, design, verify),
                kaizen (prepare, execute, sustain), a3 (background, current_condition, goal, root_cause,
                countermeasures, implementation, follow_up), pdsa (plan, do, study, act), just_do_it (implement, verify).
            initiative_type (InitiativeType | Unset):
            priority (Priority | Unset): Priority of an initiative or action item, and urgency of a request.
            team_id (None | Unset | UUID):
            lead_analyst_id (None | Unset | UUID):
            sponsor_id (None | Unset | UUID):
            process_owner_id (None | Unset | UUID):
            start_date (datetime.date | None | Unset):
            target_completion (datetime.date | None | Unset): Must not be before start_date.
    """

    title: str | Unset = UNSET
    methodology: Methodology | Unset = UNSET
    initiative_type: InitiativeType | Unset = UNSET
    priority: Priority | Unset = UNSET
    team_id: None | Unset | UUID = UNSET
    lead_analyst_id: None | Unset | UUID = UNSET
    sponsor_id: None | Unset | UUID = UNSET
    process_owner_id: None | Unset | UUID = UNSET
    start_date: datetime.date | None | Unset = UNSET
    target_completion: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        methodology: str | Unset = UNSET
        if not isinstance(self.methodology, Unset):
            methodology = self.methodology.value

        initiative_type: str | Unset = UNSET
        if not isinstance(self.initiative_type, Unset):
            initiative_type = self.initiative_type.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        lead_analyst_id: None | str | Unset
        if isinstance(self.lead_analyst_id, Unset):
            lead_analyst_id = UNSET
        elif isinstance(self.lead_analyst_id, UUID):
            lead_analyst_id = str(self.lead_analyst_id)
        else:
            lead_analyst_id = self.lead_analyst_id

        sponsor_id: None | str | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        elif isinstance(self.sponsor_id, UUID):
            sponsor_id = str(self.sponsor_id)
        else:
            sponsor_id = self.sponsor_id

        process_owner_id: None | str | Unset
        if isinstance(self.process_owner_id, Unset):
            process_owner_id = UNSET
        elif isinstance(self.process_owner_id, UUID):
            process_owner_id = str(self.process_owner_id)
        else:
            process_owner_id = self.process_owner_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        target_completion: None | str | Unset
        if isinstance(self.target_completion, Unset):
            target_completion = UNSET
        elif isinstance(self.target_completion, datetime.date):
            target_completion = self.target_completion.isoformat()
        else:
            target_completion = self.target_completion

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if methodology is not UNSET:
            field_dict["methodology"] = methodology
        if initiative_type is not UNSET:
            field_dict["initiative_type"] = initiative_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if lead_analyst_id is not UNSET:
            field_dict["lead_analyst_id"] = lead_analyst_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if process_owner_id is not UNSET:
            field_dict["process_owner_id"] = process_owner_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if target_completion is not UNSET:
            field_dict["target_completion"] = target_completion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _methodology = d.pop("methodology", UNSET)
        methodology: Methodology | Unset
        if isinstance(_methodology, Unset):
            methodology = UNSET
        else:
            methodology = Methodology(_methodology)

        _initiative_type = d.pop("initiative_type", UNSET)
        initiative_type: InitiativeType | Unset
        if isinstance(_initiative_type, Unset):
            initiative_type = UNSET
        else:
            initiative_type = InitiativeType(_initiative_type)

        _priority = d.pop("priority", UNSET)
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        def _parse_team_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_id_type_0 = UUID(data)

                return team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_lead_analyst_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_analyst_id_type_0 = UUID(data)

                return lead_analyst_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lead_analyst_id = _parse_lead_analyst_id(d.pop("lead_analyst_id", UNSET))

        def _parse_sponsor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sponsor_id_type_0 = UUID(data)

                return sponsor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))

        def _parse_process_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                process_owner_id_type_0 = UUID(data)

                return process_owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        process_owner_id = _parse_process_owner_id(d.pop("process_owner_id", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_target_completion(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_completion_type_0 = datetime.date.fromisoformat(data)

                return target_completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        target_completion = _parse_target_completion(d.pop("target_completion", UNSET))

        request_convert = cls(
            title=title,
            methodology=methodology,
            initiative_type=initiative_type,
            priority=priority,
            team_id=team_id,
            lead_analyst_id=lead_analyst_id,
            sponsor_id=sponsor_id,
            process_owner_id=process_owner_id,
            start_date=start_date,
            target_completion=target_completion,
        )

        return request_convert
