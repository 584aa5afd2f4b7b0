from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.phase_name import PhaseName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportParameters")


@_attrs_define
class ReportParameters:
    """What the report covers. initiative_report and close_out need initiative_id; phase_report needs
    initiative_id and phase (a phase of its methodology, else 422). executive_brief covers the portfolio,
    narrowed by team_id and the date range (initiatives created in [date_from, date_to]); date_from must
    not be after date_to (else 422).

        Attributes:
            initiative_id (UUID | Unset):
            phase (PhaseName | Unset): A phase name of any methodology.
            team_id (UUID | Unset):
            date_from (datetime.date | Unset):
            date_to (datetime.date | Unset):
    """

    initiative_id: UUID | Unset = UNSET
    phase: PhaseName | Unset = UNSET
    team_id: UUID | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        initiative_id: str | Unset = UNSET
        if not isinstance(self.initiative_id, Unset):
            initiative_id = str(self.initiative_id)

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        team_id: str | Unset = UNSET
        if not isinstance(self.team_id, Unset):
            team_id = str(self.team_id)

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if initiative_id is not UNSET:
            field_dict["initiative_id"] = initiative_id
        if phase is not UNSET:
            field_dict["phase"] = phase
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _initiative_id = d.pop("initiative_id", UNSET)
        initiative_id: UUID | Unset
        if isinstance(_initiative_id, Unset):
            initiative_id = UNSET
        else:
            initiative_id = UUID(_initiative_id)

        _phase = d.pop("phase", UNSET)
        phase: PhaseName | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = PhaseName(_phase)

        _team_id = d.pop("team_id", UNSET)
        team_id: UUID | Unset
        if isinstance(_team_id, Unset):
            team_id = UNSET
        else:
            team_id = UUID(_team_id)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.date.fromisoformat(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.date.fromisoformat(_date_to)

        report_parameters = cls(
            initiative_id=initiative_id,
            phase=phase,
            team_id=team_id,
            date_from=date_from,
            date_to=date_to,
        )

        return report_parameters
