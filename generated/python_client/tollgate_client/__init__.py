"""A client library for accessing Tollgate API"""

from .client import AuthenticatedClient, Client
from .errors import ApiError, unwrap

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "unwrap",
)
