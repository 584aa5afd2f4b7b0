from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_type import AgentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_response_artifacts_item import AgentResponseArtifactsItem
    from ..models.agent_response_context_update import AgentResponseContextUpdate


T = TypeVar("T", bound="AgentResponse")


@_attrs_define
class AgentResponse:
    """What an AI agent answers. Streamed over the WebSocket as {agent, content, metadata} chunks, then this.

    Attributes:
        agent_type (AgentType):
        content (str):
        suggestions (list[str]):
        artifacts (list[AgentResponseArtifactsItem]): Structured outputs (draft artifacts, chart specs, …).
        context_update (AgentResponseContextUpdate): Facts the conversation should remember.
        requires_action (bool):
        action_type (None | str): upload_data, run_test, review_gate, … or null.
        conversation_id (None | Unset | UUID): The conversation this exchange was stored in. Always set by the /ai/*
            operations and the final
            message of the WebSocket stream; absent or null where nothing is stored (e.g. GET
            /initiatives/{initiative_id}/summary). The service implementations leave it unset; the API fills it.
    """

    agent_type: AgentType
    content: str
    suggestions: list[str]
    artifacts: list[AgentResponseArtifactsItem]
    context_update: AgentResponseContextUpdate
    requires_action: bool
    action_type: None | str
    conversation_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_type = self.agent_type.value

        content = self.content

        suggestions = self.suggestions

        artifacts = []
        for artifacts_item_data in self.artifacts:
            artifacts_item = artifacts_item_data.to_dict()
            artifacts.append(artifacts_item)

        context_update = self.context_update.to_dict()

        requires_action = self.requires_action

        action_type: None | str
        action_type = self.action_type

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        elif isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_type": agent_type,
                "content": content,
                "suggestions": suggestions,
                "artifacts": artifacts,
                "context_update": context_update,
                "requires_action": requires_action,
                "action_type": action_type,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_response_artifacts_item import AgentResponseArtifactsItem  # noqa: PLC0415
        from ..models.agent_response_context_update import AgentResponseContextUpdate  # noqa: PLC0415

        d = dict(src_dict)
        agent_type = AgentType(d.pop("agent_type"))

        content = d.pop("content")

        suggestions = cast(list[str], d.pop("suggestions"))

        artifacts = []
        _artifacts = d.pop("artifacts")
        for artifacts_item_data in _artifacts:
            artifacts_item = AgentResponseArtifactsItem.from_dict(artifacts_item_data)

            artifacts.append(artifacts_item)

        context_update = AgentResponseContextUpdate.from_dict(d.pop("context_update"))

        requires_action = d.pop("requires_action")

        def _parse_action_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action_type = _parse_action_type(d.pop("action_type"))

        def _parse_conversation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_id_type_0 = UUID(data)

                return conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        agent_response = cls(
            agent_type=agent_type,
            content=content,
            suggestions=suggestions,
            artifacts=artifacts,
            context_update=context_update,
            requires_action=requires_action,
            action_type=action_type,
            conversation_id=conversation_id,
        )

        agent_response.additional_properties = d
        return agent_response

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
