from enum import StrEnum


class MetricValueSort(StrEnum):
    CREATED_AT = "created_at"
    PERIOD_START = "period_start"
    VALUE = "value"

    def __str__(self) -> str:
        return str(self.value)
