"""fastapi-codegen hook (`--custom-visitor codegen/visitor.py`): adds `tollgate_routers` to the template.

fastapi-codegen loads this file without a package, so the logic lives in codegen/routes.py, imported
from the repository root. Routes name the classes of the models file datamodel-codegen wrote (enum
defaults use its member names); codegen/generate.py runs both generators at once and passes that
file's path in TOLLGATE_MODELS_PY, so this waits until the file is there.
"""

import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from codegen.routes import ContractError, build_routers, load_yaml

MODELS_TIMEOUT_S = 120.0


def _read_models() -> str:
    path = Path(os.environ.get("TOLLGATE_MODELS_PY", "generated/models.py"))
    deadline = time.monotonic() + MODELS_TIMEOUT_S
    while not path.exists():  # written atomically (os.replace) by codegen/generate.py
        if time.monotonic() > deadline:
            print(f"visitor: {path} did not appear within {MODELS_TIMEOUT_S:.0f} s", file=sys.stderr)
            raise SystemExit(2)
        time.sleep(0.02)
    return path.read_text("utf-8")


def visit(parser: Any, model_path: Path) -> dict[str, object]:
    del model_path
    source = parser.source if isinstance(parser.source, str) else Path(parser.source).read_text("utf-8")
    spec = load_yaml(source)  # the raw input, untouched by fastapi-codegen's own parser
    try:
        routers = build_routers(spec, _read_models())
    except ContractError as exc:  # one line for the author of the contract, not a traceback
        print(f"contract error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    return {"tollgate_routers": {module.tag: module for module in routers}}
