from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_status import AnalysisStatus
from ..models.phase_name import PhaseName
from ..models.test_category import TestCategory
from ..models.test_type import TestType

if TYPE_CHECKING:
    from ..models.analysis_configuration import AnalysisConfiguration
    from ..models.analysis_result_data import AnalysisResultData
    from ..models.plotly_figure import PlotlyFigure


T = TypeVar("T", bound="AnalysisResponse")


@_attrs_define
class AnalysisResponse:
    """An analysis. `status` goes pending → running → completed | failed. `results` is null until completed;
    `error_message` is set when failed. `dataset_id` becomes null if the dataset is deleted (the
    analysis and its results stay). ai_interpretation and ai_next_steps are filled by
    POST /analyses/{analysis_id}/interpret.

        Attributes:
            id (UUID):
            initiative_id (UUID):
            dataset_id (None | UUID):
            phase_id (None | UUID):
            phase_name (None | PhaseName):
            test_type (TestType):
            test_category (TestCategory):
            configuration (AnalysisConfiguration): How to run the test. Which fields a test needs is in its
                `configuration_schema` in GET /stats/tests;
                fields a test does not use are ignored. A referenced column that does not exist, a column of the
                wrong kind (e.g. a categorical y_column for a t-test), a column with the wrong number of distinct
                values (`x-distinct-values` of the configuration schema: two-level DOE factors, at least two gage
                parts and operators), a missing field the test needs, or too few usable observations (below the
                test's min_observations) are 422 with `fields` naming the field.
                Roles of the columns by test:
                - y_column: the response / measured variable (all tests but chi_square_association and pareto_analysis,
                  which use category_column (and count_column); and the attribute charts, which use defects_column).
                - x_columns: predictors (regressions, correlation: y_column against each); paired_t: the first
                  x_column is the "before" of each pair (difference = y − x).
                - group_column: the grouping factor (two_sample_t and mann_whitney: exactly two groups; one_way_anova,
                  kruskal_wallis: two or more; chi_square_association: the second categorical variable).
                - factor_columns: the factors of two_way_anova (two), full_factorial, fractional_factorial, doe_analysis.
                - subgroup_column or subgroup_size: the subgroups of xbar_r_chart (and of capability tests when given).
                - part_column, operator_column: msa_gage_rr (y_column = the measurement).
                - defects_column with sample_size_column (p_chart, np_chart: defectives per sample) or units_column
                  (u_chart: defects per inspected units); c_chart: defects_column only.
                - time_column: orders the observations of control charts (file order otherwise).
                - category_column, count_column: pareto_analysis and chi_square_goodness (one row per observation
                  when count_column is absent); expected_proportions: chi_square_goodness (equal when absent).
                - lsl, usl, target, tolerance: capability tests (at least one of lsl/usl) and msa_gage_rr (%tolerance).
                 Example: {'y_column': 'cycle_time_days', 'group_column': 'region', 'alpha': 0.05, 'alternative': 'two_sided'}.
            status (AnalysisStatus):
            results (AnalysisResultData | None):
            charts (list[PlotlyFigure]):
            warnings (list[str]): Assumption or data-quality problems (non-normal residuals, unequal variances, dropped
                rows, …).
            ai_recommended (bool):
            ai_reasoning (None | str):
            ai_interpretation (None | str):
            ai_next_steps (list[str]): Suggested next steps from the last interpretation (empty before one).
            error_message (None | str):
            run_by (None | UUID):
            run_at (datetime.datetime | None): When the test started running.
            duration_ms (int | None):
            job_id (None | UUID):
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
    configuration: AnalysisConfiguration
    status: AnalysisStatus
    results: AnalysisResultData | None
    charts: list[PlotlyFigure]
    warnings: list[str]
    ai_recommended: bool
    ai_reasoning: None | str
    ai_interpretation: None | str
    ai_next_steps: list[str]
    error_message: None | str
    run_by: None | UUID
    run_at: datetime.datetime | None
    duration_ms: int | None
    job_id: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_result_data import AnalysisResultData  # noqa: PLC0415

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

        configuration = self.configuration.to_dict()

        status = self.status.value

        results: dict[str, Any] | None
        if isinstance(self.results, AnalysisResultData):
            results = self.results.to_dict()
        else:
            results = self.results

        charts = []
        for charts_item_data in self.charts:
            charts_item = charts_item_data.to_dict()
            charts.append(charts_item)

        warnings = self.warnings

        ai_recommended = self.ai_recommended

        ai_reasoning: None | str
        ai_reasoning = self.ai_reasoning

        ai_interpretation: None | str
        ai_interpretation = self.ai_interpretation

        ai_next_steps = self.ai_next_steps

        error_message: None | str
        error_message = self.error_message

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

        job_id: None | str
        if isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

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
                "configuration": configuration,
                "status": status,
                "results": results,
                "charts": charts,
                "warnings": warnings,
                "ai_recommended": ai_recommended,
                "ai_reasoning": ai_reasoning,
                "ai_interpretation": ai_interpretation,
                "ai_next_steps": ai_next_steps,
                "error_message": error_message,
                "run_by": run_by,
                "run_at": run_at,
                "duration_ms": duration_ms,
                "job_id": job_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_configuration import AnalysisConfiguration  # noqa: PLC0415
        from ..models.analysis_result_data import AnalysisResultData  # noqa: PLC0415
        from ..models.plotly_figure import PlotlyFigure  # noqa: PLC0415

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

        configuration = AnalysisConfiguration.from_dict(d.pop("configuration"))

        status = AnalysisStatus(d.pop("status"))

        def _parse_results(data: object) -> AnalysisResultData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = AnalysisResultData.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisResultData | None, data)

        results = _parse_results(d.pop("results"))

        charts = []
        _charts = d.pop("charts")
        for charts_item_data in _charts:
            charts_item = PlotlyFigure.from_dict(charts_item_data)

            charts.append(charts_item)

        warnings = cast(list[str], d.pop("warnings"))

        ai_recommended = d.pop("ai_recommended")

        def _parse_ai_reasoning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ai_reasoning = _parse_ai_reasoning(d.pop("ai_reasoning"))

        def _parse_ai_interpretation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ai_interpretation = _parse_ai_interpretation(d.pop("ai_interpretation"))

        ai_next_steps = cast(list[str], d.pop("ai_next_steps"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

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

        def _parse_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_id_type_0 = UUID(data)

                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        job_id = _parse_job_id(d.pop("job_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        analysis_response = cls(
            id=id,
            initiative_id=initiative_id,
            dataset_id=dataset_id,
            phase_id=phase_id,
            phase_name=phase_name,
            test_type=test_type,
            test_category=test_category,
            configuration=configuration,
            status=status,
            results=results,
            charts=charts,
            warnings=warnings,
            ai_recommended=ai_recommended,
            ai_reasoning=ai_reasoning,
            ai_interpretation=ai_interpretation,
            ai_next_steps=ai_next_steps,
            error_message=error_message,
            run_by=run_by,
            run_at=run_at,
            duration_ms=duration_ms,
            job_id=job_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        analysis_response.additional_properties = d
        return analysis_response

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
