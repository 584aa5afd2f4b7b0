from enum import StrEnum


class TestCategory(StrEnum):
    CAPABILITY = "capability"
    COMPARISON = "comparison"
    CORRELATION = "correlation"
    DESCRIPTIVE = "descriptive"
    DOE = "doe"
    MSA = "msa"
    REGRESSION = "regression"
    SPC = "spc"

    def __str__(self) -> str:
        return str(self.value)
