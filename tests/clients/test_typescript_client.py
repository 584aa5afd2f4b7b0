"""The generated TypeScript client against the live API: tests/clients/ts/client.test.ts, compiled
with tsc (type-checked against generated/client) and run with Node's test runner."""

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

NODE_MODULES = ROOT / "node_modules"
TS_DIR = Path(__file__).resolve().parent / "ts"
EXPECTED_TESTS = 8  # the `test(...)` calls in client.test.ts


def node_tooling() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not (NODE_MODULES / ".bin" / "tsc").exists() or not (NODE_MODULES / "@types" / "node").exists():
        return "npm tooling not installed (make install-node)"
    return None


def compile_tests(out: Path) -> Path:
    result = subprocess.run(
        [str(NODE_MODULES / ".bin" / "tsc"), "-p", str(TS_DIR / "tsconfig.json"), "--outDir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"tsc failed:\n{result.stdout}{result.stderr}"
    compiled = out / "tests" / "clients" / "ts" / "client.test.js"
    assert compiled.exists(), sorted(str(p) for p in out.rglob("*.js"))
    return compiled


def test_typescript_client_against_the_live_api(live_server: LiveServer, tmp_path: Path) -> None:
    if reason := node_tooling():
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    compiled = compile_tests(tmp_path / "js")
    env = {
        **os.environ,
        "NODE_PATH": str(NODE_MODULES),  # the compiled files live outside the repository
        "NO_COLOR": "1",
        "TOLLGATE_API_URL": live_server.api_url,
        "TOLLGATE_ADMIN_EMAIL": live_server.admin_email,
        "TOLLGATE_ADMIN_PASSWORD": live_server.admin_password,
        "TOLLGATE_TEST_RUN": tmp_path.name.replace("_", "-"),
    }
    result = subprocess.run(
        ["node", "--enable-source-maps", "--test", "--test-reporter=spec", str(compiled)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    failed = f"node --test failed:\n{output}\n--- server log ---\n{live_server.log_tail()}"
    assert result.returncode == 0, failed
    counts = {
        name: int(n)
        for name, n in re.findall(r"^\S*\s*(pass|fail|cancelled|skipped|todo) (\d+)$", output, re.M)
    }
    assert counts == {"pass": EXPECTED_TESTS, "fail": 0, "cancelled": 0, "skipped": 0, "todo": 0}, output
