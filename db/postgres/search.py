"""Household search on PostgreSQL: the same hits as SQLite's FTS5 index.

The folding is the same Python `fold` (the server cannot run it), applied
here before the words reach the server. Two tables, derived data both:

- `household_search`: one row per entry (a person on the roster, or a
  dwelling with nobody), its words as a `tsvector` in its text form (the
  words as they are, quoted: no parser, no stemming), weighted A for names,
  B for the place, C for the phone: what a hit must match, and its rank;
- `household_word`: every distinct word of every entry, in a B-tree in byte
  order (`COLLATE "C"`), both ways round: (word, entry) and (entry, word).

A query is every folded word as a prefix. One word: candidates are found by
walking the B-tree over its prefix. Several words: each prefix's entries are
first counted up to a cap (one round trip); the GIN index on the `tsvector`
gathers the entries of the rarer ones at once, every word typed then held
against each; when every prefix is common ("rue de"), the walk again,
probing each candidate for the other words' prefixes in its own words; the walk stops at SCORED
candidates, whatever the prefix (a GIN index must first gather every entry
of a common prefix, "06" or "h", and the planner cannot tell beforehand how
many: 35 ms at 100,000 people where this takes one). The candidates must
then match the `tsvector` query, restricted to weights A and B for whoever
may not see phone numbers, and are ranked names first, then the place, then
the phone, as SQLite's bm25 weights.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain.text import fold

TABLE = "household_search"
WORD_TABLE = "household_word"
WORDS = re.compile(r"[^\W_]+")
COUNT_CAP = 3000  # enough to tell a rare prefix from a common one
# Candidates ranked per keystroke (SQLite ranks its first 1,000): each is read
# by its key here, and past a few hundred matches the words typed so far are
# too few to tell anyone apart anyway (the list shows 50 households)
SCORED = 300

CREATE_SQL = (
    f"CREATE TABLE {TABLE} (id bigint PRIMARY KEY, dwelling_id integer NOT NULL, "
    "person_id integer, doc tsvector NOT NULL)",
    f"CREATE INDEX {TABLE}_dwelling ON {TABLE} (dwelling_id)",
    f"CREATE INDEX {TABLE}_doc ON {TABLE} USING gin (doc)",
    f"CREATE TABLE {WORD_TABLE} (word text COLLATE \"C\" NOT NULL, entry_id bigint NOT NULL, "
    "PRIMARY KEY (word, entry_id))",
    f"CREATE INDEX {WORD_TABLE}_entry ON {WORD_TABLE} (entry_id, word)",
)

_ROWS_SQL = """
SELECT coalesce(p.id, -d.id), d.id, p.id, p.family_name, p.given_name, d.landlord_ref,
       b.address, b.name, b.entrance, d.door, s.name, p.phone
