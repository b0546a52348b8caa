"""A centre's database on a PostgreSQL server of its own network (psycopg 3).

The twin of `db.engine.Database` for several counters at once: the same
`read` / `write` / `plain` / `scratch` / `close`, so that nothing above `db/`
knows which engine runs. What differs lives here and beside it:

- locking: a write transaction first takes one transaction-scoped advisory
  lock (`pg_advisory_xact_lock`), PostgreSQL's counterpart of SQLite's
  BEGIN IMMEDIATE: writers run one after the other, so the checks a service
  reads (the last receipt number, a slot's bookings, a dwelling's vote) cannot
  change under it; the database's own constraints and triggers
  (`db.postgres.triggers`) refuse a wrong row all the same. Readers never wait
  (each read is one REPEATABLE READ snapshot, as an SQLite reader's);
- time-outs: connecting (5 s), waiting for the write lock (5 s, then "busy",
  as SQLite's busy timeout), a statement (20 s), a transaction left idle by a
  counter that lost the network (60 s, then the server rolls it back), TCP
  keep-alives so that a dead server is noticed in seconds, never hours, and
  a watchdog of our own (30 s) for a server that answers nothing at all;
- errors: a lost server, a killed connection or a statement time-out become
  `ServerUnreachable` (nothing was written: the transaction is rolled back by
  the server), a lock time-out `DatabaseBusy`, a full disk `DiskFull`;
- the schema: made at once at the head revision (`db.postgres.schema`), the
  search index (`db.postgres.search`) and the ballot box (`db.ballot_box`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    NoDatabase,
    SchemaTooNew,
    ServerUnreachable,
)

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine
    from sqlalchemy.orm import Session

SCHEMES = ("postgresql:", "postgresql+psycopg:", "postgres:")
CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 5000  # as SQLite's busy timeout: then "another counter is writing"
STATEMENT_TIMEOUT_MS = 20000
IDLE_IN_TRANSACTION_MS = 60000
# A server that answers nothing at all (frozen, its PC asleep) never sends the
# statement time-out: past this, this side cuts the connection itself.
CLIENT_TIMEOUT_S = 30.0
# the one advisory lock every write transaction takes first ("GUICH" in ASCII)
WRITE_LOCK = 0x4755494348


def _cut(fd: int) -> None:
    """Shut the connection's socket down: libpq, waiting for an answer that
    will not come, then fails at once ("server closed the connection")."""
    import os
    import socket

    try:
        sock = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


class _Watch:
    """One thread for every connection of this process: each call registers
    its socket with a deadline, and is cut if still there when it passes."""

    def __init__(self) -> None:
        import threading

        self._due: dict[int, tuple[float, int]] = {}
        self._tokens = iter(range(1, 1 << 62))
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def start(self, fd: int) -> int:
        import threading
        import time

        with self._wake:
            token = next(self._tokens)
            self._due[token] = (time.monotonic() + CLIENT_TIMEOUT_S, fd)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="guichet-watchdog",
                                                daemon=True)
                self._thread.start()
            return token

    def stop(self, token: int) -> None:
        with self._wake:
            self._due.pop(token, None)

    def _run(self) -> None:
        import time

        while True:
            with self._wake:
                now = time.monotonic()
                late = [token for token, (deadline, _fd) in self._due.items() if deadline <= now]
                cut = [self._due.pop(token)[1] for token in late]
                nearest = min((d for d, _fd in self._due.values()), default=now + 1.0)
                for fd in cut:  # under the lock: the call cannot end and its fd be reused
                    _cut(fd)
                self._wake.wait(timeout=max(0.05, min(nearest - now, 1.0)))


_WATCH = _Watch()


@contextmanager
def _watchdog(dbapi_connection: Any) -> Iterator[None]:
    """Cut the connection if the server has not answered in CLIENT_TIMEOUT_S."""
    try:
        fd = dbapi_connection.pgconn.socket
    except Exception:  # already closed: the call itself will say so
        yield
        return
    token = _WATCH.start(fd)
    try:
        yield
    finally:
        _WATCH.stop(token)


def _install_watchdog(engine: Engine) -> None:
    """Every statement, and the pool's ping before a connection is reused,
    under the watchdog."""
    from sqlalchemy import event

    @event.listens_for(engine, "before_cursor_execute")
    def _start(conn, _cursor, _statement, _parameters, context, _many) -> None:  # type: ignore[no-untyped-def]
        guard = _watchdog(conn.connection.dbapi_connection)
        guard.__enter__()
        conn.info.setdefault("guichet_watchdogs", []).append(guard)

    def _stop(conn) -> None:  # type: ignore[no-untyped-def]
        for guard in conn.info.pop("guichet_watchdogs", []):
            guard.__exit__(None, None, None)

    event.listen(engine, "after_cursor_execute", lambda conn, *_: _stop(conn))
    event.listen(engine, "handle_error", lambda context: _stop(context.connection)
                 if context.connection is not None else None)
    ping = engine.dialect.do_ping

    def guarded_ping(dbapi_connection) -> bool:  # type: ignore[no-untyped-def]
        with _watchdog(dbapi_connection):
            return ping(dbapi_connection)

    engine.dialect.do_ping = guarded_ping  # type: ignore[method-assign]


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def parse_url(url: str) -> URL:
    """The server's address, or ServerUnreachable("address") for one that
    cannot be read (a port that is not a number, no host...)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - read once: a port that is not a number raises here
    except (ArgumentError, ValueError) as exc:
        raise ServerUnreachable(_scheme_only(url), str(exc), reason="address") from None
    if not parsed.database:
        raise ServerUnreachable(_scheme_only(url), "no database name", reason="address")
    return parsed.set(drivername="postgresql+psycopg")


