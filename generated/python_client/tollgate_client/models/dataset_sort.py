from enum import StrEnum


class DatasetSort(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    ROW_COUNT = "row_count"
    SIZE_BYTES = "size_bytes"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
