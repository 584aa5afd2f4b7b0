"""Gage R&R (msa_gage_rr) and two-level factorial analysis (full_factorial, fractional_factorial,
doe_analysis): published examples and hand-worked arithmetic, then the same tests through the HTTP API.

Every expected number is copied from the cited source or worked out by hand in the comments (from the
published sums of squares / effects), never taken from the engine's own output.
"""

from __future__ import annotations

import math
from typing import Any

import httpx
import pandas as pd
import polars as pl
import pytest
from scipy import stats

from generated.models import AnalysisResult
from handlers.services.statistics import StatsError, run
from tests.api.test_analyses import (  # noqa: F401 - fixtures
    World,
    analyze,
    app_fixture,
    engine_name_fixture,
    jobs_fixture,
    world_fixture,
)
from tests.conftest import auth
from tests.support import assert_error


def close(a: float | None, b: float, tol: float = 1e-9) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=tol, abs_tol=tol)


# --- Gage R&R -------------------------------------------------------------------------------------

# Montgomery, "Introduction to Statistical Quality Control" (6th ed., §8.7, the gauge capability study of
# Table 8.7; the same data is analysed by ANOVA in the text's Table 8.8 / Minitab output): 20 parts,
# 3 operators, 2 measurements each; specifications LSL = 5, USL = 60.
# Row: part; columns: operator 1 (m1, m2), operator 2 (m1, m2), operator 3 (m1, m2).
GAGE = [
    (21, 20, 20, 20, 19, 21),
    (24, 23, 24, 24, 23, 24),
    (20, 21, 19, 21, 20, 22),
    (27, 27, 28, 26, 27, 28),
    (19, 18, 19, 18, 18, 21),
    (23, 21, 24, 21, 23, 22),
    (22, 21, 22, 24, 22, 20),
    (19, 17, 18, 20, 19, 18),
    (24, 23, 25, 23, 24, 24),
    (25, 23, 26, 25, 24, 25),
    (21, 20, 20, 20, 21, 20),
    (18, 19, 17, 19, 18, 19),
    (23, 25, 25, 25, 25, 25),
    (24, 24, 23, 25, 24, 25),
    (29, 30, 30, 28, 31, 30),
    (26, 26, 25, 26, 25, 27),
    (20, 20, 19, 20, 20, 20),
    (19, 21, 19, 19, 21, 23),
    (25, 26, 25, 24, 25, 25),
    (19, 19, 18, 17, 19, 17),
]
GAGE_ROWS = [
    (part, op, row[2 * (op - 1) + rep])
    for part, row in enumerate(GAGE, start=1)
    for op in (1, 2, 3)
    for rep in (0, 1)
]
GAGE_CSV = ("part,operator,measurement\n" + "".join(f"{p},{o},{m}\n" for p, o, m in GAGE_ROWS)).encode()


def gage_frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "part": [p for p, _, _ in GAGE_ROWS],
            "operator": [f"op{o}" for _, o, _ in GAGE_ROWS],
            "measurement": [float(m) for _, _, m in GAGE_ROWS],
        }
    )


GAGE_CONFIG = {"y_column": "measurement", "part_column": "part", "operator_column": "operator"}


