"""First run on a PC joining a centre that works on its own server: where the
server is, tried off the GUI thread, then kept for this PC (server.json, and
the password in a pgpass file readable by this user only).

The password lives in the password field and in the URL handed to the
runner for the try; it is never logged, audited, nor written anywhere but
the pgpass file (`app.settings.save_server`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DatabaseError, GuichetError, NoDatabase
from ui.tasks import TaskRunner
from ui.widgets import error_label, intro_label, primary_button, show_message, title_label

if TYPE_CHECKING:
    from db.engine import Database

DEFAULT_PORT = 5432
DEFAULT_NAME = "guichet"  # the database and its user, as scripts/setup-centre-server.sh makes them


def server_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """`postgresql://user[:password]@host:port/database`, each part quoted."""
    host = host.strip()
    if ":" in host and not host.startswith("["):  # an IPv6 address
        host = f"[{host}]"
    secret = f":{quote(password, safe='')}" if password else ""
    return (f"postgresql://{quote(user.strip(), safe='')}{secret}@{host}:{port}/"
            f"{quote(database.strip(), safe='')}")


class ServerPage(QDialog):
    """Server address, port, database, user, password; « Test » then « Use »."""

    chosen = Signal(object)  # the server's Database, open and ready for the window

    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The centre's server"))
        self.setModal(True)
        self._data_dir = data_dir
        self._submit = runner.bound(self)
        self._tested: tuple[str, bool] | None = None  # the URL and choice that answered

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or serveur-centre"))
        self.port_edit = QLineEdit(str(DEFAULT_PORT))
        self.port_edit.setValidator(QIntValidator(1, 65535, self.port_edit))
        self.database_edit = QLineEdit(DEFAULT_NAME)
        self.user_edit = QLineEdit(DEFAULT_NAME)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.joining = QRadioButton(self.tr("Our centre already works on this server"))
        self.new_server = QRadioButton(self.tr("This is a new server, just set up for the centre"))
        new_server_hint = QLabel(self.tr(
            "Guichet puts its tables in the empty database, then asks for the centre's name "
            "and creates the coordinator's account, as on a first start."))
        new_server_hint.setWordWrap(True)
        new_server_hint.setIndent(38)  # under the radio's text, not its circle
        for radio in (self.joining, self.new_server):
            radio.setStyleSheet("QRadioButton { spacing: 12px; padding: 4px 0; }"
                                "QRadioButton::indicator { width: 24px; height: 24px; }")
        self.joining.setChecked(True)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.joining)
        self._choice.addButton(self.new_server)
        self.message = error_label()
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.use_button = primary_button(self.tr("Use this server"))
        self.use_button.setEnabled(False)  # once the test has answered
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)

        form = QGridLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(24)
        fields = ((self.tr("Server address (IP or name)"), self.host_edit),
                  (self.tr("Port"), self.port_edit),
                  (self.tr("Database name"), self.database_edit),
                  (self.tr("User name"), self.user_edit),
                  (self.tr("Password of the server"), self.password_edit))
        for index, (caption, edit) in enumerate(fields):
            label = QLabel(caption)
            label.setBuddy(edit)
            row, column = 2 * (index // 2), index % 2
            form.addWidget(label, row, column)
            form.addWidget(edit, row + 1, column)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(title_label(self.tr("Connect to the centre's server")))
        layout.addWidget(intro_label(self.tr(
            "When several counters work together, the centre's data is on one PC of its "
            "network, the server. The coordinator has its address and password.")))
        layout.addLayout(form)
        layout.addWidget(self.joining)
        layout.addWidget(self.new_server)
        layout.addWidget(new_server_hint)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for row in range(form.columnCount()):
            form.setColumnMinimumWidth(row, 390)  # 800 in all: fits a 1024-pixel screen

        self.test_button.clicked.connect(self.test)
        self.use_button.clicked.connect(self.use)
        self.cancel_button.clicked.connect(self.reject)
        self.password_edit.returnPressed.connect(self.test)
        for edit in (self.host_edit, self.port_edit, self.database_edit, self.user_edit,
                     self.password_edit):
            edit.textChanged.connect(self._changed)
        self.joining.toggled.connect(self._changed)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._fit()
        self.host_edit.setFocus()

    # --- what was typed --------------------------------------------------------

    def _url(self, password: str = "") -> str:
        return server_url(self.host_edit.text(), int(self.port_edit.text() or DEFAULT_PORT),
                          self.database_edit.text(), self.user_edit.text(), password)

    def _create(self) -> bool:
        return self.new_server.isChecked()

    def _say(self, text: str, error: bool | None = None) -> None:
        """A message under the form; the dialog grows to hold its lines (a
        layout's minimum size ignores what wrapped labels need)."""
        show_message(self.message, text, error)
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(height)
        self.resize(self.width(), height)

    def _changed(self) -> None:
        """Another address or choice: it has to be tried again before use."""
        if self._tested is not None:
            self._tested = None
            self.use_button.setEnabled(False)
            self._say("")

    def _missing(self) -> bool:
        if all(edit.text().strip() for edit in (self.host_edit, self.port_edit,
                                                  self.database_edit, self.user_edit)) \
                and self.password_edit.text():
            return False
        self._say(self.tr(
            "Fill in the server's address, its port, the database, the user name and the "
            "password."),
            error=True)
        return True

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.use_button.setEnabled(False)
            self._say(self.tr("Connecting to the server…"), error=False)

    def _say_failure(self, exc: GuichetError) -> None:
        from app.messages import describe, describe_database

        if isinstance(exc, NoDatabase):
            text = self.tr(
                "The server answers, but it has no centre in a database \"{name}\". Check "
                "the database name; if this is a new server for the centre, choose \"This is "
                "a new server\" above, then test again.").format(
                    name=self.database_edit.text().strip())
        elif isinstance(exc, DatabaseError):
            text = describe_database(exc)
        else:
            text = describe(exc)
        self._say(text, error=True)
        if getattr(exc, "reason", "") == "refused":  # the password, most likely: type it again
            self.password_edit.setFocus()
            self.password_edit.selectAll()

    # --- the two acts ----------------------------------------------------------

    def test(self) -> None:
        """Connect and look (no schema is written): is there a centre there?"""
        if self._missing():
            return
        url, create = self._url(self.password_edit.text()), self._create()
        tried = (self._url(), create)

        def look() -> tuple[bool, str | None]:  # on the worker
            from app.services import front_door
            from db.engine import current_revision, open_database

            db = open_database(url, migrate=False, create=create)
            try:
                if current_revision(db) is None:
                    return True, None
                info = front_door.centre_info(db)
                return False, info.name if info else None
            finally:
                db.close()

        def answered(result: tuple[bool, str | None]) -> None:
            blank, centre = result
            self._busy(False)
            if blank:
                text = self.tr("The server answers. Its database is empty: Guichet sets it up "
                               "when you press \"Use this server\".")
            elif centre:
                text = self.tr("The server answers. It holds the centre \"{name}\".").format(
                    name=centre)
            else:
                text = self.tr("The server answers. Its centre is not set up yet: the "
                               "first-run page follows.")
            self._say(text, error=False)
            self._tested = tried
            self.use_button.setEnabled(True)
            self.use_button.setFocus()

        def failed(exc: GuichetError) -> None:
            self._busy(False)
            self._say_failure(exc)

        self._busy(True)
        self._submit(look, answered, failed)

    def use(self) -> None:
        """Keep the server for this PC, open it as the window will at each
        start (password from the pgpass file), hand it to the window."""
        if self._tested is None or self._missing():
            return
        from app.settings import DB_FILENAME, Settings, forget_server, save_server, saved_server

        data_dir, url, password, create = (self._data_dir, self._url(),
                                           self.password_edit.text(), self._create())

        def keep_and_open() -> Database:  # on the worker
            from db.engine import open_database

            had_one = saved_server(data_dir) is not None
            save_server(data_dir, url, password)
            try:
                return open_database(Settings(db_path=data_dir / DB_FILENAME,
                                              server_url=url).database, create=create)
            except BaseException:
                if not had_one:  # nothing kept of a server that does not open
                    forget_server(data_dir)
                raise

        def opened(db: Database) -> None:
            self._busy(False)
            self.password_edit.clear()
            self.accept()
            self.chosen.emit(db)

        def failed(exc: GuichetError) -> None:
            self._busy(False)
            self._tested = None
            self._say_failure(exc)

        self._busy(True)
        self._submit(keep_and_open, opened, failed)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and not self.cancel_button.isEnabled():
            return  # not while it connects
        super().keyPressEvent(event)
