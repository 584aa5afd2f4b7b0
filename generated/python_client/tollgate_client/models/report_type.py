from enum import StrEnum


class ReportType(StrEnum):
    CLOSE_OUT = "close_out"
    EXECUTIVE_BRIEF = "executive_brief"
    INITIATIVE_REPORT = "initiative_report"
    PHASE_REPORT = "phase_report"

    def __str__(self) -> str:
        return str(self.value)
