"""The contract operations whose handler still raises ``NotImplementedYet`` (answers 501).

One list for every test that must skip them (the Schemathesis contract test, the fuzz run, and
tests/test_not_implemented.py). Remove an operationId here when its handler is implemented: the
contract test then covers it.
"""

from __future__ import annotations

NOT_IMPLEMENTED: frozenset[str] = frozenset()  # every operation of the contract is implemented
