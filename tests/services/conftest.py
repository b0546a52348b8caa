"""Every service test runs twice: on an SQLite file and on a real PostgreSQL
server (the test cluster of scripts/postgres-test-cluster.sh). A test that
works on the SQLite file itself (its path, its journal, a second process on
the file) asks for `db_path`, and is skipped on the server."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`@pytest.mark.sqlite_file`: a test of the SQLite file itself (its
    journal, its copies beside it, a raw sqlite3 connection) runs on SQLite only."""
    for item in items:
        if item.get_closest_marker("sqlite_file") and "[postgresql" in item.nodeid:
            item.add_marker(pytest.mark.skip(reason="a test of the SQLite file itself"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param