def test_gage_rr_montgomery_pools_the_interaction() -> None:
    res = run("msa_gage_rr", gage_frame(), {**GAGE_CONFIG, "lsl": 5, "usl": 60})
    AnalysisResult.model_validate(res)
    full = {r["source"]: r for r in res["details"]["anova_table_with_interaction"]}
    # Published ANOVA (full model): SS parts 1185.425 (19 df), operators 2.617 (2), P×O 27.050 (38),
    # error 59.500 (60), total 1274.592 (119).
    assert close(full["part"]["ss"], 1185.425) and full["part"]["df"] == 19
    assert round(full["operator"]["ss"], 3) == 2.617 and full["operator"]["df"] == 2
    assert close(full["part * operator"]["ss"], 27.05) and full["part * operator"]["df"] == 38
    assert close(full["Repeatability"]["ss"], 59.5) and full["Repeatability"]["df"] == 60
    assert round(full["Total"]["ss"], 3) == 1274.592
    # P×O: F0 = (27.05/38)/(59.5/60) = 0.7118/0.9917 = 0.72, P = 0.86 (published) > 0.25 → pooled.
    assert round(full["part * operator"]["f"], 2) == 0.72
    assert round(full["part * operator"]["p_value"], 2) == 0.86
    s = res["summary"]
    assert s["interaction_pooled"] is True
    reduced = {r["source"]: r for r in res["details"]["anova_table"]}
    # Pooled error: (27.05 + 59.5)/(38 + 60) = 86.55/98 = 0.883163; F(part) = 62.390789/0.883163 = 70.6447,
    # F(operator) = 1.308333/0.883163 = 1.48142.
    assert reduced["Repeatability"]["df"] == 98 and close(reduced["Repeatability"]["ms"], 86.55 / 98)
    assert round(reduced["part"]["f"], 4) == 70.6447 and round(reduced["operator"]["f"], 4) == 1.4814
    assert "part * operator" not in reduced
    comps = {c["source"]: c for c in res["details"]["variance_components"]}
    # Montgomery's reduced-model estimates: σ²(repeatability) = 0.88, σ²(operator) = 0.01, σ²(parts) = 10.25.
    # Exactly: 86.55/98 = 0.883163; (1.308333 − 0.883163)/(20·2) = 0.010629; (62.390789 − 0.883163)/(3·2)
    # = 10.251271; gage = 0.893793; total = 11.145064.
    rep, op, part = 86.55 / 98, (2.61666667 / 2 - 86.55 / 98) / 40, (1185.425 / 19 - 86.55 / 98) / 6
    assert round(comps["Repeatability"]["variance"], 2) == 0.88
    assert round(comps["operator"]["variance"], 2) == 0.01
    assert round(comps["Part-to-Part"]["variance"], 2) == 10.25
    assert close(comps["Repeatability"]["variance"], rep)
    assert close(comps["operator"]["variance"], op, 1e-6)
    assert close(comps["Reproducibility"]["variance"], op, 1e-6)
    assert close(comps["Part-to-Part"]["variance"], part, 1e-8)
    gage, total = rep + op, rep + op + part
    assert close(comps["Total Gage R&R"]["variance"], gage, 1e-7)
    assert close(comps["Total Variation"]["variance"], total, 1e-7)
    # %contribution 0.893793/11.145064 = 8.0196 %; %study var √(0.893793/11.145064) = 28.319 %;
    # study var 6·0.945406 = 5.6724; %tolerance 5.6724/55 = 10.314 %; ndc ⌊1.41·3.201761/0.945406⌋ = ⌊4.775⌋ = 4.
    assert round(s["percent_contribution"], 3) == 8.020
    assert round(s["percent_study_variation"], 2) == 28.32
    assert round(comps["Total Gage R&R"]["study_variation"], 4) == 5.6724
    assert round(s["percent_tolerance"], 2) == 10.31 and s["tolerance"] == 55
    assert s["ndc"] == 4
    assert s["verdict"] == "marginal" and s["verdict_tolerance"] == "marginal"
    assert res["interpretation_context"]["dominant_gage_source"] == "repeatability"
    assert any("distinct categories is 4" in w for w in res["warnings"])
    assert [c["layout"]["title"]["text"] for c in res["charts"]][:3] == [
        "Components of variation",
        "measurement by part",
        "measurement by operator",
    ]
    assert res["charts"][1]["data"][1]["x"][:3] == ["1", "2", "3"]  # parts in numeric order
    # tolerance given directly wins over usl − lsl; without either there is no %tolerance.
    assert close(run("msa_gage_rr", gage_frame(), {**GAGE_CONFIG, "tolerance": 11})["summary"]["percent_tolerance"],
                 600 * math.sqrt(gage) / 11, 1e-6)  # fmt: skip
    assert run("msa_gage_rr", gage_frame(), GAGE_CONFIG)["summary"]["percent_tolerance"] is None


