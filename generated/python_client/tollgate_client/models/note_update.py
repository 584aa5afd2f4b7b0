from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.note_type import NoteType
from ..models.phase_name import PhaseName
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteUpdate")


@_attrs_define
class NoteUpdate:
    """Partial update; only the fields sent change. The author never changes.

    Example:
        {'note_type': 'blocker'}

    Attributes:
        content (str | Unset):
        note_type (NoteType | Unset):
        phase (None | PhaseName | Unset):
    """

    content: str | Unset = UNSET
    note_type: NoteType | Unset = UNSET
    phase: None | PhaseName | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        note_type: str | Unset = UNSET
        if not isinstance(self.note_type, Unset):
            note_type = self.note_type.value

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, PhaseName):
            phase = self.phase.value
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if note_type is not UNSET:
            field_dict["note_type"] = note_type
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        _note_type = d.pop("note_type", UNSET)
        note_type: NoteType | Unset
        if isinstance(_note_type, Unset):
            note_type = UNSET
        else:
            note_type = NoteType(_note_type)

        def _parse_phase(data: object) -> None | PhaseName | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = PhaseName(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhaseName | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        note_update = cls(
            content=content,
            note_type=note_type,
            phase=phase,
        )

        return note_update
