from enum import StrEnum


class AnalysisSort(StrEnum):
    CREATED_AT = "created_at"
    RUN_AT = "run_at"
    STATUS = "status"
    TEST_TYPE = "test_type"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
