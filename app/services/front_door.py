"""What the window needs before anyone signs in: whether the centre is set up,
its name, the names to choose from at the sign-in page.

Plain reads (`Database.plain`: SQLite's sqlite3, or psycopg on a server), no ORM: a window waiting at the sign-in
page holds neither SQLAlchemy nor the models in memory. Nothing here needs a
role: these are what the sign-in page shows to whoever stands at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Database


@dataclass(frozen=True)
class CentreInfo:
    name: str
    address: str
    phone: str
    idle_lock_minutes: int


def centre_info(db: Database) -> CentreInfo | None:
    with db.plain() as conn:
        row = conn.execute("SELECT name, address, phone, idle_lock_minutes FROM centre "
                           "WHERE id = 1").fetchone()
    return CentreInfo(*row) if row else None


def has_accounts(db: Database) -> bool:
    with db.plain() as conn:
        return conn.execute("SELECT 1 FROM staff_account LIMIT 1").fetchone() is not None


def account_names(db: Database) -> list[str]:
    """The active accounts' names, as the sign-in list shows them (no secret,
    no role); a volunteer past their end date is not listed."""
    from app.domain import clock

    with db.plain() as conn:
        return [name for (name,) in conn.execute(
            "SELECT name FROM staff_account WHERE active AND (active_until IS NULL OR "
            "active_until >= ?) ORDER BY name_key", (clock.now().date().isoformat(),))]


def is_empty(db: Database) -> bool:
    """No account and no dwelling: a new database (the demo may go there)."""
    with db.plain() as conn:
        return not conn.execute("SELECT 1 FROM staff_account UNION ALL "
                                "SELECT 1 FROM dwelling LIMIT 1").fetchone()
