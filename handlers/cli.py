"""Command line: ``python -m handlers.cli serve|migrate|db-url``.

``serve`` is what ``make run`` calls: it resolves the database (``DATABASE_URL``, or the embedded
PostgreSQL 16 under ``.data/pg``), applies the migrations (schema and seed), prints where the API
is and how to log in, then serves it with uvicorn.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from handlers.config import DEV_ADMIN_PASSWORD, ROOT, get_settings


def migrate(revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    # configparser interpolates %: the embedded server URL has %2F in its socket path.
    config.set_main_option("sqlalchemy.url", get_settings().database_url.replace("%", "%%"))
    command.upgrade(config, revision)


DEFAULT_SHUTDOWN_GRACE_SECONDS = 30


def shutdown_grace_seconds() -> int:
    """``TOLLGATE_SHUTDOWN_GRACE_SECONDS`` (default 30): how long a stopping server waits for the
    requests (and streams) in flight."""
    raw = os.environ.get("TOLLGATE_SHUTDOWN_GRACE_SECONDS", "")
    try:
        return max(0, int(raw)) if raw.strip() else DEFAULT_SHUTDOWN_GRACE_SECONDS
    except ValueError:
        return DEFAULT_SHUTDOWN_GRACE_SECONDS


def serve(reload: bool = False) -> None:
    import uvicorn

    settings = get_settings()
    where = (
        "DATABASE_URL"
        if settings.database_url_env
        else f"embedded PostgreSQL 16 ({settings.data_dir / 'pg'})"
    )
    print(f"Database: {where}", flush=True)
    migrate()
    base = f"http://{settings.host}:{settings.port}"
    password = settings.admin_password.get_secret_value()
    shown = password if password == DEV_ADMIN_PASSWORD else "(TOLLGATE_ADMIN_PASSWORD)"
    print(
        "\n"
        f"  Tollgate API   {base}/api/v1\n"
        f"  Docs           {base}/docs\n"
        f"  Admin login    {settings.admin_email} / {shown}\n"
        f"  Try            curl -s -X POST {base}/api/v1/auth/login -H 'Content-Type: application/json' \\\n"
        f'                   -d \'{{"email": "{settings.admin_email}", "password": "{shown}"}}\'\n',
        flush=True,
    )
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": settings.log_level.lower(),
        "access_log": False,  # our middleware logs one JSON line per request
        "proxy_headers": False,
        # On SIGTERM/SIGINT the server stops accepting connections, lets the requests and AI stream
        # turns in flight finish for up to this many seconds, then closes what is left and exits.
        "timeout_graceful_shutdown": shutdown_grace_seconds(),
    }
    if reload:
        uvicorn.run("handlers.main:app", reload=True, **options)
    else:
        graceful_server(uvicorn.Config("handlers.main:app", **options)).run()


def _graceful_server_class() -> type:
    import uvicorn

    class _GracefulServer(uvicorn.Server):
        """uvicorn closes every WebSocket with 1012 as soon as it shuts down; before that, stop
        accepting connections and let the AI stream turns in flight finish (handlers.ai_stream.drain)."""

        async def shutdown(self, sockets: list[Any] | None = None) -> None:
            from handlers import ai_stream

            for server in self.servers:
                server.close()
            await ai_stream.drain(float(self.config.timeout_graceful_shutdown or 0))
            await super().shutdown(sockets)

    return _GracefulServer


def graceful_server(config: Any) -> Any:
    """A uvicorn server that drains the AI streams first (uvicorn is imported only to serve)."""
    return _graceful_server_class()(config)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tollgate")
    sub = parser.add_subparsers(dest="command", required=True)
    p_serve = sub.add_parser("serve", help="migrate, seed and serve the API")
    p_serve.add_argument("--reload", action="store_true")
    p_migrate = sub.add_parser("migrate", help="apply migrations (default: head)")
    p_migrate.add_argument("revision", nargs="?", default="head")
    sub.add_parser("db-url", help="print the database URL (starting the embedded server if needed)")
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(reload=args.reload)
    elif args.command == "migrate":
        migrate(args.revision)
    else:
        print(get_settings().database_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
