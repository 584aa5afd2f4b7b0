from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.artifact_status import ArtifactStatus
from ..models.artifact_type import ArtifactType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_create_content import ArtifactCreateContent


T = TypeVar("T", bound="ArtifactCreate")


@_attrs_define
class ArtifactCreate:
    """A new artifact in the phase of the path. `version` starts at 1 and `created_by` is the caller.
    In phases named define, measure, analyze, improve and control, `artifact_type` must be one of that
    phase's types (422 otherwise):
    define: project_charter, sipoc, voc_ctq_tree, stakeholder_map, problem_statement ·
    measure: data_collection_plan, operational_definitions, msa_results, process_map, value_stream_map,
    baseline_capability · analyze: fishbone_diagram, five_why, hypothesis_test, regression_analysis,
    pareto_analysis, fmea, root_cause_verification · improve: solution_matrix, pilot_plan,
    implementation_plan, before_after_comparison, cost_benefit · control: control_plan, control_charts,
    sop_document, training_plan, handoff_checklist, monitoring_plan.
    Phases of other methodologies (design, verify, prepare, …) accept any type.
    Several artifacts of the same type may exist in a phase.

        Example:
            {'artifact_type': 'five_why', 'title': 'Why do invoices wait for approval?', 'content': {'problem': 'Invoices
                wait 12 days for approval', 'whys': ['Approvers are not notified', 'Notifications go to a shared mailbox',
                'Nobody owns the mailbox'], 'root_cause': 'No owner for the approval mailbox'}}

        Attributes:
            artifact_type (ArtifactType):
            title (str):
            content (ArtifactCreateContent | Unset): The artifact's body; its shape depends on `artifact_type`. Validated
                shapes (422 when content
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
            status (ArtifactStatus | Unset):
    """

    artifact_type: ArtifactType
    title: str
    content: ArtifactCreateContent | Unset = UNSET
    status: ArtifactStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        artifact_type = self.artifact_type.value

        title = self.title

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "artifact_type": artifact_type,
                "title": title,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_create_content import ArtifactCreateContent  # noqa: PLC0415

        d = dict(src_dict)
        artifact_type = ArtifactType(d.pop("artifact_type"))

        title = d.pop("title")

        _content = d.pop("content", UNSET)
        content: ArtifactCreateContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ArtifactCreateContent.from_dict(_content)

        _status = d.pop("status", UNSET)
        status: ArtifactStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ArtifactStatus(_status)

        artifact_create = cls(
            artifact_type=artifact_type,
            title=title,
            content=content,
            status=status,
        )

        return artifact_create
