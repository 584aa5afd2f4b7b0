from enum import StrEnum


class ReportSort(StrEnum):
    CREATED_AT = "created_at"
    GENERATED_AT = "generated_at"
    REPORT_TYPE = "report_type"
    STATUS = "status"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
