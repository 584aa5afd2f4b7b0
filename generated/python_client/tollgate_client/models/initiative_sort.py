from enum import StrEnum


class InitiativeSort(StrEnum):
    CREATED_AT = "created_at"
    INITIATIVE_NUMBER = "initiative_number"
    PRIORITY = "priority"
    STATUS = "status"
    TARGET_COMPLETION = "target_completion"
    TITLE = "title"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
