from enum import StrEnum


class GateReviewDecision(StrEnum):
    APPROVED = "approved"
    CONDITIONALLY_APPROVED = "conditionally_approved"
    ON_HOLD = "on_hold"
    REJECTED = "rejected"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
