from enum import StrEnum


class ActionClassification(StrEnum):
    ACTION_ITEM = "action_item"
    BLOCKER = "blocker"
    DECISION_NEEDED = "decision_needed"
    ESCALATION = "escalation"
    RISK = "risk"

    def __str__(self) -> str:
        return str(self.value)
