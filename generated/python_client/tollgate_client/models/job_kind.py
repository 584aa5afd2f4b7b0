from enum import StrEnum


class JobKind(StrEnum):
    ANALYSIS_RUN = "analysis_run"
    DATASET_PROFILE = "dataset_profile"
    REPORT_GENERATION = "report_generation"

    def __str__(self) -> str:
        return str(self.value)
