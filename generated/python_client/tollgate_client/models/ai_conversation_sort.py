from enum import StrEnum


class AIConversationSort(StrEnum):
    CREATED_AT = "created_at"
    LAST_MESSAGE_AT = "last_message_at"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
