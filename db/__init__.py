"""Storage: SQLAlchemy 2.0 models, engine and pragmas, unit of work, migrations.

Everything SQLite-specific lives in this package so that a centre with several
counters can later point Guichet at a PostgreSQL server with a database URL.
Never imports Qt.
"""
