"""/docs and /redoc of the live API in Debian's headless Chromium (tests/docs/docs.test.mjs, driven
by playwright-core under Node's test runner): authorize with a token, execute GET /users/me, render
ReDoc, no request leaving loopback. Screenshots go to .artifacts/docs/ (git-ignored)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from handlers.config import ROOT
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("TOLLGATE_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / ".artifacts" / "docs"
SCRIPT = Path(__file__).resolve().parent / "docs.test.mjs"
EXPECTED_TESTS = 3  # the `test(...)` calls in docs.test.mjs


def missing_tools() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found: `make install-browser` (apt-get install chromium)"
    if shutil.which("node") is None:
        return "node is not installed"
    if not (ROOT / "node_modules" / "playwright-core").exists():
        return "npm tooling not installed (make install-node)"
    return None


def test_docs_render_and_execute_a_call_in_chromium(live_server: LiveServer, tmp_path: Path) -> None:
    if reason := missing_tools():
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI installs them (make test → install-browser, install-node)
        pytest.skip(reason)
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "TOLLGATE_ORIGIN": live_server.origin,
        "TOLLGATE_TOKEN": live_server.admin_token(),
        "TOLLGATE_ADMIN_EMAIL": live_server.admin_email,
        "TOLLGATE_ARTIFACTS": str(ARTIFACTS),
        "TOLLGATE_PROFILE": str(profile),
        "CHROMIUM": str(CHROMIUM),
    }
    for stale in ARTIFACTS.glob("*.png") if ARTIFACTS.exists() else []:
        stale.unlink()
    result = subprocess.run(
        ["node", "--test", "--test-reporter=spec", str(SCRIPT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, (
        f"node --test failed:\n{output}\n--- server log ---\n{live_server.log_tail()}"
    )
    counts = {
        name: int(n)
        for name, n in re.findall(r"^\S*\s*(pass|fail|cancelled|skipped|todo) (\d+)$", output, re.M)
    }
    assert counts == {"pass": EXPECTED_TESTS, "fail": 0, "cancelled": 0, "skipped": 0, "todo": 0}, output
    for name in ("swagger-ui.png", "swagger-ui-users-me.png", "redoc.png"):
        shot = ARTIFACTS / name
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert shot.stat().st_size > 10_000, f"{name} looks empty"
