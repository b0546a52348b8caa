"""The ballot box as stored, on either engine: nothing in how a ballot lies
in the database may tell when it was cast, so nothing links it to the
register entry written in the same transaction.

- SQLite: `ballot` is a WITHOUT ROWID table keyed by a random 16-byte id: the
  rows lie in the order of their random ids, and there is no rowid.
- PostgreSQL: a heap table keeps rows in the order they came, and each row
  carries `xmin`, the id of the transaction that wrote it, which the register
  entry of that vote shares. So on a server a ballot is never simply added:
  the poll's whole box is written again in the same transaction (deleted and
  inserted anew, in the order of the random ids). Every ballot of the poll
  then has the same `xmin` (the latest vote's, as every other ballot) and
  lies in random-id order: neither the order nor `xmin` points to a voter.
  The earlier versions are dead rows, out of reach of SQL, and the box is
  vacuumed after the count. Reads never rely on order (a count is a count).
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from app.domain import ballot_box
from db.models import Ballot


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def put_in_box(session: Session, poll_id: int, sealed: bytes) -> None:
    new = (ballot_box.random_id(), sealed)
    if not _on_server(session):
        session.add(Ballot(id=new[0], poll_id=poll_id, sealed=sealed))
        return
    box = list(session.execute(select(Ballot.id, Ballot.sealed).where(Ballot.poll_id == poll_id)))
    box.append(new)
    box.sort()
    session.execute(delete(Ballot).where(Ballot.poll_id == poll_id))
    session.execute(insert(Ballot), [{"id": bid, "poll_id": poll_id, "sealed": blob}
                                     for bid, blob in box])


def empty_box(session: Session, poll_id: int) -> int:
    """Delete the poll's ballots; on SQLite their pages are zeroed, not only
    unlinked (secure_delete)."""
    if not _on_server(session):
        session.execute(text("PRAGMA secure_delete = ON"))
    return session.execute(delete(Ballot).where(Ballot.poll_id == poll_id)).rowcount


def settle(engine) -> None:  # type: ignore[no-untyped-def]
    """After the box was emptied: SQLite's -wal gives up its old pages; a
    server's dead rows of the box are vacuumed away."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("VACUUM ballot")
        else:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
