"""The pure renderers: data dict → PDF / HTML bytes. Figures are read back from the PDFs (pypdf text
extraction), pages are rendered to images (pypdfium2) and must not be blank, user text containing
markup is printed as text, and nothing touches the network."""

from __future__ import annotations

import html.parser
import io
import socket
import urllib.request
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PIL import ImageStat
from pydantic import ValidationError

from handlers.config import Settings
from handlers.services.reports import (
    RealReportGenerator,
    StubReportGenerator,
    common,
    get_report_generator,
)
from handlers.services.reports.data import decimal_text, money_text
from tests.reports.samples import HOSTILE, sample

ARTIFACTS = Path(__file__).resolve().parents[2] / ".artifacts" / "reports"
TYPES = ["executive_brief", "initiative_report", "phase_report", "close_out"]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"network access while rendering: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


def tokens_of(content: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(content))
    return [
        line.strip() for page in reader.pages for line in page.extract_text().splitlines() if line.strip()
    ]


def rows_after(tokens: list[str], header: list[str], n: int) -> list[list[str]]:
    w = len(header)
    i = next(i for i in range(len(tokens)) if tokens[i : i + w] == header)
    body = tokens[i + w : i + w + n * w]
    return [body[k : k + w] for k in range(0, len(body), w)]


class Elements(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.references: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.references += [v or "" for k, v in attrs if k in ("src", "href", "xlink:href", "action", "data")]


def parsed(content: bytes) -> Elements:
    parser = Elements()
    parser.feed(content.decode("utf-8"))
    return parser


@pytest.mark.parametrize("report_type", TYPES)
def test_pdf_renders_and_pages_are_not_blank(report_type: str) -> None:
    content = RealReportGenerator().render(report_type, "pdf", sample(report_type))
    assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"unit-{report_type}.pdf").write_bytes(content)
    document = pdfium.PdfDocument(content)
    try:
        assert len(document) >= 1
        for n in range(len(document)):
            image = document[n].render(scale=1).to_pil()
            image.save(ARTIFACTS / f"unit-{report_type}-page{n + 1}.png")
            # A blank page has (almost) no variation; text, tables and charts give plenty.
            assert ImageStat.Stat(image.convert("L")).stddev[0] > 10
            # Colour is used (the charts): some pixels differ between the channels.
            red, _, blue = (band.tobytes() for band in image.convert("RGB").split())
            assert red != blue or report_type == "phase_report"
    finally:
        document.close()


