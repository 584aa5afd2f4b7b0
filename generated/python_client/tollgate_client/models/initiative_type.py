from enum import StrEnum


class InitiativeType(StrEnum):
    COST_REDUCTION = "cost_reduction"
    EFFICIENCY = "efficiency"
    EXPERIENCE = "experience"
    PROCESS_IMPROVEMENT = "process_improvement"
    QUALITY = "quality"
    SAFETY = "safety"

    def __str__(self) -> str:
        return str(self.value)
