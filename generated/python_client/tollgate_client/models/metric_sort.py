from enum import StrEnum


class MetricSort(StrEnum):
    CATEGORY = "category"
    CREATED_AT = "created_at"
    CURRENT_AS_OF = "current_as_of"
    NAME = "name"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