@pytest.mark.parametrize("report_type", TYPES)
def test_html_renders_a_self_contained_document(report_type: str) -> None:
    content = RealReportGenerator().render(report_type, "html", sample(report_type))
    (ARTIFACTS / f"unit-{report_type}.html").write_bytes(content)
    text = content.decode("utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    elements = parsed(content)
    assert elements.references == []  # no src/href at all: nothing to load
    assert not {"img", "script", "link", "iframe", "object", "embed"} & set(elements.tags)
    assert "url(" not in text and "@import" not in text and "@font-face" not in text
    assert "<style>" in text and "Content-Security-Policy" in text


def test_executive_brief_pdf_shows_the_figures() -> None:
    data = sample("executive_brief")
    tokens = tokens_of(RealReportGenerator().render("executive_brief", "pdf", data))
    at = tokens.index("Portfolio")
    assert tokens[at + 1 : at + 7] == ["9", "6", "4", "2", "7", "3"]
    assert rows_after(tokens, ["Status", "Initiatives", "Share"], 5) == [
        ["Planned", "1", "11%"],
        ["Active", "4", "44%"],
        ["On hold", "1", "11%"],
        ["Completed", "2", "22%"],
        ["Cancelled", "1", "11%"],
    ]
    assert rows_after(tokens, ["Priority", "Initiatives", "Share"], 4) == [
        ["Critical", "2", "22%"],
        ["High", "3", "33%"],
        ["Medium", "3", "33%"],
        ["Low", "1", "11%"],
    ]
    assert rows_after(tokens, ["Currency", "Projected", "Actual", "Initiatives"], 2) == [
        ["EUR", "40,000.00", "12,500.50", "2"],
        ["USD", "1,250,000.00", "310,250.75", "5"],
    ]
    assert rows_after(tokens, ["Initiative", "Action", "Priority", "Owner", "Due", "Days overdue"], 1) == [
        ["INI-0101", "Calibrate gauge 7", "High", "Bo Builder", "2026-11-01", "25"]
    ]
    # The charts print their values too: the status bars 1, 4, 1, 2, 1 under their title.
    chart = tokens.index("Initiatives by status")
    assert tokens[chart + 1 : chart + 6] == ["1", "4", "1", "2", "1"]
    assert "Plant North; initiatives created 2026-01-01 to 2026-11-26" in " ".join(tokens)


def test_initiative_report_pdf_shows_metrics_and_actions() -> None:
    tokens = tokens_of(RealReportGenerator().render("initiative_report", "pdf", sample("initiative_report")))
    assert rows_after(tokens, ["Metric", "Direction", "Baseline", "Current", "Target", "Target met"], 2) == [
        ["Cycle time", "Lower is better", "12.5 days", "7.25 days", "5 days", "No"],
        ["First pass yield", "Lower is better", "81%", "93.4%", "95%", "—"],
    ]
    assert rows_after(tokens, ["Action", "Kind", "Status", "Priority", "Owner", "Due", "Overdue"], 2) == [
        ["Map the approval flow", "Action item", "Completed", "Medium", "Ada Analyst", "2026-02-20", "No"],
        ["Remove duplicate sign-off", "Blocker", "In progress", "High", "Vendor Vic", "2026-10-01", "Yes"],
    ]
    assert "statistic 3.21, p value 0.0042" in " ".join(tokens)
    assert "Vendor Vic (external)" in tokens


def test_close_out_pdf_shows_the_outcome() -> None:
    tokens = tokens_of(RealReportGenerator().render("close_out", "pdf", sample("close_out")))
    at = tokens.index("Outcome")
    assert tokens[at + 1 : at + 7] == [
        "Projected savings",
        "USD 125,000.00",
        "Actual savings",
        "USD 40,000.00",
        "Variance",
        "USD -85,000.00",
    ]


def test_html_shows_the_figures_and_svg_charts() -> None:
    text = RealReportGenerator().render("executive_brief", "html", sample("executive_brief")).decode()
    assert text.count("<svg") == 3  # status, priority, savings
    assert '<td class="num">1,250,000.00</td>' in text and '<td class="num">310,250.75</td>' in text
    assert '<tr><td>Active</td><td class="num">4</td><td class="num">44%</td></tr>' in text
    metrics = RealReportGenerator().render("initiative_report", "html", sample("initiative_report")).decode()
    assert metrics.count("<svg") == 2  # one chart per metric
    assert '<td class="num">12.5 days</td>' in metrics and '<td class="num">7.25 days</td>' in metrics


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_markup_in_user_text_is_printed_as_text(fmt: str) -> None:
    data = sample("initiative_report")
    data["title"] = f"INI-0042 {HOSTILE}"
    data["initiative"]["problem_statement"] = HOSTILE
    data["metrics"][0]["name"] = HOSTILE
    data["actions"][0]["title"] = HOSTILE
    data["stakeholders"][1]["organization"] = '<a href="https://evil.example/">Acme</a>'
    content = RealReportGenerator().render("initiative_report", fmt, data)
    if fmt == "pdf":
        text = " ".join(tokens_of(content))
        # Title and problem statement in full (narrow table cells wrap the others), never re-escaped.
        assert text.count(HOSTILE) >= 2
        # A narrow cell breaks the long word over lines; its characters are all there.
        assert '<a href="https://evil.example/">Acme</a>' in text.replace(
            'evil .example/">Acme</ a>', 'evil.example/">Acme</a>'
        )
        assert "&lt;" not in text and "&amp;" not in text
        return
    elements = parsed(content)
    assert elements.references == []
    assert not {"img", "b", "font", "a"} & set(elements.tags)
    escaped = "&lt;img src=&#34;http://169.254.169.254/x&#34;&gt; &lt;b&gt;bold&lt;/b&gt; &amp; &lt;font size=40&gt;"
    assert content.decode().count(escaped) >= 4  # <title>, <h1>, problem statement, table rows, chart label


def test_stub_generator_says_it_is_the_stub() -> None:
    stub = StubReportGenerator()
    tokens = tokens_of(stub.render("close_out", "pdf", {"title": "INI-0042 close-out"}))
    assert tokens[:2] == ["Stub report generator: close_out", "INI-0042 close-out"]
    page = stub.render("phase_report", "html", {"title": HOSTILE}).decode()
    assert "Stub report generator: phase_report" in page and "<img" not in page and "&lt;img" in page


def test_the_setting_chooses_the_generator() -> None:
    assert isinstance(get_report_generator(Settings(TOLLGATE_REPORT_ENGINE="stub")), StubReportGenerator)
    assert isinstance(get_report_generator(Settings()), RealReportGenerator)
    with pytest.raises(ValidationError, match="TOLLGATE_REPORT_ENGINE"):
        Settings(TOLLGATE_REPORT_ENGINE="fancy")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("125000.00", "125,000.00"),
        ("-85000.00", "-85,000.00"),
        ("0.00", "0.00"),
        ("7.25", "7.25"),
        (None, "—"),
    ],
)
def test_grouped_keeps_every_digit(value: str | None, shown: str) -> None:
    assert common.grouped(value) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Decimal("12.50"), "12.5"), (Decimal("1E+2"), "100"), (Decimal("-0.0"), "0"), (None, None)],
)
def test_decimal_text(value: Decimal | None, shown: str | None) -> None:
    assert decimal_text(value) == shown


def test_money_text_has_cents() -> None:
    assert money_text(Decimal("55000.5")) == "55000.50" and money_text(None) is None


@pytest.mark.parametrize("report_type", ["initiative_report", "phase_report", "close_out"])
def test_texts_longer_than_a_page_split_across_pages(report_type: str) -> None:
    data = sample(report_type)
    data["initiative"]["problem_statement"] = "word " * 2000  # the contract's 10,000 characters
    data["initiative"]["business_case"] = "x" * 10000  # one unbreakable word
    data["phases"][0]["gate_reviews"][0]["comments"] = "comment " * 1250
    if report_type == "phase_report":
        data["phase"]["gate_notes"] = "note " * 2000
    content = RealReportGenerator().render(report_type, "pdf", data)
    assert len(pypdf.PdfReader(io.BytesIO(content)).pages) >= 3


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_an_empty_portfolio_renders(fmt: str) -> None:
    data = sample("executive_brief")
    data["totals"] = dict.fromkeys(data["totals"], 0)
    data["by_status"] = dict.fromkeys(data["by_status"], 0)
    data["by_priority"] = dict.fromkeys(data["by_priority"], 0)
    data["by_health"] = dict.fromkeys(data["by_health"], 0)
    data["savings"], data["top_initiatives"], data["overdue_actions"] = [], [], []
    content = RealReportGenerator().render("executive_brief", fmt, data)
    if fmt == "pdf":
        tokens = tokens_of(content)
        assert "No initiative in scope has savings recorded." in tokens and "No overdue actions." in tokens
        assert rows_after(tokens, ["Status", "Initiatives", "Share"], 1) == [["Planned", "0", "0%"]]
    else:
        assert "No initiatives in scope." in content.decode()
