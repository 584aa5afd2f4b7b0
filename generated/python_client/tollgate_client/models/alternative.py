from enum import StrEnum


class Alternative(StrEnum):
    GREATER = "greater"
    LESS = "less"
    TWO_SIDED = "two_sided"

    def __str__(self) -> str:
        return str(self.value)
