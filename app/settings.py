"""The one home of configuration. Nothing else reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Guichet"
DB_FILENAME = "guichet.sqlite3"
ENV_DB = "GUICHET_DB"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


SERVER_FILE = "server.json"  # this PC's choice of the centre's server (no password)
PASSWORD_FILE = "pgpass"  # the server's password, PostgreSQL's own format, mode 0600


def is_server_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(
        ("postgresql:", "postgresql+psycopg:", "postgres:"))


@dataclass(frozen=True)
class Settings:
    """Where things live on this PC. Centre details live in the database.

    `db_path` is the SQLite file; with `server_url` the centre's database is
    on a PostgreSQL server instead, and `db_path` only says where this PC
    keeps its own files (printers, kept documents, local backups)."""

    db_path: Path
    server_url: str | None = None

    @property
    def data_dir(self) -> Path:
        """Folder of the database: kept documents and backups go beside it."""
        return self.db_path.parent

    @property
    def database(self) -> str | Path:
        """What `open_database` opens: the server's URL (with this PC's
        password file when it has one), or the file."""
        if self.server_url is None:
            return self.db_path
        secret = self.data_dir / PASSWORD_FILE
        if secret.is_file() and "passfile=" not in self.server_url:
            joiner = "&" if "?" in self.server_url else "?"
            return f"{self.server_url}{joiner}passfile={secret}"
        return self.server_url

    @classmethod
    def load(cls, db: str | os.PathLike[str] | None = None,
             environ: Mapping[str, str] = os.environ) -> Settings:
        """`--db` wins over GUICHET_DB, which wins over the server chosen on
        this PC's first-run page, then the file in the user data folder."""
        chosen = db or environ.get(ENV_DB) or saved_server(default_data_dir())
        if is_server_url(chosen):
            return cls(db_path=default_data_dir() / DB_FILENAME, server_url=str(chosen))
        return cls(db_path=Path(chosen or default_data_dir() / DB_FILENAME).expanduser().resolve())


def saved_server(data_dir: Path) -> str | None:
    """The server this PC was pointed at (first-run page), if any."""
    import json

    try:
        url = json.loads((data_dir / SERVER_FILE).read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if is_server_url(url) else None


def save_server(data_dir: Path, url: str, password: str | None) -> None:
    """Point this PC at the centre's server. The URL is kept without its
    password; the password goes to a file of PostgreSQL's own format
    (host:port:database:user:password) readable by this user only, which
    psycopg reads when it connects (PGPASSFILE)."""
    import json

    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    password = password or parsed.password
    bare = parsed._replace(password=None).render_as_string(hide_password=False)
    data_dir.mkdir(parents=True, exist_ok=True)
    if password:
        def field(value: object) -> str:
            return str(value).replace("\\", "\\\\").replace(":", "\\:")

        line = ":".join(field(v) for v in (parsed.host or "localhost", parsed.port or 5432,
                                            parsed.database or "*", parsed.username or "*",
                                            password))
        secret = data_dir / PASSWORD_FILE
        descriptor = os.open(secret.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                             0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as fh:
            fh.write(line + "\n")
        os.chmod(secret.with_suffix(".tmp"), 0o600)
        os.replace(secret.with_suffix(".tmp"), secret)
    temp = data_dir / (SERVER_FILE + ".tmp")
    temp.write_text(json.dumps({"url": bare}, ensure_ascii=False), encoding="utf-8")
    os.replace(temp, data_dir / SERVER_FILE)


def forget_server(data_dir: Path) -> None:
    """Back to the SQLite file on this PC."""
    for name in (SERVER_FILE, PASSWORD_FILE):
        (data_dir / name).unlink(missing_ok=True)


PRINTERS_FILE = "printers.json"


@dataclass(frozen=True)
class PrinterChoice:
    printer: str
    paper: str  # a4, a6 or roll


def load_printer_choices(data_dir: Path) -> dict[str, PrinterChoice]:
    """Per document kind (receipt, slip, minutes): this PC's printer and paper."""
    import json

    try:
        raw = json.loads((data_dir / PRINTERS_FILE).read_text(encoding="utf-8"))
        return {kind: PrinterChoice(str(v["printer"]), str(v["paper"])) for kind, v in raw.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_printer_choice(data_dir: Path, kind: str, choice: PrinterChoice) -> None:
    import json

    choices = load_printer_choices(data_dir)
    choices[kind] = choice
    data_dir.mkdir(parents=True, exist_ok=True)
    temp = data_dir / (PRINTERS_FILE + ".tmp")
    temp.write_text(json.dumps({k: {"printer": v.printer, "paper": v.paper}
                                for k, v in choices.items()}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
    os.replace(temp, data_dir / PRINTERS_FILE)
