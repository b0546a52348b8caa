"""A list the coordinator edits by hand — the needs survey's topics, the Visa
Internet's skills: labels unique whatever their case and accents, an order,
items retired (never deleted, so the answers and certificates that name them
stay). Used inside a service's unit of work; the service checks the role and
turns rows into its own views."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import ListEditRefused
from app.domain.text import fold
from app.services.context import UnitOfWork


@dataclass(frozen=True)
class EditedList:
    model: Any  # a mapped class with id, label, position, retired_at
    what: str  # "topic", "skill": in refusals
    entity: str  # the audit's entity ("topic", "visa_skill"); actions are entity_added...
    label_max: int

    def ordered(self, session: Session, include_retired: bool = False) -> list[Any]:
        query = select(self.model).order_by(self.model.position, self.model.id)
        if not include_retired:
            query = query.where(self.model.retired_at.is_(None))
        return list(session.scalars(query))

    def _label(self, session: Session, label: str, item_id: int | None = None) -> str:
        label = " ".join(label.split())
        if not label:
            raise ListEditRefused(self.what, "label_missing")
        if len(label) > self.label_max:
            raise ListEditRefused(self.what, "label_too_long", str(self.label_max))
        key = fold(label)
        for row in session.scalars(select(self.model)):
            if row.id != item_id and fold(row.label) == key:
                raise ListEditRefused(self.what, "label_exists", row.label)
        return label

    def get(self, uow: UnitOfWork, item_id: int) -> Any:
        row = uow.session.get(self.model, item_id)
        if row is None:
            raise ListEditRefused(self.what, "unknown_item")
        return row

    def add(self, uow: UnitOfWork, label: str) -> Any:
        """A new item, at the end of the list."""
        label = self._label(uow.session, label)
        position = (uow.session.scalar(select(func.max(self.model.position))) or 0) + 1
        row = self.model(label=label, position=position)
        uow.session.add(row)
        uow.session.flush()
        uow.audit(f"{self.entity}_added", self.entity, row.id)
        return row

    def rename(self, uow: UnitOfWork, item_id: int, label: str) -> Any:
        row = self.get(uow, item_id)
        row.label = self._label(uow.session, label, item_id)
        uow.audit(f"{self.entity}_renamed", self.entity, row.id)
        return row

    def retire(self, uow: UnitOfWork, item_id: int, retired: bool) -> Any:
        """Off the list (retired=True) or back on it (False)."""
        row = self.get(uow, item_id)
        if retired and row.retired_at is not None:
            raise ListEditRefused(self.what, "already_retired")
        if not retired and row.retired_at is None:
            raise ListEditRefused(self.what, "not_retired")
        row.retired_at = uow.now if retired else None
        uow.audit(f"{self.entity}_retired" if retired else f"{self.entity}_restored",
                  self.entity, row.id)
        return row

    def move(self, uow: UnitOfWork, item_id: int, step: int) -> list[Any]:
        """Up (step -1) or down (+1) among the active items; returns them in order."""
        row = self.get(uow, item_id)
        rows = self.ordered(uow.session)
        if row not in rows:
            raise ListEditRefused(self.what, "already_retired")
        at = rows.index(row)
        other = at + (1 if step > 0 else -1)
        if other < 0:
            raise ListEditRefused(self.what, "first")
        if other >= len(rows):
            raise ListEditRefused(self.what, "last")
        rows[at], rows[other] = rows[other], rows[at]
        # renumbered whole: positions stay distinct whatever came before
        retired = [each for each in self.ordered(uow.session, include_retired=True)
                   if each.retired_at is not None]
        for position, each in enumerate(rows + retired, start=1):
            each.position = position
        uow.audit(f"{self.entity}_moved", self.entity, row.id, step=1 if step > 0 else -1)
        return rows
