from enum import StrEnum


class TestType(StrEnum):
    CAPABILITY_NONNORMAL = "capability_nonnormal"
    CAPABILITY_NORMAL = "capability_normal"
    CHI_SQUARE_ASSOCIATION = "chi_square_association"
    CHI_SQUARE_GOODNESS = "chi_square_goodness"
    CORRELATION = "correlation"
    C_CHART = "c_chart"
    DESCRIPTIVE_SUMMARY = "descriptive_summary"
    DOE_ANALYSIS = "doe_analysis"
    FRACTIONAL_FACTORIAL = "fractional_factorial"
    FULL_FACTORIAL = "full_factorial"
    I_MR_CHART = "i_mr_chart"
    KRUSKAL_WALLIS = "kruskal_wallis"
    LOGISTIC_REGRESSION = "logistic_regression"
    MANN_WHITNEY = "mann_whitney"
    MSA_GAGE_RR = "msa_gage_rr"
    MULTIPLE_REGRESSION = "multiple_regression"
    NORMALITY_TEST = "normality_test"
    NP_CHART = "np_chart"
    ONE_SAMPLE_T = "one_sample_t"
    ONE_WAY_ANOVA = "one_way_anova"
    PAIRED_T = "paired_t"
    PARETO_ANALYSIS = "pareto_analysis"
    P_CHART = "p_chart"
    SIMPLE_REGRESSION = "simple_regression"
    TWO_SAMPLE_T = "two_sample_t"
    TWO_WAY_ANOVA = "two_way_anova"
    U_CHART = "u_chart"
    XBAR_R_CHART = "xbar_r_chart"

    def __str__(self) -> str:
        return str(self.value)
