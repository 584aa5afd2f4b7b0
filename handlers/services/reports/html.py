"""HTML reports: Jinja2 templates (autoescaped) with inline CSS and inline SVG charts.

The documents reference nothing outside themselves (no remote images, stylesheets, fonts or
scripts), and every user-provided string is escaped: a title such as ``<img src="http://…">`` is
shown as text. A Content-Security-Policy meta tag forbids loading anything external even if a
viewer's browser were handed markup by some other route.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from handlers.services.reports import common

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _num(value: float) -> str:
    return f"{value:.1f}"


def bar_chart(
    bars: Sequence[tuple[str, float]],
    *,
    title: str,
    width: int = 340,
    height: int = 200,
    color: str | None = None,
) -> Markup:
    """A vertical bar chart of (label, value) as an inline SVG, value printed above each bar."""
    left, bottom, top = 30, 40, 24
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max([v for _, v in bars] + [0.0]) or 1.0
    step = plot_w / max(1, len(bars))
    bar_w = step * 0.6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f'<text x="{width / 2:.1f}" y="14" text-anchor="middle" class="ct">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#555"/>',
    ]
    for n, (name, value) in enumerate(bars):
        h = plot_h * (value / peak) if value > 0 else 0.0
        x = left + n * step + (step - bar_w) / 2
        y = top + plot_h - h
        fill = color or common.PALETTE[n % len(common.PALETTE)]
        parts.append(
            f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(bar_w)}" height="{_num(h)}" fill="{fill}"/>'
        )
        shown = f"{value:g}"
        parts.append(
            f'<text x="{_num(x + bar_w / 2)}" y="{_num(y - 3)}" text-anchor="middle">{escape(shown)}</text>'
        )
        parts.append(
            f'<text x="{_num(x + bar_w / 2)}" y="{top + plot_h + 14}" text-anchor="middle">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text in it was escaped above


def grouped_bar_chart(
    groups: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    *,
    title: str,
    width: int = 340,
    height: int = 200,
) -> Markup:
    """Bars side by side per group (e.g. projected vs actual per currency), with a legend."""
    left, bottom, top = 30, 48, 24
    plot_w, plot_h = width - left - 10, height - bottom - top
    values = [v for _, vs in groups for v in vs if v is not None]
    peak = max([abs(v) for v in values] + [0.0]) or 1.0
    step = plot_w / max(1, len(groups))
    bar_w = step * 0.7 / max(1, len(series))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f'<text x="{width / 2:.1f}" y="14" text-anchor="middle" class="ct">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#555"/>',
    ]
    for g, (name, vs) in enumerate(groups):
        x0 = left + g * step + step * 0.15
        for s, value in enumerate(vs):
            if value is None:
                continue
            h = plot_h * (max(value, 0.0) / peak)
            x = x0 + s * bar_w
            fill = common.SERIES.get(series[s], common.PALETTE[s % len(common.PALETTE)])
            parts.append(
                f'<rect x="{_num(x)}" y="{_num(top + plot_h - h)}" width="{_num(bar_w * 0.92)}" '
                f'height="{_num(h)}" fill="{fill}"/>'
            )
        parts.append(
            f'<text x="{_num(left + g * step + step / 2)}" y="{top + plot_h + 14}" '
            f'text-anchor="middle">{escape(name)}</text>'
        )
    for s, name in enumerate(series):
        fill = common.SERIES.get(name, common.PALETTE[s % len(common.PALETTE)])
        x = left + s * 90
        parts.append(f'<rect x="{x}" y="{height - 14}" width="10" height="10" fill="{fill}"/>')
        parts.append(f'<text x="{x + 14}" y="{height - 5}">{escape(common.label(name))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text in it was escaped above


def pairs(counts: dict[str, int]) -> list[tuple[str, float]]:
    """An enum-keyed counts dict as chart bars (label, value)."""
    return [(common.label(k), float(v)) for k, v in counts.items()]


def metric_chart(metric: dict[str, Any]) -> Markup:
    chart = metric["chart"]
    values = [chart.get("baseline"), chart.get("current"), chart.get("target")]
    return grouped_bar_chart(
        [(str(metric["name"])[:40], values)],
        ["baseline", "current", "target"],
        title=str(metric["name"])[:60],
        width=300,
        height=180,
    )


def savings_chart(savings: Sequence[dict[str, Any]]) -> Markup:
    return grouped_bar_chart(
        [(str(s["currency"]), [float(s["projected"]), float(s["actual"])]) for s in savings],
        ["projected", "actual"],
        title="Savings: projected vs actual",
    )


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        label=common.label,
        text=common.text,
        money=common.money,
        grouped=common.grouped,
        metric_value=common.metric_value,
        target_text=common.target_text,
        met=common.met_text,
        summary_text=common.summary_text,
    )
    env.globals.update(
        bar_chart=bar_chart,
        pairs=pairs,
        metric_chart=metric_chart,
        savings_chart=savings_chart,
        percent=common.percent,
        scope_line=common.scope_line,
        report_titles=common.REPORT_TITLES,
    )
    return env


def render_html(report_type: str, data: dict[str, Any]) -> bytes:
    """The report as a complete UTF-8 HTML document."""
    template = environment().get_template(f"{report_type}.html")
    return template.render(data=data, report_type=report_type).encode("utf-8")