def test_gage_rr_keeps_a_significant_interaction_and_zeroes_negative_components() -> None:
    # Hand-worked: 2 parts × 2 operators × 2 replicates.
    #   P1/O1: 10, 12 (11)  P1/O2: 14, 16 (15)  P2/O1: 20, 22 (21)  P2/O2: 18, 20 (19); grand mean 16.5.
    # Part means 13, 20 → SS_P = 4·(3.5² + 3.5²) = 98; operator means 16, 17 → SS_O = 4·(0.5² + 0.5²) = 2;
    # interaction residuals ±1.5 → SS_PO = 2·4·2.25 = 18; within ±1 → SS_E = 8 on 4 df (MSE 2).
    # F(P×O) = 18/2 = 9 on (1, 4) → p = 0.0399 < 0.25: kept. Components: repeatability 2,
    # P×O (18 − 2)/2 = 8, operator (2 − 18)/4 < 0 → 0, part (98 − 18)/4 = 20; gage 10, total 30.
    # %study var √(10/30) = 57.735 % (unacceptable); ndc ⌊1.41·√20/√10⌋ = ⌊1.994⌋ = 1 (truncated, not rounded).
    cells = {("P1", "O1"): (10, 12), ("P1", "O2"): (14, 16), ("P2", "O1"): (20, 22), ("P2", "O2"): (18, 20)}
    df = pd.DataFrame([{"p": p, "o": o, "y": float(v)} for (p, o), vs in cells.items() for v in vs])
    res = run("msa_gage_rr", df, {"y_column": "y", "part_column": "p", "operator_column": "o"})
    s = res["summary"]
    assert s["interaction_pooled"] is False
    assert close(s["interaction_p_value"], float(stats.f.sf(9, 1, 4)))
    table = {r["source"]: r for r in res["details"]["anova_table"]}
    assert close(table["p * o"]["ss"], 18) and close(table["p * o"]["f"], 9)
    assert close(table["p"]["f"], 98 / 18) and close(table["o"]["f"], 2 / 18)  # tested against MS(P×O)
    comps = {c["source"]: c for c in res["details"]["variance_components"]}
    assert close(comps["Repeatability"]["variance"], 2)
    assert close(comps["p * o"]["variance"], 8)
    assert comps["o"]["variance"] == 0
    assert close(comps["Reproducibility"]["variance"], 8)
    assert close(comps["Part-to-Part"]["variance"], 20)
    assert close(comps["Total Variation"]["variance"], 30)
    assert close(s["percent_study_variation"], 100 * math.sqrt(1 / 3))
    assert close(comps["Total Gage R&R"]["percent_contribution"], 100 / 3)
    assert s["ndc"] == 1 and s["verdict"] == "unacceptable"
    assert res["interpretation_context"]["dominant_gage_source"] == "reproducibility"
    assert any("at least 10 parts" in w for w in res["warnings"])
    assert any("operators" in w for w in res["warnings"])


def test_gage_rr_refuses_designs_it_cannot_analyse() -> None:
    df = gage_frame()
    with pytest.raises(StatsError, match="needs operator_column"):
        run("msa_gage_rr", df, {"y_column": "measurement", "part_column": "part"})
    one_op = df.filter(pl.col("operator") == "op1")
    with pytest.raises(StatsError, match="at least 2 operators"):
        run("msa_gage_rr", one_op, GAGE_CONFIG)
    not_crossed = df.filter(~((pl.col("operator") == "op2") & (pl.col("part") == 3)))
    with pytest.raises(StatsError, match="not crossed: 1 part × operator"):
        run("msa_gage_rr", not_crossed, GAGE_CONFIG)
    uneven = df.filter(
        ~((pl.col("operator") == "op2") & (pl.col("part") == 3) & (pl.col("measurement") == 19))
    )
    with pytest.raises(StatsError, match="at least twice"):
        run("msa_gage_rr", uneven, GAGE_CONFIG)


def test_gage_rr_unbalanced_and_unreplicated_studies_warn() -> None:
    df = gage_frame()
    # Part 1, operator 1 measured a third time: unbalanced (approximate components, flagged).
    extra = pl.concat([df, pl.DataFrame({"part": [1], "operator": ["op1"], "measurement": [20.0]})])
    res = run("msa_gage_rr", extra, GAGE_CONFIG)
    assert res["details"]["balanced"] is False and any("unbalanced" in w for w in res["warnings"])
    assert 0 < res["summary"]["percent_study_variation"] < 100
    # One measurement per cell: the additive model; repeatability = the P×O mean square.
    # Cells = first measurements; check against a hand two-way ANOVA without replication.
    first = df.group_by(["part", "operator"], maintain_order=True).first()
    res = run("msa_gage_rr", first, GAGE_CONFIG)
    y = first["measurement"].to_numpy()
    parts, ops = first["part"].to_numpy(), first["operator"].to_numpy()
    grand = y.mean()
    pm = {p: y[parts == p].mean() for p in set(parts)}
    om = {o: y[ops == o].mean() for o in set(ops)}
    resid = sum((v - pm[p] - om[o] + grand) ** 2 for v, p, o in zip(y, parts, ops, strict=True))
    assert close(res["details"]["variance_components"][1]["variance"], resid / 38, 1e-9)
    assert any("measured each part once" in w for w in res["warnings"])


# --- Two-level factorials -------------------------------------------------------------------------

