"""PDF reports with reportlab platypus: headings, tables, paragraphs and reportlab.graphics charts.

Every user-provided string goes through ``para`` (escaped for reportlab's paragraph mini-markup,
so ``<img src=…>``, ``<a href=…>`` or ``<font>`` in a title is printed, never interpreted) or is
drawn as plain chart text. Nothing is ever loaded from a URL: no images are placed at all, and the
fonts are the Bitstream Vera TTFs shipped inside reportlab (embedded in the PDF, so the output
looks the same everywhere and covers Latin-1 text).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab  # type: ignore[import-untyped]
from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.charts.legends import Legend  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from handlers.services.reports import common

FONT, BOLD = "TollgateVera", "TollgateVera-Bold"
ACCENT = colors.HexColor("#2f5d8a")
GRID = colors.HexColor("#c9d3de")
HEAD_BG = colors.HexColor("#eef3f8")
PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
WIDTH = PAGE_W - 2 * MARGIN


@cache
def _fonts() -> None:
    folder = Path(reportlab.__file__).resolve().parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))


@cache
def _styles() -> dict[str, ParagraphStyle]:
    _fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "body": body,
        "kind": ParagraphStyle("kind", parent=body, fontSize=8.5, textColor=ACCENT),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        "meta": ParagraphStyle("meta", parent=body, fontSize=8.5, textColor=colors.HexColor("#555555")),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_num": ParagraphStyle(
            "cell_num", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        "head_num": ParagraphStyle(
            "head_num",
            parent=body,
            fontName=BOLD,
            fontSize=8.5,
            leading=10.5,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "empty": ParagraphStyle("empty", parent=body, textColor=colors.HexColor("#777777")),
        "kpi": ParagraphStyle("kpi", parent=body, fontName=BOLD, fontSize=15, leading=18, spaceAfter=0),
    }


def para(value: Any, style: str = "body") -> Paragraph:
    """User text as a paragraph: escaped for reportlab's mini-markup, newlines kept."""
    text = escape(common.text(value)).replace("\n", "<br/>")
    return Paragraph(text, _styles()[style])


def heading(value: str, level: int = 2) -> list[Flowable]:
    return [CondPageBreak(30 * mm), para(value, f"h{level}")]


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    width: float = WIDTH,
) -> Table:
    """A grid with a repeated header row; every cell a paragraph (text wraps, markup is escaped)."""
    total = sum(widths)
    col_widths = [width * w / total for w in widths]
    data = [[para(h, "head_num" if n in numeric else "head") for n, h in enumerate(header)]]
    data += [[para(v, "cell_num" if n in numeric else "cell") for n, v in enumerate(row)] for row in rows]
    result = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return result


def fields(pairs: Sequence[tuple[str, Any]]) -> Table:
    data = [[para(name, "head"), para(value, "cell")] for name, value in pairs]
    result = Table(data, colWidths=[38 * mm, WIDTH - 38 * mm], splitInRow=1)
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return result


# --- charts ---------------------------------------------------------------------------------------


def _clip(value: str, n: int) -> str:
    return value if len(value) <= n else value[: n - 1] + "…"


def bar_chart(
    bars: Sequence[tuple[str, float]], *, title: str, width: float = 85 * mm, height: float = 62 * mm
) -> Drawing:
    """One series of bars, each labelled with its value."""
    _fonts()
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height - 11, title, fontName=BOLD, fontSize=9, textAnchor="middle"))
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 26
    chart.width, chart.height = width - 36, height - 52
    chart.data = [tuple(float(v) for _, v in bars) or (0.0,)]
    chart.categoryAxis.categoryNames = [_clip(name, 12) for name, _ in bars] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max([v for _, v in bars] + [0.0])
    chart.valueAxis.valueMax = max(1.0, peak * 1.15)
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.bars.strokeColor = None
    for n in range(len(bars)):
        chart.bars[(0, n)].fillColor = colors.HexColor(common.PALETTE[n % len(common.PALETTE)])
    drawing.add(chart)
    return drawing


