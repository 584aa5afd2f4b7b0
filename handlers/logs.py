"""Logging: one JSON object per line on stderr for the ``tollgate`` loggers."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any


class JsonFields(dict[str, Any]):
    """A log message that is a JSON object: ``JsonLines`` merges its fields as they are (no
    encoding and decoding again); any other formatter sees its JSON text."""

    def __str__(self) -> str:
        return json.dumps(self, default=str)


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any]
        if isinstance(record.msg, JsonFields) and not record.args:
            payload = record.msg
        else:
            try:
                payload = json.loads(record.getMessage())
                if not isinstance(payload, dict):
                    payload = {"message": payload}
            except ValueError:
                payload = {"message": record.getMessage()}
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            **payload,
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure(level: str) -> None:
    logger = logging.getLogger("tollgate")
    logger.setLevel(level.upper())
    if not any(getattr(h, "_tollgate", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonLines())
        handler._tollgate = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.propagate = False
