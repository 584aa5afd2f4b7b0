from enum import StrEnum


class TeamMemberSort(StrEnum):
    CREATED_AT = "created_at"
    EMAIL = "email"
    FULL_NAME = "full_name"
    JOINED_AT = "joined_at"
    ROLE_IN_TEAM = "role_in_team"

    def __str__(self) -> str:
        return str(self.value)
