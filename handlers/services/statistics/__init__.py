"""The statistics engine's computations: pure functions of a DataFrame (pandas or polars) and a
configuration dict, returning the AnalysisResult shape as a JSON-safe dict.

`run(test_type, df, config)` dispatches; `CATALOG` describes every test of DOMAIN.md (category, name,
which configuration fields it reads, which column kinds they need, min observations), and whether
it is implemented (`supported`). An unsupported test raises `UnsupportedTest`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from handlers.services.statistics import capability, comparison, descriptive, doe, msa, regression, spc
from handlers.services.statistics._common import StatsError, UnsupportedTest

__all__ = ["CATALOG", "StatsError", "TestSpec", "UnsupportedTest", "configuration_schema", "run"]

NUMERIC = ("continuous", "discrete")
CATEGORICAL = ("categorical", "discrete", "text")
ANY = ("continuous", "discrete", "categorical", "datetime", "text")
LEVELS = ("categorical", "discrete", "continuous", "text")  # identifiers and coded factor levels

Runner = Callable[[Any, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class TestSpec:
    test_type: str
    category: str
    name: str
    description: str
    columns: dict[str, tuple[str, ...]]  # configuration field → accepted column kinds
    options: tuple[str, ...]  # other configuration fields it reads
    required: tuple[str, ...]
    min_observations: int
    runner: Runner | None = None
    one_of: tuple[tuple[str, ...], ...] = field(default=())  # at least one of each tuple is required
    # configuration field → (min, max) distinct values each of its columns must have (max None: no limit)
    levels: dict[str, tuple[int, int | None]] = field(default_factory=dict)

    @property
    def supported(self) -> bool:
        return self.runner is not None


def _spec(
    test_type: str,
    category: str,
    name: str,
    description: str,
    columns: dict[str, tuple[str, ...]],
    options: tuple[str, ...],
    required: tuple[str, ...],
    min_obs: int,
    runner: Runner | None = None,
    one_of: tuple[tuple[str, ...], ...] = (),
    levels: dict[str, tuple[int, int | None]] | None = None,
) -> TestSpec:
    return TestSpec(
        test_type,
        category,
        name,
        description,
        columns,
        options,
        required,
        min_obs,
        runner,
        one_of,
        levels or {},
    )


TESTS = ("alpha", "confidence_level", "alternative")

_SPECS = [
    _spec(
        "descriptive_summary",
        "descriptive",
        "Descriptive statistics",
        "Mean, standard deviation, quartiles, skewness, kurtosis and a confidence interval of the mean of y_column, with a histogram and a boxplot.",
        {"y_column": NUMERIC},
        ("confidence_level",),
        ("y_column",),
        1,
        descriptive.descriptive_summary,
    ),
    _spec(
        "normality_test",
        "descriptive",
        "Normality test",
        "Shapiro-Wilk and Anderson-Darling tests of y_column against a normal distribution, with a normal probability plot.",
        {"y_column": NUMERIC},
        ("alpha",),
        ("y_column",),
        3,
        descriptive.normality_test,
    ),
    _spec(
        "pareto_analysis",
        "descriptive",
        "Pareto analysis",
        "Categories of category_column ordered by count (count_column, or one row per observation), cumulative percentages and the vital few up to pareto_cutoff.",
        {"category_column": CATEGORICAL, "count_column": NUMERIC},
        ("pareto_cutoff",),
        ("category_column",),
        1,
        descriptive.pareto_analysis,
    ),
    _spec(
        "one_sample_t",
        "comparison",
        "One-sample t-test",
        "Tests whether the mean of y_column equals hypothesized_value; confidence interval and Cohen's d.",
        {"y_column": NUMERIC},
        (*TESTS, "hypothesized_value"),
        ("y_column",),
        2,
        comparison.one_sample_t,
    ),
    _spec(
        "two_sample_t",
        "comparison",
        "Two-sample t-test",
        "Compares the means of y_column in the two groups of group_column (Welch, or pooled when equal_variance); difference = first − second group in sorted order.",
        {"y_column": NUMERIC, "group_column": CATEGORICAL},
        (*TESTS, "hypothesized_value", "equal_variance"),
        ("y_column", "group_column"),
        2,
        comparison.two_sample_t,
    ),
    _spec(
        "paired_t",
        "comparison",
        "Paired t-test",
        "Tests the mean of the paired differences y_column − x_columns[0] against hypothesized_value.",
        {"y_column": NUMERIC, "x_columns": NUMERIC},
        (*TESTS, "hypothesized_value"),
        ("y_column", "x_columns"),
        2,
        comparison.paired_t,
    ),
    _spec(
        "one_way_anova",
        "comparison",
        "One-way ANOVA",
        "Compares the means of y_column across the groups of group_column; Tukey HSD pairwise comparisons when significant; Levene's test of equal variances.",
        {"y_column": NUMERIC, "group_column": CATEGORICAL},
        ("alpha",),
        ("y_column", "group_column"),
        2,
        comparison.one_way_anova,
    ),
    _spec(
        "two_way_anova",
        "comparison",
        "Two-way ANOVA",
        "Effects of two factors (factor_columns) and, when include_interactions, their interaction on y_column (adjusted, type III sums of squares).",
        {"y_column": NUMERIC, "factor_columns": CATEGORICAL},
        ("alpha", "include_interactions"),
        ("y_column", "factor_columns"),
        4,
        comparison.two_way_anova,
    ),
    _spec(
        "mann_whitney",
        "comparison",
        "Mann-Whitney U test",
        "Rank test comparing the distributions of y_column in the two groups of group_column; rank-biserial effect size.",
        {"y_column": NUMERIC, "group_column": CATEGORICAL},
        ("alpha", "alternative"),
        ("y_column", "group_column"),
        1,
        comparison.mann_whitney,
    ),
    _spec(
        "kruskal_wallis",
        "comparison",
        "Kruskal-Wallis test",
        "Rank test comparing y_column across the groups of group_column.",
        {"y_column": NUMERIC, "group_column": CATEGORICAL},
        ("alpha",),
        ("y_column", "group_column"),
        1,
        comparison.kruskal_wallis,
    ),
    _spec(
        "chi_square_association",
        "comparison",
        "Chi-square test of association",
        "Independence of category_column and group_column (Pearson chi-square, no continuity correction); Cramér's V.",
        {"category_column": CATEGORICAL, "group_column": CATEGORICAL},
        ("alpha",),
        ("category_column", "group_column"),
        2,
        comparison.chi_square_association,
    ),
    _spec(
        "chi_square_goodness",
        "comparison",
        "Chi-square goodness of fit",
        "Whether the counts of category_column (count_column, or one row per observation) follow expected_proportions (equal when absent).",
        {"category_column": CATEGORICAL, "count_column": NUMERIC},
        ("alpha", "expected_proportions"),
        ("category_column",),
        2,
        comparison.chi_square_goodness,
    ),
    _spec(
        "correlation",
        "correlation",
        "Correlation",
        "Pearson, Spearman or Kendall correlation of y_column with each of x_columns, with p-values (and Fisher-z confidence intervals for Pearson).",
        {"y_column": NUMERIC, "x_columns": NUMERIC},
        ("alpha", "confidence_level", "correlation_method"),
        ("y_column", "x_columns"),
        3,
        regression.correlation,
    ),
    _spec(
        "simple_regression",
        "regression",
        "Simple linear regression",
        "Least-squares line of y_column on x_columns[0]: coefficients with standard errors, ANOVA, R².",
        {"y_column": NUMERIC, "x_columns": NUMERIC},
        ("alpha",),
        ("y_column", "x_columns"),
        4,
        regression.simple_regression,
    ),
    _spec(
        "multiple_regression",
        "regression",
        "Multiple linear regression",
        "Least squares of y_column on two or more x_columns: coefficients, ANOVA, R², adjusted R² and variance inflation factors.",
        {"y_column": NUMERIC, "x_columns": NUMERIC},
        ("alpha",),
        ("y_column", "x_columns"),
        5,
        regression.multiple_regression,
    ),
    _spec(
        "logistic_regression",
        "regression",
        "Logistic regression",
        "Binary y_column (two values; the event is the second in sorted order) on numeric x_columns by maximum likelihood: coefficients, odds ratios, likelihood-ratio test, McFadden R².",
        {"y_column": CATEGORICAL, "x_columns": NUMERIC},
        ("alpha", "confidence_level"),
        ("y_column", "x_columns"),
        10,
        regression.logistic_regression,
    ),
    _spec(
        "i_mr_chart",
        "spc",
        "I-MR chart",
        "Individuals and moving-range charts of y_column (σ = MR̄/d2), Nelson tests 1–4 when apply_run_rules.",
        {"y_column": NUMERIC, "time_column": ANY},
        ("apply_run_rules",),
        ("y_column",),
        2,
        spc.i_mr_chart,
    ),
    _spec(
        "xbar_r_chart",
        "spc",
        "X̄-R chart",
        "Subgroup means and ranges of y_column (subgroup_column or subgroup_size; σ = R̄/d2, A2/D3/D4 limits), Nelson tests 1–4 on the means.",
        {"y_column": NUMERIC, "subgroup_column": ANY, "time_column": ANY},
        ("subgroup_size", "apply_run_rules"),
        ("y_column",),
        4,
        spc.xbar_r_chart,
        (("subgroup_column", "subgroup_size"),),
    ),
    _spec(
        "p_chart",
        "spc",
        "P chart",
        "Proportion defective per sample: defects_column / sample_size_column, limits per sample size.",
        {"defects_column": NUMERIC, "sample_size_column": NUMERIC, "time_column": ANY},
        ("apply_run_rules",),
        ("defects_column", "sample_size_column"),
        2,
        spc.p_chart,
    ),
    _spec(
        "np_chart",
        "spc",
        "NP chart",
        "Number defective per sample of constant size (sample_size_column).",
        {"defects_column": NUMERIC, "sample_size_column": NUMERIC, "time_column": ANY},
        ("apply_run_rules",),
        ("defects_column", "sample_size_column"),
        2,
        spc.np_chart,
    ),
    _spec(
        "c_chart",
        "spc",
        "C chart",
        "Defects per sample (defects_column), equal opportunity per sample.",
        {"defects_column": NUMERIC, "time_column": ANY},
        ("apply_run_rules",),
        ("defects_column",),
        2,
        spc.c_chart,
    ),
    _spec(
        "u_chart",
        "spc",
        "U chart",
        "Defects per unit: defects_column / units_column, limits per sample.",
        {"defects_column": NUMERIC, "units_column": NUMERIC, "time_column": ANY},
        ("apply_run_rules",),
        ("defects_column", "units_column"),
        2,
        spc.u_chart,
    ),
    _spec(
        "capability_normal",
        "capability",
        "Process capability (normal)",
        "Cp, Cpk, Pp, Ppk, Cpm, expected and observed ppm, Z.bench and sigma level of y_column against lsl/usl; σ within as Minitab computes it (MR̄/d2, or pooled s/c4 with subgroups).",
        {"y_column": NUMERIC, "subgroup_column": ANY},
        ("subgroup_size", "lsl", "usl", "target"),
        ("y_column",),
        2,
        capability.capability_normal,
        (("lsl", "usl"),),
    ),
    _spec(
        "capability_nonnormal",
        "capability",
        "Process capability (non-normal)",
        "Pp, Ppk (percentile method, overall only), expected ppm and Z.bench of positive y_column under a fitted lognormal, Weibull, exponential or gamma distribution (auto: the best Anderson-Darling fit).",
        {"y_column": NUMERIC},
        ("distribution", "lsl", "usl"),
        ("y_column",),
        10,
        capability.capability_nonnormal,
        (("lsl", "usl"),),
    ),
    _spec(
        "msa_gage_rr",
        "msa",
        "Gage R&R (ANOVA)",
        "Crossed gage repeatability and reproducibility by the ANOVA method (AIAG MSA 4th ed., as Minitab): "
        "part × operator ANOVA (the interaction pooled into repeatability when its p > 0.25), variance "
        "components (negative ones set to 0), %contribution, %study variation (6σ), %tolerance (tolerance, "
        "or usl − lsl), number of distinct categories, and the verdict (<10% acceptable, 10–30% marginal, "
        ">30% unacceptable). Every operator measures every part, ideally at least twice.",
        {"y_column": NUMERIC, "part_column": LEVELS, "operator_column": LEVELS},
        ("tolerance", "lsl", "usl"),
        ("y_column", "part_column", "operator_column"),
        10,
        msa.msa_gage_rr,
        levels={"part_column": (2, None), "operator_column": (2, None)},
    ),
    _spec(
        "full_factorial",
        "doe",
        "Full factorial design",
        "Analysis of a complete two-level 2^k factorial (every combination of the factor_columns' two levels, "
        "coded −1/+1 in sorted order): effects (2 × coefficient) and coefficients of the main effects and "
        "all interactions (main effects only when include_interactions is false), ANOVA with pure error "
        "from replicates, or Lenth's pseudo standard error when unreplicated; Pareto, main-effects and "
        "interaction plots. A design missing a combination is refused.",
        {"y_column": NUMERIC, "factor_columns": LEVELS},
        ("alpha", "include_interactions"),
        ("y_column", "factor_columns"),
        4,
        doe.full_factorial,
        levels={"factor_columns": (2, 2)},
    ),
    _spec(
        "fractional_factorial",
        "doe",
        "Fractional factorial design",
        "Analysis of a two-level fractional factorial (or any two-level design): the defining relation, "
        "resolution and alias structure found from the design matrix; main effects and one two-factor "
        "interaction per alias chain, tested with the error mean square or Lenth's pseudo standard error.",
        {"y_column": NUMERIC, "factor_columns": LEVELS},
        ("alpha", "include_interactions"),
        ("y_column", "factor_columns"),
        4,
        doe.fractional_factorial,
        levels={"factor_columns": (2, 2)},
    ),
    _spec(
        "doe_analysis",
        "doe",
        "DOE analysis",
        "General analysis of a two-level design (complete or fractional, replicated or not, with centre "
        "points as a middle numeric level): the model the design supports, effects, ANOVA with curvature, "
        "lack of fit and pure error, or Lenth's method when no error degrees of freedom remain.",
        {"y_column": NUMERIC, "factor_columns": LEVELS},
        ("alpha", "include_interactions"),
        ("y_column", "factor_columns"),
        4,
        doe.doe_analysis,
        levels={"factor_columns": (2, 3)},
    ),
]

CATALOG: dict[str, TestSpec] = {s.test_type: s for s in _SPECS}


def run(test_type: str, df: Any, config: dict[str, Any]) -> dict[str, Any]:
    """Runs one test (StatsError / UnsupportedTest for data or tests it cannot handle)."""
    spec = CATALOG.get(test_type)
    if spec is None:
        raise StatsError(f"Unknown test type {test_type!r}.")
    if spec.runner is None:
        raise UnsupportedTest(f"{spec.name} ({test_type}) is not supported yet by the statistics engine.")
    return spec.runner(df, config)


@cache
def _configuration_properties() -> dict[str, Any]:
    from handlers.contract import document

    schemas = document()["components"]["schemas"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                rest = {k: v for k, v in node.items() if k != "$ref"}
                return {**inline(schemas[ref.rsplit("/", 1)[1]]), **inline(rest)}
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    props: dict[str, Any] = inline(schemas["AnalysisConfiguration"]["properties"])
    return props


def configuration_schema(spec: TestSpec) -> dict[str, Any]:
    """A JSON Schema (2020-12) of the configuration this test reads: a subset of AnalysisConfiguration."""
    props = _configuration_properties()
    out: dict[str, Any] = {}
    for name, kinds in spec.columns.items():
        out[name] = {**props[name], "x-column-kinds": list(kinds)}
        if name in spec.levels:
            low, high = spec.levels[name]
            out[name]["x-distinct-values"] = {"minimum": low, **({"maximum": high} if high else {})}
    for name in spec.options:
        out[name] = dict(props[name])
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": out,
        "required": list(spec.required),
    }
    if spec.one_of:
        schema["allOf"] = [{"anyOf": [{"required": [f]} for f in group]} for group in spec.one_of]
    return schema
