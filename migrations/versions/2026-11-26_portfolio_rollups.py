"""portfolio roll-ups: counts and sums of live initiatives kept by triggers, for the dashboard.

GET /dashboards/portfolio scanned every live initiative (about 1.2 s at 1M, see 13fa772e09b9). It now
sums a few thousand roll-up rows:
- ``portfolio_rollup_totals`` (team × dimension value): status, priority, current_phase,
  methodology, health, currency (with the savings sums), the started and completed months, and open
  action items per due month: the dashboard without a creation-date filter (and with team_id);
- ``portfolio_rollups`` (UTC creation month × team × dimension value, the same but started and
  completed): whole months of a creation-date filter (partial months at either end are counted from
  the base table, as before);
- ``portfolio_action_due_days`` (due day × team × creation month): open action items due this month
  before today, for the overdue count (earlier months come from the due-month rows).
- ``initiative_list_counts`` (team × status × priority × methodology × health × initiative_type):
  the exact total of GET /initiatives when it filters on these columns only (no count(*) over
  every matching row: at 1M, ~130k rows for status=active,on_hold&priority=high).

Maintenance, in the writing transaction (so the roll-ups are always exact):
- ``tollgate_portfolio_initiatives`` AFTER INSERT OR UPDATE ON initiatives: subtracts the old row's
  contribution and adds the new one's (a soft-delete or restore is a change of ``deleted_at``); when
  the team, the creation month or liveness changes, the initiative's open action items move too;
- ``tollgate_portfolio_initiatives_delete`` BEFORE DELETE ON initiatives: subtracts the row and its
  open action items (their cascaded deletes then find no initiative and change nothing);
- ``tollgate_portfolio_actions`` AFTER INSERT OR UPDATE OR DELETE ON action_items: the open item's
  due month and day under its initiative's key, when that initiative is live. It takes FOR SHARE on
  the initiative, so a concurrent change of the initiative's team, creation month or liveness waits
  (or is waited for) instead of moving the items under a stale key.
Each change is one ``INSERT … ON CONFLICT DO UPDATE`` per table with its rows in key order (concurrent writers
lock roll-up rows in the same order). Rows that fall to zero are kept.

``tollgate_portfolio_rollups_rebuild()`` recomputes the three tables from the base tables: the backfill
below, and bulk loads that bypass triggers (``session_replication_role = replica``), e.g. bench/seed.py.
Measured at 1M initiatives: see bench/README.md.

Revision ID: 20261126rollup
Revises: 13fa772e09b9
Create Date: 2026-11-26 09:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "20261126rollup"
down_revision: str | Sequence[str] | None = "13fa772e09b9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# One live initiative's own rows (none when deleted), each counted ``sign`` times.
ROWS_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_rows(i initiatives, sign integer)
RETURNS TABLE (team_key uuid, created_month date, dimension text, value text, initiatives bigint,
               projected_savings numeric, actual_savings numeric, with_savings bigint)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT COALESCE(i.team_id, '00000000-0000-0000-0000-000000000000'::uuid),
           date_trunc('month', i.created_at AT TIME ZONE 'UTC')::date,
           d.dimension,
           d.value,
           sign::bigint,
           CASE WHEN d.dimension = 'currency' THEN sign * COALESCE(i.projected_savings, 0) ELSE 0 END,
           CASE WHEN d.dimension = 'currency' THEN sign * COALESCE(i.actual_savings, 0) ELSE 0 END,
           CASE WHEN d.dimension = 'currency'
                     AND (i.projected_savings IS NOT NULL OR i.actual_savings IS NOT NULL)
                THEN sign::bigint ELSE 0 END
    FROM (VALUES ('currency', i.currency::text),
                 ('status', i.status),
                 ('priority', i.priority),
                 ('current_phase', i.current_phase),
                 ('methodology', i.methodology),
                 ('health', i.health),
                 ('started', to_char(COALESCE(i.start_date, (i.created_at AT TIME ZONE 'UTC')::date), 'YYYY-MM')),
                 ('completed', to_char(i.actual_completion, 'YYYY-MM'))) AS d (dimension, value)
    WHERE i.deleted_at IS NULL AND d.value IS NOT NULL
$$
"""

