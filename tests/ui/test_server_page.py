"""The first-run page's « connect to the centre's server »: a real PostgreSQL
server (the test cluster), a database made for the test and dropped after."""

from __future__ import annotations

import json
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.errors import ServerUnreachable
from app.messages import describe_database
from db.engine import Database
from tests.ui.helpers import open_window, settle
from ui.main_window import MainWindow
from ui.server_page import ServerPage

PG_URL = ""  # the test server's URL, set by the `server_url` fixture


@pytest.fixture
def server_url(pg_server: str) -> str:
    """The test server (tests/conftest.py `pg_server`: the throwaway cluster)."""
    global PG_URL
    PG_URL = pg_server
    return pg_server


@pytest.fixture
def blank_server_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the test server; its name."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = create_engine(make_url(PG_URL).set(drivername="postgresql+psycopg",
                                               database="postgres"),
                          isolation_level="AUTOCOMMIT")
    # GUICHET_TEST_PG_PREFIX: where a shared server wants test databases to carry one
    name = f"{os.environ.get('GUICHET_TEST_PG_PREFIX', '')}t_server_page_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\'')
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _open_server_page(qtbot: QtBot, window: MainWindow) -> ServerPage:
    setup = window.setup_page
    assert window.pages.currentWidget() is setup
    assert setup.server_button.isVisible()
    qtbot.mouseClick(setup.server_button, Qt.MouseButton.LeftButton)
    page = setup.server_page
    qtbot.waitExposed(page)
    return page


def _fill(qtbot: QtBot, page: ServerPage, database: str, password: str | None = None) -> str:
    """The test server's address, port and user, as the coordinator gives them."""
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    page.host_edit.clear()
    qtbot.keyClicks(page.host_edit, url.host or "localhost")
    page.port_edit.setText(str(url.port or 5432))
    page.database_edit.setText(database)
    page.user_edit.setText(url.username or "")
    secret = url.password if password is None else password
    page.password_edit.setText(secret or "")  # QTest types ASCII only
    return secret or ""


def _press(qtbot: QtBot, window: MainWindow, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)


@pytest.mark.postgresql
def test_a_new_server_is_tested_kept_without_its_password_and_opened(
        qtbot: QtBot, db: Database, blank_server_database: str) -> None:
    data_dir = db.path.parent
    window = open_window(qtbot, db)
    page = _open_server_page(qtbot, window)
    assert (page.port_edit.text(), page.database_edit.text(), page.user_edit.text()) == (
        "5432", "guichet", "guichet")
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Password
    assert not page.use_button.isEnabled()
    secret = _fill(qtbot, page, blank_server_database)

    # joining a centre, but the database is blank: said, nothing kept
    _press(qtbot, window, page.test_button)
    assert blank_server_database in page.message.text()
    assert page.message.objectName() == "errorLabel"
    assert not page.use_button.isEnabled()

    qtbot.mouseClick(page.new_server, Qt.MouseButton.LeftButton)
    assert page.new_server.isChecked()
    _press(qtbot, window, page.test_button)
    assert page.message.objectName() == "noticeLabel", page.message.text()
    assert not (data_dir / "server.json").exists()  # a test keeps nothing
    with qtbot.waitSignal(page.chosen):
        _press(qtbot, window, page.use_button)
    settle(qtbot, window.runner)

    # kept for the next starts: the URL without the password, the password 0600
    kept = json.loads((data_dir / "server.json").read_text(encoding="utf-8"))
    assert kept["url"].endswith(f"/{blank_server_database}") and secret not in kept["url"]
    assert "@" in kept["url"] and ":" + secret + "@" not in kept["url"]
    pgpass = data_dir / "pgpass"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert pgpass.read_text(encoding="utf-8").rstrip("\n").endswith(":" + secret)
    for other in Path(data_dir).rglob("*"):
        if other.is_file() and other != pgpass:
            assert secret.encode() not in other.read_bytes(), other
    from app.settings import Settings, saved_server

    assert saved_server(data_dir) == kept["url"]
    assert "passfile=" in str(Settings(db_path=db.path, server_url=kept["url"]).database)

    # the window now works on the server's database: its first-run page
    assert window.db is not db and window.db.path is None
    assert window.db.where.endswith(f"/{blank_server_database}")
    assert window.pages.currentWidget() is window.setup_page
    assert not window.setup_page.server_button.isVisible()
    window.close()


@pytest.mark.postgresql
def test_a_wrong_password_is_said_and_nothing_is_kept(qtbot: QtBot, db: Database,
                                                      server_url: str) -> None:
    from sqlalchemy.engine import make_url

    data_dir = db.path.parent
    window = open_window(qtbot, db)
    page = _open_server_page(qtbot, window)
    database = make_url(PG_URL).database or "postgres"
    _fill(qtbot, page, database, password="not-the-password")
    _press(qtbot, window, page.test_button)

    where = make_url(PG_URL).set(password=None, drivername="postgresql")
    refused = describe_database(ServerUnreachable(
        f"postgresql://{where.username}@{where.host}:{where.port}/{database}", reason="refused"))
    assert page.message.text() == refused
    assert "not-the-password" not in page.message.text()
    assert not page.use_button.isEnabled()
    assert not (data_dir / "server.json").exists() and not (data_dir / "pgpass").exists()
    assert window.db is db


def test_the_page_asks_for_what_is_missing_before_connecting(qtbot: QtBot, db: Database) -> None:
    window = open_window(qtbot, db)
    page = _open_server_page(qtbot, window)
    _press(qtbot, window, page.test_button)
    assert page.message.isVisible() and page.message.objectName() == "errorLabel"
    assert not page.use_button.isEnabled()
    assert not (db.path.parent / "server.json").exists()
