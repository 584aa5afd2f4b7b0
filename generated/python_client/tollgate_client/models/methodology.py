from enum import StrEnum


class Methodology(StrEnum):
    A3 = "a3"
    DMADV = "dmadv"
    DMAIC = "dmaic"
    JUST_DO_IT = "just_do_it"
    KAIZEN = "kaizen"
    PDSA = "pdsa"

    def __str__(self) -> str:
        return str(self.value)
