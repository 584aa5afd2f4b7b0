from enum import StrEnum


class CapabilityDistribution(StrEnum):
    AUTO = "auto"
    EXPONENTIAL = "exponential"
    GAMMA = "gamma"
    LOGNORMAL = "lognormal"
    WEIBULL = "weibull"

    def __str__(self) -> str:
        return str(self.value)