def grouped_chart(
    groups: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    *,
    title: str,
    width: float = 85 * mm,
    height: float = 62 * mm,
    value_format: str | Callable[[float], str] = "%g",
) -> Drawing:
    """Several series side by side per group (projected vs actual; baseline, current, target)."""
    _fonts()
    drawing = Drawing(width, height)
    drawing.add(
        String(width / 2, height - 11, _clip(title, 48), fontName=BOLD, fontSize=9, textAnchor="middle")
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = width - 44, height - 60
    chart.data = [tuple(vs[s] for _, vs in groups) for s in range(len(series))]
    chart.categoryAxis.categoryNames = [_clip(name, 16) for name, _ in groups]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    values = [v for _, vs in groups for v in vs if v is not None]
    low = min([0.0, *values])
    chart.valueAxis.valueMin = low * 1.15 if low < 0 else 0
    chart.valueAxis.valueMax = max(1.0, max([0.0, *values]) * 1.18)
    chart.barLabelFormat = value_format
    chart.valueAxis.labelTextFormat = _axis_label
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.bars.strokeColor = None
    chart.groupSpacing = 8
    legend = Legend()
    legend.x, legend.y = 34, 12
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = min(62, (width - 40) / max(1, len(series)))
    legend.colorNamePairs = []
    for s, name in enumerate(series):
        color = colors.HexColor(common.SERIES.get(name, common.PALETTE[s % len(common.PALETTE)]))
        chart.bars[s].fillColor = color
        legend.colorNamePairs.append((color, common.label(name)))
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def _axis_label(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def savings_chart(savings: Sequence[dict[str, Any]], title: str = "Savings: projected vs actual") -> Drawing:
    return grouped_chart(
        [(str(s["currency"]), [float(s["projected"]), float(s["actual"])]) for s in savings],
        ["projected", "actual"],
        title=title,
        value_format=_thousands,
    )


def metric_chart(metric: dict[str, Any]) -> Drawing:
    chart = metric["chart"]
    return grouped_chart(
        [(str(metric.get("unit") or ""), [chart.get("baseline"), chart.get("current"), chart.get("target")])],
        ["baseline", "current", "target"],
        title=str(metric["name"]),
        width=58 * mm,
        height=52 * mm,
    )


def tiles(drawings: Sequence[Any], per_row: int) -> Table:
    rows: list[list[Any]] = [list(drawings[n : n + per_row]) for n in range(0, len(drawings), per_row)]
    for row in rows:
        row.extend([""] * (per_row - len(row)))
    result = Table(rows, colWidths=[WIDTH / per_row] * per_row)
    result.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return result


# --- sections -------------------------------------------------------------------------------------


def _summary(i: dict[str, Any]) -> Table:
    return table(
        ["Status", "Priority", "Health", "Methodology", "Current phase", "Team", "Lead"],
        [
            [
                common.label(i["status"]),
                common.label(i["priority"]),
                common.label(i["health"]),
                (i["methodology"] or "").upper(),
                common.label(i["current_phase"]),
                i["team"],
                i["lead"],
            ]
        ],
        [1, 1, 1, 1.3, 1.3, 1.4, 1.4],
    )


def _charter(i: dict[str, Any]) -> list[Flowable]:
    currency = i["currency"]
    return [
        *heading("Charter"),
        fields(
            [
                ("Problem", i["problem_statement"]),
                ("Goal", i["goal_statement"]),
                ("Desired outcome", i["desired_outcome"]),
                ("Scope", i["scope"]),
                ("Out of scope", i["out_of_scope"]),
                ("Business case", i["business_case"]),
                ("Type", common.label(i["initiative_type"])),
                ("Sponsor", i["sponsor"]),
                ("Process owner", i["process_owner"]),
                ("Start", i["start_date"]),
                ("Target completion", i["target_completion"]),
                ("Actual completion", i["actual_completion"]),
                ("Projected savings", common.money(i["projected_savings"], currency)),
                ("Actual savings", common.money(i["actual_savings"], currency)),
                ("Projected impact", i["projected_impact"]),
                ("Actual impact", i["actual_impact"]),
            ]
        ),
    ]


def _phases(rows: Sequence[dict[str, Any]]) -> list[Flowable]:
    out: list[Flowable] = [
        *heading("Phases and gates"),
        table(
            ["#", "Phase", "Status", "Gate decision", "Due", "Completed", "Completeness"],
            [
                [
                    p["order"],
                    common.label(p["name"]),
                    common.label(p["status"]),
                    common.label(p["gate_decision"]),
                    p["due_date"],
                    p["completed_at"],
                    f"{p['completeness_score']}%",
                ]
                for p in rows
            ],
            [0.4, 1.3, 1.2, 1.4, 1.1, 1.1, 1.3],
            numeric=(6,),
        ),
    ]
    reviews = [(p, r) for p in rows for r in p["gate_reviews"]]
    if reviews:
        out += [
            para("Gate reviews", "h3"),
            table(
                ["Phase", "Attempt", "Decision", "Reviewer", "Date", "Comments"],
                [
                    [
                        common.label(p["name"]),
                        r["attempt"],
                        common.label(r["decision"]),
                        r["reviewer"],
                        r["decided_at"],
                        (r["comments"] or "—")
                        + (f" (conditions: {r['conditions']})" if r["conditions"] else ""),
                    ]
                    for p, r in reviews
                ],
                [1.1, 0.9, 1.4, 1.3, 1.2, 3],
            ),
        ]
    return out


def _metrics(rows: Sequence[dict[str, Any]]) -> list[Flowable]:
    out = heading("Metrics: baseline vs current")
    if not rows:
        return [*out, para("No metrics recorded.", "empty")]
    out.append(
        table(
            ["Metric", "Direction", "Baseline", "Current", "Target", "Target met"],
            [
                [
                    m["name"],
                    common.label(m["direction"]),
                    common.metric_value(m["baseline"], m["unit"]),
                    common.metric_value(m["current"], m["unit"]),
                    common.target_text(m),
                    common.met_text(m["target_met"]),
                ]
                for m in rows
            ],
            [2.6, 1.6, 1.2, 1.2, 1.2, 1.2],
            numeric=(2, 3, 4),
        )
    )
    charts = [metric_chart(m) for m in rows[:12] if any(v is not None for v in m["chart"].values())]
    if charts:
        out.append(tiles(charts, 3))
    return out


def _actions(rows: Sequence[dict[str, Any]], counts: dict[str, int] | None) -> list[Flowable]:
    out = heading("Actions")
    if counts:
        out.append(
            para(
                f"{counts['total']} in total: {counts['open']} open, {counts['completed']} completed, "
                f"{counts['cancelled']} cancelled.",
                "meta",
            )
        )
    if not rows:
        return [*out, para("No actions.", "empty")]
    out.append(
        table(
            ["Action", "Kind", "Status", "Priority", "Owner", "Due", "Overdue"],
            [
                [
                    a["title"],
                    common.label(a["classification"]),
                    common.label(a["status"]),
                    common.label(a["priority"]),
                    a["owner"],
                    a["due_date"],
                    "Yes" if a["overdue"] else "No",
                ]
                for a in rows
            ],
            [2.6, 1.1, 1.2, 0.9, 1.4, 1.1, 1.0],
        )
    )
    return out


def _stakeholders(rows: Sequence[dict[str, Any]]) -> list[Flowable]:
    out = heading("Stakeholders")
    if not rows:
        return [*out, para("No stakeholders recorded.", "empty")]
    out.append(
        table(
            ["Name", "Role", "RACI", "Influence", "Support", "Organization"],
            [
                [
                    s["name"] + (" (external)" if s["kind"] == "external" else ""),
                    common.label(s["role"]),
                    common.label(s["raci"]),
                    common.label(s["influence"]),
                    common.label(s["support_level"]),
                    s["organization"],
                ]
                for s in rows
            ],
            [2, 1.3, 1.1, 1, 1.4, 1.6],
        )
    )
    return out


def _analyses(rows: Sequence[dict[str, Any]]) -> list[Flowable]:
    out = heading("Analyses")
    if not rows:
        return [*out, para("No analyses.", "empty")]
    out.append(
        table(
            ["Test", "Category", "Status", "Phase", "Dataset", "Run", "Result"],
            [
                [
                    common.label(a["test_type"]),
                    common.label(a["test_category"]),
                    common.label(a["status"]),
                    common.label(a["phase"]),
                    a["dataset"],
                    a["run_at"],
                    common.summary_text(a["summary"]),
                ]
                for a in rows
            ],
            [1.5, 1.2, 1.2, 0.9, 1.3, 1.2, 2.4],
        )
    )
    return out


# --- the reports ----------------------------------------------------------------------------------


def _executive_brief(data: dict[str, Any]) -> list[Flowable]:
    t = data["totals"]
    kpis = [
        ("Initiatives", t["initiatives"]),
        ("Open", t["open"]),
        ("Active", t["active"]),
        ("Completed", t["completed"]),
        ("Open actions", t["open_actions"]),
        ("Overdue actions", t["overdue_actions"]),
    ]
    kpi_table = Table(
        [[para(v, "kpi") for _, v in kpis], [para(k, "meta") for k, _ in kpis]], colWidths=[WIDTH / 6] * 6
    )
    kpi_table.setStyle(
        TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID)])
    )

    def breakdown(name: str, counts: dict[str, int], width: float = WIDTH / 2 - 4 * mm) -> Table:
        return table(
            [name, "Initiatives", "Share"],
            [[common.label(k), v, common.percent(v, t["initiatives"])] for k, v in counts.items()],
            [2, 1, 1],
            numeric=(1, 2),
            width=width,
        )

    def pairs(counts: dict[str, int]) -> list[tuple[str, float]]:
        return [(common.label(k), float(v)) for k, v in counts.items()]

    out: list[Flowable] = [
        *heading("Portfolio"),
        kpi_table,
        *heading("Status and priority"),
        tiles(
            [
                bar_chart(pairs(data["by_status"]), title="Initiatives by status"),
                bar_chart(pairs(data["by_priority"]), title="Initiatives by priority"),
            ],
            2,
        ),
        tiles([breakdown("Status", data["by_status"]), breakdown("Priority", data["by_priority"])], 2),
        Spacer(1, 4),
        breakdown("Health", data["by_health"], WIDTH),
        *heading("Savings: projected vs actual"),
    ]
    savings = data["savings"]
    if savings:
        out += [
            table(
                ["Currency", "Projected", "Actual", "Initiatives"],
                [
                    [
                        s["currency"],
                        common.grouped(s["projected"]),
                        common.grouped(s["actual"]),
                        s["initiatives"],
                    ]
                    for s in savings
                ],
                [1, 2, 2, 1],
                numeric=(1, 2, 3),
            ),
            savings_chart(savings),
        ]
    else:
        out.append(para("No initiative in scope has savings recorded.", "empty"))

    out += heading("Top initiatives")
    if data["top_initiatives"]:
        out.append(
            table(
                ["Initiative", "Title", "Status", "Priority", "Lead", "Projected", "Actual"],
                [
                    [
                        i["number"],
                        i["title"],
                        common.label(i["status"]),
                        common.label(i["priority"]),
                        i["lead"],
                        common.money(i["projected_savings"], i["currency"]),
                        common.money(i["actual_savings"], i["currency"]),
                    ]
                    for i in data["top_initiatives"]
                ],
                [1.2, 2.6, 1.2, 1.0, 1.4, 1.7, 1.7],
                numeric=(5, 6),
            )
        )
    else:
        out.append(para("No initiatives in scope.", "empty"))

    out += heading("Overdue actions")
    overdue = data["overdue_actions"]
    if overdue:
        out.append(
            table(
                ["Initiative", "Action", "Priority", "Owner", "Due", "Days overdue"],
                [
                    [
                        a["initiative_number"],
                        a["title"],
                        common.label(a["priority"]),
                        a["owner"],
                        a["due_date"],
                        a["days_overdue"],
                    ]
                    for a in overdue
                ],
                [1.2, 2.9, 1.0, 1.4, 1.2, 1.5],
                numeric=(5,),
            )
        )
        if t["overdue_actions"] > len(overdue):
            out.append(para(f"The {len(overdue)} most overdue of {t['overdue_actions']}.", "meta"))
    else:
        out.append(para("No overdue actions.", "empty"))
    return out


