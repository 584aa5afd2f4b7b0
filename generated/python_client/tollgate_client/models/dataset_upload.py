from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.phase_name import PhaseName
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="DatasetUpload")


@_attrs_define
class DatasetUpload:
    """The multipart/form-data body of an upload. `file` is a CSV (UTF-8, comma, semicolon or tab separated,
    first row = column names) or an XLSX workbook (first sheet, first row = column names); the server
    decides by the content, not by the file name or the part's Content-Type (anything else is 415).
    The size cap is configurable (`UPLOAD_MAX_BYTES`, default 100 MB = 104857600 bytes); a larger file
    is 413 and nothing is stored.

        Attributes:
            file (File): The file's bytes. Its name (from the part's filename) is kept as `original_filename`.
            name (str | Unset): Display name; defaults to the original file name without its extension.
            description (str | Unset):
            phase (PhaseName | Unset): A phase name of any methodology.
    """

    file: File
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    phase: PhaseName | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        name = self.name

        description = self.description

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.phase, Unset):
            files.append(("phase", (None, str(self.phase.value).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _phase = d.pop("phase", UNSET)
        phase: PhaseName | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = PhaseName(_phase)

        dataset_upload = cls(
            file=file,
            name=name,
            description=description,
            phase=phase,
        )

        return dataset_upload
