from enum import StrEnum


class MetricCategory(StrEnum):
    COST = "cost"
    DELIVERY = "delivery"
    PEOPLE = "people"
    QUALITY = "quality"
    SAFETY = "safety"

    def __str__(self) -> str:
        return str(self.value)
