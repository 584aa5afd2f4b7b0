#!/usr/bin/env bash
# Installs exactly what the lock files say: uv (into .uv/), then the Python environment (.venv/,
# from uv.lock) and, with --node, the npm tooling (node_modules/, from package-lock.json).
# Idempotent and quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  local c v
  # 3.12: pgserver, the embedded PostgreSQL, ships wheels for CPython 3.12 only.
  for c in "${PYTHON:-}" python3.12 python3 "$HOME"/.pyenv/versions/3.12*/bin/python3 \
           /usr/local/bin/python3.12 /usr/bin/python3.12; do
    [ -n "$c" ] || continue
    command -v "$c" >/dev/null 2>&1 || [ -x "$c" ] || continue
    v=$("$c" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
    case "$v" in 3.12) command -v "$c" 2>/dev/null || echo "$c"; return 0 ;; esac
  done
  return 1
}

PY=$(find_python) || { echo "bootstrap: Python 3.12 is required (set PYTHON=/path/to/python3.12)" >&2; exit 1; }

if [ ! -x .uv/bin/uv ]; then
  echo "bootstrap: installing uv with $PY"
  "$PY" -m venv .uv
  .uv/bin/pip install --quiet --disable-pip-version-check 'uv==0.13.9'
fi

stamp=.venv/.synced
if [ ! -f "$stamp" ] || [ uv.lock -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "bootstrap: syncing .venv from uv.lock"
  UV_PYTHON="$PY" .uv/bin/uv sync --frozen --quiet
  touch "$stamp"
fi

if [ "${1:-}" = "--node" ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "bootstrap: installing npm tooling from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
