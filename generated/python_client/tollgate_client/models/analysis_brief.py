from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_status import AnalysisStatus
from ..models.phase_name import PhaseName
from ..models.test_category import TestCategory
from ..models.test_type import TestType

T = TypeVar("T", bound="AnalysisBrief")


@_attrs_define
class AnalysisBrief:
    """A list row.

    Attributes:
        id (UUID):
        initiative_id (UUID):
        dataset_id (None | UUID):
        phase_id (None | UUID):
        phase_name (None | PhaseName):
        test_type (TestType):
        test_category (TestCategory):
        status (AnalysisStatus):
        ai_recommended (bool):
        has_interpretation (bool): Whether ai_interpretation is set.
        run_by (None | UUID):
        run_at (datetime.datetime | None):
        duration_ms (int | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    initiative_id: UUID
    dataset_id: None | UUID
    phase_id: None | UUID
    phase_name: None | PhaseName
    test_type: TestType
    test_category: TestCategory
    status: AnalysisStatus
    ai_recommended: bool
    has_interpretation: bool
    run_by: None | UUID
    run_at: datetime.datetime | None
    duration_ms: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        initiative_id = str(self.initiative_id)

        dataset_id: None | str
        if isinstance(self.dataset_id, UUID):
            dataset_id = str(self.dataset_id)
        else:
            dataset_id = self.dataset_id

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

        test_type = self.test_type.value

        test_category = self.test_category.value

        status = self.status.value

        ai_recommended = self.ai_recommended

        has_interpretation = self.has_interpretation

        run_by: None | str
        if isinstance(self.run_by, UUID):
            run_by = str(self.run_by)
        else:
            run_by = self.run_by

        run_at: None | str
        if isinstance(self.run_at, datetime.datetime):
            run_at = self.run_at.isoformat()
        else:
            run_at = self.run_at

        duration_ms: int | None
        duration_ms = self.duration_ms

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiative_id": initiative_id,
                "dataset_id": dataset_id,
                "phase_id": phase_id,
                "phase_name": phase_name,
                "test_type": test_type,
                "test_category": test_category,
                "status": status,
                "ai_recommended": ai_recommended,
                "has_interpretation": has_interpretation,
                "run_by": run_by,
                "run_at": run_at,
                "duration_ms": duration_ms,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        initiative_id = UUID(d.pop("initiative_id"))

        def _parse_dataset_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dataset_id_type_0 = UUID(data)

                return dataset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id"))

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

        test_type = TestType(d.pop("test_type"))

        test_category = TestCategory(d.pop("test_category"))

        status = AnalysisStatus(d.pop("status"))

        ai_recommended = d.pop("ai_recommended")

        has_interpretation = d.pop("has_interpretation")

        def _parse_run_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_by_type_0 = UUID(data)

                return run_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        run_by = _parse_run_by(d.pop("run_by"))

        def _parse_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_at_type_0 = datetime.datetime.fromisoformat(data)

                return run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        run_at = _parse_run_at(d.pop("run_at"))

        def _parse_duration_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        analysis_brief = cls(
            id=id,
            initiative_id=initiative_id,
            dataset_id=dataset_id,
            phase_id=phase_id,
            phase_name=phase_name,
            test_type=test_type,
            test_category=test_category,
            status=status,
            ai_recommended=ai_recommended,
            has_interpretation=has_interpretation,
            run_by=run_by,
            run_at=run_at,
            duration_ms=duration_ms,
            created_at=created_at,
            updated_at=updated_at,
        )

        analysis_brief.additional_properties = d
        return analysis_brief

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
