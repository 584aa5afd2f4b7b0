from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_context import AIContext
    from ..models.ai_triage_draft import AITriageDraft


T = TypeVar("T", bound="AITriageRequest")


@_attrs_define
class AITriageRequest:
    """Ask the triage agent about an intake request: an existing one (`request_id`) or a draft being written
    (`draft`). The answer's artifacts hold a TriageResult; nothing is stored on the request (managers use
    POST /requests/{request_id}/triage for that).

        Attributes:
            message (str): What the user says to the assistant.
            conversation_id (UUID | Unset):
            request_id (UUID | Unset):
            draft (AITriageDraft | Unset): A request not yet submitted, for the triage agent to assess.
            context (AIContext | Unset): Extra facts for the assistant (screen the user is on, selected ids, …): at most 50
                keys, values
                scalars or short lists of scalars. The server adds what it knows itself (the initiative, its phase,
                the dataset profile, …); nothing here grants access to records the caller may not read.
    """

    message: str
    conversation_id: UUID | Unset = UNSET
    request_id: UUID | Unset = UNSET
    draft: AITriageDraft | Unset = UNSET
    context: AIContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        request_id: str | Unset = UNSET
        if not isinstance(self.request_id, Unset):
            request_id = str(self.request_id)

        draft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft, Unset):
            draft = self.draft.to_dict()

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
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if draft is not UNSET:
            field_dict["draft"] = draft
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_context import AIContext  # noqa: PLC0415
        from ..models.ai_triage_draft import AITriageDraft  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = UUID(_conversation_id)

        _request_id = d.pop("request_id", UNSET)
        request_id: UUID | Unset
        if isinstance(_request_id, Unset):
            request_id = UNSET
        else:
            request_id = UUID(_request_id)

        _draft = d.pop("draft", UNSET)
        draft: AITriageDraft | Unset
        if isinstance(_draft, Unset):
            draft = UNSET
        else:
            draft = AITriageDraft.from_dict(_draft)

        _context = d.pop("context", UNSET)
        context: AIContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AIContext.from_dict(_context)

        ai_triage_request = cls(
            message=message,
            conversation_id=conversation_id,
            request_id=request_id,
            draft=draft,
            context=context,
        )

        return ai_triage_request
