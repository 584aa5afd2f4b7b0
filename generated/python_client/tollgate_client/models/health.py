from enum import StrEnum


class Health(StrEnum):
    AT_RISK = "at_risk"
    BLOCKED = "blocked"
    ON_TRACK = "on_track"

    def __str__(self) -> str:
        return str(self.value)
