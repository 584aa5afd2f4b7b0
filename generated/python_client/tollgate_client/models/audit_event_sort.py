from enum import StrEnum


class AuditEventSort(StrEnum):
    ACTION = "action"
    CREATED_AT = "created_at"
    ENTITY_TYPE = "entity_type"
    OCCURRED_AT = "occurred_at"

    def __str__(self) -> str:
        return str(self.value)
