from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_type import AgentType
from ..models.message_role import MessageRole

T = TypeVar("T", bound="AIMessage")


@_attrs_define
class AIMessage:
    """One message of a conversation.

    Attributes:
        role (MessageRole):
        content (str):
        agent_type (AgentType | None): The agent that wrote an assistant message; null for user and system messages.
        timestamp (datetime.datetime):
    """

    role: MessageRole
    content: str
    agent_type: AgentType | None
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content = self.content

        agent_type: None | str
        if isinstance(self.agent_type, AgentType):
            agent_type = self.agent_type.value
        else:
            agent_type = self.agent_type

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "agent_type": agent_type,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = MessageRole(d.pop("role"))

        content = d.pop("content")

        def _parse_agent_type(data: object) -> AgentType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_type_type_0 = AgentType(data)

                return agent_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentType | None, data)

        agent_type = _parse_agent_type(d.pop("agent_type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        ai_message = cls(
            role=role,
            content=content,
            agent_type=agent_type,
            timestamp=timestamp,
        )

        ai_message.additional_properties = d
        return ai_message

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
