"""The generated Python client is imported the way other services use it: as the top-level package
`tollgate_client` of the project in generated/python_client/ (`pip install generated/python_client`)."""

from __future__ import annotations

import sys

from handlers.config import ROOT

PYTHON_CLIENT = ROOT / "generated" / "python_client"
if str(PYTHON_CLIENT) not in sys.path:
    sys.path.insert(0, str(PYTHON_CLIENT))
