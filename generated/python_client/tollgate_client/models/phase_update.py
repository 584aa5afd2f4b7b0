from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.settable_phase_status import SettablePhaseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhaseUpdate")


@_attrs_define
class PhaseUpdate:
    """Legal status transitions: not_started → in_progress | skipped; in_progress → pending_review | not_started;
    pending_review → in_progress. `completed` is reached only by an approving gate review.

        Attributes:
            status (SettablePhaseStatus | Unset): Phase statuses a PATCH may set; `completed` is reached only by an
                approving gate review.
            due_date (datetime.date | None | Unset):
            ai_summary (None | str | Unset):
            completeness_score (int | Unset):
    """

    status: SettablePhaseStatus | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    ai_summary: None | str | Unset = UNSET
    completeness_score: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        ai_summary: None | str | Unset
        if isinstance(self.ai_summary, Unset):
            ai_summary = UNSET
        else:
            ai_summary = self.ai_summary

        completeness_score = self.completeness_score

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if ai_summary is not UNSET:
            field_dict["ai_summary"] = ai_summary
        if completeness_score is not UNSET:
            field_dict["completeness_score"] = completeness_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SettablePhaseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SettablePhaseStatus(_status)

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

        def _parse_ai_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ai_summary = _parse_ai_summary(d.pop("ai_summary", UNSET))

        completeness_score = d.pop("completeness_score", UNSET)

        phase_update = cls(
            status=status,
            due_date=due_date,
            ai_summary=ai_summary,
            completeness_score=completeness_score,
        )

        return phase_update
