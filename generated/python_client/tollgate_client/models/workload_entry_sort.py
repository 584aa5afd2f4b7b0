from enum import StrEnum


class WorkloadEntrySort(StrEnum):
    ACTUAL_HOURS = "actual_hours"
    CREATED_AT = "created_at"
    HOURS_ALLOCATED = "hours_allocated"
    UPDATED_AT = "updated_at"
    WEEK_OF = "week_of"

    def __str__(self) -> str:
        return str(self.value)
