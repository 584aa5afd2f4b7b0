from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.phase_name import PhaseName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_context import AIContext


T = TypeVar("T", bound="AIChatRequest")


@_attrs_define
class AIChatRequest:
    """A message to the orchestrator, which routes it to the right agent. Without `conversation_id` a new
    conversation is started (linked to initiative_id / request_id / phase when given); with one, the
    message is appended to that conversation (it must be the caller's and active).

        Example:
            {'message': 'Which data should I collect to baseline invoice cycle time?', 'initiative_id':
                '3f6c1e2a-9b7d-4c5e-8a1f-2d3b4c5d6e7f', 'phase': 'measure'}

        Attributes:
            message (str): What the user says to the assistant.
            conversation_id (UUID | Unset):
            initiative_id (UUID | Unset): The initiative the question is about.
            request_id (UUID | Unset): The intake request the question is about.
            phase (PhaseName | Unset): A phase name of any methodology.
            context (AIContext | Unset): Extra facts for the assistant (screen the user is on, selected ids, …): at most 50
                keys, values
                scalars or short lists of scalars. The server adds what it knows itself (the initiative, its phase,
                the dataset profile, …); nothing here grants access to records the caller may not read.
    """

    message: str
    conversation_id: UUID | Unset = UNSET
    initiative_id: UUID | Unset = UNSET
    request_id: UUID | Unset = UNSET
    phase: PhaseName | Unset = UNSET
    context: AIContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        initiative_id: str | Unset = UNSET
        if not isinstance(self.initiative_id, Unset):
            initiative_id = str(self.initiative_id)

        request_id: str | Unset = UNSET
        if not isinstance(self.request_id, Unset):
            request_id = str(self.request_id)

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if initiative_id is not UNSET:
            field_dict["initiative_id"] = initiative_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if phase is not UNSET:
            field_dict["phase"] = phase
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_context import AIContext  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = UUID(_conversation_id)

        _initiative_id = d.pop("initiative_id", UNSET)
        initiative_id: UUID | Unset
        if isinstance(_initiative_id, Unset):
            initiative_id = UNSET
        else:
            initiative_id = UUID(_initiative_id)

        _request_id = d.pop("request_id", UNSET)
        request_id: UUID | Unset
        if isinstance(_request_id, Unset):
            request_id = UNSET
        else:
            request_id = UUID(_request_id)

        _phase = d.pop("phase", UNSET)
        phase: PhaseName | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = PhaseName(_phase)

        _context = d.pop("context", UNSET)
        context: AIContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AIContext.from_dict(_context)

        ai_chat_request = cls(
            message=message,
            conversation_id=conversation_id,
            initiative_id=initiative_id,
            request_id=request_id,
            phase=phase,
            context=context,
        )

        return ai_chat_request
