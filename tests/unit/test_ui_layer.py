"""ui/ talks to services only: no ORM models, no SQLAlchemy, no raw SQL."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("sqlalchemy", "db.models", "sqlite3", "db.search", "db.backup")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_ui_imports_no_orm_model_and_no_sqlalchemy() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(name for name in _imports(path)
                                            if name.startswith(FORBIDDEN))
        for path in (ROOT / "ui").rglob("*.py")
    }
    assert {file: names for file, names in offenders.items() if names} == {}
    assert len(offenders) > 15  # the scan saw the whole of ui/
