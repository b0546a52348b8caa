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
