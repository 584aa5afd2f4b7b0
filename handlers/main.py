"""ASGI entry point: ``uvicorn handlers.main:app``."""

from handlers.app import create_app

app = create_app()
