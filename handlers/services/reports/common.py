"""Formatting shared by the HTML and PDF renderers (pure functions of the data dict's values)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

DASH = "—"
PALETTE = ("#2f5d8a", "#e08a2c", "#4c9a6a", "#b94a48", "#7a6bb0", "#8c8c8c", "#c9a227")
SERIES = {
    "projected": "#9dbbd6",
    "actual": "#2f5d8a",
    "baseline": "#a7a7a7",
    "current": "#2f5d8a",
    "target": "#4c9a6a",
}

REPORT_TITLES = {
    "executive_brief": "Executive brief",
    "initiative_report": "Initiative report",
    "phase_report": "Phase report",
    "close_out": "Close-out report",
}


def label(value: Any) -> str:
    """An enum value as words: ``on_hold`` → ``On hold``; None → a dash."""
    if value is None or value == "":
        return DASH
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]


def text(value: Any) -> str:
    return DASH if value is None or value == "" else str(value)


def grouped(value: str | None) -> str:
    """A decimal string with thousands separators, digits unchanged (``125000.00`` → ``125,000.00``)."""
    if value is None:
        return DASH
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    places = -number.as_tuple().exponent if isinstance(number.as_tuple().exponent, int) else 0
    return f"{number:,.{max(0, int(places))}f}"


def money(value: str | None, currency: str | None) -> str:
    return DASH if value is None else f"{currency or ''} {grouped(value)}".strip()


def metric_value(value: str | None, unit: str | None) -> str:
    if value is None:
        return DASH
    if unit in ("%",):
        return f"{value}%"
    return f"{value} {unit}" if unit and unit not in ("count",) else value


def percent(part: int, total: int) -> str:
    return f"{(100 * part / total):.0f}%" if total else "0%"


def scope_line(scope: dict[str, Any]) -> str:
    team = scope.get("team") or "All teams"
    start, end = scope.get("date_from"), scope.get("date_to")
    if start and end:
        period = f"initiatives created {start} to {end}"
    elif start:
        period = f"initiatives created from {start}"
    elif end:
        period = f"initiatives created up to {end}"
    else:
        period = "all initiatives"
    return f"{team}; {period}"


def target_text(metric: dict[str, Any]) -> str:
    unit = metric.get("unit")
    if metric.get("target") is not None:
        return metric_value(metric["target"], unit)
    low, high = metric.get("target_lower"), metric.get("target_upper")
    if low is not None or high is not None:
        return f"{text(low)} – {text(high)}" + (f" {unit}" if unit and unit != "%" else "")
    return DASH


def met_text(value: bool | None) -> str:
    return DASH if value is None else ("Yes" if value else "No")


def summary_text(summary: dict[str, Any]) -> str:
    parts = []
    for key, value in summary.items():
        shown = f"{value:.4g}" if isinstance(value, float) else str(value)
        parts.append(f"{key.replace('_', ' ')} {shown}")
    return ", ".join(parts) or DASH
