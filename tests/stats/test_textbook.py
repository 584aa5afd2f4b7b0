"""Small examples worked by hand or printed in textbooks / reference documentation.

Expected numbers are written out from the published source or from arithmetic done by hand in the
comments, never from the engine's own output.
"""

from __future__ import annotations

import math

import pandas as pd
import polars as pl
import pytest

from handlers.services.statistics import StatsError, run

# Student (1908) / Cushny & Peebles sleep data, as in R's `sleep` data set and its t.test examples.
SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]


def close(a: float, b: float, rel: float = 1e-4) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


def normal_tail(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2))


def test_descriptive_summary_by_hand() -> None:
    df = pl.DataFrame({"y": [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, None]})
    s = run("descriptive_summary", df, {"y_column": "y"})["summary"]
    # mean 40/8 = 5; Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32; s = √(32/7)
    assert s["n"] == 8 and s["missing"] == 1
    assert close(s["mean"], 5.0) and close(s["std"], math.sqrt(32 / 7))
    assert s["median"] == 4.5 and s["min"] == 2.0 and s["max"] == 9.0


def test_one_sample_t_by_hand() -> None:
    df = pd.DataFrame({"y": [1.0, 2.0, 3.0, 4.0, 5.0]})
    res = run("one_sample_t", df, {"y_column": "y", "hypothesized_value": 2})
    s = res["summary"]
    # mean 3, s = √2.5, se = √0.5, t = 1/√0.5 = √2, df 4
    assert close(s["statistic"], math.sqrt(2)) and s["df"] == 4
    # t with 4 df: P(|T| < t) = t(t² + 6)/(t² + 4)^{3/2} → p = 1 − √2·8/6^{3/2}
    assert close(s["p_value"], 1 - math.sqrt(2) * 8 / 6**1.5)
    # CI: 3 ± t(0.975, 4)·√0.5, t(0.975, 4) = 2.776445 (tables: 2.776)
    assert close(s["ci"][0], 3 - 2.776445 * math.sqrt(0.5), 1e-5)
    assert close(s["ci"][1], 3 + 2.776445 * math.sqrt(0.5), 1e-5)
    assert close(s["effect_size"], 1 / math.sqrt(2.5))
    assert any("observations" in w for w in res["warnings"])  # small sample flagged


def _sleep_long() -> pl.DataFrame:
    return pl.DataFrame({"extra": SLEEP_1 + SLEEP_2, "group": ["1"] * 10 + ["2"] * 10})


def test_two_sample_welch_matches_r_sleep_example() -> None:
    # R: t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939,
    # 95 percent CI -3.3654832 0.2054832
    s = run("two_sample_t", _sleep_long(), {"y_column": "extra", "group_column": "group"})["summary"]
    assert s["method"] == "welch"
    assert close(s["statistic"], -1.8608, 1e-4) and close(s["df"], 17.776, 1e-4)
    assert close(s["p_value"], 0.07939, 1e-3)
    assert close(s["ci"][0], -3.3654832, 1e-6) and close(s["ci"][1], 0.2054832, 1e-6)
    assert close(s["mean_difference"], -1.58)


def test_two_sample_pooled_matches_r_sleep_example() -> None:
    # R: t.test(extra ~ group, data = sleep, var.equal = TRUE): t = -1.8608, df = 18, p-value = 0.07919,
    # 95 percent CI -3.363874 0.203874
    res = run(
        "two_sample_t", _sleep_long(), {"y_column": "extra", "group_column": "group", "equal_variance": True}
    )
    s = res["summary"]
    assert s["method"] == "pooled" and s["df"] == 18
    assert close(s["statistic"], -1.8608, 1e-4) and close(s["p_value"], 0.07919, 1e-3)
    assert close(s["ci"][0], -3.363874, 1e-6) and close(s["ci"][1], 0.203874, 1e-5)
    assert [g["group"] for g in res["details"]["groups"]] == ["1", "2"]


