from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.document_type import DocumentType
from ..models.phase_name import PhaseName
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="DocumentUpload")


@_attrs_define
class DocumentUpload:
    """multipart/form-data upload of one file. Accepted (by content, not only by extension; 415 otherwise):
    PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), CSV, plain text / Markdown, PNG and JPEG.
    Larger than the configured limit (default 50 MB) is 413 and nothing is stored. The server records
    original_filename, mime_type, size_bytes and sha256 and stores the file under a generated key.
    `name` defaults to the original filename. `phase` must be a phase of the initiative's methodology (422).

        Attributes:
            file (File): The file's bytes.
            document_type (DocumentType):
            name (str | Unset):
            phase (PhaseName | Unset): A phase name of any methodology.
    """

    file: File
    document_type: DocumentType
    name: str | Unset = UNSET
    phase: PhaseName | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        document_type = self.document_type.value

        name = self.name

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "document_type": document_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("document_type", (None, str(self.document_type.value).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.phase, Unset):
            files.append(("phase", (None, str(self.phase.value).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        document_type = DocumentType(d.pop("document_type"))

        name = d.pop("name", UNSET)

        _phase = d.pop("phase", UNSET)
        phase: PhaseName | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = PhaseName(_phase)

        document_upload = cls(
            file=file,
            document_type=document_type,
            name=name,
            phase=phase,
        )

        return document_upload
