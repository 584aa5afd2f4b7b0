from enum import StrEnum


class ArtifactStatus(StrEnum):
    COMPLETE = "complete"
    DRAFT = "draft"
    REVIEWED = "reviewed"

    def __str__(self) -> str:
        return str(self.value)
