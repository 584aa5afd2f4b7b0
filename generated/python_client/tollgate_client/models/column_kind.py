from enum import StrEnum


class ColumnKind(StrEnum):
    CATEGORICAL = "categorical"
    CONTINUOUS = "continuous"
    DATETIME = "datetime"
    DISCRETE = "discrete"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