def _scheme_only(url: str) -> str:
    """An address that could not be read, said without what may be a password."""
    head, _, tail = url.partition("://")
    return f"{head}://{tail.rpartition('@')[2]}" if tail else url.split(":", 1)[0] + ":…"


def display_url(url: str | URL) -> str:
    """The server and database, as said to a person or written in a log:
    never the password."""
    parsed = parse_url(url) if isinstance(url, str) else url
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"postgresql://{user}{host}{port}/{parsed.database or ''}"


def _connect_args() -> dict[str, Any]:
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "guichet",
        "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
        "keepalives_count": 3, "tcp_user_timeout": 10000,
        "options": (f"-c lock_timeout={LOCK_TIMEOUT_MS} "
                    f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
                    f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS} "
                    # a counter's reads are small: starting parallel workers costs
                    # more (5 to 25 ms) than any of them
                    "-c max_parallel_workers_per_gather=0 "
                    "-c client_encoding=UTF8 -c TimeZone=UTC"),
    }


def translate_error(where: str, exc: BaseException) -> Exception:
    """A psycopg error (or SQLAlchemy's wrapper of one) as one of Guichet's."""
    import psycopg
    from psycopg import errors as pg

    orig = getattr(exc, "orig", None) or exc
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    refusal = _refused_at_connect(orig)
    if refusal == "no_database":
        return ServerUnreachable(where, detail, reason="no_database")
    if refusal:
        return ServerUnreachable(where, detail, reason="refused")
    if isinstance(orig, pg.LockNotAvailable | pg.SerializationFailure | pg.DeadlockDetected):
        return DatabaseBusy(where, detail)
    if isinstance(orig, pg.DiskFull):
        return DiskFull(where, detail)
    if isinstance(orig, pg.InsufficientPrivilege | pg.ReadOnlySqlTransaction):
        return DatabaseReadOnly(where, detail)
    if isinstance(orig, pg.InvalidPassword | pg.InvalidAuthorizationSpecification):
        return ServerUnreachable(where, detail, reason="refused")
    if isinstance(orig, pg.QueryCanceled):
        return ServerUnreachable(where, detail, reason="slow")
    if isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError) or getattr(
            exc, "connection_invalidated", False):
        return ServerUnreachable(where, detail)
    return DatabaseDamaged(where, detail)


def _refused_at_connect(orig: BaseException) -> str | None:
    """libpq gives no SQLSTATE when a connection is refused: its message
    tells a wrong password or pg_hba refusal ("refused") from a database
    that is not there ("no_database"), in English or in French."""
    import psycopg

    pgconn = getattr(orig, "pgconn", None)
    if not isinstance(orig, psycopg.OperationalError) or orig.sqlstate or pgconn is None:
        return None
    message = (pgconn.error_message or b"").decode("utf-8", "replace")
    name = (pgconn.db or b"").decode("utf-8", "replace")
    if name and (f'"{name}" does not exist' in message or f"« {name} » n'existe pas" in message):
        return "no_database"
    if ("pg_hba.conf" in message or "no password supplied" in message
            or ("FATAL:" in message and pgconn.used_password)):
        return "refused"
    return None


def _is_server_trouble(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError) and not isinstance(
        getattr(exc, "orig", None), _integrity_errors())


def _integrity_errors() -> tuple[type[BaseException], ...]:
    import psycopg

    return (psycopg.IntegrityError, psycopg.DataError, psycopg.ProgrammingError)