def _initiative_report(data: dict[str, Any]) -> list[Flowable]:
    i = data["initiative"]
    return [
        _summary(i),
        *_charter(i),
        *_phases(data["phases"]),
        *_metrics(data["metrics"]),
        *_actions(data["actions"], data["action_counts"]),
        *_stakeholders(data["stakeholders"]),
        *_analyses(data["analyses"]),
    ]


def _phase_report(data: dict[str, Any]) -> list[Flowable]:
    p = data["phase"]
    out: list[Flowable] = [
        _summary(data["initiative"]),
        *heading(f"{common.label(p['name'])} phase"),
        fields(
            [
                ("Status", common.label(p["status"])),
                ("Gate decision", common.label(p["gate_decision"])),
                ("Due", p["due_date"]),
                ("Started", p["started_at"]),
                ("Completed", p["completed_at"]),
                ("Completeness", f"{p['completeness_score']}%"),
                ("Gate notes", p["gate_notes"]),
            ]
        ),
        *_phases([p]),
        *heading("Artifacts"),
    ]
    if data["artifacts"]:
        out.append(
            table(
                ["Artifact", "Type", "Status", "Version", "Updated"],
                [
                    [
                        a["title"],
                        common.label(a["artifact_type"]),
                        common.label(a["status"]),
                        a["version"],
                        a["updated_at"],
                    ]
                    for a in data["artifacts"]
                ],
                [3, 1.8, 1, 0.8, 1.1],
                numeric=(3,),
            )
        )
    else:
        out.append(para("No artifacts in this phase.", "empty"))
    return [*out, *_actions(data["actions"], data["action_counts"]), *_analyses(data["analyses"])]


