from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.health import Health
from ..models.initiative_status import InitiativeStatus
from ..models.initiative_type import InitiativeType
from ..models.priority import Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="InitiativeUpdate")


@_attrs_define
class InitiativeUpdate:
    """Partial update: only the fields sent change. `status_reason` is required when the status becomes
    `on_hold` or `cancelled`. Completing sets `actual_completion` to today unless given.
    `methodology` cannot change once phases exist.

        Example:
            {'status': 'on_hold', 'status_reason': 'Waiting for the ERP upgrade'}

        Attributes:
            title (str | Unset):
            problem_statement (None | str | Unset):
            desired_outcome (None | str | Unset):
            goal_statement (None | str | Unset):
            scope (None | str | Unset):
            out_of_scope (None | str | Unset):
            business_case (None | str | Unset):
            initiative_type (InitiativeType | Unset):
            priority (Priority | Unset): Priority of an initiative or action item, and urgency of a request.
            status (InitiativeStatus | Unset): `status_reason` is required for on_hold and cancelled.
            status_reason (None | str | Unset):
            health (Health | Unset):
            lead_analyst_id (None | Unset | UUID):
            sponsor_id (None | Unset | UUID):
            process_owner_id (None | Unset | UUID):
            team_id (None | Unset | UUID):
            start_date (datetime.date | None | Unset):
            target_completion (datetime.date | None | Unset):
            actual_completion (datetime.date | None | Unset):
            projected_savings (None | str | Unset):
            actual_savings (None | str | Unset):
            currency (str | Unset): ISO 4217 code.
            projected_impact (None | str | Unset):
            actual_impact (None | str | Unset):
            tags (list[str] | Unset):
            custom_fields (CustomFields | Unset): Free-form key/values of the organization (at most 50 keys; values are JSON
                scalars).
    """

    title: str | Unset = UNSET
    problem_statement: None | str | Unset = UNSET
    desired_outcome: None | str | Unset = UNSET
    goal_statement: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    out_of_scope: None | str | Unset = UNSET
    business_case: None | str | Unset = UNSET
    initiative_type: InitiativeType | Unset = UNSET
    priority: Priority | Unset = UNSET
    status: InitiativeStatus | Unset = UNSET
    status_reason: None | str | Unset = UNSET
    health: Health | Unset = UNSET
    lead_analyst_id: None | Unset | UUID = UNSET
    sponsor_id: None | Unset | UUID = UNSET
    process_owner_id: None | Unset | UUID = UNSET
    team_id: None | Unset | UUID = UNSET
    start_date: datetime.date | None | Unset = UNSET
    target_completion: datetime.date | None | Unset = UNSET
    actual_completion: datetime.date | None | Unset = UNSET
    projected_savings: None | str | Unset = UNSET
    actual_savings: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    projected_impact: None | str | Unset = UNSET
    actual_impact: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_fields: CustomFields | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        problem_statement: None | str | Unset
        if isinstance(self.problem_statement, Unset):
            problem_statement = UNSET
        else:
            problem_statement = self.problem_statement

        desired_outcome: None | str | Unset
        if isinstance(self.desired_outcome, Unset):
            desired_outcome = UNSET
        else:
            desired_outcome = self.desired_outcome

        goal_statement: None | str | Unset
        if isinstance(self.goal_statement, Unset):
            goal_statement = UNSET
        else:
            goal_statement = self.goal_statement

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        out_of_scope: None | str | Unset
        if isinstance(self.out_of_scope, Unset):
            out_of_scope = UNSET
        else:
            out_of_scope = self.out_of_scope

        business_case: None | str | Unset
        if isinstance(self.business_case, Unset):
            business_case = UNSET
        else:
            business_case = self.business_case

        initiative_type: str | Unset = UNSET
        if not isinstance(self.initiative_type, Unset):
            initiative_type = self.initiative_type.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        health: str | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.value

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

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

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

        actual_completion: None | str | Unset
        if isinstance(self.actual_completion, Unset):
            actual_completion = UNSET
        elif isinstance(self.actual_completion, datetime.date):
            actual_completion = self.actual_completion.isoformat()
        else:
            actual_completion = self.actual_completion

        projected_savings: None | str | Unset
        if isinstance(self.projected_savings, Unset):
            projected_savings = UNSET
        else:
            projected_savings = self.projected_savings

        actual_savings: None | str | Unset
        if isinstance(self.actual_savings, Unset):
            actual_savings = UNSET
        else:
            actual_savings = self.actual_savings

        currency = self.currency

        projected_impact: None | str | Unset
        if isinstance(self.projected_impact, Unset):
            projected_impact = UNSET
        else:
            projected_impact = self.projected_impact

        actual_impact: None | str | Unset
        if isinstance(self.actual_impact, Unset):
            actual_impact = UNSET
        else:
            actual_impact = self.actual_impact

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if problem_statement is not UNSET:
            field_dict["problem_statement"] = problem_statement
        if desired_outcome is not UNSET:
            field_dict["desired_outcome"] = desired_outcome
        if goal_statement is not UNSET:
            field_dict["goal_statement"] = goal_statement
        if scope is not UNSET:
            field_dict["scope"] = scope
        if out_of_scope is not UNSET:
            field_dict["out_of_scope"] = out_of_scope
        if business_case is not UNSET:
            field_dict["business_case"] = business_case
        if initiative_type is not UNSET:
            field_dict["initiative_type"] = initiative_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if health is not UNSET:
            field_dict["health"] = health
        if lead_analyst_id is not UNSET:
            field_dict["lead_analyst_id"] = lead_analyst_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if process_owner_id is not UNSET:
            field_dict["process_owner_id"] = process_owner_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if target_completion is not UNSET:
            field_dict["target_completion"] = target_completion
        if actual_completion is not UNSET:
            field_dict["actual_completion"] = actual_completion
        if projected_savings is not UNSET:
            field_dict["projected_savings"] = projected_savings
        if actual_savings is not UNSET:
            field_dict["actual_savings"] = actual_savings
        if currency is not UNSET:
            field_dict["currency"] = currency
        if projected_impact is not UNSET:
            field_dict["projected_impact"] = projected_impact
        if actual_impact is not UNSET:
            field_dict["actual_impact"] = actual_impact
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        def _parse_problem_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        problem_statement = _parse_problem_statement(d.pop("problem_statement", UNSET))

        def _parse_desired_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desired_outcome = _parse_desired_outcome(d.pop("desired_outcome", UNSET))

        def _parse_goal_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goal_statement = _parse_goal_statement(d.pop("goal_statement", UNSET))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_out_of_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_of_scope = _parse_out_of_scope(d.pop("out_of_scope", UNSET))

        def _parse_business_case(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_case = _parse_business_case(d.pop("business_case", UNSET))

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

        _status = d.pop("status", UNSET)
        status: InitiativeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InitiativeStatus(_status)

        def _parse_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_reason = _parse_status_reason(d.pop("status_reason", UNSET))

        _health = d.pop("health", UNSET)
        health: Health | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = Health(_health)

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

        def _parse_actual_completion(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_completion_type_0 = datetime.date.fromisoformat(data)

                return actual_completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_completion = _parse_actual_completion(d.pop("actual_completion", UNSET))

        def _parse_projected_savings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        projected_savings = _parse_projected_savings(d.pop("projected_savings", UNSET))

        def _parse_actual_savings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_savings = _parse_actual_savings(d.pop("actual_savings", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_projected_impact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        projected_impact = _parse_projected_impact(d.pop("projected_impact", UNSET))

        def _parse_actual_impact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_impact = _parse_actual_impact(d.pop("actual_impact", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFields.from_dict(_custom_fields)

        initiative_update = cls(
            title=title,
            problem_statement=problem_statement,
            desired_outcome=desired_outcome,
            goal_statement=goal_statement,
            scope=scope,
            out_of_scope=out_of_scope,
            business_case=business_case,
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
            projected_savings=projected_savings,
            actual_savings=actual_savings,
            currency=currency,
            projected_impact=projected_impact,
            actual_impact=actual_impact,
            tags=tags,
            custom_fields=custom_fields,
        )

        return initiative_update
