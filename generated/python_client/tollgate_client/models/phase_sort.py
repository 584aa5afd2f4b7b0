from enum import StrEnum


class PhaseSort(StrEnum):
    COMPLETED_AT = "completed_at"
    CREATED_AT = "created_at"
    DUE_DATE = "due_date"
    PHASE_ORDER = "phase_order"
    STARTED_AT = "started_at"

    def __str__(self) -> str:
        return str(self.value)
