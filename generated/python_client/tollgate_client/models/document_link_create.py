from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.document_type import DocumentType
from ..models.phase_name import PhaseName
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentLinkCreate")


@_attrs_define
class DocumentLinkCreate:
    """application/json: a link to a document kept elsewhere (SharePoint, Drive, …). Only https URLs are
    accepted. `phase` must be a phase of the initiative's methodology (422); null/absent = no phase.

        Example:
            {'name': 'Current approval SOP', 'document_type': 'sop', 'external_url': 'https://intranet.example.com/sop/ap-
                approval.pdf', 'phase': 'measure'}

        Attributes:
            name (str):
            document_type (DocumentType):
            external_url (str): An absolute https URL (no whitespace).
            phase (None | PhaseName | Unset):
    """

    name: str
    document_type: DocumentType
    external_url: str
    phase: None | PhaseName | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        document_type = self.document_type.value

        external_url = self.external_url

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, PhaseName):
            phase = self.phase.value
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "document_type": document_type,
                "external_url": external_url,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        document_type = DocumentType(d.pop("document_type"))

        external_url = d.pop("external_url")

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

        document_link_create = cls(
            name=name,
            document_type=document_type,
            external_url=external_url,
            phase=phase,
        )

        return document_link_create
