from enum import StrEnum


class LivenessState(StrEnum):
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
