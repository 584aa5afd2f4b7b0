"""The generated Python client (generated/python_client, package `tollgate_client`) against the live
API: the same scenarios as the TypeScript client's tests (tests/clients/ts/client.test.ts)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from uuid import uuid4

import httpx
import pytest
from tollgate_client import ApiError, AuthenticatedClient, Client, unwrap
from tollgate_client.api.auth import login
from tollgate_client.api.documents import create_document, download_document
from tollgate_client.api.initiatives import create_initiative, get_initiative, list_initiatives
from tollgate_client.api.users import get_current_user
from tollgate_client.models import (
    DocumentType,
    DocumentUpload,
    Error,
    InitialInitiativeStatus,
    InitiativeCreate,
    InitiativeResponse,
    InitiativeSort,
    InitiativeStatus,
    LoginRequest,
    PhaseName,
    Priority,
    SortOrder,
)
from tollgate_client.types import File

from tests.live_server import LiveServer

pytestmark = pytest.mark.slow

RUN = uuid4().hex[:8]  # in titles: rows of other runs never match the filters


class Recorder:
    """Every request the client sends (httpx event hook), to check what went on the wire."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture(scope="module")
def token(live_server: LiveServer) -> str:
    with Client(base_url=live_server.api_url) as anonymous:
        answer = unwrap(
            login.sync_detailed(
                client=anonymous,
                body=LoginRequest(email=live_server.admin_email, password=live_server.admin_password),
            )
        )
    assert answer.token_type.value == "bearer"
    return answer.access_token


@pytest.fixture
def sent() -> Recorder:
    return Recorder()


@pytest.fixture
def api(live_server: LiveServer, token: str, sent: Recorder) -> Iterator[AuthenticatedClient]:
    client = AuthenticatedClient(
        base_url=live_server.api_url, token=token, httpx_args={"event_hooks": {"request": [sent]}}
    )
    with client:
        yield client


def new_initiative(
    api: AuthenticatedClient, title: str, status: InitialInitiativeStatus
) -> InitiativeResponse:
    return unwrap(
        create_initiative.sync_detailed(
            client=api, body=InitiativeCreate(title=title, status=status, priority=Priority.HIGH)
        )
    )


def test_without_a_token_the_api_answers_401_with_the_error_body(live_server: LiveServer) -> None:
    with Client(base_url=live_server.api_url) as anonymous:
        response = get_current_user.sync_detailed(client=anonymous)
    assert response.status_code == 401
    with pytest.raises(ApiError) as caught:
        unwrap(response)
    assert (caught.value.status_code, caught.value.error) == (401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_token_is_sent_as_a_bearer_token(
    api: AuthenticatedClient, token: str, sent: Recorder, live_server: LiveServer
) -> None:
    me = unwrap(get_current_user.sync_detailed(client=api))
    assert me.email == live_server.admin_email
    assert me.role.value == "admin"
    assert sent.last.headers["authorization"] == f"Bearer {token}"


def test_create_answers_201_with_the_typed_initiative(api: AuthenticatedClient) -> None:
    response = create_initiative.sync_detailed(
        client=api,
        body=InitiativeCreate(
            title=f"PY {RUN} created", status=InitialInitiativeStatus.PLANNED, priority=Priority.LOW
        ),
        idempotency_key=f"py-{RUN}-create",
    )
    assert response.status_code == 201
    created = response.parsed
    assert isinstance(created, InitiativeResponse)
    assert re.fullmatch(r"INI-\d{4,}", created.initiative_number)
    assert (created.title, created.status, created.priority) == (
        f"PY {RUN} created",
        InitiativeStatus.PLANNED,
        Priority.LOW,
    )
    assert [p.phase_name.value for p in created.phases] == [
        "define",
        "measure",
        "analyze",
        "improve",
        "control",
    ]
    assert response.headers["location"] == f"/api/v1/initiatives/{created.id}"


def test_list_with_filters_sends_arrays_comma_separated(api: AuthenticatedClient, sent: Recorder) -> None:
    active = new_initiative(api, f"PY {RUN} listed active", InitialInitiativeStatus.ACTIVE)
    new_initiative(api, f"PY {RUN} listed planned", InitialInitiativeStatus.PLANNED)

    page = unwrap(
        list_initiatives.sync_detailed(
            client=api,
            status=[InitiativeStatus.ACTIVE, InitiativeStatus.ON_HOLD],
            q=f"PY {RUN} listed",
            page_size=50,
            sort=InitiativeSort.TITLE,
            order=SortOrder.ASC,
        )
    )
    assert sent.last.url.path == "/api/v1/initiatives"
    assert sent.last.url.params.get_list("status") == ["active,on_hold"]
    assert [i.initiative_number for i in page.items] == [active.initiative_number]
    assert (page.total, page.page, page.page_size, page.has_more) == (1, 1, 50, False)


def test_upload_sends_multipart_and_the_server_stores_the_file(
    api: AuthenticatedClient, sent: Recorder
) -> None:
    initiative = new_initiative(api, f"PY {RUN} upload", InitialInitiativeStatus.ACTIVE)
    content = b"step,minutes\napprove,12\npay,3\n"
    response = create_document.sync_detailed(
        initiative.initiative_number,
        client=api,
        body=DocumentUpload(
            file=File(payload=BytesIO(content), file_name="cycle-times.csv", mime_type="text/csv"),
            document_type=DocumentType.DATA,
            name="Cycle times",
            phase=PhaseName.MEASURE,
        ),
    )
    assert response.status_code == 201, response.content
    assert sent.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    document = unwrap(response)
    assert (document.name, document.original_filename, document.size_bytes) == (
        "Cycle times",
        "cycle-times.csv",
        len(content),
    )
    assert (document.document_type, document.phase_name, document.initiative_id) == (
        DocumentType.DATA,
        PhaseName.MEASURE,
        initiative.id,
    )
    downloaded = unwrap(download_document.sync_detailed(document.id, client=api))
    assert downloaded.payload.read() == content


def test_a_404_is_an_api_error_with_the_error_body(api: AuthenticatedClient) -> None:
    response = get_initiative.sync_detailed("INI-99999999", client=api)
    assert response.status_code == 404
    assert isinstance(response.parsed, Error)  # the documented error bodies are parsed too
    with pytest.raises(ApiError) as caught:
        unwrap(response)
    error = caught.value
    assert (error.status_code, error.error) == (404, "not_found")
    assert error.detail
    assert error.fields == []
    assert str(error).startswith("404 not_found: ")
    assert error.body is not None and error.body.to_dict() == {
        "error": "not_found",
        "detail": error.detail,
        "status_code": 404,
    }


def test_a_422_is_an_api_error_with_the_rejected_fields(api: AuthenticatedClient) -> None:
    with pytest.raises(ApiError) as caught:
        unwrap(create_initiative.sync_detailed(client=api, body=InitiativeCreate(title="")))
    assert (caught.value.status_code, caught.value.error) == (422, "validation_error")
    assert [f.loc for f in caught.value.fields] == [["body", "title"]]
    assert caught.value.fields[0].msg

    with pytest.raises(ApiError) as caught:
        unwrap(list_initiatives.sync_detailed(client=api, page_size=1000))
    assert [f.loc for f in caught.value.fields] == [["query", "page_size"]]