def test_paired_t_matches_r_sleep_example() -> None:
    # R: t.test(sleep$extra[11:20], sleep$extra[1:10], paired = TRUE): t = 4.0621, df = 9,
    # p-value = 0.002833, 95 percent CI 0.7001142 2.4598858, mean difference 1.58
    df = pd.DataFrame({"after": SLEEP_2, "before": SLEEP_1})
    s = run("paired_t", df, {"y_column": "after", "x_columns": ["before"]})["summary"]
    assert close(s["statistic"], 4.0621, 1e-4) and s["df"] == 9
    assert close(s["p_value"], 0.002833, 1e-3)
    assert close(s["ci"][0], 0.7001142, 1e-6) and close(s["ci"][1], 2.4598858, 1e-6)
    assert close(s["mean_difference"], 1.58)


def test_one_sided_alternative() -> None:
    df = pd.DataFrame({"after": SLEEP_2, "before": SLEEP_1})
    s = run("paired_t", df, {"y_column": "after", "x_columns": ["before"], "alternative": "greater"})[
        "summary"
    ]
    assert close(s["p_value"], 0.002833 / 2, 1e-3)
    assert s["ci"][1] is None


def test_one_way_anova_tukey_only_when_significant() -> None:
    df = pl.DataFrame({"y": [1.0, 2, 3, 4, 5, 6, 7, 8, 9], "g": ["a"] * 3 + ["b"] * 3 + ["c"] * 3})
    res = run("one_way_anova", df, {"y_column": "y", "group_column": "g"})
    # means 2, 5, 8; SSB = 3·(9 + 0 + 9) = 54, SSW = 6 → MSB 27, MSW 1, F = 27 on (2, 6)
    assert close(res["summary"]["statistic"], 27.0)
    assert close(res["summary"]["p_value"], 0.001, 1e-3)  # F(2, 6) upper tail at 27: (1 + 27·2/6)^-3 = 0.001
    pairs = {(p["group_a"], p["group_b"]): p for p in res["details"]["tukey_hsd"]}
    assert close(pairs[("a", "b")]["difference"], -3.0) and close(pairs[("a", "c")]["difference"], -6.0)
    assert pairs[("a", "c")]["significant"] is True
    flat = pl.DataFrame({"y": [1.0, 2, 3, 2, 1, 3], "g": ["a"] * 3 + ["b"] * 3})
    assert "tukey_hsd" not in run("one_way_anova", flat, {"y_column": "y", "group_column": "g"})["details"]


def test_mann_whitney_and_kruskal_wallis_by_hand() -> None:
    df = pl.DataFrame({"y": [1.0, 2, 3, 4, 5, 6], "g": ["a"] * 3 + ["b"] * 3})
    s = run("mann_whitney", df, {"y_column": "y", "group_column": "g"})["summary"]
    # U(a) = 0; exact two-sided p = 2 / C(6, 3) = 0.1
    assert s["statistic"] == 0.0 and close(s["p_value"], 0.1)
    assert close(s["effect_size"], -1.0)
    df3 = pl.DataFrame({"y": [1.0, 2, 3, 4, 5, 6, 7, 8, 9], "g": ["a"] * 3 + ["b"] * 3 + ["c"] * 3})
    k = run("kruskal_wallis", df3, {"y_column": "y", "group_column": "g"})["summary"]
    # H = 12/(9·10)·(6²/3 + 15²/3 + 24²/3) − 3·10 = 7.2; p = exp(−7.2/2) with 2 df
    assert close(k["statistic"], 7.2) and close(k["p_value"], math.exp(-3.6))


def test_chi_square_association_by_hand() -> None:
    rows = [("x", "p")] * 10 + [("x", "q")] * 20 + [("y", "p")] * 30 + [("y", "q")] * 40
    df = pl.DataFrame({"a": [r[0] for r in rows], "b": [r[1] for r in rows]})
    s = run("chi_square_association", df, {"category_column": "a", "group_column": "b"})["summary"]
    # expected 12, 18, 28, 42; χ² = 4/12 + 4/18 + 4/28 + 4/42; 1 df: p = erfc(√(χ²/2))
    chi2 = 4 / 12 + 4 / 18 + 4 / 28 + 4 / 42
    assert close(s["statistic"], chi2) and s["df"] == 1
    assert close(s["p_value"], math.erfc(math.sqrt(chi2 / 2)))
    assert close(s["effect_size"], math.sqrt(chi2 / 100))


