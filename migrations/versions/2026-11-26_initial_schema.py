"""initial schema: every table of DOMAIN.md, plus what the models cannot express.

Besides the tables (handlers/tables), this creates:
- ``tollgate_format_number(prefix, n)``: ``REQ-0001`` … ``REQ-9999``, then ``REQ-10000`` (lpad alone
  would truncate), used by the server defaults of ``requests.request_number`` and
  ``initiatives.initiative_number``;
- the sequences ``request_number_seq`` and ``initiative_number_seq`` (owned by those columns);
- the foreign key requests.converted_initiative_id -> initiatives (the two tables reference each other);
- the trigger ``audit_events_append_only``: UPDATE or DELETE of audit_events raises.

No extension is needed: gen_random_uuid() is built into PostgreSQL 13+, and initiative search is
full text (pg_trgm is missing from the embedded PostgreSQL).

Revision ID: 2ec098f9726a
Revises:
Create Date: 2026-11-26 05:51:47.541267+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "2ec098f9726a"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FORMAT_NUMBER_FUNCTION = """
CREATE FUNCTION tollgate_format_number(prefix text, n bigint) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT prefix || CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END $$
"""

AUDIT_APPEND_ONLY_FUNCTION = """
CREATE FUNCTION tollgate_audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING HINT = 'Record a new audit event instead.';
END
$$
"""

AUDIT_APPEND_ONLY_TRIGGER = """
CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION tollgate_audit_events_append_only()
"""


def upgrade() -> None:
    op.execute(FORMAT_NUMBER_FUNCTION)
    op.execute("CREATE SEQUENCE request_number_seq AS bigint START 1")
    op.execute("CREATE SEQUENCE initiative_number_seq AS bigint START 1")

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("entity_type", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column(
            "changes",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete', 'status_change', 'gate_decision')",
            name=op.f("ck_audit_events_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(op.f("ix_audit_events_action"), "audit_events", ["action"], unique=False)
    op.create_index(op.f("ix_audit_events_actor_id"), "audit_events", ["actor_id"], unique=False)
    op.create_index(op.f("ix_audit_events_created_at"), "audit_events", ["created_at"], unique=False)
    op.create_index("ix_audit_events_entity", "audit_events", ["entity_type", "entity_id"], unique=False)
    op.create_index(
        "ix_audit_events_initiative_occurred", "audit_events", ["initiative_id", "occurred_at"], unique=False
    )
    op.create_index(op.f("ix_audit_events_occurred_at"), "audit_events", ["occurred_at"], unique=False)
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), server_default=sa.text("'analyst'::text"), nullable=False),
        sa.Column("avatar_url", sa.Text(), nullable=True),
        sa.Column(
            "skills",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "capacity_hours", sa.Numeric(precision=6, scale=2), server_default=sa.text("40"), nullable=False
        ),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("role IN ('admin', 'manager', 'analyst', 'viewer')", name=op.f("ck_users_role")),
        sa.CheckConstraint(
            "capacity_hours >= 0 AND capacity_hours <= 168", name=op.f("ck_users_capacity_hours_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    op.create_index(op.f("ix_users_created_at"), "users", ["created_at"], unique=False)
    op.create_index("ix_users_lower_email", "users", [sa.literal_column("lower(email)")], unique=True)
    op.create_index(op.f("ix_users_role"), "users", ["role"], unique=False)
    op.create_table(
        "idempotency_keys",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("request_hash", sa.Text(), nullable=False),
        sa.Column("response_status", sa.Integer(), nullable=True),
        sa.Column("response_body", postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), nullable=True),
        sa.Column(
            "response_headers",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_idempotency_keys_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint("user_id", "key", name=op.f("uq_idempotency_keys_user_id_key")),
    )
    op.create_index(op.f("ix_idempotency_keys_created_at"), "idempotency_keys", ["created_at"], unique=False)
    op.create_index(op.f("ix_idempotency_keys_expires_at"), "idempotency_keys", ["expires_at"], unique=False)
    op.create_table(
        "jobs",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default=sa.text("'queued'::text"), nullable=False),
        sa.Column("progress", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("subject_type", sa.Text(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("result", postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("requested_by", sa.Uuid(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('dataset_profile', 'analysis_run', 'report_generation')", name=op.f("ck_jobs_kind")
        ),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed')", name=op.f("ck_jobs_status")
        ),
        sa.CheckConstraint(
            "subject_type IN ('dataset', 'analysis', 'report')", name=op.f("ck_jobs_subject_type")
        ),
        sa.CheckConstraint("progress >= 0 AND progress <= 100", name=op.f("ck_jobs_progress_range")),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["users.id"], name=op.f("fk_jobs_requested_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
    )
    op.create_index(op.f("ix_jobs_created_at"), "jobs", ["created_at"], unique=False)
    op.create_index(op.f("ix_jobs_kind"), "jobs", ["kind"], unique=False)
    op.create_index(op.f("ix_jobs_requested_by"), "jobs", ["requested_by"], unique=False)
    op.create_index(op.f("ix_jobs_status"), "jobs", ["status"], unique=False)
    op.create_index("ix_jobs_subject", "jobs", ["subject_type", "subject_id"], unique=False)
    op.create_table(
        "requests",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "request_number",
            sa.Text(),
            server_default=sa.text(
                "tollgate_format_number('REQ-'::text, nextval('request_number_seq'::regclass))"
            ),
            nullable=False,
        ),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("requester_user_id", sa.Uuid(), nullable=True),
        sa.Column("requester_name", sa.Text(), nullable=True),
        sa.Column("requester_email", sa.Text(), nullable=True),
        sa.Column("requester_dept", sa.Text(), nullable=True),
        sa.Column("problem_statement", sa.Text(), nullable=True),
        sa.Column("desired_outcome", sa.Text(), nullable=True),
        sa.Column("business_impact", sa.Text(), nullable=True),
        sa.Column("urgency", sa.Text(), server_default=sa.text("'medium'::text"), nullable=False),
        sa.Column("complexity_score", sa.Integer(), nullable=True),
        sa.Column("recommended_methodology", sa.Text(), nullable=True),
        sa.Column(
            "triage_rationale", postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), nullable=True
        ),
        sa.Column("status", sa.Text(), server_default=sa.text("'submitted'::text"), nullable=False),
        sa.Column("decline_reason", sa.Text(), nullable=True),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        sa.Column("review_notes", sa.Text(), nullable=True),
        sa.Column(
            "submitted_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("converted_initiative_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "recommended_methodology IN ('dmaic', 'dmadv', 'kaizen', 'a3', 'pdsa', 'just_do_it')",
            name=op.f("ck_requests_recommended_methodology"),
        ),
        sa.CheckConstraint(
            "status <> 'declined' OR decline_reason IS NOT NULL",
            name=op.f("ck_requests_decline_reason_required"),
        ),
        sa.CheckConstraint(
            "status IN ('submitted', 'under_review', 'accepted', 'declined', 'converted')",
            name=op.f("ck_requests_status"),
        ),
        sa.CheckConstraint(
            "urgency IN ('critical', 'high', 'medium', 'low')", name=op.f("ck_requests_urgency")
        ),
        sa.CheckConstraint(
            "complexity_score >= 1 AND complexity_score <= 10",
            name=op.f("ck_requests_complexity_score_range"),
        ),
        sa.ForeignKeyConstraint(
            ["requester_user_id"],
            ["users.id"],
            name=op.f("fk_requests_requester_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"], ["users.id"], name=op.f("fk_requests_reviewed_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
        sa.UniqueConstraint("request_number", name=op.f("uq_requests_request_number")),
    )
    op.create_index(
        op.f("ix_requests_converted_initiative_id"), "requests", ["converted_initiative_id"], unique=False
    )
    op.create_index(op.f("ix_requests_created_at"), "requests", ["created_at"], unique=False)
    op.create_index(op.f("ix_requests_requester_user_id"), "requests", ["requester_user_id"], unique=False)
    op.create_index(op.f("ix_requests_reviewed_by"), "requests", ["reviewed_by"], unique=False)
    op.create_index(op.f("ix_requests_status"), "requests", ["status"], unique=False)
    op.create_index(op.f("ix_requests_submitted_at"), "requests", ["submitted_at"], unique=False)
    op.create_index(op.f("ix_requests_urgency"), "requests", ["urgency"], unique=False)
    op.create_table(
        "teams",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("department", sa.Text(), nullable=True),
        sa.Column("organization", sa.Text(), nullable=True),
        sa.Column("manager_id", sa.Uuid(), nullable=True),
        sa.Column(
            "settings",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["users.id"], name=op.f("fk_teams_manager_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
    )
    op.create_index(op.f("ix_teams_created_at"), "teams", ["created_at"], unique=False)
    op.create_index("ix_teams_lower_name", "teams", [sa.literal_column("lower(name)")], unique=True)
    op.create_index(op.f("ix_teams_manager_id"), "teams", ["manager_id"], unique=False)
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "initiative_number",
            sa.Text(),
            server_default=sa.text(
                "tollgate_format_number('INI-'::text, nextval('initiative_number_seq'::regclass))"
            ),
            nullable=False,
        ),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("problem_statement", sa.Text(), nullable=True),
        sa.Column("desired_outcome", sa.Text(), nullable=True),
        sa.Column("goal_statement", sa.Text(), nullable=True),
        sa.Column("scope", sa.Text(), nullable=True),
        sa.Column("out_of_scope", sa.Text(), nullable=True),
        sa.Column("business_case", sa.Text(), nullable=True),
        sa.Column("methodology", sa.Text(), server_default=sa.text("'dmaic'::text"), nullable=False),
        sa.Column(
            "initiative_type",
            sa.Text(),
            server_default=sa.text("'process_improvement'::text"),
            nullable=False,
        ),
        sa.Column("priority", sa.Text(), server_default=sa.text("'medium'::text"), nullable=False),
        sa.Column("status", sa.Text(), server_default=sa.text("'active'::text"), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("health", sa.Text(), server_default=sa.text("'on_track'::text"), nullable=False),
        sa.Column("lead_analyst_id", sa.Uuid(), nullable=True),
        sa.Column("sponsor_id", sa.Uuid(), nullable=True),
        sa.Column("process_owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("target_completion", sa.Date(), nullable=True),
        sa.Column("actual_completion", sa.Date(), nullable=True),
        sa.Column("current_phase", sa.Text(), nullable=False),
        sa.Column(
            "phase_progress",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("projected_savings", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("actual_savings", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.CHAR(length=3), server_default=sa.text("'USD'::bpchar"), nullable=False),
        sa.Column("projected_impact", sa.Text(), nullable=True),
        sa.Column("actual_impact", sa.Text(), nullable=True),
        sa.Column(
            "tags",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "custom_fields",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("currency ~ '^[A-Z]{3}$'", name=op.f("ck_initiatives_currency")),
        sa.CheckConstraint(
            "current_phase IN ('define', 'measure', 'analyze', 'improve', 'control', 'design', 'verify', 'prepare', 'execute', 'sustain', 'background', 'current_condition', 'goal', 'root_cause', 'countermeasures', 'implementation', 'follow_up', 'plan', 'do', 'study', 'act', 'implement', 'complete')",
            name=op.f("ck_initiatives_current_phase"),
        ),
        sa.CheckConstraint(
            "health IN ('on_track', 'at_risk', 'blocked')", name=op.f("ck_initiatives_health")
        ),
        sa.CheckConstraint(
            "initiative_type IN ('process_improvement', 'cost_reduction', 'quality', 'safety', 'experience', 'efficiency')",
            name=op.f("ck_initiatives_initiative_type"),
        ),
        sa.CheckConstraint(
            "methodology IN ('dmaic', 'dmadv', 'kaizen', 'a3', 'pdsa', 'just_do_it')",
            name=op.f("ck_initiatives_methodology"),
        ),
        sa.CheckConstraint(
            "priority IN ('critical', 'high', 'medium', 'low')", name=op.f("ck_initiatives_priority")
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'active', 'on_hold', 'completed', 'cancelled')",
            name=op.f("ck_initiatives_status"),
        ),
        sa.CheckConstraint(
            "status NOT IN ('on_hold', 'cancelled') OR status_reason IS NOT NULL",
            name=op.f("ck_initiatives_status_reason_required"),
        ),
        sa.CheckConstraint(
            "target_completion IS NULL OR start_date IS NULL OR target_completion >= start_date",
            name=op.f("ck_initiatives_target_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["lead_analyst_id"],
            ["users.id"],
            name=op.f("fk_initiatives_lead_analyst_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["process_owner_id"],
            ["users.id"],
            name=op.f("fk_initiatives_process_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_initiatives_request_id_requests"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["sponsor_id"], ["users.id"], name=op.f("fk_initiatives_sponsor_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_initiatives_team_id_teams"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
        sa.UniqueConstraint("initiative_number", name=op.f("uq_initiatives_initiative_number")),
        sa.UniqueConstraint("request_id", name=op.f("uq_initiatives_request_id")),
    )
    op.create_index(op.f("ix_initiatives_health"), "initiatives", ["health"], unique=False)
    op.create_index(op.f("ix_initiatives_initiative_type"), "initiatives", ["initiative_type"], unique=False)
    op.create_index(op.f("ix_initiatives_lead_analyst_id"), "initiatives", ["lead_analyst_id"], unique=False)
    op.create_index(
        "ix_initiatives_live_created_at",
        "initiatives",
        ["created_at"],
        unique=False,
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index(op.f("ix_initiatives_methodology"), "initiatives", ["methodology"], unique=False)
    op.create_index(op.f("ix_initiatives_priority"), "initiatives", ["priority"], unique=False)
    op.create_index(
        op.f("ix_initiatives_process_owner_id"), "initiatives", ["process_owner_id"], unique=False
    )
    op.create_index(
        "ix_initiatives_search",
        "initiatives",
        [
            sa.literal_column(
                "to_tsvector('simple'::regconfig, (COALESCE(title, ''::text) || ' '::text) || COALESCE(problem_statement, ''::text))"
            )
        ],
        unique=False,
        postgresql_using="gin",
    )
    op.create_index(op.f("ix_initiatives_sponsor_id"), "initiatives", ["sponsor_id"], unique=False)
    op.create_index(op.f("ix_initiatives_status"), "initiatives", ["status"], unique=False)
    op.create_index("ix_initiatives_tags", "initiatives", ["tags"], unique=False, postgresql_using="gin")
    op.create_index(
        op.f("ix_initiatives_target_completion"), "initiatives", ["target_completion"], unique=False
    )
    op.create_index(op.f("ix_initiatives_team_id"), "initiatives", ["team_id"], unique=False)
    op.create_table(
        "reports",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("report_type", sa.Text(), nullable=False),
        sa.Column("format", sa.Text(), server_default=sa.text("'pdf'::text"), nullable=False),
        sa.Column(
            "parameters",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("status", sa.Text(), server_default=sa.text("'pending'::text"), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("requested_by", sa.Uuid(), nullable=True),
        sa.Column("job_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("format IN ('pdf', 'html')", name=op.f("ck_reports_format")),
        sa.CheckConstraint(
            "report_type IN ('executive_brief', 'initiative_report', 'phase_report', 'close_out')",
            name=op.f("ck_reports_report_type"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'generating', 'completed', 'failed')", name=op.f("ck_reports_status")
        ),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_reports_size_bytes_positive")),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_reports_job_id_jobs"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["users.id"], name=op.f("fk_reports_requested_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("file_path", name=op.f("uq_reports_file_path")),
    )
    op.create_index(op.f("ix_reports_created_at"), "reports", ["created_at"], unique=False)
    op.create_index(op.f("ix_reports_job_id"), "reports", ["job_id"], unique=False)
    op.create_index(op.f("ix_reports_report_type"), "reports", ["report_type"], unique=False)
    op.create_index(op.f("ix_reports_requested_by"), "reports", ["requested_by"], unique=False)
    op.create_index(op.f("ix_reports_status"), "reports", ["status"], unique=False)
    op.create_table(
        "team_members",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("role_in_team", sa.Text(), server_default=sa.text("'member'::text"), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("role_in_team IN ('lead', 'member')", name=op.f("ck_team_members_role_in_team")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_team_members_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_team_members_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_members")),
        sa.UniqueConstraint("team_id", "user_id", name=op.f("uq_team_members_team_id_user_id")),
    )
    op.create_index(op.f("ix_team_members_created_at"), "team_members", ["created_at"], unique=False)
    op.create_index(op.f("ix_team_members_user_id"), "team_members", ["user_id"], unique=False)
    op.create_table(
        "external_stakeholders",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("organization", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("raci", sa.Text(), nullable=True),
        sa.Column("influence", sa.Text(), nullable=True),
        sa.Column("support_level", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "influence IN ('high', 'medium', 'low')", name=op.f("ck_external_stakeholders_influence")
        ),
        sa.CheckConstraint(
            "raci IN ('responsible', 'accountable', 'consulted', 'informed')",
            name=op.f("ck_external_stakeholders_raci"),
        ),
        sa.CheckConstraint(
            "support_level IN ('strongly_against', 'against', 'neutral', 'supportive', 'strongly_supportive')",
            name=op.f("ck_external_stakeholders_support_level"),
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_external_stakeholders_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_stakeholders")),
    )
    op.create_index(
        op.f("ix_external_stakeholders_created_at"), "external_stakeholders", ["created_at"], unique=False
    )
    op.create_index(
        op.f("ix_external_stakeholders_initiative_id"),
        "external_stakeholders",
        ["initiative_id"],
        unique=False,
    )
    op.create_table(
        "initiative_stakeholders",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("raci", sa.Text(), nullable=True),
        sa.Column("influence", sa.Text(), nullable=True),
        sa.Column("support_level", sa.Text(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "influence IN ('high', 'medium', 'low')", name=op.f("ck_initiative_stakeholders_influence")
        ),
        sa.CheckConstraint(
            "raci IN ('responsible', 'accountable', 'consulted', 'informed')",
            name=op.f("ck_initiative_stakeholders_raci"),
        ),
        sa.CheckConstraint(
            "role IN ('sponsor', 'process_owner', 'lead', 'coach', 'contributor', 'sme', 'finance_reviewer', 'gate_reviewer', 'informed')",
            name=op.f("ck_initiative_stakeholders_role"),
        ),
        sa.CheckConstraint(
            "support_level IN ('strongly_against', 'against', 'neutral', 'supportive', 'strongly_supportive')",
            name=op.f("ck_initiative_stakeholders_support_level"),
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_stakeholders_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_initiative_stakeholders_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiative_stakeholders")),
        sa.UniqueConstraint(
            "initiative_id",
            "user_id",
            "role",
            name=op.f("uq_initiative_stakeholders_initiative_id_user_id_role"),
        ),
    )
    op.create_index(
        op.f("ix_initiative_stakeholders_created_at"), "initiative_stakeholders", ["created_at"], unique=False
    )
    op.create_index(
        op.f("ix_initiative_stakeholders_role"), "initiative_stakeholders", ["role"], unique=False
    )
    op.create_index(
        op.f("ix_initiative_stakeholders_user_id"), "initiative_stakeholders", ["user_id"], unique=False
    )
    op.create_table(
        "metrics",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("category", sa.Text(), nullable=True),
        sa.Column("direction", sa.Text(), server_default=sa.text("'higher_is_better'::text"), nullable=False),
        sa.Column("frequency", sa.Text(), server_default=sa.text("'monthly'::text"), nullable=False),
        sa.Column("operational_definition", sa.Text(), nullable=True),
        sa.Column("data_source", sa.Text(), nullable=True),
        sa.Column("baseline_value", sa.Numeric(), nullable=True),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("baseline_period", sa.Text(), nullable=True),
        sa.Column("target_value", sa.Numeric(), nullable=True),
        sa.Column("target_lower", sa.Numeric(), nullable=True),
        sa.Column("target_upper", sa.Numeric(), nullable=True),
        sa.Column("current_value", sa.Numeric(), nullable=True),
        sa.Column("current_as_of", sa.Date(), nullable=True),
        sa.Column("current_period", sa.Text(), nullable=True),
        sa.Column(
            "target_met",
            sa.Boolean(),
            sa.Computed(
                "CASE\n    WHEN current_value IS NULL THEN NULL\n    WHEN direction = 'higher_is_better' THEN current_value >= target_value\n    WHEN direction = 'lower_is_better' THEN current_value <= target_value\n    WHEN target_lower IS NULL AND target_upper IS NULL THEN NULL\n    ELSE current_value >= COALESCE(target_lower, current_value)\n        AND current_value <= COALESCE(target_upper, current_value)\nEND",
                persisted=True,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "category IN ('safety', 'quality', 'delivery', 'cost', 'people')",
            name=op.f("ck_metrics_category"),
        ),
        sa.CheckConstraint(
            "direction IN ('higher_is_better', 'lower_is_better', 'within_range')",
            name=op.f("ck_metrics_direction"),
        ),
        sa.CheckConstraint(
            "frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'ad_hoc')",
            name=op.f("ck_metrics_frequency"),
        ),
        sa.CheckConstraint(
            "target_lower IS NULL OR target_upper IS NULL OR target_lower <= target_upper",
            name=op.f("ck_metrics_target_range_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_metrics_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metrics")),
    )
    op.create_index(op.f("ix_metrics_category"), "metrics", ["category"], unique=False)
    op.create_index(op.f("ix_metrics_created_at"), "metrics", ["created_at"], unique=False)
    op.create_index(op.f("ix_metrics_initiative_id"), "metrics", ["initiative_id"], unique=False)
    op.create_table(
        "phases",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("phase_name", sa.Text(), nullable=False),
        sa.Column("phase_order", sa.Integer(), nullable=False),
        sa.Column("status", sa.Text(), server_default=sa.text("'not_started'::text"), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("gate_decision", sa.Text(), server_default=sa.text("'pending'::text"), nullable=False),
        sa.Column("gate_decided_by", sa.Uuid(), nullable=True),
        sa.Column("gate_decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("gate_notes", sa.Text(), nullable=True),
        sa.Column("ai_summary", sa.Text(), nullable=True),
        sa.Column("completeness_score", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.CheckConstraint(
            "gate_decision IN ('pending', 'approved', 'conditionally_approved', 'returned', 'on_hold', 'rejected')",
            name=op.f("ck_phases_gate_decision"),
        ),
        sa.CheckConstraint(
            "phase_name IN ('define', 'measure', 'analyze', 'improve', 'control', 'design', 'verify', 'prepare', 'execute', 'sustain', 'background', 'current_condition', 'goal', 'root_cause', 'countermeasures', 'implementation', 'follow_up', 'plan', 'do', 'study', 'act', 'implement')",
            name=op.f("ck_phases_phase_name"),
        ),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'pending_review', 'completed', 'skipped')",
            name=op.f("ck_phases_status"),
        ),
        sa.CheckConstraint(
            "completeness_score >= 0 AND completeness_score <= 100",
            name=op.f("ck_phases_completeness_score_range"),
        ),
        sa.CheckConstraint("phase_order >= 1", name=op.f("ck_phases_phase_order_positive")),
        sa.ForeignKeyConstraint(
            ["gate_decided_by"],
            ["users.id"],
            name=op.f("fk_phases_gate_decided_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_phases_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phases")),
        sa.UniqueConstraint("initiative_id", "phase_name", name=op.f("uq_phases_initiative_id_phase_name")),
        sa.UniqueConstraint("initiative_id", "phase_order", name=op.f("uq_phases_initiative_id_phase_order")),
    )
    op.create_index(op.f("ix_phases_created_at"), "phases", ["created_at"], unique=False)
    op.create_index(op.f("ix_phases_gate_decided_by"), "phases", ["gate_decided_by"], unique=False)
    op.create_index(op.f("ix_phases_gate_decision"), "phases", ["gate_decision"], unique=False)
    op.create_index(op.f("ix_phases_status"), "phases", ["status"], unique=False)
    op.create_table(
        "workload_entries",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=True),
        sa.Column("week_of", sa.Date(), nullable=False),
        sa.Column(
            "hours_allocated", sa.Numeric(precision=6, scale=2), server_default=sa.text("0"), nullable=False
        ),
        sa.Column(
            "actual_hours", sa.Numeric(precision=6, scale=2), server_default=sa.text("0"), nullable=False
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "EXTRACT(isodow FROM week_of) = 1", name=op.f("ck_workload_entries_week_of_is_monday")
        ),
        sa.CheckConstraint("actual_hours >= 0", name=op.f("ck_workload_entries_actual_hours_positive")),
        sa.CheckConstraint("hours_allocated >= 0", name=op.f("ck_workload_entries_hours_allocated_positive")),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_workload_entries_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_workload_entries_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workload_entries")),
        sa.UniqueConstraint(
            "user_id",
            "initiative_id",
            "week_of",
            name=op.f("uq_workload_entries_user_id_initiative_id_week_of"),
            postgresql_nulls_not_distinct=True,
        ),
    )
    op.create_index(op.f("ix_workload_entries_created_at"), "workload_entries", ["created_at"], unique=False)
    op.create_index(
        op.f("ix_workload_entries_initiative_id"), "workload_entries", ["initiative_id"], unique=False
    )
    op.create_index(op.f("ix_workload_entries_week_of"), "workload_entries", ["week_of"], unique=False)
    op.create_table(
        "action_items",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("phase_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("classification", sa.Text(), server_default=sa.text("'action_item'::text"), nullable=False),
        sa.Column("assigned_to", sa.Uuid(), nullable=True),
        sa.Column("external_stakeholder_id", sa.Uuid(), nullable=True),
        sa.Column("owner_name", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), server_default=sa.text("'not_started'::text"), nullable=False),
        sa.Column("priority", sa.Text(), server_default=sa.text("'medium'::text"), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source", sa.Text(), server_default=sa.text("'manual'::text"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "classification IN ('action_item', 'escalation', 'decision_needed', 'risk', 'blocker')",
            name=op.f("ck_action_items_classification"),
        ),
        sa.CheckConstraint(
            "priority IN ('critical', 'high', 'medium', 'low')", name=op.f("ck_action_items_priority")
        ),
        sa.CheckConstraint(
            "source IN ('manual', 'gate_review', 'ai_suggested')", name=op.f("ck_action_items_source")
        ),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'blocked', 'completed', 'deferred', 'cancelled')",
            name=op.f("ck_action_items_status"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_action_items_assigned_to_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["external_stakeholder_id"],
            ["external_stakeholders.id"],
            name=op.f("fk_action_items_external_stakeholder_id_external_stakeholders"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_action_items_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phases.id"], name=op.f("fk_action_items_phase_id_phases"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    op.create_index(op.f("ix_action_items_assigned_to"), "action_items", ["assigned_to"], unique=False)
    op.create_index(op.f("ix_action_items_classification"), "action_items", ["classification"], unique=False)
    op.create_index(op.f("ix_action_items_created_at"), "action_items", ["created_at"], unique=False)
    op.create_index(op.f("ix_action_items_due_date"), "action_items", ["due_date"], unique=False)
    op.create_index(
        op.f("ix_action_items_external_stakeholder_id"),
        "action_items",
        ["external_stakeholder_id"],
        unique=False,
    )
    op.create_index(op.f("ix_action_items_initiative_id"), "action_items", ["initiative_id"], unique=False)
    op.create_index(op.f("ix_action_items_phase_id"), "action_items", ["phase_id"], unique=False)
    op.create_index(op.f("ix_action_items_priority"), "action_items", ["priority"], unique=False)
    op.create_index(op.f("ix_action_items_status"), "action_items", ["status"], unique=False)
    op.create_table(
        "ai_conversations",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=True),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("phase_id", sa.Uuid(), nullable=True),
        sa.Column("agent_type", sa.Text(), server_default=sa.text("'orchestrator'::text"), nullable=False),
        sa.Column(
            "messages",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("context_summary", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.CheckConstraint(
            "agent_type IN ('orchestrator', 'triage', 'dmaic_coach', 'stats_advisor', 'data_agent', 'chart_agent', 'report_agent')",
            name=op.f("ck_ai_conversations_agent_type"),
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_ai_conversations_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phases.id"], name=op.f("fk_ai_conversations_phase_id_phases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_ai_conversations_request_id_requests"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_ai_conversations_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ai_conversations")),
    )
    op.create_index(op.f("ix_ai_conversations_created_at"), "ai_conversations", ["created_at"], unique=False)
    op.create_index(
        op.f("ix_ai_conversations_initiative_id"), "ai_conversations", ["initiative_id"], unique=False
    )
    op.create_index(op.f("ix_ai_conversations_phase_id"), "ai_conversations", ["phase_id"], unique=False)
    op.create_index(op.f("ix_ai_conversations_request_id"), "ai_conversations", ["request_id"], unique=False)
    op.create_index(op.f("ix_ai_conversations_user_id"), "ai_conversations", ["user_id"], unique=False)
    op.create_table(
        "datasets",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("phase_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("file_path", sa.Text(), nullable=False),
        sa.Column("original_filename", sa.Text(), nullable=True),
        sa.Column("file_format", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=True),
        sa.Column("row_count", sa.Integer(), nullable=True),
        sa.Column("column_count", sa.Integer(), nullable=True),
        sa.Column(
            "columns",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "summary_stats",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "data_preview",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "quality_issues",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "recommended_tests",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("profile_status", sa.Text(), server_default=sa.text("'pending'::text"), nullable=False),
        sa.Column("profile_error", sa.Text(), nullable=True),
        sa.Column("uploaded_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("file_format IN ('csv', 'xlsx')", name=op.f("ck_datasets_file_format")),
        sa.CheckConstraint(
            "profile_status IN ('pending', 'profiled', 'failed')", name=op.f("ck_datasets_profile_status")
        ),
        sa.CheckConstraint("column_count >= 0", name=op.f("ck_datasets_column_count_positive")),
        sa.CheckConstraint("row_count >= 0", name=op.f("ck_datasets_row_count_positive")),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_datasets_size_bytes_positive")),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_datasets_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phases.id"], name=op.f("fk_datasets_phase_id_phases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_datasets_uploaded_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_datasets")),
        sa.UniqueConstraint("file_path", name=op.f("uq_datasets_file_path")),
    )
    op.create_index(op.f("ix_datasets_created_at"), "datasets", ["created_at"], unique=False)
    op.create_index(op.f("ix_datasets_initiative_id"), "datasets", ["initiative_id"], unique=False)
    op.create_index(op.f("ix_datasets_phase_id"), "datasets", ["phase_id"], unique=False)
    op.create_index(op.f("ix_datasets_profile_status"), "datasets", ["profile_status"], unique=False)
    op.create_index(op.f("ix_datasets_uploaded_by"), "datasets", ["uploaded_by"], unique=False)
    op.create_table(
        "documents",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("phase_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("document_type", sa.Text(), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("external_url", sa.Text(), nullable=True),
        sa.Column("original_filename", sa.Text(), nullable=True),
        sa.Column("mime_type", sa.Text(), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("sha256", sa.Text(), nullable=True),
        sa.Column("uploaded_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "document_type IN ('charter', 'requirements', 'report', 'presentation', 'data', 'reference', 'sop', 'training')",
            name=op.f("ck_documents_document_type"),
        ),
        sa.CheckConstraint(
            "num_nonnulls(file_path, external_url) = 1", name=op.f("ck_documents_file_path_xor_external_url")
        ),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_documents_size_bytes_positive")),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_documents_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phases.id"], name=op.f("fk_documents_phase_id_phases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_documents_uploaded_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("file_path", name=op.f("uq_documents_file_path")),
    )
    op.create_index(op.f("ix_documents_created_at"), "documents", ["created_at"], unique=False)
    op.create_index(op.f("ix_documents_document_type"), "documents", ["document_type"], unique=False)
    op.create_index(op.f("ix_documents_initiative_id"), "documents", ["initiative_id"], unique=False)
    op.create_index(op.f("ix_documents_phase_id"), "documents", ["phase_id"], unique=False)
    op.create_index(op.f("ix_documents_uploaded_by"), "documents", ["uploaded_by"], unique=False)
    op.create_table(
        "gate_reviews",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("phase_id", sa.Uuid(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("reviewer_id", sa.Uuid(), nullable=True),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column(
            "readiness",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("decided_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "decision = 'approved' OR comments IS NOT NULL", name=op.f("ck_gate_reviews_comments_required")
        ),
        sa.CheckConstraint(
            "decision IN ('approved', 'conditionally_approved', 'returned', 'on_hold', 'rejected')",
            name=op.f("ck_gate_reviews_decision"),
        ),
        sa.CheckConstraint("attempt >= 1", name=op.f("ck_gate_reviews_attempt_positive")),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phases.id"], name=op.f("fk_gate_reviews_phase_id_phases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["users.id"], name=op.f("fk_gate_reviews_reviewer_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gate_reviews")),
        sa.UniqueConstraint("phase_id", "attempt", name=op.f("uq_gate_reviews_phase_id_attempt")),
    )
    op.create_index(op.f("ix_gate_reviews_created_at"), "gate_reviews", ["created_at"], unique=False)
    op.create_index(op.f("ix_gate_reviews_decision"), "gate_reviews", ["decision"], unique=False)
    op.create_index(op.f("ix_gate_reviews_reviewer_id"), "gate_reviews", ["reviewer_id"], unique=False)
    op.create_table(
        "metric_values",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("metric_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("value", sa.Numeric(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("entered_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entered_by"], ["users.id"], name=op.f("fk_metric_values_entered_by_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["metric_id"], ["metrics.id"], name=op.f("fk_metric_values_metric_id_metrics"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric_values")),
        sa.UniqueConstraint(
            "metric_id", "period_start", name=op.f("uq_metric_values_metric_id_period_start")
        ),
    )
    op.create_index(op.f("ix_metric_values_created_at"), "metric_values", ["created_at"], unique=False)
    op.create_index(op.f("ix_metric_values_entered_by"), "metric_values", ["entered_by"], unique=False)
    op.create_table(
        "notes",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("phase_id", sa.Uuid(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("note_type", sa.Text(), server_default=sa.text("'general'::text"), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "note_type IN ('general', 'decision', 'blocker', 'status_update', 'meeting_notes', 'gate_review')",
            name=op.f("ck_notes_note_type"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_notes_author_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_notes_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phases.id"], name=op.f("fk_notes_phase_id_phases"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index(op.f("ix_notes_author_id"), "notes", ["author_id"], unique=False)
    op.create_index(op.f("ix_notes_created_at"), "notes", ["created_at"], unique=False)
    op.create_index(op.f("ix_notes_initiative_id"), "notes", ["initiative_id"], unique=False)
    op.create_index(op.f("ix_notes_note_type"), "notes", ["note_type"], unique=False)
    op.create_index(op.f("ix_notes_phase_id"), "notes", ["phase_id"], unique=False)
    op.create_table(
        "phase_artifacts",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("phase_id", sa.Uuid(), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("artifact_type", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "content",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("status", sa.Text(), server_default=sa.text("'draft'::text"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "artifact_type IN ('project_charter', 'sipoc', 'voc_ctq_tree', 'stakeholder_map', 'problem_statement', 'data_collection_plan', 'operational_definitions', 'msa_results', 'process_map', 'value_stream_map', 'baseline_capability', 'fishbone_diagram', 'five_why', 'hypothesis_test', 'regression_analysis', 'pareto_analysis', 'fmea', 'root_cause_verification', 'solution_matrix', 'pilot_plan', 'implementation_plan', 'before_after_comparison', 'cost_benefit', 'control_plan', 'control_charts', 'sop_document', 'training_plan', 'handoff_checklist', 'monitoring_plan', 'a3_report', 'pdsa_cycle', 'kaizen_charter', 'current_state_map', 'waste_analysis', 'change_record', 'verification_record')",
            name=op.f("ck_phase_artifacts_artifact_type"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'complete', 'reviewed')", name=op.f("ck_phase_artifacts_status")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_phase_artifacts_version_positive")),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
            name=op.f("fk_phase_artifacts_created_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_phase_artifacts_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phases.id"], name=op.f("fk_phase_artifacts_phase_id_phases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_artifacts")),
    )
    op.create_index(
        op.f("ix_phase_artifacts_artifact_type"), "phase_artifacts", ["artifact_type"], unique=False
    )
    op.create_index(op.f("ix_phase_artifacts_created_at"), "phase_artifacts", ["created_at"], unique=False)
    op.create_index(op.f("ix_phase_artifacts_created_by"), "phase_artifacts", ["created_by"], unique=False)
    op.create_index(
        op.f("ix_phase_artifacts_initiative_id"), "phase_artifacts", ["initiative_id"], unique=False
    )
    op.create_index(op.f("ix_phase_artifacts_phase_id"), "phase_artifacts", ["phase_id"], unique=False)
    op.create_index(op.f("ix_phase_artifacts_status"), "phase_artifacts", ["status"], unique=False)
    op.create_table(
        "statistical_analyses",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("dataset_id", sa.Uuid(), nullable=True),
        sa.Column("phase_id", sa.Uuid(), nullable=True),
        sa.Column("test_type", sa.Text(), nullable=False),
        sa.Column("test_category", sa.Text(), nullable=False),
        sa.Column(
            "configuration",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("status", sa.Text(), server_default=sa.text("'pending'::text"), nullable=False),
        sa.Column("results", postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), nullable=True),
        sa.Column(
            "charts",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "warnings",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("ai_recommended", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("ai_reasoning", sa.Text(), nullable=True),
        sa.Column("ai_interpretation", sa.Text(), nullable=True),
        sa.Column("ai_next_steps", sa.Text(), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("run_by", sa.Uuid(), nullable=True),
        sa.Column("run_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'running', 'completed', 'failed')",
            name=op.f("ck_statistical_analyses_status"),
        ),
        sa.CheckConstraint(
            "test_category IN ('descriptive', 'comparison', 'correlation', 'regression', 'spc', 'capability', 'msa', 'doe')",
            name=op.f("ck_statistical_analyses_test_category"),
        ),
        sa.CheckConstraint(
            "test_type IN ('descriptive_summary', 'normality_test', 'pareto_analysis', 'one_sample_t', 'two_sample_t', 'paired_t', 'one_way_anova', 'two_way_anova', 'mann_whitney', 'kruskal_wallis', 'chi_square_association', 'chi_square_goodness', 'correlation', 'simple_regression', 'multiple_regression', 'logistic_regression', 'i_mr_chart', 'xbar_r_chart', 'p_chart', 'np_chart', 'c_chart', 'u_chart', 'capability_normal', 'capability_nonnormal', 'msa_gage_rr', 'full_factorial', 'fractional_factorial', 'doe_analysis')",
            name=op.f("ck_statistical_analyses_test_type"),
        ),
        sa.CheckConstraint("duration_ms >= 0", name=op.f("ck_statistical_analyses_duration_ms_positive")),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["datasets.id"],
            name=op.f("fk_statistical_analyses_dataset_id_datasets"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_statistical_analyses_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"],
            ["phases.id"],
            name=op.f("fk_statistical_analyses_phase_id_phases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["run_by"], ["users.id"], name=op.f("fk_statistical_analyses_run_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistical_analyses")),
    )
    op.create_index(
        op.f("ix_statistical_analyses_created_at"), "statistical_analyses", ["created_at"], unique=False
    )
    op.create_index(
        op.f("ix_statistical_analyses_dataset_id"), "statistical_analyses", ["dataset_id"], unique=False
    )
    op.create_index(
        op.f("ix_statistical_analyses_initiative_id"), "statistical_analyses", ["initiative_id"], unique=False
    )
    op.create_index(
        op.f("ix_statistical_analyses_phase_id"), "statistical_analyses", ["phase_id"], unique=False
    )
    op.create_index(op.f("ix_statistical_analyses_run_by"), "statistical_analyses", ["run_by"], unique=False)
    op.create_index(op.f("ix_statistical_analyses_status"), "statistical_analyses", ["status"], unique=False)
    op.create_index(
        op.f("ix_statistical_analyses_test_category"), "statistical_analyses", ["test_category"], unique=False
    )
    op.create_index(
        op.f("ix_statistical_analyses_test_type"), "statistical_analyses", ["test_type"], unique=False
    )

    op.create_foreign_key(
        op.f("fk_requests_converted_initiative_id_initiatives"),
        "requests",
        "initiatives",
        ["converted_initiative_id"],
        ["id"],
        ondelete="SET NULL",
    )
    op.execute("ALTER SEQUENCE request_number_seq OWNED BY requests.request_number")
    op.execute("ALTER SEQUENCE initiative_number_seq OWNED BY initiatives.initiative_number")
    op.execute(AUDIT_APPEND_ONLY_FUNCTION)
    op.execute(AUDIT_APPEND_ONLY_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_events_append_only ON audit_events")
    op.execute("DROP FUNCTION tollgate_audit_events_append_only()")
    op.drop_constraint(
        op.f("fk_requests_converted_initiative_id_initiatives"), "requests", type_="foreignkey"
    )
    op.drop_index(op.f("ix_statistical_analyses_test_type"), table_name="statistical_analyses")
    op.drop_index(op.f("ix_statistical_analyses_test_category"), table_name="statistical_analyses")
    op.drop_index(op.f("ix_statistical_analyses_status"), table_name="statistical_analyses")
    op.drop_index(op.f("ix_statistical_analyses_run_by"), table_name="statistical_analyses")
    op.drop_index(op.f("ix_statistical_analyses_phase_id"), table_name="statistical_analyses")
    op.drop_index(op.f("ix_statistical_analyses_initiative_id"), table_name="statistical_analyses")
    op.drop_index(op.f("ix_statistical_analyses_dataset_id"), table_name="statistical_analyses")
    op.drop_index(op.f("ix_statistical_analyses_created_at"), table_name="statistical_analyses")
    op.drop_table("statistical_analyses")
    op.drop_index(op.f("ix_phase_artifacts_status"), table_name="phase_artifacts")
    op.drop_index(op.f("ix_phase_artifacts_phase_id"), table_name="phase_artifacts")
    op.drop_index(op.f("ix_phase_artifacts_initiative_id"), table_name="phase_artifacts")
    op.drop_index(op.f("ix_phase_artifacts_created_by"), table_name="phase_artifacts")
    op.drop_index(op.f("ix_phase_artifacts_created_at"), table_name="phase_artifacts")
    op.drop_index(op.f("ix_phase_artifacts_artifact_type"), table_name="phase_artifacts")
    op.drop_table("phase_artifacts")
    op.drop_index(op.f("ix_notes_phase_id"), table_name="notes")
    op.drop_index(op.f("ix_notes_note_type"), table_name="notes")
    op.drop_index(op.f("ix_notes_initiative_id"), table_name="notes")
    op.drop_index(op.f("ix_notes_created_at"), table_name="notes")
    op.drop_index(op.f("ix_notes_author_id"), table_name="notes")
    op.drop_table("notes")
    op.drop_index(op.f("ix_metric_values_entered_by"), table_name="metric_values")
    op.drop_index(op.f("ix_metric_values_created_at"), table_name="metric_values")
    op.drop_table("metric_values")
    op.drop_index(op.f("ix_gate_reviews_reviewer_id"), table_name="gate_reviews")
    op.drop_index(op.f("ix_gate_reviews_decision"), table_name="gate_reviews")
    op.drop_index(op.f("ix_gate_reviews_created_at"), table_name="gate_reviews")
    op.drop_table("gate_reviews")
    op.drop_index(op.f("ix_documents_uploaded_by"), table_name="documents")
    op.drop_index(op.f("ix_documents_phase_id"), table_name="documents")
    op.drop_index(op.f("ix_documents_initiative_id"), table_name="documents")
    op.drop_index(op.f("ix_documents_document_type"), table_name="documents")
    op.drop_index(op.f("ix_documents_created_at"), table_name="documents")
    op.drop_table("documents")
    op.drop_index(op.f("ix_datasets_uploaded_by"), table_name="datasets")
    op.drop_index(op.f("ix_datasets_profile_status"), table_name="datasets")
    op.drop_index(op.f("ix_datasets_phase_id"), table_name="datasets")
    op.drop_index(op.f("ix_datasets_initiative_id"), table_name="datasets")
    op.drop_index(op.f("ix_datasets_created_at"), table_name="datasets")
    op.drop_table("datasets")
    op.drop_index(op.f("ix_ai_conversations_user_id"), table_name="ai_conversations")
    op.drop_index(op.f("ix_ai_conversations_request_id"), table_name="ai_conversations")
    op.drop_index(op.f("ix_ai_conversations_phase_id"), table_name="ai_conversations")
    op.drop_index(op.f("ix_ai_conversations_initiative_id"), table_name="ai_conversations")
    op.drop_index(op.f("ix_ai_conversations_created_at"), table_name="ai_conversations")
    op.drop_table("ai_conversations")
    op.drop_index(op.f("ix_action_items_status"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_priority"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_phase_id"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_initiative_id"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_external_stakeholder_id"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_due_date"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_created_at"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_classification"), table_name="action_items")
    op.drop_index(op.f("ix_action_items_assigned_to"), table_name="action_items")
    op.drop_table("action_items")
    op.drop_index(op.f("ix_workload_entries_week_of"), table_name="workload_entries")
    op.drop_index(op.f("ix_workload_entries_initiative_id"), table_name="workload_entries")
    op.drop_index(op.f("ix_workload_entries_created_at"), table_name="workload_entries")
    op.drop_table("workload_entries")
    op.drop_index(op.f("ix_phases_status"), table_name="phases")
    op.drop_index(op.f("ix_phases_gate_decision"), table_name="phases")
    op.drop_index(op.f("ix_phases_gate_decided_by"), table_name="phases")
    op.drop_index(op.f("ix_phases_created_at"), table_name="phases")
    op.drop_table("phases")
    op.drop_index(op.f("ix_metrics_initiative_id"), table_name="metrics")
    op.drop_index(op.f("ix_metrics_created_at"), table_name="metrics")
    op.drop_index(op.f("ix_metrics_category"), table_name="metrics")
    op.drop_table("metrics")
    op.drop_index(op.f("ix_initiative_stakeholders_user_id"), table_name="initiative_stakeholders")
    op.drop_index(op.f("ix_initiative_stakeholders_role"), table_name="initiative_stakeholders")
    op.drop_index(op.f("ix_initiative_stakeholders_created_at"), table_name="initiative_stakeholders")
    op.drop_table("initiative_stakeholders")
    op.drop_index(op.f("ix_external_stakeholders_initiative_id"), table_name="external_stakeholders")
    op.drop_index(op.f("ix_external_stakeholders_created_at"), table_name="external_stakeholders")
    op.drop_table("external_stakeholders")
    op.drop_index(op.f("ix_team_members_user_id"), table_name="team_members")
    op.drop_index(op.f("ix_team_members_created_at"), table_name="team_members")
    op.drop_table("team_members")
    op.drop_index(op.f("ix_reports_status"), table_name="reports")
    op.drop_index(op.f("ix_reports_requested_by"), table_name="reports")
    op.drop_index(op.f("ix_reports_report_type"), table_name="reports")
    op.drop_index(op.f("ix_reports_job_id"), table_name="reports")
    op.drop_index(op.f("ix_reports_created_at"), table_name="reports")
    op.drop_table("reports")
    op.drop_index(op.f("ix_initiatives_team_id"), table_name="initiatives")
    op.drop_index(op.f("ix_initiatives_target_completion"), table_name="initiatives")
    op.drop_index("ix_initiatives_tags", table_name="initiatives", postgresql_using="gin")
    op.drop_index(op.f("ix_initiatives_status"), table_name="initiatives")
    op.drop_index(op.f("ix_initiatives_sponsor_id"), table_name="initiatives")
    op.drop_index("ix_initiatives_search", table_name="initiatives", postgresql_using="gin")
    op.drop_index(op.f("ix_initiatives_process_owner_id"), table_name="initiatives")
    op.drop_index(op.f("ix_initiatives_priority"), table_name="initiatives")
    op.drop_index(op.f("ix_initiatives_methodology"), table_name="initiatives")
    op.drop_index(
        "ix_initiatives_live_created_at",
        table_name="initiatives",
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.drop_index(op.f("ix_initiatives_lead_analyst_id"), table_name="initiatives")
    op.drop_index(op.f("ix_initiatives_initiative_type"), table_name="initiatives")
    op.drop_index(op.f("ix_initiatives_health"), table_name="initiatives")
    op.drop_table("initiatives")
    op.drop_index(op.f("ix_teams_manager_id"), table_name="teams")
    op.drop_index("ix_teams_lower_name", table_name="teams")
    op.drop_index(op.f("ix_teams_created_at"), table_name="teams")
    op.drop_table("teams")
    op.drop_index(op.f("ix_requests_urgency"), table_name="requests")
    op.drop_index(op.f("ix_requests_submitted_at"), table_name="requests")
    op.drop_index(op.f("ix_requests_status"), table_name="requests")
    op.drop_index(op.f("ix_requests_reviewed_by"), table_name="requests")
    op.drop_index(op.f("ix_requests_requester_user_id"), table_name="requests")
    op.drop_index(op.f("ix_requests_created_at"), table_name="requests")
    op.drop_index(op.f("ix_requests_converted_initiative_id"), table_name="requests")
    op.drop_table("requests")
    op.drop_index("ix_jobs_subject", table_name="jobs")
    op.drop_index(op.f("ix_jobs_status"), table_name="jobs")
    op.drop_index(op.f("ix_jobs_requested_by"), table_name="jobs")
    op.drop_index(op.f("ix_jobs_kind"), table_name="jobs")
    op.drop_index(op.f("ix_jobs_created_at"), table_name="jobs")
    op.drop_table("jobs")
    op.drop_index(op.f("ix_idempotency_keys_expires_at"), table_name="idempotency_keys")
    op.drop_index(op.f("ix_idempotency_keys_created_at"), table_name="idempotency_keys")
    op.drop_table("idempotency_keys")
    op.drop_index(op.f("ix_users_role"), table_name="users")
    op.drop_index("ix_users_lower_email", table_name="users")
    op.drop_index(op.f("ix_users_created_at"), table_name="users")
    op.drop_table("users")
    op.drop_index(op.f("ix_audit_events_occurred_at"), table_name="audit_events")
    op.drop_index("ix_audit_events_initiative_occurred", table_name="audit_events")
    op.drop_index("ix_audit_events_entity", table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_created_at"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_actor_id"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_action"), table_name="audit_events")
    op.drop_table("audit_events")
    # The sequences are owned by the dropped columns and went with them.
    op.execute("DROP FUNCTION tollgate_format_number(text, bigint)")