# Montgomery, "Design and Analysis of Experiments" (8th ed.), Example 6.2: filtration rate, unreplicated
# 2^4 (A temperature, B pressure, C formaldehyde concentration, D stirring rate), standard order.
FILTRATION = [45, 71, 48, 65, 68, 60, 80, 65, 43, 100, 45, 104, 75, 86, 70, 96]
# Published effect estimates (Table 6.11).
FILTRATION_EFFECTS = {
    "A": 21.625, "B": 3.125, "C": 9.875, "D": 14.625, "A*B": 0.125, "A*C": -18.125, "A*D": 16.625,
    "B*C": 2.375, "B*D": -0.375, "C*D": -1.125, "A*B*C": 1.875, "A*B*D": 4.125, "A*C*D": -1.625,
    "B*C*D": -2.625, "A*B*C*D": 1.375,
}  # fmt: skip


def filtration(rows: list[int] | None = None) -> pd.DataFrame:
    out = []
    for i, y in enumerate(FILTRATION):
        coded = {f: (1 if i >> j & 1 else -1) for j, f in enumerate("ABCD")}
        if rows is None or i in rows:
            out.append({**coded, "rate": float(y)})
    return pd.DataFrame(out)


DOE4 = {"y_column": "rate", "factor_columns": ["A", "B", "C", "D"]}


def test_unreplicated_2k_effects_and_lenth() -> None:
    res = run("full_factorial", filtration(), DOE4)
    AnalysisResult.model_validate(res)
    s = res["summary"]
    assert s["effects"].keys() == FILTRATION_EFFECTS.keys()
    for term, effect in FILTRATION_EFFECTS.items():
        assert close(s["effects"][term], effect), term
        assert close(s["coefficients"][term], effect / 2), term
    assert close(s["coefficients"]["Constant"], sum(FILTRATION) / 16)  # 70.0625
    # Lenth: |effects| sorted, median (8th of 15) = 2.625 → s0 = 3.9375; drop |e| ≥ 2.5·s0 = 9.84
    # (A, C, D, AC, AD); the median of the other 10 is (1.625 + 1.875)/2 = 1.75 → PSE = 2.625.
    # ME = t(0.975, 15/3 = 5)·PSE = 2.570582·2.625 = 6.748 (Montgomery: ME = 6.75).
    assert close(s["lenth_pse"], 2.625) and close(res["details"]["lenth"]["s0"], 3.9375)
    assert round(s["margin_of_error"], 2) == 6.75
    assert s["significant_effects"] == ["A", "C", "D", "A*C", "A*D"]  # Montgomery's conclusion
    assert s["error_df"] == 0 and s["p_value"] is None and s["statistic"] is None
    rows = {r["term"]: r for r in res["details"]["effects_table"]}
    assert close(rows["A"]["t"], 21.625 / 2.625)
    assert close(rows["A"]["p_value"], 2 * float(stats.t.sf(21.625 / 2.625, 5)))
    assert res["details"]["design"]["type"] == "full factorial 2^4"
    assert res["details"]["alias_structure"][0] == "A"  # no aliases in a complete design
    assert res["interpretation_context"]["largest_effect"] == "A"
    assert any("Lenth" in w for w in res["warnings"])
    pareto = res["charts"][0]
    assert pareto["data"][0]["y"][-1] == "A" and close(pareto["data"][0]["x"][-1], 21.625)
    # Without interactions the 11 interaction contrasts form the error: SS_E = 16·Σ(interaction coef²).
    mains = run("full_factorial", filtration(), {**DOE4, "include_interactions": False})
    sse = 16 * sum((e / 2) ** 2 for t, e in FILTRATION_EFFECTS.items() if "*" in t)
    error = next(r for r in mains["details"]["anova_table"] if r["source"] == "Error")
    assert error["df"] == 11 and close(error["ss"], sse)


