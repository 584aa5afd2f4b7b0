from enum import StrEnum


class AgentType(StrEnum):
    CHART_AGENT = "chart_agent"
    DATA_AGENT = "data_agent"
    DMAIC_COACH = "dmaic_coach"
    ORCHESTRATOR = "orchestrator"
    REPORT_AGENT = "report_agent"
    STATS_ADVISOR = "stats_advisor"
    TRIAGE = "triage"

    def __str__(self) -> str:
        return str(self.value)
