from enum import StrEnum


class StakeholderSort(StrEnum):
    CREATED_AT = "created_at"
    FULL_NAME = "full_name"
    INFLUENCE = "influence"
    RACI = "raci"
    ROLE = "role"
    SUPPORT_LEVEL = "support_level"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