def test_half_fraction_aliases_and_resolution() -> None:
    # Montgomery DAE (8th ed.), Example 8.1: the 2^(4−1) with I = ABCD run on the filtration data
    # (runs (1), ad, bd, ab, cd, ac, bc, abcd). Published estimates: [A] = 19.00 (A + BCD), [B] = 1.50,
    # [C] = 14.00, [D] = 16.50, [AB] = −1.00 (AB + CD), [AC] = −18.50 (AC + BD), [AD] = 19.00 (AD + BC).
    half = [i for i in range(16) if bin(i).count("1") % 2 == 0]  # ABCD = +1
    res = run("fractional_factorial", filtration(half), DOE4)
    s = res["summary"]
    published = {"A": 19.0, "B": 1.5, "C": 14.0, "D": 16.5, "A*B": -1.0, "A*C": -18.5, "A*D": 19.0}
    assert s["effects"].keys() == published.keys()
    for term, effect in published.items():
        assert close(s["effects"][term], effect), term
    d = res["details"]
    assert d["design"]["defining_relation"] == "I = ABCD"
    assert (
        s["resolution"] == "IV"
        and d["design"]["type"] == "regular fractional factorial 2^(4-1), resolution IV"
    )
    assert d["alias_structure"] == [
        "A + BCD", "B + ACD", "C + ABD", "D + ABC", "AB + CD", "AC + BD", "AD + BC"
    ]  # fmt: skip
    rows = {r["term"]: r for r in d["effects_table"]}
    assert rows["A*B"]["aliases"] == ["CD"]
    # The other half (I = −ABCD): A = −BCD.
    other = run("doe_analysis", filtration([i for i in range(16) if i not in half]), DOE4)
    assert other["details"]["design"]["defining_relation"] == "I = −ABCD"
    assert other["details"]["alias_structure"][0] == "A − BCD"
    # full_factorial refuses a fraction, with the reason.
    with pytest.raises(StatsError, match=r"Not a complete 2\^4 design: 8 of the 16"):
        run("full_factorial", filtration(half), DOE4)
    # Resolution III (2^(3−1), I = ABC): main effects aliased with two-factor interactions; no 2FI fits.
    frac3 = filtration([i for i in range(8) if bin(i).count("1") % 2 == 1])
    r3 = run("fractional_factorial", frac3, {"y_column": "rate", "factor_columns": ["A", "B", "C"]})
    assert r3["summary"]["resolution"] == "III" and r3["details"]["alias_structure"] == [
        "A + BC",
        "B + AC",
        "C + AB",
    ]
    assert any("Resolution III" in w for w in r3["warnings"])


def test_irregular_fraction_is_analysed_with_partial_aliasing() -> None:
    # 6 of the 8 runs of a 2^3 (dropping abc and (1)): not a regular fraction.
    res = run(
        "doe_analysis",
        filtration([1, 2, 3, 4, 5, 6]),
        {"y_column": "rate", "factor_columns": ["A", "B", "C"]},
    )
    d = res["details"]["design"]
    assert d["regular"] is False and d["resolution"] is None and d["distinct_runs"] == 6
    assert any("not a regular fraction" in w for w in res["warnings"])
    assert "A" in res["summary"]["effects"]


# Montgomery DAE (8th ed.), Example 6.1: plasma etch, 2^3 in 2 replicates (A gap 0.80/1.20 cm, B C2F6 flow
# 125/200 SCCM, C power 275/325 W). Published: effects A = −101.625, B = 7.375, AB = −24.875, C = 306.125,
# AC = −153.625, BC = −2.125, ABC = 5.625; SS A 41 310.5625, B 217.5625, AB 2475.0625, C 374 850.0625,
# AC 94 402.5625, BC 18.0625, ABC 126.5625, error 18 020.50 (8 df, MS 2252.56), total 531 420.9375;
# F: A 18.34, C 166.41, AC 41.91.
ETCH = {
    "(1)": (550, 604), "a": (669, 650), "b": (633, 601), "ab": (642, 635),
    "c": (1037, 1052), "ac": (749, 868), "bc": (1075, 1063), "abc": (729, 860),
}  # fmt: skip
ETCH_CSV = "gap,flow,power,etch_rate\n" + "".join(
    f"{1.2 if 'a' in run_ else 0.8},{200 if 'b' in run_ else 125},{325 if 'c' in run_ else 275},{v}\n"
    for run_, values in ETCH.items()
    for v in values
)


