from enum import StrEnum


class PhaseStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    PENDING_REVIEW = "pending_review"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return str(self.value)
