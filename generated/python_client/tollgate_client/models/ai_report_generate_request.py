from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.phase_name import PhaseName
from ..models.report_type import ReportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_context import AIContext


T = TypeVar("T", bound="AIReportGenerateRequest")


@_attrs_define
class AIReportGenerateRequest:
    """Ask the report agent to draft the narrative of a report (an executive summary, the story of a phase,
    …) as text in the answer. It renders no file: POST /reports does. initiative_report and close_out
    need initiative_id; phase_report needs initiative_id and phase (else 422); executive_brief covers the
    portfolio (team_id narrows it).

        Attributes:
            report_type (ReportType):
            initiative_id (UUID | Unset):
            phase (PhaseName | Unset): A phase name of any methodology.
            team_id (UUID | Unset):
            message (str | Unset): What the user says to the assistant.
            conversation_id (UUID | Unset):
            context (AIContext | Unset): Extra facts for the assistant (screen the user is on, selected ids, …): at most 50
                keys, values
                scalars or short lists of scalars. The server adds what it knows itself (the initiative, its phase,
                the dataset profile, …); nothing here grants access to records the caller may not read.
    """

    report_type: ReportType
    initiative_id: UUID | Unset = UNSET
    phase: PhaseName | Unset = UNSET
    team_id: UUID | Unset = UNSET
    message: str | Unset = UNSET
    conversation_id: UUID | Unset = UNSET
    context: AIContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        report_type = self.report_type.value

        initiative_id: str | Unset = UNSET
        if not isinstance(self.initiative_id, Unset):
            initiative_id = str(self.initiative_id)

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        team_id: str | Unset = UNSET
        if not isinstance(self.team_id, Unset):
            team_id = str(self.team_id)

        message = self.message

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "report_type": report_type,
            }
        )
        if initiative_id is not UNSET:
            field_dict["initiative_id"] = initiative_id
        if phase is not UNSET:
            field_dict["phase"] = phase
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if message is not UNSET:
            field_dict["message"] = message
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_context import AIContext  # noqa: PLC0415

        d = dict(src_dict)
        report_type = ReportType(d.pop("report_type"))

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

        message = d.pop("message", UNSET)

        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = UUID(_conversation_id)

        _context = d.pop("context", UNSET)
        context: AIContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AIContext.from_dict(_context)

        ai_report_generate_request = cls(
            report_type=report_type,
            initiative_id=initiative_id,
            phase=phase,
            team_id=team_id,
            message=message,
            conversation_id=conversation_id,
            context=context,
        )

        return ai_report_generate_request