# Apply delta rows (summed per key, in key order) to each table.
APPLY_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_apply(deltas jsonb) RETURNS void
LANGUAGE sql
AS $$
    INSERT INTO portfolio_rollup_totals AS r
        (team_key, dimension, value, initiatives, projected_savings, actual_savings, with_savings)
    SELECT d.team_key, d.dimension, d.value, sum(d.initiatives), sum(d.projected_savings),
           sum(d.actual_savings), sum(d.with_savings)
    FROM jsonb_to_recordset(deltas) AS d (team_key uuid, dimension text, value text, initiatives bigint,
                                         projected_savings numeric, actual_savings numeric, with_savings bigint)
    GROUP BY d.team_key, d.dimension, d.value
    HAVING sum(d.initiatives) <> 0 OR sum(d.projected_savings) <> 0 OR sum(d.actual_savings) <> 0
        OR sum(d.with_savings) <> 0
    ORDER BY d.team_key, d.dimension, d.value
    ON CONFLICT (team_key, dimension, value) DO UPDATE
    SET initiatives = r.initiatives + excluded.initiatives,
        projected_savings = r.projected_savings + excluded.projected_savings,
        actual_savings = r.actual_savings + excluded.actual_savings,
        with_savings = r.with_savings + excluded.with_savings;

    INSERT INTO portfolio_rollups AS r
        (created_month, team_key, dimension, value, initiatives, projected_savings, actual_savings, with_savings)
    SELECT d.created_month, d.team_key, d.dimension, d.value, sum(d.initiatives), sum(d.projected_savings),
           sum(d.actual_savings), sum(d.with_savings)
    FROM jsonb_to_recordset(deltas) AS d (team_key uuid, created_month date, dimension text, value text,
                                         initiatives bigint, projected_savings numeric,
                                         actual_savings numeric, with_savings bigint)
    WHERE d.dimension NOT IN ('started', 'completed')
    GROUP BY d.created_month, d.team_key, d.dimension, d.value
    HAVING sum(d.initiatives) <> 0 OR sum(d.projected_savings) <> 0 OR sum(d.actual_savings) <> 0
        OR sum(d.with_savings) <> 0
    ORDER BY d.created_month, d.team_key, d.dimension, d.value
    ON CONFLICT (created_month, team_key, dimension, value) DO UPDATE
    SET initiatives = r.initiatives + excluded.initiatives,
        projected_savings = r.projected_savings + excluded.projected_savings,
        actual_savings = r.actual_savings + excluded.actual_savings,
        with_savings = r.with_savings + excluded.with_savings
$$
"""

APPLY_DAYS_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_apply_days(deltas jsonb) RETURNS void
LANGUAGE sql
AS $$
    INSERT INTO portfolio_action_due_days AS r (due_date, team_key, created_month, open_actions)
    SELECT d.due_date, d.team_key, d.created_month, sum(d.n)
    FROM jsonb_to_recordset(deltas) AS d (due_date date, team_key uuid, created_month date, n bigint)
    GROUP BY d.due_date, d.team_key, d.created_month
    HAVING sum(d.n) <> 0
    ORDER BY d.due_date, d.team_key, d.created_month
    ON CONFLICT (due_date, team_key, created_month) DO UPDATE
    SET open_actions = r.open_actions + excluded.open_actions
$$
"""

# The open action items of one initiative as delta rows (sign ±1), for both tables.
ACTION_DELTAS_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_action_deltas(
    initiative uuid, team_key uuid, created_month date, sign integer, OUT months jsonb, OUT days jsonb)
