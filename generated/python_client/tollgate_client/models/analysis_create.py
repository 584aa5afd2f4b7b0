from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.phase_name import PhaseName
from ..models.test_type import TestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_configuration import AnalysisConfiguration


T = TypeVar("T", bound="AnalysisCreate")


@_attrs_define
class AnalysisCreate:
    """A test to run on the dataset of the path. It runs in the background; poll the job.

    Example:
        {'test_type': 'one_way_anova', 'configuration': {'y_column': 'cycle_time_days', 'group_column': 'region',
            'alpha': 0.05}}

    Attributes:
        test_type (TestType):
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
        phase (PhaseName | Unset): A phase name of any methodology.
        ai_recommended (bool | Unset): True when the test was picked from an AI or stats-engine recommendation. Default:
            False.
        ai_reasoning (None | str | Unset): Why the recommendation suggested it.
    """

    test_type: TestType
    configuration: AnalysisConfiguration
    phase: PhaseName | Unset = UNSET
    ai_recommended: bool | Unset = False
    ai_reasoning: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        test_type = self.test_type.value

        configuration = self.configuration.to_dict()

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        ai_recommended = self.ai_recommended

        ai_reasoning: None | str | Unset
        if isinstance(self.ai_reasoning, Unset):
            ai_reasoning = UNSET
        else:
            ai_reasoning = self.ai_reasoning

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "test_type": test_type,
                "configuration": configuration,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if ai_recommended is not UNSET:
            field_dict["ai_recommended"] = ai_recommended
        if ai_reasoning is not UNSET:
            field_dict["ai_reasoning"] = ai_reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_configuration import AnalysisConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        test_type = TestType(d.pop("test_type"))

        configuration = AnalysisConfiguration.from_dict(d.pop("configuration"))

        _phase = d.pop("phase", UNSET)
        phase: PhaseName | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = PhaseName(_phase)

        ai_recommended = d.pop("ai_recommended", UNSET)

        def _parse_ai_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ai_reasoning = _parse_ai_reasoning(d.pop("ai_reasoning", UNSET))

        analysis_create = cls(
            test_type=test_type,
            configuration=configuration,
            phase=phase,
            ai_recommended=ai_recommended,
            ai_reasoning=ai_reasoning,
        )

        return analysis_create
