from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_type import AgentType
from ..models.phase_name import PhaseName

if TYPE_CHECKING:
    from ..models.ai_message import AIMessage


T = TypeVar("T", bound="AIConversationResponse")


@_attrs_define
class AIConversationResponse:
    """A conversation with all its messages, oldest first.

    Attributes:
        id (UUID):
        user_id (UUID): The owner.
        agent_type (AgentType):
        initiative_id (None | UUID):
        request_id (None | UUID):
        phase_id (None | UUID):
        phase_name (None | PhaseName):
        context_summary (None | str): The server's running summary of the conversation (what the agents remember).
        is_active (bool): False once the server closes the conversation (idle longer than the configured limit, default
            30 days, or at its message cap, default 200); a closed conversation is read-only (posting to it is 409).
        message_count (int):
        last_message_at (datetime.datetime | None):
        messages (list[AIMessage]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    user_id: UUID
    agent_type: AgentType
    initiative_id: None | UUID
    request_id: None | UUID
    phase_id: None | UUID
    phase_name: None | PhaseName
    context_summary: None | str
    is_active: bool
    message_count: int
    last_message_at: datetime.datetime | None
    messages: list[AIMessage]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_id = str(self.user_id)

        agent_type = self.agent_type.value

        initiative_id: None | str
        if isinstance(self.initiative_id, UUID):
            initiative_id = str(self.initiative_id)
        else:
            initiative_id = self.initiative_id

        request_id: None | str
        if isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        phase_name: None | str
        if isinstance(self.phase_name, PhaseName):
            phase_name = self.phase_name.value
        else:
            phase_name = self.phase_name

        context_summary: None | str
        context_summary = self.context_summary

        is_active = self.is_active

        message_count = self.message_count

        last_message_at: None | str
        if isinstance(self.last_message_at, datetime.datetime):
            last_message_at = self.last_message_at.isoformat()
        else:
            last_message_at = self.last_message_at

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "agent_type": agent_type,
                "initiative_id": initiative_id,
                "request_id": request_id,
                "phase_id": phase_id,
                "phase_name": phase_name,
                "context_summary": context_summary,
                "is_active": is_active,
                "message_count": message_count,
                "last_message_at": last_message_at,
                "messages": messages,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_message import AIMessage  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        agent_type = AgentType(d.pop("agent_type"))

        def _parse_initiative_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initiative_id_type_0 = UUID(data)

                return initiative_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        initiative_id = _parse_initiative_id(d.pop("initiative_id"))

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

        def _parse_phase_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_id_type_0 = UUID(data)

                return phase_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        phase_id = _parse_phase_id(d.pop("phase_id"))

        def _parse_phase_name(data: object) -> None | PhaseName:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_name_type_0 = PhaseName(data)

                return phase_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhaseName, data)

        phase_name = _parse_phase_name(d.pop("phase_name"))

        def _parse_context_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        context_summary = _parse_context_summary(d.pop("context_summary"))

        is_active = d.pop("is_active")

        message_count = d.pop("message_count")

        def _parse_last_message_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_message_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_message_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_message_at = _parse_last_message_at(d.pop("last_message_at"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = AIMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        ai_conversation_response = cls(
            id=id,
            user_id=user_id,
            agent_type=agent_type,
            initiative_id=initiative_id,
            request_id=request_id,
            phase_id=phase_id,
            phase_name=phase_name,
            context_summary=context_summary,
            is_active=is_active,
            message_count=message_count,
            last_message_at=last_message_at,
            messages=messages,
            created_at=created_at,
            updated_at=updated_at,
        )

        ai_conversation_response.additional_properties = d
        return ai_conversation_response

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
