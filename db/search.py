"""Household search: an SQLite FTS5 index of folded names, places and phones
(on a PostgreSQL server, its twin in `db.postgres.search`).

Folding (case, accents, ł, ı, œ...) is done by our own `fold`, registered as an
SQL function on every connection, so the index and the typed query agree
exactly. The index is derived data: `reindex` rebuilds it for the dwellings a
service changed, inside that service's transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain.text import fold

TABLE = "household_search"
MAX_RESULTS = 50
# Ranking scores every match: "h" matches half the city. Only the first
# SCORED matches are ranked; a person types on long before that matters.
SCORED = 1000
# names weigh more than places: "le gall" should find the Le Gall family before
# the people living rue Le Gall
WEIGHTS = (0.0, 0.0, 10.0, 2.0, 1.0)  # dwelling_id, person_id, names, place, phone

CREATE_SQL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "dwelling_id UNINDEXED, person_id UNINDEXED, names, place, phone, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)

# rowid: the person's id, or minus the dwelling's id for a dwelling with nobody
# on the roster, so that an entry is found again by rowid (the only indexed key).
_FILL_SQL = f"""
INSERT INTO {TABLE} (rowid, dwelling_id, person_id, names, place, phone)
SELECT coalesce(p.id, -d.id), d.id, p.id,
       coalesce(guichet_fold(p.family_name || ' ' || p.given_name), ''),
       guichet_fold(d.landlord_ref || ' ' || b.address || ' ' || b.name || ' ' || b.entrance
                    || ' ' || d.door || ' ' || s.name),
       coalesce(guichet_digits(p.phone), '')
FROM dwelling d
JOIN building b ON b.id = d.building_id
JOIN sector s ON s.id = b.sector_id
LEFT JOIN person p ON p.dwelling_id = d.id AND p.on_roster AND p.anonymised_at IS NULL
"""


SEARCH_SQL = (
    f"SELECT dwelling_id, person_id, bm25({TABLE}, {', '.join(map(str, WEIGHTS))}) AS score "
    f"FROM {TABLE} WHERE {TABLE} MATCH :q LIMIT :scored")

# The hits with what the results list shows, in one statement per keystroke
# (both engines): `{hits}` selects dwelling_id, person_id and the rank's
# columns, `{order}` orders by them, best first; the best :limit only are
# joined to their dwelling and counted.
DISPLAY_SQL = """
SELECT h.dwelling_id, h.person_id, p.family_name, p.given_name, d.landlord_ref, d.floor,
       d.door, d.on_roster, b.address, b.name, b.entrance, s.name,
       (SELECT count(*) FROM person m WHERE m.dwelling_id = d.id AND m.on_roster
        AND m.anonymised_at IS NULL) AS members
FROM (SELECT * FROM ({hits}) AS found ORDER BY {order} LIMIT :limit) AS h
JOIN dwelling d ON d.id = h.dwelling_id
JOIN building b ON b.id = d.building_id
JOIN sector s ON s.id = b.sector_id
LEFT JOIN person p ON p.id = h.person_id
ORDER BY {outer_order}
"""


def is_search_table(name: str) -> bool:
    """The FTS table and its shadow tables (on a server, its two tables),
    which the models do not describe."""
    return name in (TABLE, "household_word") or name.startswith(TABLE + "_")


def digits(value: str | None) -> str | None:
    return re.sub(r"\D", "", value) if value else None


def register_functions(dbapi_conn) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.create_function("guichet_fold", 1, lambda v: fold(v) if v else v,
                               deterministic=True)
    dbapi_conn.create_function("guichet_digits", 1, digits, deterministic=True)


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def reindex(session: Session, dwelling_ids: Iterable[int] | None = None) -> None:
    """Rebuild the entries of these dwellings (all when None)."""
    if _on_server(session):
        from db.postgres import search as server

        server.reindex(session, dwelling_ids)
        return
    if dwelling_ids is None:
        session.execute(text(f"DELETE FROM {TABLE}"))
        session.execute(text(_FILL_SQL))
        return
    ids = sorted(set(dwelling_ids))
    for start in range(0, len(ids), 500):
        marks = ", ".join(str(int(i)) for i in ids[start:start + 500])
        negatives = ", ".join(str(-int(i)) for i in ids[start:start + 500])
        session.execute(text(
            f"DELETE FROM {TABLE} WHERE rowid IN ({negatives}) OR rowid IN "
            f"(SELECT id FROM person WHERE dwelling_id IN ({marks}))"))
        session.execute(text(f"{_FILL_SQL} WHERE d.id IN ({marks})"))


@dataclass(frozen=True)
class Hit:
    """A matched entry (a person, or a dwelling with nobody) and what the
    results list shows of it."""

    dwelling_id: int
    person_id: int | None
    family_name: str | None
    given_name: str | None
    landlord_ref: str
    floor: str | None
    door: str | None
    on_roster: bool
    address: str
    building: str
    entrance: str
    sector: str
    members: int


def match_expression(query: str) -> str | None:
    """Every word of the query, as a prefix, in any column, in any order. A
    query of digits only ("06 12 34") is one number: a phone or a reference."""
    if re.fullmatch(r"[\d\s.+/-]+", query) and any(c.isdigit() for c in query):
        return f'"{digits(query)}"*'
    words = re.findall(r"\w+", fold(query))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def display_sql(hits: str, order: str) -> str:
    outer = ", ".join(f"h.{term.strip()}" for term in order.split(","))
    return DISPLAY_SQL.format(hits=hits, order=order, outer_order=outer)


def search(session: Session, query: str, limit: int = MAX_RESULTS, *,
           phones: bool = True) -> list[Hit]:
    """`phones=False` for whoever may not see phone numbers: the phone column
    is then not searched at all, so no sequence of searches can spell one out."""
    if _on_server(session):
        from db.postgres import search as server

        found = server.hits(session, query, server.SCORED, phones=phones)
        if found is None:
            return []
        hits, params, order = found
    else:
        expression = match_expression(query)
        if expression is None:
            return []
        if not phones:
            expression = f"{{names place}} : ({expression})"
        hits, params, order = SEARCH_SQL, {"q": expression, "scored": SCORED}, "score"
    rows = session.execute(text(display_sql(hits, order)), {**params, "limit": limit})
    return [Hit(int(row[0]), int(row[1]) if row[1] is not None else None, *row[2:7],
                bool(row[7]), *row[8:12], int(row[12])) for row in rows]
