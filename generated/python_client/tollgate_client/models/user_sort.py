from enum import StrEnum


class UserSort(StrEnum):
    CREATED_AT = "created_at"
    EMAIL = "email"
    FULL_NAME = "full_name"
    LAST_LOGIN_AT = "last_login_at"
    ROLE = "role"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