LANGUAGE sql STABLE
AS $$
    SELECT
        COALESCE((SELECT jsonb_agg(jsonb_build_object(
                    'team_key', team_key, 'created_month', created_month, 'dimension', 'open_actions',
                    'value', m.value, 'initiatives', sign * m.n, 'projected_savings', 0,
                    'actual_savings', 0, 'with_savings', 0))
                  FROM (SELECT COALESCE(to_char(a.due_date, 'YYYY-MM'), '') AS value, count(*) AS n
                        FROM action_items a WHERE a.initiative_id = initiative AND a.status <> ALL (ARRAY['completed'::text, 'cancelled'::text])
                        GROUP BY 1) m), '[]'::jsonb),
        COALESCE((SELECT jsonb_agg(jsonb_build_object(
                    'due_date', d.due_date, 'team_key', team_key, 'created_month', created_month,
                    'n', sign * d.n))
                  FROM (SELECT a.due_date, count(*) AS n
                        FROM action_items a
                        WHERE a.initiative_id = initiative AND a.status <> ALL (ARRAY['completed'::text, 'cancelled'::text]) AND a.due_date IS NOT NULL
                        GROUP BY 1) d), '[]'::jsonb)
$$
"""

# The initiatives list's exact total for filters on these columns only (handlers/initiatives.py).
LIST_COUNTS_FUNCTION = """
CREATE FUNCTION tollgate_list_counts_apply(old_row initiatives, new_row initiatives) RETURNS void
LANGUAGE sql
AS $$
    INSERT INTO initiative_list_counts AS c
        (team_key, status, priority, methodology, health, initiative_type, initiatives)
    SELECT d.team_key, d.status, d.priority, d.methodology, d.health, d.initiative_type, sum(d.n)
    FROM (
        SELECT COALESCE((old_row).team_id, '00000000-0000-0000-0000-000000000000'::uuid), (old_row).status, (old_row).priority, (old_row).methodology,
               (old_row).health, (old_row).initiative_type, -1
        WHERE (old_row).id IS NOT NULL AND (old_row).deleted_at IS NULL
        UNION ALL
        SELECT COALESCE((new_row).team_id, '00000000-0000-0000-0000-000000000000'::uuid), (new_row).status, (new_row).priority, (new_row).methodology,
               (new_row).health, (new_row).initiative_type, 1
        WHERE (new_row).id IS NOT NULL AND (new_row).deleted_at IS NULL
    ) AS d (team_key, status, priority, methodology, health, initiative_type, n)
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(d.n) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (team_key, status, priority, methodology, health, initiative_type) DO UPDATE
    SET initiatives = c.initiatives + excluded.initiatives
$$
"""

INITIATIVES_TRIGGER_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_initiatives() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    deltas jsonb := '[]'::jsonb;
    old_key record;
    new_key record;
    moved_old record;
    moved_new record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (OLD.team_id, OLD.created_at, OLD.deleted_at IS NULL, OLD.status, OLD.priority, OLD.current_phase,
            OLD.methodology, OLD.health, OLD.currency, OLD.projected_savings, OLD.actual_savings,
            OLD.start_date, OLD.actual_completion, OLD.initiative_type)
           IS NOT DISTINCT FROM
           (NEW.team_id, NEW.created_at, NEW.deleted_at IS NULL, NEW.status, NEW.priority, NEW.current_phase,
            NEW.methodology, NEW.health, NEW.currency, NEW.projected_savings, NEW.actual_savings,
            NEW.start_date, NEW.actual_completion, NEW.initiative_type) THEN
            RETURN NULL;
        END IF;
        SELECT COALESCE(jsonb_agg(to_jsonb(r)), '[]'::jsonb) INTO deltas
        FROM tollgate_portfolio_rows(OLD, -1) r;
    END IF;
    deltas := deltas || (SELECT COALESCE(jsonb_agg(to_jsonb(r)), '[]'::jsonb)
                         FROM tollgate_portfolio_rows(NEW, 1) r);
    IF TG_OP = 'UPDATE' THEN
        SELECT COALESCE(OLD.team_id, '00000000-0000-0000-0000-000000000000'::uuid) AS team_key,
               date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date AS month,
               OLD.deleted_at IS NULL AS live INTO old_key;
        SELECT COALESCE(NEW.team_id, '00000000-0000-0000-0000-000000000000'::uuid) AS team_key,
               date_trunc('month', NEW.created_at AT TIME ZONE 'UTC')::date AS month,
               NEW.deleted_at IS NULL AS live INTO new_key;
        IF (old_key.team_key, old_key.month, old_key.live)
           IS DISTINCT FROM (new_key.team_key, new_key.month, new_key.live) THEN
            IF old_key.live THEN
                SELECT * INTO moved_old
                FROM tollgate_portfolio_action_deltas(OLD.id, old_key.team_key, old_key.month, -1);
                deltas := deltas || moved_old.months;
                PERFORM tollgate_portfolio_apply_days(moved_old.days);
            END IF;
            IF new_key.live THEN
                SELECT * INTO moved_new
                FROM tollgate_portfolio_action_deltas(NEW.id, new_key.team_key, new_key.month, 1);
                deltas := deltas || moved_new.months;
                PERFORM tollgate_portfolio_apply_days(moved_new.days);
            END IF;
        END IF;
    END IF;
    PERFORM tollgate_portfolio_apply(deltas);
    IF TG_OP = 'UPDATE' THEN
        PERFORM tollgate_list_counts_apply(OLD, NEW);
    ELSE
        PERFORM tollgate_list_counts_apply(NULL, NEW);
    END IF;
    RETURN NULL;
END
$$
"""

