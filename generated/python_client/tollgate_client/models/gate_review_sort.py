from enum import StrEnum


class GateReviewSort(StrEnum):
    ATTEMPT = "attempt"
    CREATED_AT = "created_at"
    DECIDED_AT = "decided_at"

    def __str__(self) -> str:
        return str(self.value)
