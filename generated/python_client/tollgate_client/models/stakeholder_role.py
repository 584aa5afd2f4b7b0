from enum import StrEnum


class StakeholderRole(StrEnum):
    COACH = "coach"
    CONTRIBUTOR = "contributor"
    FINANCE_REVIEWER = "finance_reviewer"
    GATE_REVIEWER = "gate_reviewer"
    INFORMED = "informed"
    LEAD = "lead"
    PROCESS_OWNER = "process_owner"
    SME = "sme"
    SPONSOR = "sponsor"

    def __str__(self) -> str:
        return str(self.value)