INITIATIVES_DELETE_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_initiatives_delete() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    moved record;
BEGIN
    IF OLD.deleted_at IS NULL THEN
        SELECT * INTO moved FROM tollgate_portfolio_action_deltas(
            OLD.id, COALESCE(OLD.team_id, '00000000-0000-0000-0000-000000000000'::uuid),
            date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date, -1);
        PERFORM tollgate_portfolio_apply(
            (SELECT COALESCE(jsonb_agg(to_jsonb(r)), '[]'::jsonb) FROM tollgate_portfolio_rows(OLD, -1) r)
            || moved.months);
        PERFORM tollgate_portfolio_apply_days(moved.days);
        PERFORM tollgate_list_counts_apply(OLD, NULL);
    END IF;
    RETURN OLD;
END
$$
"""

ACTIONS_TRIGGER_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_actions() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    months jsonb := '[]'::jsonb;
    days jsonb := '[]'::jsonb;
    side record;
    sign integer;
    item record;
    key record;
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD.initiative_id = NEW.initiative_id
       AND (OLD.status <> ALL (ARRAY['completed'::text, 'cancelled'::text])) = (NEW.status <> ALL (ARRAY['completed'::text, 'cancelled'::text]))
       AND OLD.due_date IS NOT DISTINCT FROM NEW.due_date THEN
        RETURN NULL;
    END IF;
    FOR side IN
        SELECT -1 AS s, 'old' AS which WHERE TG_OP IN ('UPDATE', 'DELETE')
        UNION ALL SELECT 1, 'new' WHERE TG_OP IN ('INSERT', 'UPDATE')
        ORDER BY 1
    LOOP
        sign := side.s;
        IF side.which = 'old' THEN item := OLD; ELSE item := NEW; END IF;
        CONTINUE WHEN item.status IN ('completed', 'cancelled');
        SELECT COALESCE(i.team_id, '00000000-0000-0000-0000-000000000000'::uuid) AS team_key,
               date_trunc('month', i.created_at AT TIME ZONE 'UTC')::date AS month
        INTO key
        FROM initiatives i
        WHERE i.id = item.initiative_id AND i.deleted_at IS NULL
        FOR SHARE;
        CONTINUE WHEN NOT FOUND;
        months := months || jsonb_build_array(jsonb_build_object(
            'team_key', key.team_key, 'created_month', key.month, 'dimension', 'open_actions',
            'value', COALESCE(to_char(item.due_date, 'YYYY-MM'), ''), 'initiatives', sign,
            'projected_savings', 0, 'actual_savings', 0, 'with_savings', 0));
        IF item.due_date IS NOT NULL THEN
            days := days || jsonb_build_array(jsonb_build_object(
                'due_date', item.due_date, 'team_key', key.team_key, 'created_month', key.month, 'n', sign));
        END IF;
    END LOOP;
    PERFORM tollgate_portfolio_apply(months);
    PERFORM tollgate_portfolio_apply_days(days);
    RETURN NULL;
END
$$
"""

