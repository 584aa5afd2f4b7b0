from enum import StrEnum


class AuditAction(StrEnum):
    CREATE = "create"
    DELETE = "delete"
    GATE_DECISION = "gate_decision"
    STATUS_CHANGE = "status_change"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
