from enum import StrEnum


class SupportLevel(StrEnum):
    AGAINST = "against"
    NEUTRAL = "neutral"
    STRONGLY_AGAINST = "strongly_against"
    STRONGLY_SUPPORTIVE = "strongly_supportive"
    SUPPORTIVE = "supportive"

    def __str__(self) -> str:
        return str(self.value)
