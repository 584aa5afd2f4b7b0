"""Settings, from the environment and an optional ``.env`` file (see the README's table)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent

DEV_SECRET_KEY = "tollgate-development-secret-key-change-me-0123456789"  # noqa: S105 - refused in production
DEV_ADMIN_PASSWORD = "tollgate-admin"  # noqa: S105 - refused in production


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    env: Literal["development", "production", "test"] = Field(
        default="development", validation_alias="TOLLGATE_ENV"
    )
    database_url_env: str | None = Field(default=None, validation_alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, validation_alias="REDIS_URL")
    data_dir: Path = Field(default=ROOT / ".data", validation_alias="TOLLGATE_DATA_DIR")
    secret_key: SecretStr = Field(default=SecretStr(DEV_SECRET_KEY), validation_alias="TOLLGATE_SECRET_KEY")
    access_token_minutes: int = Field(
        default=60, ge=1, le=7 * 24 * 60, validation_alias="TOLLGATE_ACCESS_TOKEN_MINUTES"
    )
    admin_email: str = Field(default="admin@tollgate.local", validation_alias="TOLLGATE_ADMIN_EMAIL")
    admin_password: SecretStr = Field(
        default=SecretStr(DEV_ADMIN_PASSWORD), validation_alias="TOLLGATE_ADMIN_PASSWORD"
    )
    sample_data: bool | None = Field(default=None, validation_alias="TOLLGATE_SAMPLE_DATA")
    allow_registration: bool = Field(default=True, validation_alias="TOLLGATE_ALLOW_REGISTRATION")
    cors_origins: str = Field(
        default="http://localhost:5173,http://127.0.0.1:5173", validation_alias="TOLLGATE_CORS_ORIGINS"
    )
    host: str = Field(default="127.0.0.1", validation_alias="TOLLGATE_HOST")
    port: int = Field(default=8000, ge=1, le=65535, validation_alias="TOLLGATE_PORT")
    docs_enabled: bool = Field(default=True, validation_alias="TOLLGATE_DOCS_ENABLED")
    log_level: str = Field(default="INFO", validation_alias="TOLLGATE_LOG_LEVEL")
    db_pool_size: int = Field(default=10, ge=1, le=200, validation_alias="TOLLGATE_DB_POOL_SIZE")
    login_max_failures: int = Field(default=10, ge=1, le=1000, validation_alias="TOLLGATE_LOGIN_MAX_FAILURES")
    login_failure_window_seconds: int = Field(
        default=900, ge=1, le=86400, validation_alias="TOLLGATE_LOGIN_FAILURE_WINDOW_SECONDS"
    )
    max_upload_bytes: int = Field(
        default=100 * 1024 * 1024, ge=1, validation_alias="TOLLGATE_MAX_UPLOAD_BYTES"
    )
    max_json_body_bytes: int = Field(
        default=1024 * 1024, ge=1024, validation_alias="TOLLGATE_MAX_JSON_BODY_BYTES"
    )
    storage_backend: Literal["local"] = Field(default="local", validation_alias="TOLLGATE_STORAGE_BACKEND")
    max_document_bytes: int = Field(
        default=50 * 1024 * 1024, ge=1, validation_alias="TOLLGATE_MAX_DOCUMENT_BYTES"
    )
    # Which AIOrchestrator serves triage and the /ai/* operations (handlers/services/ai.py).
    ai_engine: Literal["stub", "local", "llm"] = Field(default="local", validation_alias="TOLLGATE_AI_ENGINE")
    # The ``llm`` engine's provider (handlers/services/ai_llm.py): required when ai_engine is "llm".
    ai_llm_provider: Literal["openai", "anthropic"] = Field(
        default="openai", validation_alias="TOLLGATE_AI_LLM_PROVIDER"
    )
    ai_llm_base_url: str | None = Field(default=None, validation_alias="TOLLGATE_AI_LLM_BASE_URL")
    ai_llm_model: str | None = Field(default=None, validation_alias="TOLLGATE_AI_LLM_MODEL")
    ai_llm_api_key: SecretStr | None = Field(default=None, validation_alias="TOLLGATE_AI_LLM_API_KEY")
    ai_llm_timeout_seconds: float = Field(
        default=60.0, gt=0, le=600, validation_alias="TOLLGATE_AI_LLM_TIMEOUT_SECONDS"
    )
    ai_llm_max_retries: int = Field(default=2, ge=0, le=10, validation_alias="TOLLGATE_AI_LLM_MAX_RETRIES")
    # Which StatsEngine profiles datasets and runs analyses (handlers/services/stats.py).
    stats_engine: Literal["real", "stub"] = Field(default="real", validation_alias="TOLLGATE_STATS_ENGINE")
    # Which ReportGenerator renders reports (handlers/services/reports/).
    report_engine: Literal["real", "stub"] = Field(default="real", validation_alias="TOLLGATE_REPORT_ENGINE")
    # AI rate limits per user (handlers/ai_ratelimit.py): in Redis when REDIS_URL is set, else in memory.
    ai_rate_limit: int = Field(default=30, ge=1, le=100_000, validation_alias="TOLLGATE_AI_RATE_LIMIT")
    ai_rate_window_seconds: int = Field(
        default=60, ge=1, le=86_400, validation_alias="TOLLGATE_AI_RATE_WINDOW_SECONDS"
    )
    ai_max_streams_per_user: int = Field(
        default=2, ge=1, le=100, validation_alias="TOLLGATE_AI_MAX_STREAMS_PER_USER"
    )
    ai_conversation_idle_days: int = Field(
        default=30, ge=1, le=3650, validation_alias="TOLLGATE_AI_CONVERSATION_IDLE_DAYS"
    )
    ai_conversation_max_messages: int = Field(
        default=200, ge=2, le=10_000, validation_alias="TOLLGATE_AI_CONVERSATION_MAX_MESSAGES"
    )

    @property
    def database_url(self) -> str:
        """The SQLAlchemy (asyncpg) URL: ``DATABASE_URL`` when set, else the embedded PostgreSQL 16.

        The embedded server (the ``pgserver`` package, data under ``TOLLGATE_DATA_DIR/pg``) is
        started on first use and reused by every later call in the process.
        """
        from handlers.database import async_url, embedded_database_url

        if self.database_url_env:
            return async_url(self.database_url_env)
        return embedded_database_url(self.data_dir / "pg")

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def seed_sample_data(self) -> bool:
        """Sample data defaults to on in development and test, off in production."""
        if self.sample_data is not None:
            return self.sample_data
        return self.env != "production"

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if len(self.secret_key.get_secret_value().encode()) < 32:
            raise ValueError("TOLLGATE_SECRET_KEY must be at least 32 bytes")
        if self.env == "production":
            if self.secret_key.get_secret_value() == DEV_SECRET_KEY:
                raise ValueError("TOLLGATE_SECRET_KEY must be set in production")
            if self.admin_password.get_secret_value() == DEV_ADMIN_PASSWORD:
                raise ValueError("TOLLGATE_ADMIN_PASSWORD must be set in production")
            if "*" in self.cors_origin_list:
                raise ValueError("TOLLGATE_CORS_ORIGINS may not be '*' (credentials are allowed)")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
