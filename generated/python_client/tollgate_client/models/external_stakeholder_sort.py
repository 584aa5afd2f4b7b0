from enum import StrEnum


class ExternalStakeholderSort(StrEnum):
    CREATED_AT = "created_at"
    INFLUENCE = "influence"
    NAME = "name"
    ORGANIZATION = "organization"
    SUPPORT_LEVEL = "support_level"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
