"""Requests against the routers generated from fixtures/contract, run by test_generate.py.

Runs in a subprocess whose working directory holds the fixture's `generated/` and `handlers/`
packages (they would clash with the repository's own in the pytest process).
"""

from uuid import UUID

from fastapi import FastAPI
from fastapi.testclient import TestClient
from handlers.widgets import CALLS, WIDGET_ID

from generated.routers import ROUTERS

app = FastAPI()
for router in ROUTERS:
    app.include_router(router)
client = TestClient(app)
U1, U2 = "00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"


def test_list_defaults() -> None:
    r = client.get("/widgets")
    assert r.status_code == 200, r.text
    call = CALLS["list_widgets"]
    assert (call["page"], call["page_size"]) == (1, 25)
    assert (call["sort"].value, call["order"].value, call["kind"].value) == ("created_at", "desc", "gadget")
    assert call["status"] is None
    assert call["include_drafts"] is False
    assert call["archived"] is None


def test_list_filters() -> None:
    r = client.get(
        "/widgets",
        params=[
            ("status", "active,retired"),
            ("status", "draft"),
            ("owner_id", f"{U1},{U2}"),
            ("label", "red"),
            ("label", "blue"),
            ("type", "gizmo"),
            ("archived", "true"),
            ("min_score", "0.5"),
            ("due_to", "2026-01-31"),
            ("sort", "count"),
        ],
        headers={"X-Trace-Id": "abc"},
    )
    assert r.status_code == 200, r.text
    call = CALLS["list_widgets"]
    assert [s.value for s in call["status"]] == ["active", "retired", "draft"]
    assert call["owner_id"] == [UUID(U1), UUID(U2)]
    assert call["label"] == ["red", "blue"]
    assert call["type_"].value == "gizmo"
    assert call["archived"] is True
    assert call["min_score"] == 0.5
    assert call["due_to"].isoformat() == "2026-01-31"
    assert call["sort"].value == "count"
    assert call["x_trace_id"] == "abc"


def test_list_rejects_out_of_contract_values() -> None:
    for query in (
        "page_size=101",
        "page=0",
        "status=active,bogus",
        "status=" + ",".join(["draft"] * 11),
        "owner_id=not-a-uuid",
        "label=UPPER",
        "min_score=0",
        "sort=nope",
        "q=",
    ):
        r = client.get(f"/widgets?{query}")
        assert r.status_code == 422, (query, r.status_code, r.text)


def test_required_query_parameter() -> None:
    assert client.get("/widget-searches").status_code == 422
    r = client.get("/widget-searches?term=ab")
    assert r.status_code == 200, r.text
    assert CALLS["search_widgets"] == {"page": 1, "term": "ab"}
    assert r.json()[0]["title"] == "ab"


def test_literal_path_before_parameter() -> None:
    r = client.get("/widgets/me")
    assert r.status_code == 200, r.text
    assert r.json()["title"] == "mine"


def test_create_with_body_and_header() -> None:
    r = client.post(
        "/widgets", json={"title": "new", "labels": {"abc": "x"}}, headers={"Idempotency-Key": "k1"}
    )
    assert r.status_code == 201, r.text
    call = CALLS["create_widget"]
    assert call["idempotency_key"] == "k1"
    assert call["body"].title == "new"
    assert call["body"].settings.color is None  # the object default {} became the model
    assert client.post("/widgets", json={"title": "x", "extra": 1}).status_code == 422
    assert (
        client.post("/widgets", json={"title": "x"}, headers={"Idempotency-Key": "bad key"}).status_code
        == 422
    )


def test_update_and_delete() -> None:
    r = client.patch(f"/widgets/{WIDGET_ID}", json={"title": "t2"}, headers={"If-Match": '"v1"'})
    assert r.status_code == 200, r.text
    assert CALLS["update_widget"]["if_match"] == '"v1"'
    r = client.delete(f"/widgets/{WIDGET_ID}")
    assert r.status_code == 204
    assert r.content == b""
    assert CALLS["delete_widget"] == {"widget_id": WIDGET_ID, "if_match": None}
    assert client.get("/widgets/not-a-uuid").status_code == 422


def test_upload_reads_the_raw_request() -> None:
    r = client.post(f"/widgets/{WIDGET_ID}/files", files={"file": ("a.csv", b"x,y\n1,2\n", "text/csv")})
    assert r.status_code == 202, r.text
    call = CALLS["upload_widget_file"]
    assert call["content_type"].startswith("multipart/form-data")
    assert call["size"] > 0
    r = client.post(f"/widgets/{WIDGET_ID}/files", json={"url": "https://example.com/a.csv"})
    assert r.status_code == 202, r.text
    assert CALLS["upload_widget_file"]["content_type"] == "application/json"


def test_download_returns_the_handlers_response() -> None:
    r = client.get(f"/widgets/{WIDGET_ID}/download")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")


def test_enum_and_pattern_path_parameters() -> None:
    r = client.get("/phases/INI-0042/measure")
    assert r.status_code == 200, r.text
    assert r.json()["title"] == "INI-0042/measure"
    assert client.get("/phases/INI-0042/bogus").status_code == 422
    assert client.get("/phases/XYZ/measure").status_code == 422


def test_public_login() -> None:
    r = client.post("/auth/login", json={"email": "a@b.c", "password": "p"})
    assert r.status_code == 200, r.text
    assert r.json() == {"access_token": "token-for-a@b.c"}


if __name__ == "__main__":
    tests = [f for name, f in sorted(globals().items()) if name.startswith("test_") and callable(f)]
    for test in tests:
        test()
    print(f"{len(tests)} fixture requests ok")