def test_chi_square_goodness_mendel_peas() -> None:
    # Mendel's dihybrid cross, 9:3:3:1 — χ² = 0.470, 3 df, p = 0.925 (textbook value)
    df = pl.DataFrame({"kind": ["RY", "Ry", "rY", "ry"], "n": [315, 108, 101, 32]})
    cfg = {
        "category_column": "kind",
        "count_column": "n",
        "expected_proportions": {"RY": 9 / 16, "Ry": 3 / 16, "rY": 3 / 16, "ry": 1 / 16},
    }
    s = run("chi_square_goodness", df, cfg)["summary"]
    assert round(s["statistic"], 3) == 0.470 and s["df"] == 3
    assert round(s["p_value"], 3) == 0.925


def test_correlation_by_hand() -> None:
    df = pl.DataFrame({"x": [1.0, 2, 3, 4, 5], "y": [2.0, 4, 5, 4, 5]})
    p = run("correlation", df, {"y_column": "y", "x_columns": ["x"]})["summary"]
    assert close(p["statistic"], 6 / math.sqrt(60))  # Σdxdy = 6, Σdx² = 10, Σdy² = 6
    s = run("correlation", df, {"y_column": "y", "x_columns": ["x"], "correlation_method": "spearman"})[
        "summary"
    ]
    assert close(s["statistic"], 7 / math.sqrt(90))  # mid-ranks of y: 1, 2.5, 4.5, 2.5, 4.5


def test_multiple_regression_recovers_plane_and_vif() -> None:
    x1 = [1.0, 2, 3, 4, 5, 6, 7, 8]
    x2 = [2.0, 1, 4, 3, 6, 5, 8, 9]
    noise = [0.1, -0.1, -0.1, 0.1, 0.1, -0.1, -0.1, 0.1]
    y = [1 + 2 * a + 3 * b + e for a, b, e in zip(x1, x2, noise, strict=True)]
    res = run(
        "multiple_regression",
        pl.DataFrame({"y": y, "x1": x1, "x2": x2}),
        {"y_column": "y", "x_columns": ["x1", "x2"]},
    )
    coefs = {c["term"]: c["coefficient"] for c in res["details"]["coefficients"]}
    assert abs(coefs["x1"] - 2) < 0.1 and abs(coefs["x2"] - 3) < 0.1 and abs(coefs["Intercept"] - 1) < 0.3
    # VIF = 1/(1 − r²) of x1 on x2: x̄1 = 4.5, x̄2 = 4.75; Σd1d2 = 45, Σd1² = 42, Σd2² = 55.5
    r2 = 45**2 / (42 * 55.5)
    vif = {v["term"]: v["vif"] for v in res["details"]["vif"]}
    assert close(vif["x1"], 1 / (1 - r2)) and close(vif["x2"], 1 / (1 - r2))
    assert any("VIF 7.6 > 5" in w for w in res["warnings"])  # r² ≈ 0.869 → VIF ≈ 7.6: moderate


def test_pareto_by_hand() -> None:
    df = pl.DataFrame({"defect": ["scratch", "dent", "stain", "other"], "count": [50, 30, 15, 5]})
    res = run("pareto_analysis", df, {"category_column": "defect", "count_column": "count"})
    table = res["details"]["table"]
    assert [r["category"] for r in table] == ["scratch", "dent", "stain", "other"]
    assert [r["cumulative_percent"] for r in table] == [50.0, 80.0, 95.0, 100.0]
    assert res["summary"]["vital_few"] == ["scratch", "dent"]  # cumulative 80% reached by the second


def test_normality_shapiro_wilk_1965_example() -> None:
    # Shapiro & Wilk (1965), weights of 11 men: W = 0.79, significant at the 1% level
    df = pl.DataFrame({"w": [148.0, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236]})
    s = run("normality_test", df, {"y_column": "w"})["summary"]
    assert round(s["shapiro_wilk"]["statistic"], 2) == 0.79
    assert s["shapiro_wilk"]["p_value"] < 0.01 and s["normal"] is False
    assert s["anderson_darling"]["p_value"] < 0.05


