from enum import StrEnum


class NoteType(StrEnum):
    BLOCKER = "blocker"
    DECISION = "decision"
    GATE_REVIEW = "gate_review"
    GENERAL = "general"
    MEETING_NOTES = "meeting_notes"
    STATUS_UPDATE = "status_update"

    def __str__(self) -> str:
        return str(self.value)
