"""The generation pipeline (codegen/generate.py) on a fixture contract, and the committed generated/.

The fixture contract (fixtures/contract/openapi.yaml) holds every shape the route generator handles;
its output is type-checked with hand-written handlers, exercised with requests, and regenerated
under another hash seed to prove the output is byte-identical.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.codegen.handler_stubs import write_stub_package

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "contract" / "openapi.yaml"
PYTHON = sys.executable

pytestmark = pytest.mark.slow


def run_generate(out: Path, *, seed: str) -> None:
    # --skip-tsc: the client's usage.ts is an example for the real contract, not for this fixture.
    args = [
        PYTHON,
        "-m",
        "codegen.generate",
        "generate",
        f"--contract={FIXTURE}",
        f"--out={out}",
        "--skip-tsc",
    ]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def mypy(cwd: Path, *paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            PYTHON,
            "-m",
            "mypy",
            f"--config-file={ROOT / 'pyproject.toml'}",
            f"--cache-dir={cwd / '.mypy_cache'}",
            *paths,
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the fixture's `generated/` and its hand-written `handlers/`."""
    work = tmp_path_factory.mktemp("codegen")
    run_generate(work / "generated", seed="1")
    shutil.copytree(HERE / "fixtures" / "handlers", work / "handlers")
    return work


def router(workdir: Path) -> str:
    return (workdir / "generated" / "routers" / "widgets.py").read_text()


def test_generated_files(workdir: Path) -> None:
    files = sorted(str(p.relative_to(workdir / "generated")) for p in (workdir / "generated").rglob("*.*"))
    assert files == [
        "__init__.py",
        "client/index.ts",
        "client/schema.d.ts",
        "client/tsconfig.json",
        "client/usage.ts",
        "models.py",
        "openapi.yaml",
        "routers/__init__.py",
        "routers/auth.py",
        "routers/widgets.py",
    ]
    init = (workdir / "generated" / "routers" / "__init__.py").read_text()
    assert "ROUTERS: list[APIRouter] = [\n    auth.router,\n    widgets.router,\n]" in init


@pytest.mark.parametrize(
    "expected",
    [
        "page: Annotated[int, Query(ge=1, le=100000)] = 1,",
        "sort: Annotated[WidgetSort, Query()] = WidgetSort.created_at,",
        "order: Annotated[SortOrder, Query()] = SortOrder.desc,",
        'q: Annotated[str | None, Query(min_length=1, max_length=200, pattern=r"^[^\\x00]*$")] = None,',
        "list[WidgetStatus] | None, Query(min_length=1, max_length=10), BeforeValidator(split_csv)",
        "owner_id: Annotated[list[UUID] | None, Query(max_length=50), BeforeValidator(split_csv)] = None,",
        'list[Annotated[str, Field(max_length=20, pattern="^[a-z]+$")]] | None, Query(max_length=5)',
        "archived: Annotated[bool | None, Query()] = None,",
        "include_drafts: Annotated[bool, Query()] = False,",
        "min_score: Annotated[float | None, Query(gt=0, le=1.5)] = None,",
        'type_: Annotated[WidgetKind | None, Query(alias="type")] = None,',
        "kind: Annotated[WidgetKind, Query()] = WidgetKind.gadget,",
        "created_from: Annotated[datetime | None, Query(), BeforeValidator(rfc3339)] = None,",
        "due_to: Annotated[date | None, Query(), BeforeValidator(iso_date)] = None,",
        'x_trace_id: Annotated[str | None, Header(alias="X-Trace-Id", max_length=64)] = None,',
        "term: Annotated[str, Query(min_length=2, max_length=50)],",
        "widget_id: Annotated[UUID, Path()],",
        'initiative_id: Annotated[str, Path(max_length=36, pattern="^(INI-[0-9]{4,9})$")],',
        "phase: Annotated[PhaseName, Path()],",
        'ctx: Annotated[Ctx, ctx_for("list_widgets")],',
        "body: WidgetCreate,",
        "response_model=list[WidgetResponse],",
        "    type_=type_,\n",
        '"""Every query shape: "quotes", back\\\\slashes and a second line."""',
    ],
)
def test_route_declarations(workdir: Path, expected: str) -> None:
    assert expected in router(workdir)


