from enum import StrEnum


class MetricFrequency(StrEnum):
    AD_HOC = "ad_hoc"
    DAILY = "daily"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    WEEKLY = "weekly"
    YEARLY = "yearly"

    def __str__(self) -> str:
        return str(self.value)
