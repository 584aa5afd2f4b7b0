from enum import StrEnum


class CorrelationMethod(StrEnum):
    KENDALL = "kendall"
    PEARSON = "pearson"
    SPEARMAN = "spearman"

    def __str__(self) -> str:
        return str(self.value)