REBUILD_FUNCTION = """
CREATE FUNCTION tollgate_portfolio_rollups_rebuild() RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    LOCK TABLE initiatives, action_items IN SHARE MODE;
    DELETE FROM portfolio_rollup_totals;
    DELETE FROM portfolio_rollups;
    DELETE FROM portfolio_action_due_days;
    DELETE FROM initiative_list_counts;
    INSERT INTO initiative_list_counts
        (team_key, status, priority, methodology, health, initiative_type, initiatives)
    SELECT COALESCE(team_id, '00000000-0000-0000-0000-000000000000'::uuid), status, priority, methodology, health, initiative_type, count(*)
    FROM initiatives WHERE deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO portfolio_rollups
        (created_month, team_key, dimension, value, initiatives, projected_savings, actual_savings, with_savings)
    SELECT r.created_month, r.team_key, r.dimension, r.value, sum(r.initiatives), sum(r.projected_savings),
           sum(r.actual_savings), sum(r.with_savings)
    FROM initiatives i CROSS JOIN LATERAL tollgate_portfolio_rows(i, 1) r
    WHERE i.deleted_at IS NULL AND r.dimension NOT IN ('started', 'completed')
    GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT date_trunc('month', i.created_at AT TIME ZONE 'UTC')::date,
           COALESCE(i.team_id, '00000000-0000-0000-0000-000000000000'::uuid),
           'open_actions', COALESCE(to_char(a.due_date, 'YYYY-MM'), ''), count(*), 0, 0, 0
    FROM action_items a JOIN initiatives i ON i.id = a.initiative_id AND i.deleted_at IS NULL
    WHERE a.status <> ALL (ARRAY['completed'::text, 'cancelled'::text])
    GROUP BY 1, 2, 4;
    INSERT INTO portfolio_rollup_totals
        (team_key, dimension, value, initiatives, projected_savings, actual_savings, with_savings)
    SELECT team_key, dimension, value, sum(initiatives), sum(projected_savings), sum(actual_savings),
           sum(with_savings)
    FROM portfolio_rollups
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT r.team_key, r.dimension, r.value, sum(r.initiatives), 0, 0, 0
    FROM initiatives i CROSS JOIN LATERAL tollgate_portfolio_rows(i, 1) r
    WHERE i.deleted_at IS NULL AND r.dimension IN ('started', 'completed')
    GROUP BY 1, 2, 3;
    INSERT INTO portfolio_action_due_days (due_date, team_key, created_month, open_actions)
    SELECT a.due_date, COALESCE(i.team_id, '00000000-0000-0000-0000-000000000000'::uuid),
           date_trunc('month', i.created_at AT TIME ZONE 'UTC')::date, count(*)
    FROM action_items a JOIN initiatives i ON i.id = a.initiative_id AND i.deleted_at IS NULL
    WHERE a.status <> ALL (ARRAY['completed'::text, 'cancelled'::text]) AND a.due_date IS NOT NULL
    GROUP BY 1, 2, 3;
END
$$
"""

TRIGGERS = (
    "CREATE TRIGGER portfolio_rollups AFTER INSERT OR UPDATE ON initiatives "
    "FOR EACH ROW EXECUTE FUNCTION tollgate_portfolio_initiatives()",
    "CREATE TRIGGER portfolio_rollups_delete BEFORE DELETE ON initiatives "
    "FOR EACH ROW EXECUTE FUNCTION tollgate_portfolio_initiatives_delete()",
    "CREATE TRIGGER portfolio_rollups AFTER INSERT OR UPDATE OR DELETE ON action_items "
    "FOR EACH ROW EXECUTE FUNCTION tollgate_portfolio_actions()",
)