def _close_out(data: dict[str, Any]) -> list[Flowable]:
    i, o = data["initiative"], data["outcome"]
    currency = i["currency"]
    out: list[Flowable] = [
        _summary(i),
        *heading("Outcome"),
        fields(
            [
                ("Projected savings", common.money(o["projected_savings"], currency)),
                ("Actual savings", common.money(o["actual_savings"], currency)),
                ("Variance", common.money(o["savings_variance"], currency)),
                ("Metrics on target", f"{o['metrics_met']} of {o['metrics_with_target']}"),
                ("Phases completed", f"{o['phases_completed']} of {o['phases_total']}"),
                ("Actual completion", i["actual_completion"]),
                ("Actual impact", i["actual_impact"]),
            ]
        ),
    ]
    if o["projected_savings"] is not None or o["actual_savings"] is not None:
        out.append(
            KeepTogether(
                savings_chart(
                    [
                        {
                            "currency": currency,
                            "projected": o["projected_savings"] or "0",
                            "actual": o["actual_savings"] or "0",
                        }
                    ]
                )
            )
        )
    return [
        *out,
        *_charter(i),
        *_metrics(data["metrics"]),
        *_phases(data["phases"]),
        *_actions(data["actions"], data["action_counts"]),
        *_stakeholders(data["stakeholders"]),
    ]


