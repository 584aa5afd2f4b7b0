"""Contains shared errors types that can be raised from API functions"""

import json
from typing import Any, TypeVar, cast

from .models.error_body import Error
from .models.field_error import FieldError
from .types import Response, Unset

T = TypeVar("T")


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ApiError(Exception):
    """An answer that is not 2xx. `error`, `detail`, `status_code` and `fields` come from the
    contract's Error body; without one (a proxy's page, an empty 502) `error` is "unknown"."""

    def __init__(self, status_code: int, body: Error | None, content: bytes):
        self.status_code = status_code
        self.body = body
        self.content = content
        if body is not None:
            message = f"{status_code} {body.error.value}: {body.detail}"
        else:
            message = f"HTTP {status_code}: {content[:200].decode(errors='replace')}"
        super().__init__(message)

    @property
    def error(self) -> str:
        return self.body.error.value if self.body is not None else "unknown"

    @property
    def detail(self) -> str:
        return self.body.detail if self.body is not None else self.content.decode(errors="replace")

    @property
    def fields(self) -> list[FieldError]:
        """The rejected fields of a 422 (`loc`, `msg`); empty otherwise."""
        if self.body is None or isinstance(self.body.fields, Unset):
            return []
        return self.body.fields

    @classmethod
    def from_response(cls, response: Response[Any]) -> "ApiError":
        body = response.parsed if isinstance(response.parsed, Error) else None
        if body is None:
            try:
                data = json.loads(response.content)
                body = Error.from_dict(data) if isinstance(data, dict) else None
            except (ValueError, KeyError, TypeError):
                body = None
        return cls(int(response.status_code), body, response.content)


def unwrap(response: Response[T | Error]) -> T:
    """The parsed body of a 2xx answer (of `*.sync_detailed` / `*.asyncio_detailed`); an ApiError
    carrying the Error body otherwise."""
    if 200 <= response.status_code < 300 and not isinstance(response.parsed, Error):
        return cast(T, response.parsed)
    raise ApiError.from_response(response)


__all__ = ["ApiError", "UnexpectedStatus", "unwrap"]
