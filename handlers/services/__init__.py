"""The service interfaces the API calls (DOMAIN.md, API.md "Services behind the API").

Each interface is a ``Protocol`` with a stub implementation (canned but schema-valid answers, for
front-end work and tests) and real implementations chosen by configuration:

- ``handlers.services.ai``: ``AIOrchestrator`` (``TOLLGATE_AI_ENGINE``), read from the application
  with ``ai_orchestrator(ctx)``; tests substitute a fake by setting ``app.state.ai_orchestrator``.
"""

from __future__ import annotations


class ServiceConfigurationError(RuntimeError):
    """A service is configured to an implementation that does not exist (yet) or lacks settings."""


class ServiceUnavailableError(RuntimeError):
    """A service is temporarily unreachable (handlers answer 503 and change nothing)."""