BUILDERS: dict[str, Callable[[dict[str, Any]], list[Flowable]]] = {
    "executive_brief": _executive_brief,
    "initiative_report": _initiative_report,
    "phase_report": _phase_report,
    "close_out": _close_out,
}


def render_pdf(report_type: str, data: dict[str, Any]) -> bytes:
    """The report as a PDF (A4), with a title block and a page footer."""
    _fonts()
    kind = common.REPORT_TITLES[report_type]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{kind}: {data['title']}",
        author="Tollgate",
        subject=kind,
        creator="Tollgate",
        invariant=True,
    )
    footer = f"Tollgate · {kind} · generated {data['generated_at']} UTC"

    def on_page(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(MARGIN, MARGIN - 2 * mm, footer)
        canvas.drawRightString(PAGE_W - MARGIN, MARGIN - 2 * mm, f"Page {document.page}")
        canvas.restoreState()

    meta = f"Generated {data['generated_at']} (UTC)"
    if report_type == "executive_brief":
        meta += f" · {common.scope_line(data['scope'])}"
    elif report_type == "phase_report":
        meta += f" · {data['initiative']['number']} {data['initiative']['title']}"
    story: list[Flowable] = [
        para(f"TOLLGATE · {kind.upper()}", "kind"),
        para(data["title"], "title"),
        para(meta, "meta"),
        Spacer(1, 4 * mm),
        *BUILDERS[report_type](data),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
