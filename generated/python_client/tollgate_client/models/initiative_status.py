from enum import StrEnum


class InitiativeStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    ON_HOLD = "on_hold"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
