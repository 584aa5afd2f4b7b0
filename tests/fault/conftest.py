"""Fixtures of the fault tests: a PostgreSQL cluster of their own (one per pytest process) with a
migrated template database, so each test gets a fresh database in a moment, and a temporary
directory outside pytest's numbered ones. See tests/fault/services.py."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest

from tests.fault.services import OwnPostgres, temp_root

TEMPLATE = "tollgate_fault_template"


@pytest.fixture(scope="session")
def fault_pg() -> Iterator[OwnPostgres]:
    """The fault tests' own cluster (never the machine's PostgreSQL), with ``TEMPLATE`` migrated."""
    root = temp_root("tollgate-fault-cluster-")
    pg = OwnPostgres(root)
    try:
        pg.init()
        pg.start()
        pg.create_database(TEMPLATE)
        pg.migrate(TEMPLATE, root)
        yield pg
    finally:
        if pg.running():
            pg.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def fault_database(fault_pg: OwnPostgres) -> str:
    """A fresh, migrated database (with the admin of tests/live_server.py) for one test."""
    return fault_pg.create_database(f"fault_{os.getpid()}_{uuid4().hex[:8]}", template=TEMPLATE)


@pytest.fixture
def fault_root() -> Iterator[Path]:
    root = temp_root("tollgate-fault-")
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)
