"""The desks of the main window. Adding a desk is one page and one entry here;
a role sees only the desks listed for it, and no desk is shown empty."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.enums import Role
from app.services.context import Actor
from db.engine import Database


@dataclass(frozen=True)
class Desk:
    key: str
    title: Callable[[], str]  # translated when the tabs are built
    roles: frozenset[Role]
    build: Callable[[Database, Actor], QWidget]


def _counter(db: Database, actor: Actor) -> QWidget:
    from ui.counter_page import CounterPage

    return CounterPage(db, actor)


def _overview(db: Database, actor: Actor) -> QWidget:
    from ui.home_page import HomePage

    page = HomePage(db)
    page.show_for(actor)
    return page


def _history(db: Database, actor: Actor) -> QWidget:
    from ui.history_page import HistoryPage

    return HistoryPage(db, actor)


def _admin(db: Database, actor: Actor) -> QWidget:
    from ui.admin_page import AdminPage

    return AdminPage(db, actor)


DESKS: tuple[Desk, ...] = (
    Desk("counter", lambda: QCoreApplication.translate("Desks", "Reception"),
         frozenset(Role), _counter),
    Desk("overview", lambda: QCoreApplication.translate("Desks", "Overview"),
         frozenset({Role.COORDINATOR, Role.RECEPTION}), _overview),
    Desk("history", lambda: QCoreApplication.translate("Desks", "Printing"),
         frozenset(Role), _history),
    Desk("admin", lambda: QCoreApplication.translate("Desks", "Administration"),
         frozenset({Role.COORDINATOR}), _admin),
)


def desks_for(role: Role) -> list[Desk]:
    return [desk for desk in DESKS if role in desk.roles]
