from enum import StrEnum


class ProfileStatus(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    PROFILED = "profiled"

    def __str__(self) -> str:
        return str(self.value)
