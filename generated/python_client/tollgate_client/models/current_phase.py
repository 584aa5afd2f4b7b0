from enum import StrEnum


class CurrentPhase(StrEnum):
    ACT = "act"
    ANALYZE = "analyze"
    BACKGROUND = "background"
    COMPLETE = "complete"
    CONTROL = "control"
    COUNTERMEASURES = "countermeasures"
    CURRENT_CONDITION = "current_condition"
    DEFINE = "define"
    DESIGN = "design"
    DO = "do"
    EXECUTE = "execute"
    FOLLOW_UP = "follow_up"
    GOAL = "goal"
    IMPLEMENT = "implement"
    IMPLEMENTATION = "implementation"
    IMPROVE = "improve"
    MEASURE = "measure"
    PLAN = "plan"
    PREPARE = "prepare"
    ROOT_CAUSE = "root_cause"
    STUDY = "study"
    SUSTAIN = "sustain"
    VERIFY = "verify"

    def __str__(self) -> str:
        return str(self.value)
