from enum import StrEnum


class JobSubjectType(StrEnum):
    ANALYSIS = "analysis"
    DATASET = "dataset"
    REPORT = "report"

    def __str__(self) -> str:
        return str(self.value)
