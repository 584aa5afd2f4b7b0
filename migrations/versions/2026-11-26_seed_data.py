"""seed data: the default admin (from settings) and, when enabled, the sample portfolio.

- The admin is ``TOLLGATE_ADMIN_EMAIL`` / ``TOLLGATE_ADMIN_PASSWORD``. In production this refuses to
  run with the development default password.
- The sample (handlers/seed.py: users of every role, teams, requests, initiatives with their phases,
  actions, metrics, notes, workload) is inserted when ``Settings.seed_sample_data`` is true (the
  default outside production). A caller may decide instead with
  ``Config.attributes["sample_data"] = True | False`` (tests do).

Downgrade deletes exactly the seeded rows (their ids are fixed, see ``handlers.seed.seed_id``).

Revision ID: bd9a126d67d5
Revises: 2ec098f9726a
Create Date: 2026-11-26 05:54:16.906244+00:00
"""

from collections.abc import Sequence

from alembic import context, op

from handlers import seed
from handlers.config import DEV_ADMIN_PASSWORD, get_settings
from handlers.security import hash_password

revision: str = "bd9a126d67d5"
down_revision: str | Sequence[str] | None = "2ec098f9726a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if context.is_offline_mode():
        raise RuntimeError("The seed needs a database connection: run `alembic upgrade` online.")
    settings = get_settings()
    admin_password = settings.admin_password.get_secret_value()
    if settings.env == "production" and admin_password == DEV_ADMIN_PASSWORD:
        raise RuntimeError(
            "Refusing to create the admin with the development password: set TOLLGATE_ADMIN_PASSWORD."
        )
    sample = context.config.attributes.get("sample_data", settings.seed_sample_data)

    connection = op.get_bind()
    seed.insert_rows(connection, seed.admin_rows(settings.admin_email, hash_password(admin_password)))
    if sample:
        seed.insert_rows(connection, seed.sample_rows())


def downgrade() -> None:
    seed.delete_rows(op.get_bind())
