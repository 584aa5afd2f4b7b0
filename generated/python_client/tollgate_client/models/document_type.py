from enum import StrEnum


class DocumentType(StrEnum):
    CHARTER = "charter"
    DATA = "data"
    PRESENTATION = "presentation"
    REFERENCE = "reference"
    REPORT = "report"
    REQUIREMENTS = "requirements"
    SOP = "sop"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
