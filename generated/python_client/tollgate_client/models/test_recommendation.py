from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_category import TestCategory
from ..models.test_type import TestType

if TYPE_CHECKING:
    from ..models.analysis_configuration import AnalysisConfiguration


T = TypeVar("T", bound="TestRecommendation")


@_attrs_define
class TestRecommendation:
    """A test the stats engine suggests for a dataset (StatsEngine.get_available_tests).
    `suggested_configuration` is valid as the `configuration` of POST /datasets/{dataset_id}/analyze.

        Attributes:
            test_type (TestType):
            test_category (TestCategory):
            reason (str):
            suggested_configuration (AnalysisConfiguration): How to run the test. Which fields a test needs is in its
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
    """

    test_type: TestType
    test_category: TestCategory
    reason: str
    suggested_configuration: AnalysisConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_type = self.test_type.value

        test_category = self.test_category.value

        reason = self.reason

        suggested_configuration = self.suggested_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_type": test_type,
                "test_category": test_category,
                "reason": reason,
                "suggested_configuration": suggested_configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_configuration import AnalysisConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        test_type = TestType(d.pop("test_type"))

        test_category = TestCategory(d.pop("test_category"))

        reason = d.pop("reason")

        suggested_configuration = AnalysisConfiguration.from_dict(d.pop("suggested_configuration"))

        test_recommendation = cls(
            test_type=test_type,
            test_category=test_category,
            reason=reason,
            suggested_configuration=suggested_configuration,
        )

        test_recommendation.additional_properties = d
        return test_recommendation

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
