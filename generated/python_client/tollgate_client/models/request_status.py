from enum import StrEnum


class RequestStatus(StrEnum):
    ACCEPTED = "accepted"
    CONVERTED = "converted"
    DECLINED = "declined"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"

    def __str__(self) -> str:
        return str(self.value)