def test_errors_are_stats_errors() -> None:
    df = pl.DataFrame({"y": [1.0, 2.0], "g": ["a", "b"], "t": ["x", "y"]})
    with pytest.raises(StatsError, match="not in the dataset"):
        run("one_sample_t", df, {"y_column": "nope"})
    with pytest.raises(StatsError, match="not numeric"):
        run("one_sample_t", df, {"y_column": "t"})
    with pytest.raises(StatsError, match="at least"):
        run("normality_test", df, {"y_column": "y"})
    with pytest.raises(StatsError, match="needs part_column"):
        run("msa_gage_rr", df, {"y_column": "y"})


def test_two_way_anova_balanced_by_hand() -> None:
    # Cells (2 replicates): a1b1 = 1, 3 (mean 2); a1b2 = 5, 7 (6); a2b1 = 2, 4 (3); a2b2 = 10, 12 (11).
    # Grand mean 5.5; A means 4, 7 → SSA = 4·(1.5² + 1.5²) = 18; B means 2.5, 8.5 → SSB = 4·(3² + 3²) = 72;
    # interaction effects ±1 → SSAB = 2·4 = 8; SSE = 8 cells-deviations² = 8 on 4 df → MSE 2.
    a = ["a1"] * 4 + ["a2"] * 4
    b = ["b1", "b1", "b2", "b2"] * 2
    y = [1.0, 3, 5, 7, 2, 4, 10, 12]
    res = run(
        "two_way_anova",
        pl.DataFrame({"y": y, "A": a, "B": b}),
        {"y_column": "y", "factor_columns": ["A", "B"]},
    )
    table = {r["source"]: r for r in res["details"]["anova_table"]}
    assert close(table["A"]["ss"], 18) and close(table["B"]["ss"], 72) and close(table["A*B"]["ss"], 8)
    assert close(table["Error"]["ss"], 8) and table["Error"]["df"] == 4
    assert close(table["A"]["f"], 9) and close(table["B"]["f"], 36) and close(table["A*B"]["f"], 4)
    # F(1, 4) = t(4)²: p = 1 − t(t² + 6)/(t² + 4)^{3/2} with t = √F
    assert close(table["A"]["p_value"], 1 - 3 * 15 / 13**1.5)
    additive = run(
        "two_way_anova",
        pl.DataFrame({"y": y, "A": a, "B": b}),
        {"y_column": "y", "factor_columns": ["A", "B"], "include_interactions": False},
    )
    rows = {r["source"]: r for r in additive["details"]["anova_table"]}
    assert "A*B" not in rows and close(rows["Error"]["ss"], 16) and rows["Error"]["df"] == 5


def test_logistic_regression_binary_predictor_is_the_log_odds_ratio() -> None:
    # One binary predictor: the MLE is closed-form. 2×2 table (x, y): (0,0) 20, (0,1) 10, (1,0) 8, (1,1) 16
    # → intercept = ln(10/20), slope = ln((16/8)/(10/20)) = ln 4, se(slope) = √(1/20 + 1/10 + 1/8 + 1/16)
    x = [0] * 30 + [1] * 24
    y = ["no"] * 20 + ["yes"] * 10 + ["no"] * 8 + ["yes"] * 16
    res = run("logistic_regression", pl.DataFrame({"x": x, "y": y}), {"y_column": "y", "x_columns": ["x"]})
    intercept, slope = res["details"]["coefficients"]
    assert res["summary"]["event"] == "yes"
    assert close(intercept["coefficient"], math.log(0.5), 1e-6)
    assert close(slope["coefficient"], math.log(4), 1e-6)
    assert close(slope["se"], math.sqrt(1 / 20 + 1 / 10 + 1 / 8 + 1 / 16), 1e-5)
    assert close(slope["odds_ratio"], 4.0, 1e-6)