def test_replicated_2k_anova_with_pure_error() -> None:
    df = pl.read_csv(ETCH_CSV.encode())
    res = run("doe_analysis", df, {"y_column": "etch_rate", "factor_columns": ["gap", "flow", "power"]})
    s = res["summary"]
    expected = {
        "gap": -101.625, "flow": 7.375, "gap*flow": -24.875, "power": 306.125,
        "gap*power": -153.625, "flow*power": -2.125, "gap*flow*power": 5.625,
    }  # fmt: skip
    for term, effect in expected.items():
        assert close(s["effects"][term], effect), term
    table = {r["source"]: r for r in res["details"]["anova_table"]}
    for term, ss in {"gap": 41310.5625, "flow": 217.5625, "gap*flow": 2475.0625, "power": 374850.0625,
                     "gap*power": 94402.5625, "flow*power": 18.0625, "gap*flow*power": 126.5625}.items():  # fmt: skip
        assert close(table[term]["ss"], ss), term
    assert table["Error"]["df"] == 8 and close(table["Error"]["ss"], 18020.5)
    assert close(table["Total"]["ss"], 531420.9375)
    assert round(table["gap"]["f"], 2) == 18.34 and round(table["power"]["f"], 2) == 166.41
    assert round(table["gap*power"]["f"], 2) == 41.91
    assert s["significant_effects"] == ["gap", "power", "gap*power"]  # Montgomery's conclusion
    # R² = 1 − 18020.5/531420.9375 = 0.96609
    assert close(s["r_squared"], 1 - 18020.5 / 531420.9375)
    assert res["details"]["error"] == "pure error" and res["details"]["design"]["replicates"] == 2
    assert res["details"]["coding"]["gap"] == {"low": "0.8", "high": "1.2"}
    assert res["details"]["coding"]["flow"] == {"low": "125", "high": "200"}  # numeric, not string, order
    rows = {r["term"]: r for r in res["details"]["effects_table"]}
    # se(coef) = √(MSE/16) = √(2252.5625/16) = 11.8653
    assert close(rows["gap"]["se_coefficient"], math.sqrt(18020.5 / 8 / 16))
    assert len(res["charts"]) == 3 + 3  # Pareto, main effects, normal plot, three 2FI interaction plots


def test_two_level_text_factors_are_coded_in_sorted_order() -> None:
    # Montgomery DAE (8th ed.), §6.2: the 2^2 chemical process (A reactant concentration 15/25 %, B catalyst
    # 1/2 lb), 3 replicates: (1) 28 25 27, a 36 32 32, b 18 19 23, ab 31 30 29. Published: A = 8.33,
    # B = −5.00, AB = 1.67; SS_A = 208.33, SS_B = 75.00, SS_AB = 8.33, SS_E = 31.34 (8 df), total 323.00.
    data = {"(1)": (28, 25, 27), "a": (36, 32, 32), "b": (18, 19, 23), "ab": (31, 30, 29)}
    df = pl.DataFrame(
        [
            {"conc": "25%" if "a" in r else "15%", "catalyst": "2 lb" if "b" in r else "1 lb", "y": float(v)}
            for r, vs in data.items()
            for v in vs
        ]
    )
    res = run("full_factorial", df, {"y_column": "y", "factor_columns": ["conc", "catalyst"]})
    s = res["summary"]
    assert round(s["effects"]["conc"], 2) == 8.33 and round(s["effects"]["catalyst"], 2) == -5.0
    assert round(s["effects"]["conc*catalyst"], 2) == 1.67
    table = {r["source"]: r for r in res["details"]["anova_table"]}
    assert round(table["conc"]["ss"], 2) == 208.33 and round(table["catalyst"]["ss"], 2) == 75.0
    assert round(table["Error"]["ss"], 2) == 31.33 and table["Error"]["df"] == 8  # 94/3 exactly
    assert close(table["Total"]["ss"], 323.0)
    assert res["details"]["coding"] == {
        "conc": {"low": "15%", "high": "25%"},
        "catalyst": {"low": "1 lb", "high": "2 lb"},
    }


