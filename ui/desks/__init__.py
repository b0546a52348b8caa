"""The desks of the main window, one module each in this package. Adding a
desk is one module and one entry in DESKS; a role sees only the desks listed
for it, and no desk is shown empty. docs/ARCHITECTURE.md walks through one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.enums import Role

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.engine import Database
    from ui.tasks import TaskRunner


@dataclass(frozen=True)
class DeskContext:
    """What every desk is built with: the database, who is signed in, and the
    window's one runner (all database work goes through it)."""

    db: Database
    actor: Actor
    runner: TaskRunner


@dataclass(frozen=True)
class Desk:
    key: str
    title: Callable[[], str]  # translated when the tabs are built
    roles: frozenset[Role]
    module: str  # imported when a signed-in role first needs the desk
    factory: str  # the class in that module, built with a DeskContext

    def build(self, context: DeskContext) -> QWidget:
        from importlib import import_module

        return getattr(import_module(self.module), self.factory)(context)


DESKS: tuple[Desk, ...] = (
    Desk("counter", lambda: QCoreApplication.translate("Desks", "Reception"),
         frozenset(Role), "ui.desks.counter", "CounterDesk"),
    Desk("overview", lambda: QCoreApplication.translate("Desks", "Overview"),
         frozenset({Role.COORDINATOR, Role.RECEPTION}), "ui.desks.overview", "OverviewDesk"),
    Desk("printing", lambda: QCoreApplication.translate("Desks", "Printing"),
         frozenset(Role), "ui.desks.printing", "PrintingDesk"),
    Desk("handout", lambda: QCoreApplication.translate("Desks", "Handout"),
         frozenset(Role), "ui.desks.handout", "HandoutDesk"),
    Desk("stock", lambda: QCoreApplication.translate("Desks", "Stock"),
         frozenset({Role.COORDINATOR, Role.RECEPTION}), "ui.desks.stock", "StockDesk"),
    Desk("agenda", lambda: QCoreApplication.translate("Desks", "Appointments"),
         frozenset({Role.COORDINATOR, Role.RECEPTION}), "ui.desks.agenda", "AgendaDesk"),
    Desk("workshops", lambda: QCoreApplication.translate("Desks", "Workshops"),
         frozenset({Role.COORDINATOR, Role.RECEPTION}), "ui.desks.workshops", "WorkshopsDesk"),
    Desk("vote", lambda: QCoreApplication.translate("Desks", "Vote"),
         frozenset({Role.COORDINATOR}), "ui.desks.vote", "VoteDesk"),
    Desk("report", lambda: QCoreApplication.translate("Desks", "Report"),
         frozenset({Role.COORDINATOR}), "ui.desks.report", "ReportDesk"),
    Desk("settings", lambda: QCoreApplication.translate("Desks", "Settings"),
         frozenset({Role.COORDINATOR}), "ui.desks.settings", "SettingsDesk"),
    Desk("administration", lambda: QCoreApplication.translate("Desks", "Administration"),
         frozenset({Role.COORDINATOR}), "ui.desks.administration", "AdministrationDesk"),
)


def desks_for(role: Role) -> list[Desk]:
    return [desk for desk in DESKS if role in desk.roles]


def preload(role: Role) -> None:
    """Import the role's desks (on the runner, while the secret is checked):
    building them on the GUI thread then costs no import."""
    from importlib import import_module

    for desk in desks_for(role):
        import_module(desk.module)
