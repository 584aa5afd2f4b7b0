from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CurrentPhaseCounts")


@_attrs_define
class CurrentPhaseCounts:
    """Initiatives per current phase (every phase name of every methodology, and `complete`).

    Attributes:
        define (int):
        measure (int):
        analyze (int):
        improve (int):
        control (int):
        design (int):
        verify (int):
        prepare (int):
        execute (int):
        sustain (int):
        background (int):
        current_condition (int):
        goal (int):
        root_cause (int):
        countermeasures (int):
        implementation (int):
        follow_up (int):
        plan (int):
        do (int):
        study (int):
        act (int):
        implement (int):
        complete (int):
    """

    define: int
    measure: int
    analyze: int
    improve: int
    control: int
    design: int
    verify: int
    prepare: int
    execute: int
    sustain: int
    background: int
    current_condition: int
    goal: int
    root_cause: int
    countermeasures: int
    implementation: int
    follow_up: int
    plan: int
    do: int
    study: int
    act: int
    implement: int
    complete: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        define = self.define

        measure = self.measure

        analyze = self.analyze

        improve = self.improve

        control = self.control

        design = self.design

        verify = self.verify

        prepare = self.prepare

        execute = self.execute

        sustain = self.sustain

        background = self.background

        current_condition = self.current_condition

        goal = self.goal

        root_cause = self.root_cause

        countermeasures = self.countermeasures

        implementation = self.implementation

        follow_up = self.follow_up

        plan = self.plan

        do = self.do

        study = self.study

        act = self.act

        implement = self.implement

        complete = self.complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "define": define,
                "measure": measure,
                "analyze": analyze,
                "improve": improve,
                "control": control,
                "design": design,
                "verify": verify,
                "prepare": prepare,
                "execute": execute,
                "sustain": sustain,
                "background": background,
                "current_condition": current_condition,
                "goal": goal,
                "root_cause": root_cause,
                "countermeasures": countermeasures,
                "implementation": implementation,
                "follow_up": follow_up,
                "plan": plan,
                "do": do,
                "study": study,
                "act": act,
                "implement": implement,
                "complete": complete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        define = d.pop("define")

        measure = d.pop("measure")

        analyze = d.pop("analyze")

        improve = d.pop("improve")

        control = d.pop("control")

        design = d.pop("design")

        verify = d.pop("verify")

        prepare = d.pop("prepare")

        execute = d.pop("execute")

        sustain = d.pop("sustain")

        background = d.pop("background")

        current_condition = d.pop("current_condition")

        goal = d.pop("goal")

        root_cause = d.pop("root_cause")

        countermeasures = d.pop("countermeasures")

        implementation = d.pop("implementation")

        follow_up = d.pop("follow_up")

        plan = d.pop("plan")

        do = d.pop("do")

        study = d.pop("study")

        act = d.pop("act")

        implement = d.pop("implement")

        complete = d.pop("complete")

        current_phase_counts = cls(
            define=define,
            measure=measure,
            analyze=analyze,
            improve=improve,
            control=control,
            design=design,
            verify=verify,
            prepare=prepare,
            execute=execute,
            sustain=sustain,
            background=background,
            current_condition=current_condition,
            goal=goal,
            root_cause=root_cause,
            countermeasures=countermeasures,
            implementation=implementation,
            follow_up=follow_up,
            plan=plan,
            do=do,
            study=study,
            act=act,
            implement=implement,
            complete=complete,
        )

        current_phase_counts.additional_properties = d
        return current_phase_counts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