def upgrade() -> None:
    op.create_table(
        "portfolio_rollup_totals",
        sa.Column("team_key", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("dimension", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("initiatives", sa.BigInteger(), nullable=False),
        sa.Column("projected_savings", sa.Numeric(), nullable=False),
        sa.Column("actual_savings", sa.Numeric(), nullable=False),
        sa.Column("with_savings", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("team_key", "dimension", "value", name=op.f("pk_portfolio_rollup_totals")),
    )
    op.create_table(
        "portfolio_rollups",
        sa.Column("created_month", sa.Date(), nullable=False),
        sa.Column("team_key", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("dimension", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("initiatives", sa.BigInteger(), nullable=False),
        sa.Column("projected_savings", sa.Numeric(), nullable=False),
        sa.Column("actual_savings", sa.Numeric(), nullable=False),
        sa.Column("with_savings", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "created_month", "team_key", "dimension", "value", name=op.f("pk_portfolio_rollups")
        ),
    )
    op.create_table(
        "portfolio_action_due_days",
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("team_key", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("created_month", sa.Date(), nullable=False),
        sa.Column("open_actions", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "due_date", "team_key", "created_month", name=op.f("pk_portfolio_action_due_days")
        ),
    )
    op.create_table(
        "initiative_list_counts",
        sa.Column("team_key", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("priority", sa.Text(), nullable=False),
        sa.Column("methodology", sa.Text(), nullable=False),
        sa.Column("health", sa.Text(), nullable=False),
        sa.Column("initiative_type", sa.Text(), nullable=False),
        sa.Column("initiatives", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "team_key",
            "status",
            "priority",
            "methodology",
            "health",
            "initiative_type",
            name=op.f("pk_initiative_list_counts"),
        ),
    )
    op.execute(ROWS_FUNCTION)
    op.execute(LIST_COUNTS_FUNCTION)
    op.execute(APPLY_FUNCTION)
    op.execute(APPLY_DAYS_FUNCTION)
    op.execute(ACTION_DELTAS_FUNCTION)
    op.execute(INITIATIVES_TRIGGER_FUNCTION)
    op.execute(INITIATIVES_DELETE_FUNCTION)
    op.execute(ACTIONS_TRIGGER_FUNCTION)
    op.execute(REBUILD_FUNCTION)
    for trigger in TRIGGERS:
        op.execute(trigger)
    # Backfill from the existing rows.
    op.execute("SELECT tollgate_portfolio_rollups_rebuild()")
    op.execute("ANALYZE initiative_list_counts")
    op.execute("ANALYZE portfolio_rollup_totals")
    op.execute("ANALYZE portfolio_rollups")
    op.execute("ANALYZE portfolio_action_due_days")


def downgrade() -> None:
    op.execute("DROP TRIGGER portfolio_rollups ON action_items")
    op.execute("DROP TRIGGER portfolio_rollups_delete ON initiatives")
    op.execute("DROP TRIGGER portfolio_rollups ON initiatives")
    for function in (
        "tollgate_portfolio_rollups_rebuild()",
        "tollgate_portfolio_actions()",
        "tollgate_portfolio_initiatives_delete()",
        "tollgate_portfolio_initiatives()",
        "tollgate_portfolio_action_deltas(uuid, uuid, date, integer)",
        "tollgate_portfolio_apply_days(jsonb)",
        "tollgate_portfolio_apply(jsonb)",
        "tollgate_portfolio_rows(initiatives, integer)",
        "tollgate_list_counts_apply(initiatives, initiatives)",
    ):
        op.execute(f"DROP FUNCTION {function}")
    op.drop_table("portfolio_action_due_days")
    op.drop_table("portfolio_rollups")
    op.drop_table("portfolio_rollup_totals")
    op.drop_table("initiative_list_counts")