def test_center_points_give_curvature_and_pure_error() -> None:
    # Montgomery DAE (8th ed.), Example 6.7: 2^2 (A time 30/40 min, B temperature 150/160 °F) with five
    # centre points (35, 155). Factorial: (1) 39.3, a 40.9, b 40.0, ab 41.5; centre 40.3 40.5 40.7 40.2 40.6.
    # Published: A = 1.55, B = 0.65, AB = −0.05; SS_A = 2.4025, SS_B = 0.4225, SS_AB = 0.0025,
    # SS_pure quadratic = 4·5·(40.425 − 40.46)²/9 = 0.0027, SS_E = 0.1720 on 4 df (pure error, MS 0.0430).
    runs = [(30, 150, 39.3), (40, 150, 40.9), (30, 160, 40.0), (40, 160, 41.5)]
    runs += [(35, 155, v) for v in (40.3, 40.5, 40.7, 40.2, 40.6)]
    df = pl.DataFrame({"time": [r[0] for r in runs], "temp": [r[1] for r in runs], "y": [r[2] for r in runs]})
    config = {"y_column": "y", "factor_columns": ["time", "temp"]}
    res = run("doe_analysis", df, config)
    s = res["summary"]
    assert close(s["effects"]["time"], 1.55) and close(s["effects"]["temp"], 0.65)
    assert close(s["effects"]["time*temp"], -0.05)
    assert close(s["coefficients"]["Ct Pt"], 40.46 - 40.425)
    table = {r["source"]: r for r in res["details"]["anova_table"]}
    assert close(table["time"]["ss"], 2.4025) and close(table["temp"]["ss"], 0.4225)
    assert close(table["time*temp"]["ss"], 0.0025)
    assert close(table["Curvature"]["ss"], 20 * 0.035**2 / 9)
    assert round(table["Curvature"]["ss"], 4) == 0.0027
    assert table["Error"]["df"] == 4 and close(table["Error"]["ss"], 0.172)
    # F_A = 2.4025/0.043 = 55.87, F_B = 9.83, F_curvature = 0.063 (published: curvature not significant)
    assert round(table["time"]["f"], 2) == 55.87 and round(table["temp"]["f"], 2) == 9.83
    assert res["interpretation_context"]["curvature_significant"] is False
    d = res["details"]["design"]
    assert d["center_points"] == 5 and d["factorial_runs"] == 4
    assert res["details"]["coding"]["time"] == {"low": "30", "center": "35", "high": "40"}
    # full_factorial and fractional_factorial take two levels only.
    with pytest.raises(StatsError, match=r"Factor time has 3 levels; a two-level design needs exactly 2\."):
        run("full_factorial", df, config)
    # A middle level that is not the midpoint is not a centre point.
    skew = df.with_columns(pl.col("time").replace(35, 36))
    with pytest.raises(StatsError, match="3 levels"):
        run("doe_analysis", skew, config)
    # A run with only one factor at its centre is refused.
    partial = df.with_columns(pl.when(pl.col("y") == 40.3).then(150).otherwise(pl.col("temp")).alias("temp"))
    with pytest.raises(StatsError, match="overall centre points"):
        run("doe_analysis", partial, config)


def test_doe_refuses_bad_factors() -> None:
    df = filtration()
    with pytest.raises(StatsError, match="at least two factor_columns"):
        run("doe_analysis", df, {"y_column": "rate", "factor_columns": ["A"]})
    with pytest.raises(StatsError, match="both the response and a factor"):
        run("doe_analysis", df, {"y_column": "rate", "factor_columns": ["A", "rate"]})
    one_level = df[df["B"] == 1]
    with pytest.raises(StatsError, match="Factor B has 1 level;"):
        run("fractional_factorial", one_level, DOE4)
    # Two factors set identically: their main effects are confounded.
    same = df.assign(E=df["A"])
    with pytest.raises(StatsError, match="main effect of E cannot be estimated"):
        run("doe_analysis", same, {"y_column": "rate", "factor_columns": ["A", "B", "C", "D", "E"]})


# --- through the HTTP API -----------------------------------------------------------------------

FILTRATION_CSV = (
    "temperature,pressure,concentration,stirring,rate\n"
    + "".join(
        f"{'high' if i & 1 else 'low'},{-1 if not i >> 1 & 1 else 1},{'4%' if i >> 2 & 1 else '2%'},"
        f"{15 if i >> 3 & 1 else 10},{y}\n"
        for i, y in enumerate(FILTRATION)
    )
).encode()


async def upload(client: httpx.AsyncClient, world: World, name: str, body: bytes) -> str:
    r = await client.post(
        f"/initiatives/{world.ini}/datasets",
        files={"file": (name, body, "text/csv")},
        headers=auth(world.member),
    )
    assert r.status_code == 202, r.text
    await world.run_jobs()
    return str(r.json()["dataset"]["id"])


async def completed(client: httpx.AsyncClient, world: World, r: httpx.Response) -> dict[str, Any]:
    assert r.status_code == 202, r.text
    await world.run_jobs()
    got = await client.get(f"/analyses/{r.json()['analysis']['id']}", headers=auth(world.member))
    a: dict[str, Any] = got.json()
    assert a["status"] == "completed", a["error_message"]
    return a


