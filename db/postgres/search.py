"""Household search on PostgreSQL: the same hits as SQLite's FTS5 index.

The folding is the same Python `fold` (the server cannot run it), applied
here before the words reach the server: each entry stores its words as a
`tsvector` written in its text form (the words as they are, quoted: no
parser, no stemming), weighted A for names, B for the place, C for the phone,
with a GIN index. A query is every folded word as a prefix (`'word':*`), restricted
to weights A and B for whoever may not see phone numbers. Ranking: names
first, then the place, then the phone, as SQLite's bm25 weights.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain.text import fold

TABLE = "household_search"
WORDS = re.compile(r"[^\W_]+")

CREATE_SQL = (
    f"CREATE TABLE {TABLE} (id bigint PRIMARY KEY, dwelling_id integer NOT NULL, "
    "person_id integer, doc tsvector NOT NULL)",
    f"CREATE INDEX {TABLE}_doc ON {TABLE} USING gin (doc)",
    f"CREATE INDEX {TABLE}_dwelling ON {TABLE} (dwelling_id)",
)

_ROWS_SQL = """
SELECT coalesce(p.id, -d.id), d.id, p.id, p.family_name, p.given_name, d.landlord_ref,
       b.address, b.name, b.entrance, d.door, s.name, p.phone
FROM dwelling d
JOIN building b ON b.id = d.building_id
JOIN sector s ON s.id = b.sector_id
LEFT JOIN person p ON p.dwelling_id = d.id AND p.on_roster AND p.anonymised_at IS NULL
"""

_INSERT_SQL = text(
    f"INSERT INTO {TABLE} (id, dwelling_id, person_id, doc) VALUES (:id, :dwelling_id, "
    ":person_id, CAST(:doc AS tsvector))")

# ts_rank's weights are given as {D, C, B, A} (at most 1): phone 0.1, place 0.2, names 1
SEARCH_SQL = text(
    f"SELECT dwelling_id, person_id FROM ("
    f"SELECT id, dwelling_id, person_id, ts_rank('{{0, 0.1, 0.2, 1}}', doc, q) AS score "
    f"FROM {TABLE}, CAST(:q AS tsquery) AS q WHERE doc @@ q LIMIT :scored) AS found "
    "ORDER BY score DESC, id LIMIT :limit")


def create(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in CREATE_SQL:
        conn.exec_driver_sql(statement)


def _words(value: str | None) -> list[str]:
    return WORDS.findall(fold(value)) if value else []


def _entry(row: Sequence) -> dict:  # type: ignore[type-arg]
    from db.search import digits

    (entry_id, dwelling_id, person_id, family, given, ref, address, building, entrance,
     door, sector, phone) = row
    names = _words(f"{family} {given}") if family is not None and given is not None else []
    place = _words(" ".join(str(part) for part in (ref, address, building, entrance, door,
                                                   sector) if part is not None))
    number = digits(phone)
    return {"id": entry_id, "dwelling_id": dwelling_id, "person_id": person_id,
            "doc": document(names, place, [number] if number else [])}


def document(names: list[str], place: list[str], phone: list[str]) -> str:
    """The entry in tsvector's own text form, each word quoted as it is, with
    a position and its weight (a weight lives on a position: without one, a
    query restricted to names and place would still see the phone)."""
    parts, position = [], 0
    for weight, words in (("A", names), ("B", place), ("C", phone)):
        for word in words:
            position = min(position + 1, 16383)
            parts.append(f"'{word}':{position}{weight}")
    return " ".join(parts)


def reindex(session: Session, dwelling_ids: Iterable[int] | None = None) -> None:
    if dwelling_ids is None:
        session.execute(text(f"DELETE FROM {TABLE}"))
        _fill(session, _ROWS_SQL)
        return
    ids = sorted(set(dwelling_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join(str(int(i)) for i in chunk)
        negatives = ", ".join(str(-int(i)) for i in chunk)
        session.execute(text(
            f"DELETE FROM {TABLE} WHERE dwelling_id IN ({marks}) OR id IN ({negatives}) "
            f"OR id IN (SELECT id FROM person WHERE dwelling_id IN ({marks}))"))
        _fill(session, f"{_ROWS_SQL} WHERE d.id IN ({marks})")


def _fill(session: Session, rows_sql: str) -> None:
    entries = [_entry(row) for row in session.execute(text(rows_sql))]
    for start in range(0, len(entries), 2000):
        session.execute(_INSERT_SQL, entries[start:start + 2000])


def tsquery(query: str, *, phones: bool) -> str | None:
    """Every word of the query as a prefix; digits only ("06 12 34") is one
    number, as on SQLite."""
    from db.search import digits

    if re.fullmatch(r"[\d\s.+/-]+", query) and any(c.isdigit() for c in query):
        words = [digits(query) or ""]
    else:
        words = WORDS.findall(fold(query))
    if not words:
        return None
    only = "" if phones else "AB"
    return " & ".join(f"'{word}':*{only}" for word in words)


def search(session: Session, query: str, limit: int, scored: int, *, phones: bool) -> list:  # type: ignore[type-arg]
    q = tsquery(query, phones=phones)
    if q is None:
        return []
    return list(session.execute(SEARCH_SQL, {"q": q, "limit": limit, "scored": scored}))
