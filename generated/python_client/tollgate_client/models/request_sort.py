from enum import StrEnum


class RequestSort(StrEnum):
    COMPLEXITY_SCORE = "complexity_score"
    CREATED_AT = "created_at"
    REQUEST_NUMBER = "request_number"
    STATUS = "status"
    SUBMITTED_AT = "submitted_at"
    TITLE = "title"
    UPDATED_AT = "updated_at"
    URGENCY = "urgency"

    def __str__(self) -> str:
        return str(self.value)