async def test_gage_and_factorial_through_the_api(client: httpx.AsyncClient, world: World) -> None:
    catalog = (
        await client.get("/stats/tests", params={"test_category": "msa,doe"}, headers=auth(world.viewer))
    ).json()
    assert [t["test_type"] for t in catalog["items"]] == [
        "msa_gage_rr",
        "full_factorial",
        "fractional_factorial",
        "doe_analysis",
    ]
    gage_ds = await upload(client, world, "gage.csv", GAGE_CSV)
    a = await completed(
        client, world,
        await analyze(client, world, gage_ds, "msa_gage_rr", y_column="measurement", part_column="part",
                      operator_column="operator", lsl=5, usl=60),
    )  # fmt: skip
    s = a["results"]["summary"]
    assert a["test_category"] == "msa"
    assert round(s["percent_study_variation"], 2) == 28.32 and s["ndc"] == 4 and s["verdict"] == "marginal"
    assert round(s["percent_tolerance"], 2) == 10.31
    assert a["charts"][0]["layout"]["title"]["text"] == "Components of variation"
    doe_ds = await upload(client, world, "filtration.csv", FILTRATION_CSV)
    factors = ["temperature", "pressure", "concentration", "stirring"]
    a = await completed(
        client, world, await analyze(client, world, doe_ds, "full_factorial", y_column="rate", factor_columns=factors)
    )  # fmt: skip
    effects = a["results"]["summary"]["effects"]
    # temperature: "high" < "low" in sorted order, so low = "high" and the sign of A flips (reported mapping).
    assert a["results"]["details"]["coding"]["temperature"] == {"low": "high", "high": "low"}
    assert close(effects["temperature"], -21.625) and close(effects["concentration"], 9.875)
    assert close(effects["stirring"], 14.625) and close(effects["temperature*concentration"], 18.125)
    assert close(a["results"]["summary"]["lenth_pse"], 2.625)
    assert a["charts"][0]["data"][0]["type"] == "bar"


async def test_factorial_refusals_through_the_api(client: httpx.AsyncClient, world: World) -> None:
    gage_ds = await upload(client, world, "gage.csv", GAGE_CSV)
    body = assert_error(
        await analyze(client, world, gage_ds, "msa_gage_rr", y_column="measurement", part_column="part"),
        422,
        field="operator_column",
    )
    assert "needs operator_column" in body["detail"]
    # A part column with 20 parts used as a DOE factor: not two levels.
    body = assert_error(
        await analyze(client, world, gage_ds, "doe_analysis", y_column="measurement", factor_columns=["operator", "part"]),
        422,
        field="factor_columns",
    )  # fmt: skip
    assert "'part' has 20 distinct values; doe_analysis needs 2 to 3" in body["detail"]
    body = assert_error(
        await analyze(client, world, gage_ds, "full_factorial", y_column="measurement", factor_columns=["operator", "part"]),
        422,
        field="factor_columns",
    )  # fmt: skip
    assert "'operator' has 3 distinct values; full_factorial needs exactly 2" in body["detail"]
    tiny = await upload(client, world, "tiny.csv", b"a,b,y\n-1,-1,1.5\n1,-1,2.5\n-1,1,3.0\n")
    body = assert_error(
        await analyze(client, world, tiny, "full_factorial", y_column="y", factor_columns=["a", "b"]), 422, field="y_column"
    )  # fmt: skip
    assert "needs at least 4" in body["detail"]
    one_operator = await upload(
        client, world, "one.csv", ("p,o,y\n" + "".join(f"{i % 5},x,{i}\n" for i in range(12))).encode()
    )
    body = assert_error(
        await analyze(client, world, one_operator, "msa_gage_rr", y_column="y", part_column="p", operator_column="o"),
        422,
        field="operator_column",
    )  # fmt: skip
    assert "at least 2" in body["detail"]
    # A fraction passes validation but full_factorial refuses it when it runs: the analysis fails with the reason.
    half = [i for i in range(16) if bin(i).count("1") % 2 == 0]
    frac_csv = ("A,B,C,D,rate\n" + "".join(
        ",".join(str(1 if i >> j & 1 else -1) for j in range(4)) + f",{FILTRATION[i]}\n" for i in half
    )).encode()  # fmt: skip
    frac = await upload(client, world, "frac.csv", frac_csv)
    r = await analyze(
        client, world, frac, "full_factorial", y_column="rate", factor_columns=["A", "B", "C", "D"]
    )
    assert r.status_code == 202, r.text
    await world.run_jobs()
    a = (await client.get(f"/analyses/{r.json()['analysis']['id']}", headers=auth(world.member))).json()
    assert a["status"] == "failed" and "Not a complete 2^4 design" in a["error_message"]
    ok = await completed(
        client, world, await analyze(client, world, frac, "fractional_factorial", y_column="rate", factor_columns=["A", "B", "C", "D"])
    )  # fmt: skip
    assert ok["results"]["details"]["design"]["defining_relation"] == "I = ABCD"
    assert close(ok["results"]["summary"]["effects"]["A*C"], -18.5)
