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


@dataclass(frozen=True)
class Settings:
    """Where things live on this PC. Centre details live in the database."""

    db_path: Path

    @property
    def data_dir(self) -> Path:
        """Folder of the database: kept documents and backups go beside it."""
        return self.db_path.parent

    @classmethod
    def load(cls, db: str | os.PathLike[str] | None = None,
             environ: Mapping[str, str] = os.environ) -> Settings:
        """`--db` wins over GUICHET_DB, which wins over the user data folder."""
        chosen = db or environ.get(ENV_DB) or default_data_dir() / DB_FILENAME
        return cls(db_path=Path(chosen).expanduser().resolve())


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
