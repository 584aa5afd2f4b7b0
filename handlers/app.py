"""The application factory: generated routes, our middleware and error handling, the bundled contract
as the OpenAPI document, and docs served without any CDN."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cache
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.ext.asyncio import AsyncEngine

from generated.routers import ROUTERS
from handlers import ai_stream, contract, logs
from handlers.config import Settings, get_settings
from handlers.database import create_engine, session_factory
from handlers.errors import BadRequest, error_response, install_error_handlers
from handlers.idempotency import IdempotencyMiddleware
from handlers.middleware import BodySizeLimitMiddleware, MethodNotAllowedMiddleware, RequestContextMiddleware
from handlers.ratelimit import LoginThrottle
from handlers.services.ai import get_ai_orchestrator

API_PREFIX = "/api/v1"
STATIC_DIR = Path(fastapi_offline.__file__).parent / "static"


@cache
def _path_patterns() -> list[tuple[re.Pattern[str], list[str]]]:
    """Contract paths as regexes, the most concrete first: ``/users/me`` is matched before
    ``/users/{user_id}`` (as OpenAPI says), so ``DELETE /users/me`` is 405, not a bad user id."""
    patterns = []
    for path, methods in contract.path_methods():
        regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(API_PREFIX + path))
        concrete = sum(1 for segment in path.split("/") if segment and not segment.startswith("{"))
        patterns.append((concrete, re.compile(f"^{regex}$"), methods))
    patterns.sort(key=lambda entry: -entry[0])  # stable: ties keep the contract's order
    return [(pattern, methods) for _, pattern, methods in patterns]


def allowed_methods(path: str) -> list[str]:
    """The methods the contract defines for a concrete request path (for 405 ``Allow``)."""
    for pattern, methods in _path_patterns():
        if pattern.match(path):
            return methods
    return []


def create_app(settings: Settings | None = None, engine: AsyncEngine | None = None) -> FastAPI:
    settings = settings or get_settings()
    logs.configure(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own_engine = engine is None
        if own_engine:
            app.state.engine = create_engine(settings.database_url, pool_size=settings.db_pool_size)
            app.state.sessionmaker = session_factory(app.state.engine)
        from handlers.jobs_runtime import stop_background_sweeps, sweep_at_startup

        # Jobs left running by a dead worker fail; with Redis, lost queued jobs are sent again.
        await sweep_at_startup(app.state.sessionmaker, settings)
        try:
            yield
        finally:
            await stop_background_sweeps()
            limiter = getattr(app.state, "ai_rate_limiter", None)
            if limiter is not None:
                await limiter.close()
            if own_engine:
                await app.state.engine.dispose()

    app = FastAPI(
        title="Tollgate API",
        openapi_url=None,  # we serve the hand-written contract, not FastAPI's derived document
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.login_throttle = LoginThrottle(
        limit=settings.login_max_failures, window=settings.login_failure_window_seconds
    )
    # The AI orchestrator (TOLLGATE_AI_ENGINE); an unknown or unbuilt engine fails here, at startup.
    # Tests substitute a fake by assigning app.state.ai_orchestrator.
    app.state.ai_orchestrator = get_ai_orchestrator(settings)
    if engine is not None:
        app.state.engine = engine
        app.state.sessionmaker = session_factory(engine)

    for router in ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    # The AI stream is a WebSocket, outside the OpenAPI contract (described in POST /ai/chat).
    app.add_api_websocket_route(ai_stream.PATH, ai_stream.endpoint)
    install_error_handlers(app)

    async def _recursion(_: Request, __: Exception) -> JSONResponse:
        return error_response(BadRequest("The JSON body is nested too deeply"))

    app.add_exception_handler(RecursionError, _recursion)
    _add_contract_routes(app, settings)

    # Added innermost first: the body cap applies before idempotency buffers a body, and CORS
    # answers preflights before anything else.
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(MethodNotAllowedMiddleware, allowed_methods=allowed_methods)
    app.add_middleware(
        BodySizeLimitMiddleware,
        json_limit=settings.max_json_body_bytes,
        upload_limit=settings.max_upload_bytes,
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origin_list,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-ID"],
        expose_headers=["ETag", "Location", "X-Request-ID", "Retry-After"],
    )
    app.add_middleware(RequestContextMiddleware)
    return app


def _add_contract_routes(app: FastAPI, settings: Settings) -> None:
    bundle = contract.BUNDLE.read_bytes()
    as_json = json.dumps(contract.document()).encode()

    @app.get(f"{API_PREFIX}/openapi.yaml", include_in_schema=False)
    async def openapi_yaml() -> Response:
        return Response(bundle, media_type="application/yaml")

    @app.get(f"{API_PREFIX}/openapi.json", include_in_schema=False)
    async def openapi_json() -> Response:
        return Response(as_json, media_type="application/json")

    if not settings.docs_enabled:
        return
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=f"{API_PREFIX}/openapi.json",
            title="Tollgate API — docs",
            swagger_js_url="/static/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui.css",
            swagger_favicon_url="/static/favicon.png",
            swagger_ui_parameters={"persistAuthorization": True, "displayOperationId": True},
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=f"{API_PREFIX}/openapi.json",
            title="Tollgate API — reference",
            redoc_js_url="/static/redoc.standalone.js",
            redoc_favicon_url="/static/favicon.png",
            with_google_fonts=False,
        )
