from enum import StrEnum


class ActionSource(StrEnum):
    AI_SUGGESTED = "ai_suggested"
    GATE_REVIEW = "gate_review"
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)
