from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.alternative import Alternative
from ..models.capability_distribution import CapabilityDistribution
from ..models.correlation_method import CorrelationMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_configuration_expected_proportions import AnalysisConfigurationExpectedProportions


T = TypeVar("T", bound="AnalysisConfiguration")


@_attrs_define
class AnalysisConfiguration:
    """How to run the test. Which fields a test needs is in its `configuration_schema` in GET /stats/tests;
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

        Example:
            {'y_column': 'cycle_time_days', 'group_column': 'region', 'alpha': 0.05, 'alternative': 'two_sided'}

        Attributes:
            y_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            x_columns (list[str] | Unset):
            group_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            factor_columns (list[str] | Unset):
            subgroup_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            subgroup_size (int | Unset): Consecutive rows per subgroup when there is no subgroup_column.
            part_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            operator_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            time_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            defects_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            sample_size_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            units_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            category_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            count_column (str | Unset): The name of a column of the dataset, exactly as in its profile.
            expected_proportions (AnalysisConfigurationExpectedProportions | Unset): Category → expected proportion (0–1;
                they must sum to 1 ± 0.001, else 422).
            alpha (float | Unset): Significance level. Default: 0.05.
            confidence_level (float | Unset): Level of the confidence intervals reported. Default: 0.95.
            alternative (Alternative | Unset):
            hypothesized_value (float | Unset): The mean (one_sample_t) or mean difference (paired_t, two_sample_t) under
                H0. Default: 0.0.
            equal_variance (bool | Unset): two_sample_t: pooled variance when true, Welch otherwise. Default: False.
            correlation_method (CorrelationMethod | Unset): Correlation coefficient of the `correlation` test.
            distribution (CapabilityDistribution | Unset): Distribution fitted by `capability_nonnormal`; `auto` picks the
                best fit.
            lsl (float | Unset): Lower specification limit (must be below usl).
            usl (float | Unset): Upper specification limit.
            target (float | Unset):
            tolerance (float | Unset): msa_gage_rr: the tolerance width (usl − lsl when absent).
            pareto_cutoff (float | Unset): pareto_analysis: cumulative share marking the "vital few". Default: 0.8.
            apply_run_rules (bool | Unset): Control charts: flag Western Electric run-rule violations, not only points
                beyond the limits. Default: True.
            include_interactions (bool | Unset): two_way_anova and DOE: include interaction terms. Default: True.
    """

    y_column: str | Unset = UNSET
    x_columns: list[str] | Unset = UNSET
    group_column: str | Unset = UNSET
    factor_columns: list[str] | Unset = UNSET
    subgroup_column: str | Unset = UNSET
    subgroup_size: int | Unset = UNSET
    part_column: str | Unset = UNSET
    operator_column: str | Unset = UNSET
    time_column: str | Unset = UNSET
    defects_column: str | Unset = UNSET
    sample_size_column: str | Unset = UNSET
    units_column: str | Unset = UNSET
    category_column: str | Unset = UNSET
    count_column: str | Unset = UNSET
    expected_proportions: AnalysisConfigurationExpectedProportions | Unset = UNSET
    alpha: float | Unset = 0.05
    confidence_level: float | Unset = 0.95
    alternative: Alternative | Unset = UNSET
    hypothesized_value: float | Unset = 0.0
    equal_variance: bool | Unset = False
    correlation_method: CorrelationMethod | Unset = UNSET
    distribution: CapabilityDistribution | Unset = UNSET
    lsl: float | Unset = UNSET
    usl: float | Unset = UNSET
    target: float | Unset = UNSET
    tolerance: float | Unset = UNSET
    pareto_cutoff: float | Unset = 0.8
    apply_run_rules: bool | Unset = True
    include_interactions: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        y_column = self.y_column

        x_columns: list[str] | Unset = UNSET
        if not isinstance(self.x_columns, Unset):
            x_columns = self.x_columns

        group_column = self.group_column

        factor_columns: list[str] | Unset = UNSET
        if not isinstance(self.factor_columns, Unset):
            factor_columns = self.factor_columns

        subgroup_column = self.subgroup_column

        subgroup_size = self.subgroup_size

        part_column = self.part_column

        operator_column = self.operator_column

        time_column = self.time_column

        defects_column = self.defects_column

        sample_size_column = self.sample_size_column

        units_column = self.units_column

        category_column = self.category_column

        count_column = self.count_column

        expected_proportions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expected_proportions, Unset):
            expected_proportions = self.expected_proportions.to_dict()

        alpha = self.alpha

        confidence_level = self.confidence_level

        alternative: str | Unset = UNSET
        if not isinstance(self.alternative, Unset):
            alternative = self.alternative.value

        hypothesized_value = self.hypothesized_value

        equal_variance = self.equal_variance

        correlation_method: str | Unset = UNSET
        if not isinstance(self.correlation_method, Unset):
            correlation_method = self.correlation_method.value

        distribution: str | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.value

        lsl = self.lsl

        usl = self.usl

        target = self.target

        tolerance = self.tolerance

        pareto_cutoff = self.pareto_cutoff

        apply_run_rules = self.apply_run_rules

        include_interactions = self.include_interactions

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if y_column is not UNSET:
            field_dict["y_column"] = y_column
        if x_columns is not UNSET:
            field_dict["x_columns"] = x_columns
        if group_column is not UNSET:
            field_dict["group_column"] = group_column
        if factor_columns is not UNSET:
            field_dict["factor_columns"] = factor_columns
        if subgroup_column is not UNSET:
            field_dict["subgroup_column"] = subgroup_column
        if subgroup_size is not UNSET:
            field_dict["subgroup_size"] = subgroup_size
        if part_column is not UNSET:
            field_dict["part_column"] = part_column
        if operator_column is not UNSET:
            field_dict["operator_column"] = operator_column
        if time_column is not UNSET:
            field_dict["time_column"] = time_column
        if defects_column is not UNSET:
            field_dict["defects_column"] = defects_column
        if sample_size_column is not UNSET:
            field_dict["sample_size_column"] = sample_size_column
        if units_column is not UNSET:
            field_dict["units_column"] = units_column
        if category_column is not UNSET:
            field_dict["category_column"] = category_column
        if count_column is not UNSET:
            field_dict["count_column"] = count_column
        if expected_proportions is not UNSET:
            field_dict["expected_proportions"] = expected_proportions
        if alpha is not UNSET:
            field_dict["alpha"] = alpha
        if confidence_level is not UNSET:
            field_dict["confidence_level"] = confidence_level
        if alternative is not UNSET:
            field_dict["alternative"] = alternative
        if hypothesized_value is not UNSET:
            field_dict["hypothesized_value"] = hypothesized_value
        if equal_variance is not UNSET:
            field_dict["equal_variance"] = equal_variance
        if correlation_method is not UNSET:
            field_dict["correlation_method"] = correlation_method
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if lsl is not UNSET:
            field_dict["lsl"] = lsl
        if usl is not UNSET:
            field_dict["usl"] = usl
        if target is not UNSET:
            field_dict["target"] = target
        if tolerance is not UNSET:
            field_dict["tolerance"] = tolerance
        if pareto_cutoff is not UNSET:
            field_dict["pareto_cutoff"] = pareto_cutoff
        if apply_run_rules is not UNSET:
            field_dict["apply_run_rules"] = apply_run_rules
        if include_interactions is not UNSET:
            field_dict["include_interactions"] = include_interactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_configuration_expected_proportions import (
            AnalysisConfigurationExpectedProportions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        y_column = d.pop("y_column", UNSET)

        x_columns = cast(list[str], d.pop("x_columns", UNSET))

        group_column = d.pop("group_column", UNSET)

        factor_columns = cast(list[str], d.pop("factor_columns", UNSET))

        subgroup_column = d.pop("subgroup_column", UNSET)

        subgroup_size = d.pop("subgroup_size", UNSET)

        part_column = d.pop("part_column", UNSET)

        operator_column = d.pop("operator_column", UNSET)

        time_column = d.pop("time_column", UNSET)

        defects_column = d.pop("defects_column", UNSET)

        sample_size_column = d.pop("sample_size_column", UNSET)

        units_column = d.pop("units_column", UNSET)

        category_column = d.pop("category_column", UNSET)

        count_column = d.pop("count_column", UNSET)

        _expected_proportions = d.pop("expected_proportions", UNSET)
        expected_proportions: AnalysisConfigurationExpectedProportions | Unset
        if isinstance(_expected_proportions, Unset):
            expected_proportions = UNSET
        else:
            expected_proportions = AnalysisConfigurationExpectedProportions.from_dict(_expected_proportions)

        alpha = d.pop("alpha", UNSET)

        confidence_level = d.pop("confidence_level", UNSET)

        _alternative = d.pop("alternative", UNSET)
        alternative: Alternative | Unset
        if isinstance(_alternative, Unset):
            alternative = UNSET
        else:
            alternative = Alternative(_alternative)

        hypothesized_value = d.pop("hypothesized_value", UNSET)

        equal_variance = d.pop("equal_variance", UNSET)

        _correlation_method = d.pop("correlation_method", UNSET)
        correlation_method: CorrelationMethod | Unset
        if isinstance(_correlation_method, Unset):
            correlation_method = UNSET
        else:
            correlation_method = CorrelationMethod(_correlation_method)

        _distribution = d.pop("distribution", UNSET)
        distribution: CapabilityDistribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = CapabilityDistribution(_distribution)

        lsl = d.pop("lsl", UNSET)

        usl = d.pop("usl", UNSET)

        target = d.pop("target", UNSET)

        tolerance = d.pop("tolerance", UNSET)

        pareto_cutoff = d.pop("pareto_cutoff", UNSET)

        apply_run_rules = d.pop("apply_run_rules", UNSET)

        include_interactions = d.pop("include_interactions", UNSET)

        analysis_configuration = cls(
            y_column=y_column,
            x_columns=x_columns,
            group_column=group_column,
            factor_columns=factor_columns,
            subgroup_column=subgroup_column,
            subgroup_size=subgroup_size,
            part_column=part_column,
            operator_column=operator_column,
            time_column=time_column,
            defects_column=defects_column,
            sample_size_column=sample_size_column,
            units_column=units_column,
            category_column=category_column,
            count_column=count_column,
            expected_proportions=expected_proportions,
            alpha=alpha,
            confidence_level=confidence_level,
            alternative=alternative,
            hypothesized_value=hypothesized_value,
            equal_variance=equal_variance,
            correlation_method=correlation_method,
            distribution=distribution,
            lsl=lsl,
            usl=usl,
            target=target,
            tolerance=tolerance,
            pareto_cutoff=pareto_cutoff,
            apply_run_rules=apply_run_rules,
            include_interactions=include_interactions,
        )

        return analysis_configuration
