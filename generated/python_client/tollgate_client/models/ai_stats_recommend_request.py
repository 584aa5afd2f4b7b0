from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_context import AIContext


T = TypeVar("T", bound="AIStatsRecommendRequest")


@_attrs_define
class AIStatsRecommendRequest:
    """Ask the stats advisor which tests suit a dataset (it must be profiled, else 409) and why.

    Attributes:
        dataset_id (UUID):
        message (str | Unset): What the user says to the assistant.
        conversation_id (UUID | Unset):
        context (AIContext | Unset): Extra facts for the assistant (screen the user is on, selected ids, …): at most 50
            keys, values
            scalars or short lists of scalars. The server adds what it knows itself (the initiative, its phase,
            the dataset profile, …); nothing here grants access to records the caller may not read.
    """

    dataset_id: UUID
    message: str | Unset = UNSET
    conversation_id: UUID | Unset = UNSET
    context: AIContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dataset_id = str(self.dataset_id)

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
                "dataset_id": dataset_id,
            }
        )
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
        dataset_id = UUID(d.pop("dataset_id"))

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

        ai_stats_recommend_request = cls(
            dataset_id=dataset_id,
            message=message,
            conversation_id=conversation_id,
            context=context,
        )

        return ai_stats_recommend_request
