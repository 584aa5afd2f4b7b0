from enum import StrEnum


class Raci(StrEnum):
    ACCOUNTABLE = "accountable"
    CONSULTED = "consulted"
    INFORMED = "informed"
    RESPONSIBLE = "responsible"

    def __str__(self) -> str:
        return str(self.value)
