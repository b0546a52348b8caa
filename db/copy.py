"""A whole centre copied from one database to another, whatever their engines
(SQLite file to PostgreSQL server and back), then checked table by table.

Both sides are at the head revision. The rows go across in the order of the
foreign keys, each table in primary-key order, in ONE write transaction on
the target: a failure leaves the target as it was. The target's own rules
(triggers) are held off while the rows go in: they check acts as they happen
(a handout needs a decoder in stock...), and a copied handout's decoder is
already out. The search index is derived data: rebuilt on the target, never
copied. Each table is then read back from the target and compared with the
source: same row count, same digest of every row's values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select, text

from app.domain.errors import CopyRefused
from db.models import Base

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from db.engine import Database

CHUNK = 2000


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    digest: str


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _normal(value: Any) -> Any:
    """A value as both engines give it back (bytes from a memoryview, a
    boolean as itself, a date as ISO text)."""
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def check_table(conn: Connection | Session, table: Table) -> TableCheck:
    digest = hashlib.sha256()
    rows = 0
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execute(select(table).order_by(*order).execution_options(yield_per=CHUNK))
    for row in result:
        digest.update(repr(tuple(_normal(v) for v in row)).encode())
        rows += 1
    return TableCheck(table.name, rows, digest.hexdigest())


def is_empty(session: Session) -> bool:
    """Nothing a centre writes: no account, no dwelling, no audit entry."""
    from db.models import AuditEntry, Dwelling, StaffAccount

    return all(session.scalar(select(func.count()).select_from(model)) == 0
               for model in (StaffAccount, Dwelling, AuditEntry))


def copy_database(source: Database, target: Database, *, replace: bool = False
                  ) -> list[TableCheck]:
    """Copy every table of `source` into `target`, which must hold no centre
    (unless `replace`: then its rows are deleted first, in the same
    transaction). Returns each table's check, equal on both sides."""
    from db import search

    with source.read() as reader, target.write() as writer:
        if not replace and not is_empty(writer):
            raise CopyRefused("target_not_empty")
        with _rules_held_off(writer):
            for table in reversed(tables()):
                writer.execute(delete(table))
            for table in tables():
                _copy_rows(reader, writer, table)
            _restart_sequences(writer)
        search.reindex(writer)
        checks = []
        for table in tables():
            mine, theirs = check_table(reader, table), check_table(writer, table)
            if mine != theirs:
                raise CopyRefused("different", table.name,
                                  f"{mine.rows} rows read, {theirs.rows} written")
            checks.append(mine)
    return checks


def _copy_rows(reader: Session, writer: Session, table: Table) -> None:
    order = list(table.primary_key.columns) or list(table.columns)
    result = reader.execute(select(table).order_by(*order).execution_options(yield_per=CHUNK))
    columns = [c.key for c in table.columns]
    for chunk in result.partitions(CHUNK):
        writer.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in chunk])


@contextmanager
def _rules_held_off(session: Session) -> Iterator[None]:
    """The target's triggers, off for the copy and back before the commit."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        names = [t.name for t in tables()]
        for name in names:
            session.execute(text(f'ALTER TABLE "{name}" DISABLE TRIGGER USER'))
        yield
        for name in names:
            session.execute(text(f'ALTER TABLE "{name}" ENABLE TRIGGER USER'))
        return
    kept = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                           ).all()
    for name, _sql in kept:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in kept:
        session.execute(text(sql))


def _restart_sequences(session: Session) -> None:
    """On a server, each table's id sequence goes on after the copied ids."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables():
        column = table.columns.get("id")
        if column is None or not column.autoincrement or len(table.primary_key.columns) != 1 \
                or column.type.python_type is not int:
            continue
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"))
