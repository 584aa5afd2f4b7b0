from enum import StrEnum


class InitialInitiativeStatus(StrEnum):
    ACTIVE = "active"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
