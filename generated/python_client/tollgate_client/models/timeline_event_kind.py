from enum import StrEnum


class TimelineEventKind(StrEnum):
    AUDIT = "audit"
    NOTE = "note"

    def __str__(self) -> str:
        return str(self.value)
