"""Command line: ``python -m handlers.cli serve|migrate|db-url``.

``serve`` is what ``make run`` calls: it resolves the database (``DATABASE_URL``, or the embedded
PostgreSQL 16 under ``.data/pg``), applies the migrations (schema and seed), prints where the API
is and how to log in, then serves it with uvicorn.
"""

from __future__ import annotations

import argparse
import sys

from handlers.config import DEV_ADMIN_PASSWORD, ROOT, get_settings


def migrate(revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    # configparser interpolates %: the embedded server URL has %2F in its socket path.
    config.set_main_option("sqlalchemy.url", get_settings().database_url.replace("%", "%%"))
    command.upgrade(config, revision)


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
    uvicorn.run(
        "handlers.main:app",
        host=settings.host,
        port=settings.port,
        reload=reload,
        log_level=settings.log_level.lower(),
        access_log=False,  # our middleware logs one JSON line per request
        proxy_headers=False,
        timeout_graceful_shutdown=20,
    )


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
