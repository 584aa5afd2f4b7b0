from enum import StrEnum


class ReportStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    GENERATING = "generating"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
