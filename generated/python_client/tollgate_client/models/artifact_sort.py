from enum import StrEnum


class ArtifactSort(StrEnum):
    ARTIFACT_TYPE = "artifact_type"
    CREATED_AT = "created_at"
    STATUS = "status"
    TITLE = "title"
    UPDATED_AT = "updated_at"
    VERSION = "version"

    def __str__(self) -> str:
        return str(self.value)