def test_route_shapes(workdir: Path) -> None:
    source = router(workdir)
    upload = source[source.index("async def upload_widget_file(") :]
    upload = upload.split("\n\n\n")[0]
    assert "body" not in upload  # multipart (or JSON): the handler reads ctx.request itself
    assert "-> WidgetFileAccepted:" in upload
    assert (
        'operation_id="upload_widget_file",\n    response_model=WidgetFileAccepted,\n    status_code=202,'
        in source
    )
    assert "response_model=None,\n    response_class=Response,\n    status_code=200," in source
    assert "status_code=204," in source
    assert (
        "-> None:\n    await handlers.delete_widget(ctx, widget_id=widget_id, if_match=if_match)\n" in source
    )
    # literal segments are registered before parameters at the same position
    assert source.index('"/widgets/me"') < source.index('"/widgets/{widget_id}"')


def test_models_fixes(workdir: Path) -> None:
    models = (workdir / "generated" / "models.py").read_text()
    assert "constr(" not in models
    assert 'Annotated[str, StringConstraints(pattern=r"^[a-z]+$", max_length=20)]' in models
    assert '    title = "title"  # type: ignore[assignment]' in models
    assert '    count = "count"  # type: ignore[assignment]' in models
    assert "Field(validate_default=True)] = {}  # type: ignore[assignment]" in models


def test_mypy_clean_with_typed_handlers(workdir: Path) -> None:
    result = mypy(workdir, "generated", "handlers")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_handler_drift(workdir: Path, tmp_path: Path) -> None:
    shutil.copytree(workdir / "generated", tmp_path / "generated")
    shutil.copytree(workdir / "handlers", tmp_path / "handlers")
    handlers = tmp_path / "handlers" / "widgets.py"
    source = handlers.read_text()
    source = source.replace(
        "async def get_widget(ctx: Ctx, *, widget_id: UUID) -> WidgetResponse:\n    _record(ctx, widget_id=widget_id)",
        "async def get_widget(ctx: Ctx, *, widget: UUID) -> WidgetResponse:\n    _record(ctx, widget=widget)",
    )
    source = source.replace(
        "async def search_widgets(ctx: Ctx, *, page: int, term: str) -> list[WidgetResponse]:",
        "async def search_widgets(ctx: Ctx, *, page: int, term: int) -> list[WidgetResponse]:",
    )
    handlers.write_text(source)
    result = mypy(tmp_path, "generated", "handlers")
    assert result.returncode == 1
    assert 'Unexpected keyword argument "widget_id" for "get_widget"' in result.stdout
    assert 'Argument "term" to "search_widgets" has incompatible type "str"; expected "int"' in result.stdout


def test_requests_reach_the_handlers(workdir: Path) -> None:
    result = subprocess.run(
        [PYTHON, str(HERE / "fixture_app_smoke.py")],
        cwd=workdir,
        env={**os.environ, "PYTHONPATH": str(workdir)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "fixture requests ok" in result.stdout


def test_output_is_byte_identical_across_runs_and_hash_seeds(workdir: Path, tmp_path: Path) -> None:
    run_generate(tmp_path / "generated", seed="4242")
    first = {
        p.relative_to(workdir / "generated"): p.read_bytes() for p in (workdir / "generated").rglob("*.*")
    }
    second = {
        p.relative_to(tmp_path / "generated"): p.read_bytes() for p in (tmp_path / "generated").rglob("*.*")
    }
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.skipif(not (ROOT / "generated" / "routers").is_dir(), reason="generated/ not there yet")
def test_committed_routers_are_type_correct(tmp_path: Path) -> None:
    """generated/ of the real contract, checked against handler stubs with exactly its signatures."""
    shutil.copytree(
        ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("client", "__pycache__")
    )
    write_stub_package(tmp_path / "generated" / "routers", tmp_path)
    result = mypy(tmp_path, "generated", "handlers")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not (ROOT / "generated" / "routers").is_dir(), reason="generated/ not there yet")
def test_committed_routers_build_an_app(tmp_path: Path) -> None:
    """FastAPI accepts every generated route declaration (it analyses them when they are registered)."""
    shutil.copytree(
        ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("client", "__pycache__")
    )
    write_stub_package(tmp_path / "generated" / "routers", tmp_path)
    script = (
        "from fastapi import FastAPI\n"
        "from generated.routers import ROUTERS\n"
        "app = FastAPI()\n"
        "for router in ROUTERS:\n"
        "    app.include_router(router)\n"
        "print(len(app.openapi()['paths']), 'paths')\n"
    )
    result = subprocess.run(
        [PYTHON, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
