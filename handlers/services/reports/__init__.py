"""The ReportGenerator interface, its stub and its real implementation (chosen by TOLLGATE_REPORT_ENGINE).

A generator is pure: ``render(report_type, format, data) -> bytes`` turns the dict that
``handlers.services.reports.data`` gathered from the database into a document. It fetches nothing
(no database, no network): user text is escaped, and no remote image, stylesheet or font is ever
referenced.

- ``real`` (default): HTML from Jinja2 templates with inline CSS and SVG charts
  (``html.py``, ``templates/``); PDF with reportlab platypus and reportlab.graphics charts (``pdf.py``).
- ``stub``: a small valid PDF or HTML page saying it is the stub, with the report's title; for demos
  and UI work.
"""

from __future__ import annotations

import io
from html import escape
from typing import Any, Protocol

from generated.models import ReportFormat, ReportType
from handlers.config import Settings

__all__ = [
    "MEDIA_TYPES",
    "RealReportGenerator",
    "ReportGenerator",
    "StubReportGenerator",
    "get_report_generator",
]

MEDIA_TYPES = {ReportFormat.pdf: "application/pdf", ReportFormat.html: "text/html; charset=utf-8"}


class ReportGenerator(Protocol):
    def render(
        self, report_type: ReportType | str, format: ReportFormat | str, data: dict[str, Any]
    ) -> bytes:
        """The report as PDF or UTF-8 HTML bytes."""
        ...


class RealReportGenerator:
    def render(
        self, report_type: ReportType | str, format: ReportFormat | str, data: dict[str, Any]
    ) -> bytes:
        kind = ReportType(report_type).value
        if ReportFormat(format) == ReportFormat.html:
            from handlers.services.reports.html import render_html

            return render_html(kind, data)
        from handlers.services.reports.pdf import render_pdf

        return render_pdf(kind, data)


class StubReportGenerator:
    """Canned output: one page naming the report type and title, marked as the stub."""

    def render(
        self, report_type: ReportType | str, format: ReportFormat | str, data: dict[str, Any]
    ) -> bytes:
        kind = ReportType(report_type).value
        title = str(data.get("title") or kind)
        line = f"Stub report generator: {kind}"
        if ReportFormat(format) == ReportFormat.html:
            return (
                '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                f"<title>{escape(line)}</title></head><body><h1>{escape(line)}</h1>"
                f"<p>{escape(title)}</p><p>TOLLGATE_REPORT_ENGINE=stub renders no figures.</p></body></html>"
            ).encode()
        from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
        from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=True)
        canvas.setTitle(line)
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, 770, line)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 745, title.encode("latin-1", "replace").decode("latin-1")[:100])
        canvas.drawString(72, 725, "TOLLGATE_REPORT_ENGINE=stub renders no figures.")
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def get_report_generator(settings: Settings) -> ReportGenerator:
    """The generator named by ``settings.report_engine`` (``TOLLGATE_REPORT_ENGINE``)."""
    if settings.report_engine == "stub":
        return StubReportGenerator()
    return RealReportGenerator()
