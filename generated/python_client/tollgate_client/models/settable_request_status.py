from enum import StrEnum


class SettableRequestStatus(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    UNDER_REVIEW = "under_review"

    def __str__(self) -> str:
        return str(self.value)
