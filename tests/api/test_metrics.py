"""Metrics and their values: target_met computed by the database for each direction, the history and
the current value, period labels, target rules, permissions, ETags, 404/409/412/422."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import func, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.metrics import period_label
from handlers.tables import Metric, User
from tests.conftest import MakeUser, auth
from tests.support import assert_error


@dataclass
class World:
    admin: User
    manager: User
    member: User
    outsider: User
    other_manager: User
    viewer: User
    initiative: dict[str, Any]

    @property
    def ini(self) -> str:
        return str(self.initiative["id"])


@pytest.fixture
async def world(client: httpx.AsyncClient, make_user: MakeUser, make_team: Any) -> World:
    admin = await make_user("admin")
    manager = await make_user("manager")
    member = await make_user("analyst")
    other_manager = await make_user("manager")
    team = await make_team(members=[(member, "member")], manager_id=manager.id)
    await make_team(manager_id=other_manager.id)
    r = await client.post(
        "/initiatives", json={"title": "Metrics test", "team_id": str(team.id)}, headers=auth(admin)
    )
    assert r.status_code == 201, r.text
    return World(
        admin=admin,
        manager=manager,
        member=member,
        outsider=await make_user("analyst"),
        other_manager=other_manager,
        viewer=await make_user("viewer"),
        initiative=r.json(),
    )


async def create(
    client: httpx.AsyncClient, world: World, user: User | None = None, **body: Any
) -> dict[str, Any]:
    r = await client.post(
        f"/initiatives/{world.ini}/metrics",
        json={"name": "Cycle time", **body},
        headers=auth(user or world.member),
    )
    assert r.status_code == 201, r.text
    return dict(r.json())


async def record(
    client: httpx.AsyncClient, metric_id: str, user: User, period_start: str, value: float, **extra: Any
) -> httpx.Response:
    return await client.post(
        f"/metrics/{metric_id}/values",
        json={"period_start": period_start, "value": value, **extra},
        headers=auth(user),
    )


async def db_metric(db: AsyncSession, metric_id: str) -> dict[str, Any]:
    row = (await db.execute(text("SELECT * FROM metrics WHERE id = :id"), {"id": metric_id})).mappings().one()
    return dict(row)


async def audit_events(db: AsyncSession, entity_id: str) -> list[dict[str, Any]]:
    rows = await db.execute(
        text("SELECT * FROM audit_events WHERE entity_id = :id ORDER BY occurred_at, id"), {"id": entity_id}
    )
    return [dict(r) for r in rows.mappings().all()]


# --- create and get -----------------------------------------------------------------------------


async def test_create_returns_the_metric_with_location_etag_and_audit(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    r = await client.post(
        f"/initiatives/{world.initiative['initiative_number']}/metrics",
        json={
            "name": "Invoice approval cycle time",
            "unit": "days",
            "category": "delivery",
            "direction": "lower_is_better",
            "frequency": "weekly",
            "baseline_value": 12,
            "baseline_period": "Jan–Mar 2025",
            "target_value": 5.25,
        },
        headers=auth(world.member),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/metrics/{body['id']}"
    assert r.headers["etag"]
    assert body["initiative_id"] == world.ini
    assert (body["direction"], body["frequency"], body["category"]) == (
        "lower_is_better",
        "weekly",
        "delivery",
    )
    assert (body["baseline_value"], body["target_value"]) == (12, 5.25)
    assert body["current_value"] is None and body["current_as_of"] is None and body["current_period"] is None
    assert body["target_met"] is None
    row = await db_metric(db, body["id"])
    assert row["target_value"] == Decimal("5.25")
    assert row["target_met"] is None
    events = await audit_events(db, body["id"])
    assert [(e["entity_type"], e["action"], str(e["initiative_id"])) for e in events] == [
        ("metric", "create", world.ini)
    ]
    assert events[0]["changes"]["name"] == [None, "Invoice approval cycle time"]
    got = await client.get(f"/metrics/{body['id']}", headers=auth(world.viewer))
    assert got.status_code == 200
    assert got.json() == body
    assert got.headers["etag"] == r.headers["etag"]


async def test_defaults(client: httpx.AsyncClient, world: World) -> None:
    body = await create(client, world)
    assert (body["direction"], body["frequency"]) == ("higher_is_better", "monthly")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"direction": "within_range", "target_lower": 10, "target_upper": 5}, "target_lower"),
        ({"target_lower": 10, "target_upper": 5}, "target_lower"),
        ({"direction": "within_range"}, "target_lower"),  # a range needs at least one bound
        ({"direction": "within_range", "target_value": 3}, "target_lower"),
        ({"target_value": 1.0e13}, "target_value"),
        ({"direction": "sideways"}, "direction"),
        ({"current_value": 3}, None),  # server-owned
        ({"target_met": True}, None),
        ({"name": ""}, "name"),
    ],
)
async def test_create_validation(
    client: httpx.AsyncClient, db: AsyncSession, world: World, body: dict[str, Any], field: str | None
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/metrics", json={"name": "M", **body}, headers=auth(world.member)
    )
    error = assert_error(r, 422)
    if field:
        assert field in [f["loc"][-1] for f in error["fields"]] or field in error["detail"], error
    count = (
        await db.execute(text("SELECT count(*) FROM metrics WHERE initiative_id = :i"), {"i": world.ini})
    ).scalar_one()
    assert count == 0


async def test_a_range_with_one_open_bound_is_fine(client: httpx.AsyncClient, world: World) -> None:
    body = await create(client, world, direction="within_range", target_upper=21)
    assert (body["target_lower"], body["target_upper"]) == (None, 21)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("viewer", 403),
        ("outsider", 403),
        ("other_manager", 403),
        ("member", 201),
        ("manager", 201),
        ("admin", 201),
    ],
)
async def test_create_permissions_per_role(
    client: httpx.AsyncClient, db: AsyncSession, world: World, who: str, expected: int
) -> None:
    r = await client.post(
        f"/initiatives/{world.ini}/metrics", json={"name": f"by {who}"}, headers=auth(getattr(world, who))
    )
    if expected == 201:
        assert r.status_code == 201, r.text
    else:
        assert_error(r, expected)
    count = (
        await db.execute(text("SELECT count(*) FROM metrics WHERE name = :n"), {"n": f"by {who}"})
    ).scalar_one()
    assert count == (1 if expected == 201 else 0)


async def test_401_and_404(client: httpx.AsyncClient, world: World) -> None:
    assert_error(await client.post(f"/initiatives/{world.ini}/metrics", json={"name": "x"}), 401)
    assert_error(await client.get(f"/metrics/{uuid4()}"), 401)
    admin = auth(world.admin)
    assert_error(await client.post("/initiatives/INI-99999/metrics", json={"name": "x"}, headers=admin), 404)
    assert_error(await client.get("/initiatives/INI-99999/metrics", headers=admin), 404)
    missing = uuid4()
    assert_error(await client.get(f"/metrics/{missing}", headers=admin), 404)
    assert_error(await client.patch(f"/metrics/{missing}", json={"name": "x"}, headers=admin), 404)
    assert_error(await client.delete(f"/metrics/{missing}", headers=admin), 404)
    assert_error(await client.get(f"/metrics/{missing}/values", headers=admin), 404)
    assert_error(await record(client, str(missing), world.admin, "2025-01-01", 1), 404)
    metric = await create(client, world)
    assert (await client.delete(f"/initiatives/{world.ini}", headers=admin)).status_code == 204
    assert_error(await client.get(f"/metrics/{metric['id']}", headers=admin), 404)
    assert_error(await client.get(f"/metrics/{metric['id']}/values", headers=admin), 404)
    assert_error(await record(client, metric["id"], world.admin, "2025-01-01", 1), 404)
    assert_error(
        await client.post(f"/initiatives/{world.ini}/metrics", json={"name": "x"}, headers=admin), 404
    )


# --- target_met -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("targets", "value", "expected"),
    [
        ({"direction": "higher_is_better", "target_value": 10}, 12, True),
        ({"direction": "higher_is_better", "target_value": 10}, 10, True),
        ({"direction": "higher_is_better", "target_value": 10}, 9.99, False),
        ({"direction": "higher_is_better"}, 12, None),  # no target
        ({"direction": "lower_is_better", "target_value": 5}, 4.5, True),
        ({"direction": "lower_is_better", "target_value": 5}, 5, True),
        ({"direction": "lower_is_better", "target_value": 5}, 6, False),
        ({"direction": "lower_is_better", "target_value": -2}, -3, True),
        ({"direction": "within_range", "target_lower": 10, "target_upper": 21}, 15, True),
        ({"direction": "within_range", "target_lower": 10, "target_upper": 21}, 21, True),
        ({"direction": "within_range", "target_lower": 10, "target_upper": 21}, 25, False),
        ({"direction": "within_range", "target_lower": 10, "target_upper": 21}, 9, False),
        ({"direction": "within_range", "target_lower": 10}, 1000, True),  # open upper bound
        ({"direction": "within_range", "target_lower": 10}, 9, False),
        ({"direction": "within_range", "target_upper": 21}, -1000, True),  # open lower bound
        ({"direction": "within_range", "target_upper": 21}, 22, False),
    ],
)
async def test_target_met_for_each_direction(
    client: httpx.AsyncClient,
    db: AsyncSession,
    world: World,
    targets: dict[str, Any],
    value: float,
    expected: bool | None,
) -> None:
    metric = await create(client, world, **targets)
    r = await record(client, metric["id"], world.member, "2025-03-01", value)
    assert r.status_code == 201, r.text
    got = (await client.get(f"/metrics/{metric['id']}", headers=auth(world.viewer))).json()
    assert got["current_value"] == value
    assert got["target_met"] is expected
    assert (await db_metric(db, metric["id"]))["target_met"] is expected


async def test_changing_the_target_recomputes_target_met(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    metric = await create(client, world, direction="higher_is_better", target_value=10)
    assert (await record(client, metric["id"], world.member, "2025-03-01", 8)).status_code == 201
    r = await client.patch(f"/metrics/{metric['id']}", json={"target_value": 7.5}, headers=auth(world.member))
    assert r.status_code == 200, r.text
    assert r.json()["target_met"] is True
    r = await client.patch(
        f"/metrics/{metric['id']}", json={"direction": "lower_is_better"}, headers=auth(world.member)
    )
    assert r.json()["target_met"] is False
    r = await client.patch(
        f"/metrics/{metric['id']}",
        json={"direction": "within_range", "target_lower": 7, "target_upper": 9},
        headers=auth(world.member),
    )
    assert r.status_code == 200, r.text
    assert r.json()["target_met"] is True
    assert (await db_metric(db, metric["id"]))["target_met"] is True
    events = await audit_events(db, metric["id"])
    # (one transaction in tests: occurred_at is the same for all, so compare without order)
    assert sorted(e["action"] for e in events) == ["create", "update", "update", "update", "update"]
    assert {"target_value": ["10", "7.5"]} in [e["changes"] for e in events]


# --- values and the current value --------------------------------------------------------------------


async def test_values_history_and_current_value(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    metric = await create(client, world, direction="lower_is_better", target_value=10)
    mid = metric["id"]
    r = await record(client, mid, world.member, "2025-03-01", 14, notes="first month")
    assert r.status_code == 201, r.text
    first = r.json()
    assert r.headers["location"] == f"/api/v1/metrics/{mid}/values"
    assert r.headers["etag"]
    assert (first["metric_id"], first["period_start"], first["value"], first["notes"]) == (
        mid,
        "2025-03-01",
        14,
        "first month",
    )
    assert first["entered_by"] == str(world.member.id)

    assert (await record(client, mid, world.manager, "2025-05-01", 9.5)).status_code == 201
    got = (await client.get(f"/metrics/{mid}", headers=auth(world.viewer))).json()
    assert (got["current_value"], got["current_as_of"], got["current_period"], got["target_met"]) == (
        9.5,
        "2025-05-01",
        "2025-05",
        True,
    )
    # An older period only adds history.
    assert (await record(client, mid, world.member, "2025-04-01", 30)).status_code == 201
    got = (await client.get(f"/metrics/{mid}", headers=auth(world.viewer))).json()
    assert (got["current_value"], got["current_as_of"], got["target_met"]) == (9.5, "2025-05-01", True)
    row = await db_metric(db, mid)
    assert (row["current_value"], row["current_as_of"], row["current_period"]) == (
        Decimal("9.5"),
        date(2025, 5, 1),
        "2025-05",
    )

    r = await client.get(f"/metrics/{mid}/values?sort=period_start&order=asc", headers=auth(world.viewer))
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 3
    assert [(v["period_start"], v["value"]) for v in page["items"]] == [
        ("2025-03-01", 14),
        ("2025-04-01", 30),
        ("2025-05-01", 9.5),
    ]
    r = await client.get(
        f"/metrics/{mid}/values?period_from=2025-04-01&period_to=2025-04-30", headers=auth(world.viewer)
    )
    assert [v["period_start"] for v in r.json()["items"]] == ["2025-04-01"]
    r = await client.get(
        f"/metrics/{mid}/values?sort=value&order=desc&page_size=2", headers=auth(world.viewer)
    )
    page = r.json()
    assert [v["value"] for v in page["items"]] == [30, 14] and page["has_more"] is True

    # One value per period.
    dup = await record(client, mid, world.member, "2025-05-01", 1)
    assert_error(dup, 409)
    assert (await db_metric(db, mid))["current_value"] == Decimal("9.5")

    # The audit log: values, and the metric's current value when it moved.
    value_events = (
        (
            await db.execute(
                text("SELECT * FROM audit_events WHERE entity_type = 'metric_value' AND initiative_id = :i"),
                {"i": world.ini},
            )
        )
        .mappings()
        .all()
    )
    assert len(value_events) == 3
    metric_events = await audit_events(db, mid)
    assert sorted(e["action"] for e in metric_events) == ["create", "update", "update"]
    moved = [e["changes"] for e in metric_events if e["action"] == "update"]
    assert {
        "current_value": [None, "14"],
        "current_as_of": [None, "2025-03-01"],
        "current_period": [None, "2025-03"],
        "target_met": [None, False],
    } in moved
    assert [m for m in moved if m["current_value"][0] is not None] == [
        {
            "current_value": ["14", "9.5"],
            "current_as_of": ["2025-03-01", "2025-05-01"],
            "current_period": ["2025-03", "2025-05"],
            "target_met": [False, True],
        }
    ]


@pytest.mark.parametrize(
    ("frequency", "day", "label"),
    [
        ("daily", date(2025, 3, 14), "2025-03-14"),
        ("ad_hoc", date(2025, 3, 14), "2025-03-14"),
        ("weekly", date(2025, 3, 10), "2025-W11"),
        ("weekly", date(2024, 12, 30), "2025-W01"),  # ISO week-year
        ("monthly", date(2025, 3, 14), "2025-03"),
        ("quarterly", date(2025, 3, 14), "2025-Q1"),
        ("quarterly", date(2025, 10, 1), "2025-Q4"),
        ("yearly", date(2025, 3, 14), "2025"),
    ],
)
def test_period_labels(frequency: str, day: date, label: str) -> None:
    assert period_label(day, frequency) == label


async def test_current_period_follows_the_frequency(client: httpx.AsyncClient, world: World) -> None:
    metric = await create(client, world, frequency="weekly")
    assert (await record(client, metric["id"], world.member, "2025-03-10", 1)).status_code == 201
    assert (await client.get(f"/metrics/{metric['id']}", headers=auth(world.member))).json()[
        "current_period"
    ] == ("2025-W11")
    r = await client.patch(
        f"/metrics/{metric['id']}", json={"frequency": "quarterly"}, headers=auth(world.member)
    )
    assert r.json()["current_period"] == "2025-Q1"


@pytest.mark.parametrize(
    "body",
    [
        {"period_start": "2025-13-01", "value": 1},
        {"period_start": "2025-01-01", "value": "1"},
        {"period_start": "2025-01-01", "value": 2.0e12},
        {"period_start": "2025-01-01"},
        {"period_start": "2025-01-01", "value": 1, "entered_by": str(uuid4())},
    ],
)
async def test_record_validation(client: httpx.AsyncClient, world: World, body: dict[str, Any]) -> None:
    metric = await create(client, world)
    r = await client.post(f"/metrics/{metric['id']}/values", json=body, headers=auth(world.member))
    assert_error(r, 422)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("viewer", 403),
        ("outsider", 403),
        ("other_manager", 403),
        ("member", 201),
        ("manager", 201),
        ("admin", 201),
    ],
)
async def test_record_permissions_per_role(
    client: httpx.AsyncClient, db: AsyncSession, world: World, who: str, expected: int
) -> None:
    metric = await create(client, world)
    r = await record(client, metric["id"], getattr(world, who), "2025-01-01", 3)
    if expected == 201:
        assert r.status_code == 201, r.text
    else:
        assert_error(r, expected)
    assert (await db_metric(db, metric["id"]))["current_value"] == (Decimal(3) if expected == 201 else None)
    r = await client.get(f"/metrics/{metric['id']}/values", headers=auth(getattr(world, who)))
    assert r.status_code == 200 and r.json()["total"] == (1 if expected == 201 else 0)


# --- update and delete --------------------------------------------------------------------------------


async def test_update_rules_if_match_and_permissions(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    metric = await create(client, world, direction="within_range", target_lower=1, target_upper=5)
    mid = metric["id"]
    r = await client.get(f"/metrics/{mid}", headers=auth(world.member))
    etag = r.headers["etag"]
    for who in (world.outsider, world.other_manager, world.viewer):
        assert_error(await client.patch(f"/metrics/{mid}", json={"name": "x"}, headers=auth(who)), 403)
    # The rules hold for the merged result.
    assert_error(
        await client.patch(f"/metrics/{mid}", json={"target_lower": 6}, headers=auth(world.member)), 422
    )
    assert_error(
        await client.patch(
            f"/metrics/{mid}", json={"target_lower": None, "target_upper": None}, headers=auth(world.member)
        ),
        422,
    )
    assert_error(await client.patch(f"/metrics/{mid}", json={}, headers=auth(world.member)), 422)
    assert_error(
        await client.patch(f"/metrics/{mid}", json={"target_met": True}, headers=auth(world.member)), 422
    )
    assert_error(
        await client.patch(
            f"/metrics/{mid}", json={"name": "x"}, headers={**auth(world.member), "If-Match": '"0"'}
        ),
        412,
    )
    r = await client.patch(
        f"/metrics/{mid}",
        json={"name": "Renamed", "notes": "n"},
        headers={**auth(world.member), "If-Match": etag},
    )
    assert r.status_code == 200, r.text
    assert (r.json()["name"], r.json()["notes"]) == ("Renamed", "n")
    assert r.headers["etag"]
    row = await db_metric(db, mid)
    assert (row["name"], row["target_lower"], row["target_upper"]) == ("Renamed", Decimal(1), Decimal(5))
    # Another writer changes the metric: the ETag read before is stale.
    await db.execute(
        update(Metric)
        .where(Metric.id == UUID(mid))  # type: ignore[arg-type]
        .values(notes="elsewhere", updated_at=func.clock_timestamp() + text("interval '1 second'"))
    )
    await db.commit()
    stale = await client.patch(
        f"/metrics/{mid}",
        json={"notes": "mine"},
        headers={**auth(world.member), "If-Match": r.headers["etag"]},
    )
    assert_error(stale, 412)
    assert (await db_metric(db, mid))["notes"] == "elsewhere"


async def test_delete_removes_the_metric_and_its_values(
    client: httpx.AsyncClient, db: AsyncSession, world: World
) -> None:
    metric = await create(client, world)
    mid = metric["id"]
    for day in ("2025-01-01", "2025-02-01"):
        assert (await record(client, mid, world.member, day, 1)).status_code == 201
    etag = (await client.get(f"/metrics/{mid}", headers=auth(world.member))).headers["etag"]
    assert_error(await client.delete(f"/metrics/{mid}", headers=auth(world.outsider)), 403)
    assert_error(
        await client.delete(f"/metrics/{mid}", headers={**auth(world.member), "If-Match": '"0"'}), 412
    )
    r = await client.delete(f"/metrics/{mid}", headers={**auth(world.manager), "If-Match": etag})
    assert r.status_code == 204, r.text
    assert_error(await client.get(f"/metrics/{mid}", headers=auth(world.member)), 404)
    values = (
        await db.execute(text("SELECT count(*) FROM metric_values WHERE metric_id = :m"), {"m": mid})
    ).scalar_one()
    assert values == 0
    [deleted] = [e for e in await audit_events(db, mid) if e["action"] == "delete"]
    assert deleted["actor_id"] == world.manager.id
    assert str(deleted["initiative_id"]) == world.ini
    assert deleted["changes"]["values"] == [2, None]


# --- list ---------------------------------------------------------------------------------------------


async def test_list_filters_sort_and_pagination(client: httpx.AsyncClient, world: World) -> None:
    met = await create(client, world, name="Yield", category="quality", target_value=90, unit="%")
    missed = await create(
        client, world, name="Defects", category="quality", direction="lower_is_better", target_value=2
    )
    none = await create(
        client,
        world,
        name="Cost per unit",
        category="cost",
        frequency="quarterly",
        operational_definition="Σ spend",
    )
    assert (await record(client, met["id"], world.member, "2025-01-01", 95)).status_code == 201
    assert (await record(client, missed["id"], world.member, "2025-02-01", 5)).status_code == 201
    names = {met["id"]: "Yield", missed["id"]: "Defects", none["id"]: "Cost per unit"}

    async def listed(query: str) -> list[str]:
        r = await client.get(f"/initiatives/{world.ini}/metrics?{query}", headers=auth(world.viewer))
        assert r.status_code == 200, r.text
        return [names[i["id"]] for i in r.json()["items"]]

    assert await listed("sort=name&order=asc") == ["Cost per unit", "Defects", "Yield"]
    assert await listed("target_met=true") == ["Yield"]
    assert await listed("target_met=false") == ["Defects"]
    assert await listed("category=quality&sort=name&order=asc") == ["Defects", "Yield"]
    assert await listed("direction=lower_is_better") == ["Defects"]
    assert await listed("frequency=quarterly") == ["Cost per unit"]
    assert await listed("q=spend") == ["Cost per unit"]
    assert await listed("q=%25") == ["Yield"]  # the unit, a literal %
    assert await listed("sort=current_as_of&order=desc") == ["Defects", "Yield", "Cost per unit"]
    r = await client.get(
        f"/initiatives/{world.ini}/metrics?page_size=2&page=2&sort=name", headers=auth(world.viewer)
    )
    page = r.json()
    assert (page["total"], page["has_more"], len(page["items"])) == (3, False, 1)
    item = next(
        i
        for i in (await client.get(f"/initiatives/{world.ini}/metrics", headers=auth(world.viewer))).json()[
            "items"
        ]
        if i["id"] == met["id"]
    )
    assert (item["current_value"], item["current_as_of"], item["target_met"]) == (95, "2025-01-01", True)
    for bad in ("sort=target_met", "category=fun", "target_met=maybe", "page=0"):
        assert_error(
            await client.get(f"/initiatives/{world.ini}/metrics?{bad}", headers=auth(world.viewer)), 422
        )