class _PlainConnection:
    """What `Database.plain` hands out, on a server: `execute(sql, params)`
    with SQLite's `?` marks, so the few reads made before anyone signs in are
    written once for both engines."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with _watchdog(self._conn):
            return self._conn.execute(sql.replace("?", "%s"), params)


class ServerDatabase:
    """One centre's database on a PostgreSQL server. Create with `open_server`."""

    path = None  # no file on this PC: kept documents and backups go elsewhere
    set_aside: tuple[Any, ...] = ()
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = parse_url(url)
        self.where = display_url(self.url)  # said to a person: no password
        # what open_database opens again (another process, a test's worker)
        self.location = self.url.render_as_string(hide_password=False)

    def __repr__(self) -> str:
        return f"ServerDatabase({self.where})"

    @cached_property
    def engine(self) -> Engine:
        from sqlalchemy import create_engine, event

        engine = create_engine(self.url, pool_pre_ping=True, pool_size=4, max_overflow=4,
                               pool_timeout=CONNECT_TIMEOUT_S * 2, connect_args=_connect_args())
        _install_watchdog(engine)

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
            if conn.get_execution_options().get("write"):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

        return engine

    @cached_property
    def _sessions(self):  # type: ignore[no-untyped-def]
        from sqlalchemy.orm import sessionmaker

        reader = self.engine.execution_options(isolation_level="REPEATABLE READ")
        writer = self.engine.execution_options(write=True)
        return (sessionmaker(reader, expire_on_commit=False),
                sessionmaker(writer, expire_on_commit=False))

    @contextmanager
    def plain(self) -> Iterator[_PlainConnection]:
        import psycopg

        try:
            conn = psycopg.connect(self._libpq_dsn(), **_connect_args())
        except psycopg.Error as exc:
            raise translate_error(self.where, exc) from exc
        try:
            with conn:
                yield _PlainConnection(conn)
        except psycopg.Error as exc:
            raise translate_error(self.where, exc) from exc
        finally:
            conn.close()

    def _libpq_dsn(self) -> str:
        from psycopg.conninfo import make_conninfo

        u = self.url
        # the query part (?host=/run/postgresql for a Unix socket, passfile=...) wins
        params = {"host": u.host or "", "port": u.port or "", "dbname": u.database or "",
                  "user": u.username or "", "password": u.password or "",
                  **{k: str(v) for k, v in u.query.items()}}
        return make_conninfo("", **{k: v for k, v in params.items() if v != ""})

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions[0]() as session:
            try:
                yield session
            except Exception as exc:
                if _is_server_trouble(exc):
                    raise translate_error(self.where, exc) from exc
                raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once at the end, or rolls back whole."""
        with self._sessions[1]() as session:
            try:
                yield session
                session.commit()
            except Exception as exc:
                try:
                    session.rollback()
                except Exception:  # the connection is gone: the server rolled back
                    pass
                if _is_server_trouble(exc):
                    raise translate_error(self.where, exc) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def scratch(self) -> Iterator[Session]:
        """Changes tried and never kept (a roster's dry run): one transaction
        rolled back at the end, holding no write lock."""
        from sqlalchemy.orm import Session

        with self.engine.connect() as conn:
            transaction = conn.begin()
            try:
                with Session(bind=conn, join_transaction_mode="create_savepoint") as session:
                    yield session
            finally:
                transaction.rollback()

    closed = False

    def close(self) -> None:
        self.closed = True
        if "engine" in self.__dict__:
            self.engine.dispose()


def revision(db: ServerDatabase) -> str | None:
    with db.plain() as conn:
        if conn.execute("SELECT to_regclass('alembic_version')").fetchone()[0] is None:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def is_blank(db: ServerDatabase) -> bool:
    """No table of ours at all: a database just made for Guichet."""
    with db.plain() as conn:
        return conn.execute("SELECT to_regclass('centre')").fetchone()[0] is None


def open_server(url: str, *, migrate: bool = True, create: bool = True) -> ServerDatabase:
    """Connect, check and (unless told not to) bring the schema to head. A
    database without Guichet's tables is set up only when `create`."""
    from db import migrate as migrations
    from db.engine import SCHEMA_HEAD

    db = ServerDatabase(url)
    try:
        current = revision(db)
        if current is None and not create:
            raise NoDatabase(db.where)
        if current is not None and current != SCHEMA_HEAD and not migrations.is_known_revision(
                current):
            raise SchemaTooNew(db.where, current)
        if migrate and current != SCHEMA_HEAD:
            from db.postgres import schema

            try:
                schema.bring_to_head(db.engine, current)
            except Exception as exc:
                if _is_server_trouble(exc):
                    raise translate_error(db.where, exc) from exc
                raise
    except BaseException:
        db.close()
        raise
    return db
