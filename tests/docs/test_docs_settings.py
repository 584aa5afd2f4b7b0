"""The docs pages are served from local assets, and `TOLLGATE_DOCS_ENABLED=false` turns them off
(the contract itself stays at /api/v1/openapi.json and .yaml)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from handlers.app import create_app
from tests import support

UNUSED_DATABASE = "postgresql://nobody@127.0.0.1:1/unused"  # these requests never reach the database


async def client_for(docs_enabled: str) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(support.test_settings(UNUSED_DATABASE, TOLLGATE_DOCS_ENABLED=docs_enabled))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        yield c


@pytest.fixture
async def docs_on() -> AsyncIterator[httpx.AsyncClient]:
    async for c in client_for("true"):
        yield c


@pytest.fixture
async def docs_off() -> AsyncIterator[httpx.AsyncClient]:
    async for c in client_for("false"):
        yield c


async def test_docs_pages_load_their_assets_from_this_server(docs_on: httpx.AsyncClient) -> None:
    for page in ("/docs", "/redoc"):
        answer = await docs_on.get(page)
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/html")
        urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", answer.text)
        assert urls, answer.text
        assert all(url.startswith("/static/") for url in urls), urls
        assert "http://" not in answer.text and "https://" not in answer.text
        for url in urls:
            asset = await docs_on.get(url)
            assert asset.status_code == 200, url
            assert len(asset.content) > 1000, url
        assert "/api/v1/openapi.json" in answer.text


@pytest.mark.parametrize(
    "path", ["/docs", "/redoc", "/static/swagger-ui-bundle.js", "/static/redoc.standalone.js"]
)
async def test_docs_disabled_answer_404(docs_off: httpx.AsyncClient, path: str) -> None:
    answer = await docs_off.get(path)
    support.assert_error(answer, 404)


async def test_the_contract_is_served_with_docs_disabled(docs_off: httpx.AsyncClient) -> None:
    answer = await docs_off.get("/api/v1/openapi.json")
    assert answer.status_code == 200
    assert answer.json()["info"]["title"] == "Tollgate API"
    yaml_answer = await docs_off.get("/api/v1/openapi.yaml")
    assert yaml_answer.status_code == 200
    assert yaml_answer.text.startswith("openapi: 3.1.0")
