from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InitiativeCounts")


@_attrs_define
class InitiativeCounts:
    """How much hangs off the initiative.

    Attributes:
        actions_open (int):
        actions_overdue (int):
        metrics (int):
        notes (int):
        documents (int):
        datasets (int):
        analyses (int):
        artifacts (int):
        stakeholders (int):
    """

    actions_open: int
    actions_overdue: int
    metrics: int
    notes: int
    documents: int
    datasets: int
    analyses: int
    artifacts: int
    stakeholders: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions_open = self.actions_open

        actions_overdue = self.actions_overdue

        metrics = self.metrics

        notes = self.notes

        documents = self.documents

        datasets = self.datasets

        analyses = self.analyses

        artifacts = self.artifacts

        stakeholders = self.stakeholders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions_open": actions_open,
                "actions_overdue": actions_overdue,
                "metrics": metrics,
                "notes": notes,
                "documents": documents,
                "datasets": datasets,
                "analyses": analyses,
                "artifacts": artifacts,
                "stakeholders": stakeholders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions_open = d.pop("actions_open")

        actions_overdue = d.pop("actions_overdue")

        metrics = d.pop("metrics")

        notes = d.pop("notes")

        documents = d.pop("documents")

        datasets = d.pop("datasets")

        analyses = d.pop("analyses")

        artifacts = d.pop("artifacts")

        stakeholders = d.pop("stakeholders")

        initiative_counts = cls(
            actions_open=actions_open,
            actions_overdue=actions_overdue,
            metrics=metrics,
            notes=notes,
            documents=documents,
            datasets=datasets,
            analyses=analyses,
            artifacts=artifacts,
            stakeholders=stakeholders,
        )

        initiative_counts.additional_properties = d
        return initiative_counts

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
