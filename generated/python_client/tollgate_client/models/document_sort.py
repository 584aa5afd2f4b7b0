from enum import StrEnum


class DocumentSort(StrEnum):
    CREATED_AT = "created_at"
    DOCUMENT_TYPE = "document_type"
    NAME = "name"
    SIZE_BYTES = "size_bytes"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
