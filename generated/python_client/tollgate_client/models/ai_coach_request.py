from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.phase_name import PhaseName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_context import AIContext


T = TypeVar("T", bound="AICoachRequest")


@_attrs_define
class AICoachRequest:
    """Ask the methodology coach about a phase of an initiative (what to do next, which artifact, gate readiness).

    Attributes:
        initiative_id (UUID):
        phase (PhaseName): A phase name of any methodology.
        message (str): What the user says to the assistant.
        conversation_id (UUID | Unset):
        context (AIContext | Unset): Extra facts for the assistant (screen the user is on, selected ids, …): at most 50
            keys, values
            scalars or short lists of scalars. The server adds what it knows itself (the initiative, its phase,
            the dataset profile, …); nothing here grants access to records the caller may not read.
    """

    initiative_id: UUID
    phase: PhaseName
    message: str
    conversation_id: UUID | Unset = UNSET
    context: AIContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        initiative_id = str(self.initiative_id)

        phase = self.phase.value

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
                "initiative_id": initiative_id,
                "phase": phase,
                "message": message,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_context import AIContext  # noqa: PLC0415

        d = dict(src_dict)
        initiative_id = UUID(d.pop("initiative_id"))

        phase = PhaseName(d.pop("phase"))

        message = d.pop("message")

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

        ai_coach_request = cls(
            initiative_id=initiative_id,
            phase=phase,
            message=message,
            conversation_id=conversation_id,
            context=context,
        )

        return ai_coach_request