FROM dwelling d
JOIN building b ON b.id = d.building_id
JOIN sector s ON s.id = b.sector_id
LEFT JOIN person p ON p.dwelling_id = d.id AND p.on_roster AND p.anonymised_at IS NULL
"""


def create(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in CREATE_SQL:
        conn.exec_driver_sql(statement)


def _words(value: str | None) -> list[str]:
    return WORDS.findall(fold(value)) if value else []


def _entry(row: Sequence) -> tuple[int, int, int | None, str, set[str]]:  # type: ignore[type-arg]
    from db.search import digits

    (entry_id, dwelling_id, person_id, family, given, ref, address, building, entrance,
     door, sector, phone) = row
    names = _words(f"{family} {given}") if family is not None and given is not None else []
    place = _words(" ".join(str(part) for part in (ref, address, building, entrance, door,
                                                   sector) if part is not None))
    number = digits(phone)
    phones = [number] if number else []
    return (entry_id, dwelling_id, person_id, document(names, place, phones),
            {*names, *place, *phones})


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
        session.execute(text(f"TRUNCATE {TABLE}, {WORD_TABLE}"))
        _fill(session, _ROWS_SQL)
        return
    ids = sorted(set(dwelling_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join(str(int(i)) for i in chunk)
        negatives = ", ".join(str(-int(i)) for i in chunk)
        gone = (f"dwelling_id IN ({marks}) OR id IN ({negatives}) "
                f"OR id IN (SELECT id FROM person WHERE dwelling_id IN ({marks}))")
        session.execute(text(f"DELETE FROM {WORD_TABLE} WHERE entry_id IN "
                             f"(SELECT id FROM {TABLE} WHERE {gone})"))
        session.execute(text(f"DELETE FROM {TABLE} WHERE {gone}"))
        _fill(session, f"{_ROWS_SQL} WHERE d.id IN ({marks})")


def _fill(session: Session, rows_sql: str) -> None:
    """COPY, in the caller's transaction: a whole roster's words in seconds."""
    entries = [_entry(row) for row in session.execute(text(rows_sql))]
    if not entries:
        return
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(f"COPY {TABLE} (id, dwelling_id, person_id, doc) FROM STDIN") as copy:
            for entry_id, dwelling_id, person_id, doc, _words_of in entries:
                copy.write_row((entry_id, dwelling_id, person_id, doc))
        with cursor.copy(f"COPY {WORD_TABLE} (word, entry_id) FROM STDIN") as copy:
            for entry_id, _dwelling, _person, _doc, words in entries:
                for word in words:
                    copy.write_row((word, entry_id))
    finally:
        cursor.close()


def query_words(query: str) -> list[str]:
    """Every word of the query; digits only ("06 12 34") is one number, as on
    SQLite."""
    from db.search import digits

    if re.fullmatch(r"[\d\s.+/-]+", query) and any(c.isdigit() for c in query):
        return [digits(query) or ""]
    return WORDS.findall(fold(query))


def tsquery(words: list[str], *, phones: bool) -> str:
    only = "" if phones else "AB"
    return " & ".join(f"'{word}':*{only}" for word in words)




def hits(session: Session, query: str, scored: int, *,
         phones: bool) -> tuple[str, dict[str, object], str] | None:
    """The statement selecting the query's hits (dwelling_id, person_id and
    the rank's columns), its parameters and its order; None for no words."""
    words = [word for word in query_words(query) if word]
    if not words:
        return None
    q = tsquery(words, phones=phones)
    if len(words) > 1:
        # each prefix's entries counted first, up to a cap (one round trip)
        counts = session.execute(text("SELECT " + ", ".join(
            f"(SELECT count(*) FROM (SELECT 1 FROM {WORD_TABLE} WHERE word >= :lo{n} AND "
            f"word < :hi{n} LIMIT {COUNT_CAP}) AS c{n})" for n in range(len(words)))),
            {**{f"lo{n}": w for n, w in enumerate(words)},
             **{f"hi{n}": _past(w) for n, w in enumerate(words)}}).one()
        rare = [w for count, w in zip(counts, words, strict=True) if count < COUNT_CAP]
        if rare:
            # the GIN index gathers the rarer prefixes' entries at once (never a
            # prefix of thousands of distinct words: "06", "rue"); each is then
            # held against every word typed. The planner cannot count a prefix
            # and would sometimes scan the table instead.
            session.execute(text("SET LOCAL enable_seqscan = off"))
            return GIN_SQL, {"rare": tsquery(rare, phones=True), "q": q,
                             "scored": scored}, "score DESC, id"
        # all common: the longest leads the walk, the last typed of equals (a
        # street is typed kind first, name last: "rue de pr")
        words = [w for _len, _at, w in sorted(
            ((-len(w), -at, w) for at, w in enumerate(words)))]
    sql, params = walk(words, scored)
    return sql, {**params, "q": q}, "score DESC, id"


GIN_SQL = (
    f"SELECT s.id, s.dwelling_id, s.person_id, ts_rank('{{0, 0.1, 0.2, 1}}', s.doc, q) AS score "
    f"FROM (SELECT id, dwelling_id, person_id, doc FROM {TABLE} "
    "WHERE doc @@ CAST(:rare AS tsquery) OFFSET 0) AS s, CAST(:q AS tsquery) AS q "
    "WHERE s.doc @@ q LIMIT :scored")


def _past(prefix: str) -> str:
    """The first string after every word that starts with `prefix`, in byte
    order: a prefix as a B-tree range, whatever the plan."""
    return prefix + "\U0010ffff"


def walk(words: list[str], scored: int) -> tuple[str, dict[str, object]]:
    """The hits' statement (named parameters, :q the tsquery) walking the
    first word's prefix and probing each entry for the others'."""
    params: dict[str, object] = {"scored": scored, "lo0": words[0], "hi0": _past(words[0])}
    probes = []
    for n, word in enumerate(words[1:], start=1):
        params[f"lo{n}"], params[f"hi{n}"] = word, _past(word)
        # a range over (entry, word): the entry's own words, never a walk of the word's
        probes.append(f" AND EXISTS (SELECT 1 FROM {WORD_TABLE} w{n} WHERE "
                      f"(w{n}.entry_id, w{n}.word) >= (c.entry_id, CAST(:lo{n} AS text)) AND "
                      f"(w{n}.entry_id, w{n}.word) < (c.entry_id, CAST(:hi{n} AS text)))")
    # the entries are then read one by one by their key (OFFSET 0 keeps the
    # planner from trading that for a scan of the whole table)
    sql = (f"SELECT s.id, s.dwelling_id, s.person_id, ts_rank('{{0, 0.1, 0.2, 1}}', s.doc, q) "
           f"AS score FROM (SELECT DISTINCT entry_id FROM (SELECT c.entry_id FROM {WORD_TABLE} c "
           f"WHERE c.word >= :lo0 AND c.word < :hi0{''.join(probes)} LIMIT :scored) AS walk) "
           f"AS c CROSS JOIN CAST(:q AS tsquery) AS q CROSS JOIN LATERAL (SELECT id, "
           f"dwelling_id, person_id, doc FROM {TABLE} WHERE id = c.entry_id OFFSET 0) AS s "
           "WHERE s.doc @@ q")
    return sql, params
