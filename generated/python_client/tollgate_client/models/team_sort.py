from enum import StrEnum


class TeamSort(StrEnum):
    CREATED_AT = "created_at"
    DEPARTMENT = "department"
    MEMBER_COUNT = "member_count"
    NAME = "name"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
