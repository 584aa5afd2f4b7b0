from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.current_phase import CurrentPhase
from ..models.health import Health
from ..models.initiative_status import InitiativeStatus
from ..models.initiative_type import InitiativeType
from ..models.methodology import Methodology
from ..models.priority import Priority

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields
    from ..models.initiative_counts import InitiativeCounts
    from ..models.initiative_response_phase_progress import InitiativeResponsePhaseProgress
    from ..models.phase_brief import PhaseBrief


T = TypeVar("T", bound="InitiativeResponse")


@_attrs_define
class InitiativeResponse:
    """The full profile, with its phases in order and counts of what hangs off it.

    Attributes:
        id (UUID):
        initiative_number (str):  Example: INI-0042.
        request_id (None | UUID): The request this initiative was converted from.
        title (str):
        problem_statement (None | str):
        desired_outcome (None | str):
        goal_statement (None | str):
        scope (None | str):
        out_of_scope (None | str):
        business_case (None | str):
        methodology (Methodology): Improvement methodology; it decides the initiative's phases:
            dmaic (define, measure, analyze, improve, control), dmadv (define, measure, analyze, design, verify),
            kaizen (prepare, execute, sustain), a3 (background, current_condition, goal, root_cause,
            countermeasures, implementation, follow_up), pdsa (plan, do, study, act), just_do_it (implement, verify).
        initiative_type (InitiativeType):
        priority (Priority): Priority of an initiative or action item, and urgency of a request.
        status (InitiativeStatus): `status_reason` is required for on_hold and cancelled.
        status_reason (None | str):
        health (Health):
        lead_analyst_id (None | UUID):
        sponsor_id (None | UUID):
        process_owner_id (None | UUID):
        team_id (None | UUID):
        start_date (datetime.date | None):
        target_completion (datetime.date | None):
        actual_completion (datetime.date | None):
        current_phase (CurrentPhase): The phase the initiative is in, or `complete` once its last gate is approved.
        phase_progress (InitiativeResponsePhaseProgress): Phase name → percent complete (0–100).
        projected_savings (None | str):
        actual_savings (None | str):
        currency (str): ISO 4217 code.
        projected_impact (None | str):
        actual_impact (None | str):
        tags (list[str]):
        custom_fields (CustomFields): Free-form key/values of the organization (at most 50 keys; values are JSON
            scalars).
        phases (list[PhaseBrief]):
        counts (InitiativeCounts): How much hangs off the initiative.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_number: str
    request_id: None | UUID
    title: str
    problem_statement: None | str
    desired_outcome: None | str
    goal_statement: None | str
    scope: None | str
    out_of_scope: None | str
    business_case: None | str
    methodology: Methodology
    initiative_type: InitiativeType
    priority: Priority
    status: InitiativeStatus
    status_reason: None | str
    health: Health
    lead_analyst_id: None | UUID
    sponsor_id: None | UUID
    process_owner_id: None | UUID
    team_id: None | UUID
    start_date: datetime.date | None
    target_completion: datetime.date | None
    actual_completion: datetime.date | None
    current_phase: CurrentPhase
    phase_progress: InitiativeResponsePhaseProgress
    projected_savings: None | str
    actual_savings: None | str
    currency: str
    projected_impact: None | str
    actual_impact: None | str
    tags: list[str]
    custom_fields: CustomFields
    phases: list[PhaseBrief]
    counts: InitiativeCounts
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_number = self.initiative_number

        request_id: None | str
        if isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        title = self.title

        problem_statement: None | str
        problem_statement = self.problem_statement

        desired_outcome: None | str
        desired_outcome = self.desired_outcome

        goal_statement: None | str
        goal_statement = self.goal_statement

        scope: None | str
        scope = self.scope

        out_of_scope: None | str
        out_of_scope = self.out_of_scope

        business_case: None | str
        business_case = self.business_case

        methodology = self.methodology.value

        initiative_type = self.initiative_type.value

        priority = self.priority.value

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        health = self.health.value

        lead_analyst_id: None | str
        if isinstance(self.lead_analyst_id, UUID):
            lead_analyst_id = str(self.lead_analyst_id)
        else:
            lead_analyst_id = self.lead_analyst_id

        sponsor_id: None | str
        if isinstance(self.sponsor_id, UUID):
            sponsor_id = str(self.sponsor_id)
        else:
            sponsor_id = self.sponsor_id

        process_owner_id: None | str
        if isinstance(self.process_owner_id, UUID):
            process_owner_id = str(self.process_owner_id)
        else:
            process_owner_id = self.process_owner_id

        team_id: None | str
        if isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        target_completion: None | str
        if isinstance(self.target_completion, datetime.date):
            target_completion = self.target_completion.isoformat()
        else:
            target_completion = self.target_completion

        actual_completion: None | str
        if isinstance(self.actual_completion, datetime.date):
            actual_completion = self.actual_completion.isoformat()
        else:
            actual_completion = self.actual_completion

        current_phase = self.current_phase.value

        phase_progress = self.phase_progress.to_dict()

        projected_savings: None | str
        projected_savings = self.projected_savings

        actual_savings: None | str
        actual_savings = self.actual_savings

        currency = self.currency

        projected_impact: None | str
        projected_impact = self.projected_impact

        actual_impact: None | str
        actual_impact = self.actual_impact

        tags = self.tags

        custom_fields = self.custom_fields.to_dict()

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        counts = self.counts.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_number": initiative_number,
                "request_id": request_id,
                "title": title,
                "problem_statement": problem_statement,
                "desired_outcome": desired_outcome,
                "goal_statement": goal_statement,
                "scope": scope,
                "out_of_scope": out_of_scope,
                "business_case": business_case,
                "methodology": methodology,
                "initiative_type": initiative_type,
                "priority": priority,
                "status": status,
                "status_reason": status_reason,
                "health": health,
                "lead_analyst_id": lead_analyst_id,
                "sponsor_id": sponsor_id,
                "process_owner_id": process_owner_id,
                "team_id": team_id,
                "start_date": start_date,
                "target_completion": target_completion,
                "actual_completion": actual_completion,
                "current_phase": current_phase,
                "phase_progress": phase_progress,
                "projected_savings": projected_savings,
                "actual_savings": actual_savings,
                "currency": currency,
                "projected_impact": projected_impact,
                "actual_impact": actual_impact,
                "tags": tags,
                "custom_fields": custom_fields,
                "phases": phases,
                "counts": counts,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415
        from ..models.initiative_counts import InitiativeCounts  # noqa: PLC0415
        from ..models.initiative_response_phase_progress import InitiativeResponsePhaseProgress  # noqa: PLC0415
        from ..models.phase_brief import PhaseBrief  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_number = d.pop("initiative_number")

        def _parse_request_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_id_type_0 = UUID(data)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        request_id = _parse_request_id(d.pop("request_id"))

        title = d.pop("title")

        def _parse_problem_statement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        problem_statement = _parse_problem_statement(d.pop("problem_statement"))

        def _parse_desired_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        desired_outcome = _parse_desired_outcome(d.pop("desired_outcome"))

        def _parse_goal_statement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        goal_statement = _parse_goal_statement(d.pop("goal_statement"))

        def _parse_scope(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope = _parse_scope(d.pop("scope"))

        def _parse_out_of_scope(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        out_of_scope = _parse_out_of_scope(d.pop("out_of_scope"))

        def _parse_business_case(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        business_case = _parse_business_case(d.pop("business_case"))

        methodology = Methodology(d.pop("methodology"))

        initiative_type = InitiativeType(d.pop("initiative_type"))

        priority = Priority(d.pop("priority"))

        status = InitiativeStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        health = Health(d.pop("health"))

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

        def _parse_sponsor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sponsor_id_type_0 = UUID(data)

                return sponsor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id"))

        def _parse_process_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                process_owner_id_type_0 = UUID(data)

                return process_owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        process_owner_id = _parse_process_owner_id(d.pop("process_owner_id"))

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

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

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

        def _parse_actual_completion(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_completion_type_0 = datetime.date.fromisoformat(data)

                return actual_completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        actual_completion = _parse_actual_completion(d.pop("actual_completion"))

        current_phase = CurrentPhase(d.pop("current_phase"))

        phase_progress = InitiativeResponsePhaseProgress.from_dict(d.pop("phase_progress"))

        def _parse_projected_savings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        projected_savings = _parse_projected_savings(d.pop("projected_savings"))

        def _parse_actual_savings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_savings = _parse_actual_savings(d.pop("actual_savings"))

        currency = d.pop("currency")

        def _parse_projected_impact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        projected_impact = _parse_projected_impact(d.pop("projected_impact"))

        def _parse_actual_impact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_impact = _parse_actual_impact(d.pop("actual_impact"))

        tags = cast(list[str], d.pop("tags"))

        custom_fields = CustomFields.from_dict(d.pop("custom_fields"))

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = PhaseBrief.from_dict(phases_item_data)

            phases.append(phases_item)

        counts = InitiativeCounts.from_dict(d.pop("counts"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        initiative_response = cls(
            id=id,
            initiative_number=initiative_number,
            request_id=request_id,
            title=title,
            problem_statement=problem_statement,
            desired_outcome=desired_outcome,
            goal_statement=goal_statement,
            scope=scope,
            out_of_scope=out_of_scope,
            business_case=business_case,
            methodology=methodology,
            initiative_type=initiative_type,
            priority=priority,
            status=status,
            status_reason=status_reason,
            health=health,
            lead_analyst_id=lead_analyst_id,
            sponsor_id=sponsor_id,
            process_owner_id=process_owner_id,
            team_id=team_id,
            start_date=start_date,
            target_completion=target_completion,
            actual_completion=actual_completion,
            current_phase=current_phase,
            phase_progress=phase_progress,
            projected_savings=projected_savings,
            actual_savings=actual_savings,
            currency=currency,
            projected_impact=projected_impact,
            actual_impact=actual_impact,
            tags=tags,
            custom_fields=custom_fields,
            phases=phases,
            counts=counts,
            created_at=created_at,
            updated_at=updated_at,
        )

        initiative_response.additional_properties = d
        return initiative_response

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
