from enum import StrEnum


class NoteSort(StrEnum):
    CREATED_AT = "created_at"
    NOTE_TYPE = "note_type"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
