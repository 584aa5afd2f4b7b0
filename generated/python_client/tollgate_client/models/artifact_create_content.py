from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArtifactCreateContent")


@_attrs_define
class ArtifactCreateContent:
    """The artifact's body; its shape depends on `artifact_type`. Validated shapes (422 when content
    does not match; every key is optional so drafts can be partial, unknown keys are rejected):
    project_charter → ProjectCharterContent {problem_statement, goal_statement, scope, out_of_scope,
    business_case, team: [{name, role, user_id}], milestones: [{name, due_date, done}]};
    sipoc → SipocContent {suppliers, inputs, process, outputs, customers: lists of strings};
    five_why → FiveWhyContent {problem, whys: list of strings, root_cause};
    fishbone_diagram → FishboneContent {effect, categories: {name: [causes]}};
    fmea → FmeaContent {rows: [FmeaRow {step, failure_mode, effect, severity, occurrence, detection
    (each 1–10), rpn, action, owner}]} where `rpn` is computed by the server (severity × occurrence ×
    detection) and any value sent is replaced;
    control_plan → ControlPlanContent {rows: [ControlPlanRow {step, characteristic, specification,
    method, sample_size, frequency, owner, reaction_plan}]}.
    Every other type takes any JSON object (at most 200 top-level keys; the body size limit applies).

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        artifact_create_content = cls()

        artifact_create_content.additional_properties = d
        return artifact_create_content

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
